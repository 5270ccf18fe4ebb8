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
    {
      name: 'a withdrawal route under a misspelt key is the schema rule\'s finding alone',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: newsletter
            name: Newsletter
            purposes: [{id: send-newsletter, lawful_basis: consent, consent: {collection: opt-in, withdrawl: in-product}}]
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
    {
      name: 'a withdrawal route left empty (null) or only a placeholder is not stated (SPEC §2.1 "Not written")',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: newsletter
            name: Newsletter
            purposes:
              - {id: send-newsletter, lawful_basis: consent, consent: {collection: opt-in, withdrawal: null}}
              - {id: send-offers, lawful_basis: consent, consent: {collection: opt-in, withdrawal: TBD}}
      `,
      errors: [
        { messageId: 'notStated', line: 7, column: 96, messageIncludes: ['purpose `send-newsletter` does not say how consent is withdrawn'] },
        { messageId: 'notStated', line: 8, column: 92, messageIncludes: ['purpose `send-offers`'] },
      ],
    },
  ],
});
