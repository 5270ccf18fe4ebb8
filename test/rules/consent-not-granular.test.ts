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
    {
      name: 'granular written as the string "false" is not exactly false (the schema rule reports its type)',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: newsletter
            name: Newsletter
            purposes: [{id: send-newsletter, lawful_basis: consent, consent: {collection: opt-in, granular: 'false'}}]
      `,
    },
    {
      name: 'consent as the basis with no consent block is left to consent-details-missing',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: newsletter
            name: Newsletter
            purposes: [{id: send-newsletter, lawful_basis: consent}]
      `,
    },
    {
      name: 'consent required but no consent block (basis consent, explicit consent as the Art. 9(2) condition, ePrivacy for training): consent-details-missing alone speaks',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_subjects: [{id: patients, name: App users, children: true}]
        data_categories:
          - {id: symptoms, name: Symptom diary, source: provided-by-subject, special: [health]}
          - {id: consultations, name: Video consultations, source: communications-content}
          - {id: sensor-data, name: Wearable sensor data, source: terminal-equipment}
        processing_activities:
          - id: triage-ai
            name: Triage AI
            data_subjects: [patients]
            data_categories: [symptoms, consultations, sensor-data]
            purposes:
              - {id: train-triage, ai_training: true, lawful_basis: consent}
              - {id: track-symptoms, lawful_basis: contract, special_category_condition: explicit-consent}
              - {id: train-summaries, ai_training: true, lawful_basis: public-task, special_category_condition: archiving-research}
      `,
    },
  ],
  invalid: [
    {
      name: 'granular: false in a block is reported at its value',
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
      `,
      errors: [{ messageId: 'notGranular', line: 16, column: 21, endLine: 16, endColumn: 26, messageIncludes: ['purpose `train-ranking` asks for consent together with other purposes (granular: false)'] }],
    },
    {
      name: 'a purpose that does not train models is checked too, in flow style',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: newsletter
            name: Newsletter
            purposes:
              - {id: product-emails, lawful_basis: consent, consent: {collection: opt-in, granular: false}}
      `,
      errors: [{ messageId: 'notGranular', line: 7, column: 93, endLine: 7, endColumn: 98, messageIncludes: ['purpose `product-emails`'] }],
    },
    {
      name: 'a consent block kept for ePrivacy under legitimate interests is checked too',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        data_categories: [{id: messages, name: Messages, source: communications-content}]
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_categories: [messages]
            purposes:
              - id: train-replies
                ai_training: true
                lawful_basis: legitimate-interests
                consent:
                  collection: opt-in
                  given_by: all-participants
                  granular: false
      `,
      errors: [{ messageId: 'notGranular', line: 15, column: 21, endLine: 15, endColumn: 26, messageIncludes: ['purpose `train-replies`'] }],
    },
    {
      name: 'other defects of the same block are left to their own rules',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        processing_activities:
          - id: meeting-ai
            name: Meeting AI
            purposes:
              - id: train-meeting-models
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: terms-acceptance
                  required_for_service: true
                  granular: false
                  withdrawal: none
      `,
      errors: [{ messageId: 'notGranular', line: 13, column: 21, endLine: 13, endColumn: 26, messageIncludes: ['purpose `train-meeting-models`'] }],
    },
    {
      name: 'one "accept all" for model training and product e-mails: one finding per purpose',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        processing_activities:
          - id: personalisation
            name: Personalisation
            purposes:
              - {id: train-ranking, ai_training: true, lawful_basis: consent, consent: {collection: opt-in, granular: false}}
              - {id: product-emails, lawful_basis: consent, consent: {collection: opt-in, granular: false}}
              - {id: service-emails, lawful_basis: contract}
      `,
      errors: [
        { messageId: 'notGranular', line: 7, column: 111, endLine: 7, endColumn: 116, messageIncludes: ['purpose `train-ranking`'] },
        { messageId: 'notGranular', line: 8, column: 93, endLine: 8, endColumn: 98, messageIncludes: ['purpose `product-emails`'] },
      ],
    },
  ],
});
