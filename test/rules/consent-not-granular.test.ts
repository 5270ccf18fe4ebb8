import rule from '../../src/rules/consent-not-granular.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'explicit opt-in consent by all participants, withdrawn in the product, with records',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd, contact: privacy@acme.example}
        data_subjects: [{id: members, name: Workspace members, children: false}]
        data_categories: [{id: messages, name: Messages, source: communications-content, special: []}]
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_subjects: [members]
            data_categories: [messages]
            purposes:
              - id: train-replies
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: opt-in
                  explicit: true
                  granular: true
                  required_for_service: false
                  given_by: all-participants
                  withdrawal: in-product
                  records: consent-service
                  age_verification: null
      `,
    },
    {
      name: 'a contract-basis purpose that does not train models and has no consent block',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        data_subjects: [{id: members, name: Workspace members}]
        data_categories: [{id: messages, name: Messages, source: communications-content}]
        processing_activities:
          - id: messaging
            name: Messaging
            data_subjects: [members]
            data_categories: [messages]
            purposes:
              - id: deliver-messages
                lawful_basis: contract
      `,
    },
    {
      name: 'granular stated as true, or not stated at all',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: newsletter
            name: Newsletter
            purposes:
              - {id: send-newsletter, lawful_basis: consent, consent: {collection: opt-in, granular: true}}
              - {id: send-offers, lawful_basis: consent, consent: {collection: opt-in}}
      `,
    },
  ],
  invalid: [
    {
      name: 'one "accept all" for model training and product e-mails',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        data_subjects: [{id: members, name: Workspace members}]
        data_categories: [{id: profiles, name: Profiles, source: provided-by-subject}]
        processing_activities:
          - id: personalisation
            name: Personalisation
            data_subjects: [members]
            data_categories: [profiles]
            purposes:
              - id: train-ranking
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: opt-in
                  granular: false
                  withdrawal: in-product
              - id: product-emails
                lawful_basis: consent
                consent: {collection: opt-in, granular: false}
      `,
      errors: [
        { messageId: 'notGranular', line: 16, column: 21, endLine: 16, endColumn: 26, messageIncludes: ['purpose `train-ranking`', 'granular: false'] },
        { messageId: 'notGranular', line: 20, column: 49, endColumn: 54, messageIncludes: ['purpose `product-emails`'] },
      ],
    },
  ],
});
