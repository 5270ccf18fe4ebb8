import rule from '../../src/rules/consent-given-by-third-party.js';
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
      name: 'consent given by the person, or by a parent for a child',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: accounts
            name: Accounts
            purposes:
              - {id: send-newsletter, lawful_basis: consent, consent: {collection: opt-in, given_by: data-subject}}
              - {id: kids-newsletter, lawful_basis: consent, consent: {collection: opt-in, given_by: parent-or-guardian, age_verification: parental-email}}
      `,
    },
    {
      name: 'one person consenting for their own data: communications defined in the inventory but not used by this activity',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        data_categories:
          - {id: messages, name: Messages, source: communications-content}
          - {id: voice-samples, name: Voice samples recorded for enrolment, source: provided-by-subject}
        processing_activities:
          - id: messaging
            name: Messaging
            data_categories: [messages]
            purposes: [{id: deliver-messages, lawful_basis: contract}]
          - id: voice-enrolment
            name: Voice enrolment
            data_categories: [voice-samples]
            purposes:
              - id: train-voice-model
                ai_training: true
                lawful_basis: consent
                consent: {collection: opt-in, given_by: data-subject, withdrawal: in-product}
      `,
    },
    {
      name: 'communications without a consent block, or a block that does not say who gives it, are other rules’ concern',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        data_categories: [{id: call-logs, name: Call metadata, source: communications-metadata}]
        processing_activities:
          - id: calls
            name: Calls
            data_categories: [call-logs]
            purposes:
              - {id: bill-calls, lawful_basis: contract}
              - {id: train-router, ai_training: true, lawful_basis: consent}
              - {id: call-insights, lawful_basis: consent, consent: {collection: opt-in, withdrawal: in-product}}
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
      name: 'Slack 2024: the workspace admin decides for every member',
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
                  collection: opt-in
                  given_by: account-admin
                  withdrawal: in-product
      `,
      errors: [{ messageId: 'accountAdmin', line: 16, column: 21, endLine: 16, endColumn: 34, messageIncludes: ['purpose `train-global-models`', 'given_by: account-admin'] }],
    },
    {
      name: 'the customer consenting for its employees, on a non-AI purpose in flow style',
      yaml: yaml`
        version: 1
        controller: {name: Acme HR Cloud}
        processing_activities:
          - id: benchmarking
            name: Salary benchmarking
            purposes:
              - {id: share-salaries, lawful_basis: consent, consent: {given_by: account-admin}}
      `,
      errors: [{ messageId: 'accountAdmin', line: 7, column: 73, endColumn: 86, messageIncludes: ['purpose `share-salaries`'] }],
    },
    {
      name: 'one participant consenting for a whole conversation, for training on messages',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        data_subjects: [{id: members, name: Workspace members}]
        data_categories:
          - {id: messages, name: Messages, source: communications-content}
          - {id: profiles, name: Profiles, source: provided-by-subject}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_subjects: [members]
            data_categories: [messages, profiles]
            purposes:
              - id: train-replies
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: opt-in
                  granular: true
                  given_by: data-subject
                  withdrawal: in-product
      `,
      errors: [
        {
          messageId: 'oneParticipant',
          line: 19,
          column: 21,
          endLine: 19,
          endColumn: 33,
          messageIncludes: ['purpose `train-replies` uses communications (`messages`) with consent from one participant'],
        },
      ],
    },
    {
      name: 'not only for training: a meeting host switching on transcripts for every participant (call metadata and content)',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        data_categories:
          - {id: call-logs, name: Call metadata, source: communications-metadata}
          - {id: meeting-audio, name: Meeting audio, source: communications-content}
        processing_activities:
          - id: transcripts
            name: Meeting transcripts
            data_categories: [call-logs, meeting-audio]
            purposes:
              - {id: transcribe-meetings, lawful_basis: consent, consent: {collection: opt-in, given_by: data-subject, withdrawal: in-product}}
      `,
      errors: [{ messageId: 'oneParticipant', line: 11, column: 98, endColumn: 110, messageIncludes: ['(`call-logs`, `meeting-audio`)'] }],
    },
    {
      name: 'an administrator consenting for a conversation is reported once, as an administrator',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        data_categories: [{id: messages, name: Messages, source: communications-content}]
        processing_activities:
          - id: global-models
            name: Global models
            data_categories: [messages]
            purposes:
              - {id: train-global-models, ai_training: true, lawful_basis: legitimate-interests, consent: {collection: opt-out, given_by: account-admin}}
      `,
      errors: [{ messageId: 'accountAdmin', line: 9, column: 131, endColumn: 144, messageIncludes: ['purpose `train-global-models`'] }],
    },
  ],
});
