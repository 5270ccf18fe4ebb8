import rule from '../../src/rules/consent-withdrawal.js';
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
      name: 'withdrawal in the product, in flow style, on a non-AI purpose',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: newsletter
            name: Newsletter
            purposes:
              - {id: send-newsletter, lawful_basis: consent, consent: {collection: opt-in, withdrawal: in-product}}
      `,
    },
  ],
  invalid: [
    {
      name: 'Slack 2024: training on messages until a workspace admin e-mails an opt-out',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        data_subjects: [{id: members, name: Workspace members}]
        data_categories: [{id: messages, name: Messages, source: communications-content}]
        processing_activities:
          - id: global-models
            name: Global models
            data_subjects: [members]
            data_categories: [messages]
            purposes:
              - id: train-global-models
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: opt-out
                  given_by: account-admin
                  withdrawal: email
      `,
      errors: [
        {
          messageId: 'harderThanGiving',
          line: 17,
          column: 23,
          endLine: 17,
          endColumn: 28,
          messageIncludes: ['purpose `train-global-models`', 'sending an e-mail', 'withdrawal: email'],
        },
      ],
    },
    {
      name: 'no route, a support request, and a block that does not say (its own message, at the consent key)',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: marketing
            name: Marketing
            purposes:
              - id: send-offers
                lawful_basis: consent
                consent: {collection: opt-in, withdrawal: none}
              - id: profile-readers
                lawful_basis: consent
                consent:
                  collection: opt-in
                  withdrawal: support-request
              - id: share-with-partners
                lawful_basis: consent
                consent:
                  collection: opt-in
                  records: consent-service
      `,
      errors: [
        { messageId: 'noWithdrawal', line: 9, column: 51, endLine: 9, endColumn: 55, messageIncludes: ['purpose `send-offers`'] },
        { messageId: 'harderThanGiving', line: 14, column: 23, endColumn: 38, messageIncludes: ['purpose `profile-readers`', 'filing a support request'] },
        { messageId: 'notStated', line: 17, column: 9, endLine: 17, endColumn: 16, messageIncludes: ['purpose `share-with-partners`'] },
      ],
    },
  ],
});
