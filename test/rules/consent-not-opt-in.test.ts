import rule from '../../src/rules/consent-not-opt-in.js';
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
      name: 'a consent value that is not a mapping is left to consent-details-missing and schema',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: newsletter
            name: Newsletter
            purposes:
              - {id: send-newsletter, lawful_basis: consent, consent: opt-out}
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
      name: 'each way of collecting that is not opt-in is reported at its value, with what it takes as consent',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects: [{id: users, name: Users}]
        data_categories: [{id: usage, name: Usage events, source: observed}]
        processing_activities:
          - id: analytics
            name: Product analytics
            data_subjects: [users]
            data_categories: [usage]
            purposes:
              - id: a
                lawful_basis: consent
                consent: {collection: opt-out, withdrawal: in-product, records: crm}
              - id: b
                lawful_basis: consent
                consent: {collection: pre-ticked, withdrawal: in-product, records: crm}
              - id: c
                lawful_basis: consent
                consent:
                  collection: implied
              - id: d
                lawful_basis: consent
                consent:
                  collection: terms-acceptance
      `,
      errors: [
        { messageId: 'notOptIn', line: 13, column: 31, endLine: 13, endColumn: 38, messageIncludes: ['purpose `a`', 'not opting out', 'collection: opt-out'] },
        { messageId: 'notOptIn', line: 16, column: 31, endLine: 16, endColumn: 41, messageIncludes: ['purpose `b`', 'a pre-ticked box'] },
        { messageId: 'notOptIn', line: 20, column: 23, endColumn: 30, messageIncludes: ['purpose `c`', 'continued use of the service'] },
        { messageId: 'notOptIn', line: 24, column: 23, endColumn: 39, messageIncludes: ['purpose `d`', 'acceptance of the terms of service'] },
      ],
    },
    {
      name: 'a consent block is checked whatever the lawful basis (Zoom 2023: consent by accepting the terms)',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        data_subjects: [{id: participants, name: Meeting participants}]
        data_categories: [{id: telemetry, name: Service-generated data, source: terminal-equipment}]
        processing_activities:
          - id: meeting-ai
            name: Meeting AI
            data_subjects: [participants]
            data_categories: [telemetry]
            purposes:
              - id: train-on-telemetry
                ai_training: true
                lawful_basis: legitimate-interests
                consent:
                  collection: terms-acceptance
                  withdrawal: in-product
      `,
      errors: [{ messageId: 'notOptIn', line: 15, column: 23, endLine: 15, endColumn: 39, messageIncludes: ['purpose `train-on-telemetry`'] }],
    },
  ],
});
