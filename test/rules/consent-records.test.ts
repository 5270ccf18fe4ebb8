import rule from '../../src/rules/consent-records.js';
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
      name: 'records named in flow style on a non-AI purpose',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: newsletter
            name: Newsletter
            purposes:
              - {id: send-newsletter, lawful_basis: consent, consent: {collection: opt-in, records: crm-consent-log}}
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
      name: 'records under a misspelt key (`recods:`) are the schema rule\'s finding alone',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: newsletter
            name: Newsletter
            purposes: [{id: send-newsletter, lawful_basis: consent, consent: {collection: opt-in, recods: consent-service}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'records missing (at the consent key), null (at the value) and left empty (at its key)',
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
                  withdrawal: in-product
              - id: product-emails
                lawful_basis: consent
                consent: {collection: opt-in, records: null}
              - id: surveys
                lawful_basis: consent
                consent:
                  collection: opt-in
                  records:
      `,
      errors: [
        { messageId: 'noRecords', line: 14, column: 9, endLine: 14, endColumn: 16, severity: 'warning', messageIncludes: ['purpose `train-ranking`'] },
        { messageId: 'noRecords', line: 19, column: 48, endLine: 19, endColumn: 52, messageIncludes: ['purpose `product-emails`'] },
        { messageId: 'noRecords', line: 24, column: 11, endLine: 24, endColumn: 18, messageIncludes: ['purpose `surveys`'] },
      ],
    },
    {
      name: 'a blank string or an empty list is no record either',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: marketing
            name: Marketing
            purposes:
              - {id: send-offers, lawful_basis: consent, consent: {collection: opt-in, records: '  '}}
              - {id: profile-readers, lawful_basis: consent, consent: {collection: opt-in, records: []}}
      `,
      errors: [
        { messageId: 'noRecords', line: 7, column: 89, endColumn: 93, messageIncludes: ['purpose `send-offers`'] },
        { messageId: 'noRecords', line: 8, column: 93, endColumn: 95, messageIncludes: ['purpose `profile-readers`'] },
      ],
    },
    {
      name: 'a placeholder is no record: TODO, - and [NEEDS …] count as absent',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: marketing
            name: Marketing
            purposes:
              - {id: send-offers, lawful_basis: consent, consent: {collection: opt-in, records: TODO}}
              - {id: profile-readers, lawful_basis: consent, consent: {collection: opt-in, records: '-'}}
              - {id: train-recommender, ai_training: true, lawful_basis: consent, consent: {collection: opt-in, records: '[NEEDS a consent log from the CRM team]'}}
      `,
      errors: [
        { messageId: 'noRecords', line: 7, column: 89, endColumn: 93, messageIncludes: ['purpose `send-offers`'] },
        { messageId: 'noRecords', line: 8, column: 93, endColumn: 96, messageIncludes: ['purpose `profile-readers`'] },
        { messageId: 'noRecords', line: 9, column: 114, endColumn: 155, messageIncludes: ['purpose `train-recommender`'] },
      ],
    },
  ],
});
