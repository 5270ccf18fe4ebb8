import rule from '../../src/rules/consent-bundled.js';
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
      name: 'required_for_service stated as false, or not stated at all',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: newsletter
            name: Newsletter
            purposes:
              - {id: send-newsletter, lawful_basis: consent, consent: {collection: opt-in, required_for_service: false}}
              - {id: send-offers, lawful_basis: consent, consent: {collection: opt-in}}
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
      name: 'the Zoom 2023 prompt: consent or leave the meeting',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        data_subjects: [{id: participants, name: Meeting participants}]
        data_categories: [{id: recordings, name: Meeting recordings, source: communications-content}]
        processing_activities:
          - id: meeting-summaries
            name: Meeting summaries
            data_subjects: [participants]
            data_categories: [recordings]
            purposes:
              - id: train-summariser
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: opt-in
                  required_for_service: true
                  given_by: all-participants
      `,
      errors: [{ messageId: 'bundled', line: 16, column: 33, endLine: 16, endColumn: 37, messageIncludes: ['purpose `train-summariser`', 'required_for_service: true'] }],
    },
    {
      name: 'one finding per purpose, also on a non-AI purpose and in flow style',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: newsletter
            name: Newsletter
            purposes:
              - {id: send-newsletter, lawful_basis: consent, consent: {required_for_service: true}}
              - {id: send-offers, lawful_basis: consent, consent: {required_for_service: false}}
              - id: profile-readers
                lawful_basis: consent
                consent: {collection: opt-in, required_for_service: true}
      `,
      errors: [
        { messageId: 'bundled', line: 7, column: 86, endColumn: 90, messageIncludes: ['purpose `send-newsletter`'] },
        { messageId: 'bundled', line: 11, column: 61, messageIncludes: ['purpose `profile-readers`'] },
      ],
    },
  ],
});
