import rule from '../../src/rules/consent-not-explicit.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      // `yes` is text in YAML 1.2: the schema rule asks for `true`; the record does not say the consent is not explicit.
      name: 'explicit of the wrong type (`explicit: yes`) is the schema rule\'s finding alone',
      yaml: yaml`
        version: 1
        controller: {name: Acme Dating}
        data_subjects: [{id: members, name: Members}]
        data_categories: [{id: preferences, name: Dating preferences, source: provided-by-subject, special: [sexual-orientation]}]
        processing_activities:
          - id: matching
            name: Matching
            data_subjects: [members]
            data_categories: [preferences]
            purposes:
              - id: show-matches
                lawful_basis: consent
                consent: {collection: opt-in, explicit: yes}
      `,
    },
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
      name: 'special-category data under explicit consent',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_subjects: [{id: patients, name: App users}]
        data_categories: [{id: symptoms, name: Symptom diary, source: provided-by-subject, special: [health]}]
        processing_activities:
          - id: symptom-checker
            name: Symptom checker
            data_subjects: [patients]
            data_categories: [symptoms]
            purposes:
              - id: train-triage
                ai_training: true
                lawful_basis: consent
                special_category_condition: explicit-consent
                consent: {collection: opt-in, explicit: true, granular: true, withdrawal: in-product, records: consent-db}
      `,
    },
    {
      name: 'special-category data under another Art. 9(2) condition: the consent block (here for ePrivacy) need not be explicit',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        data_subjects: [{id: members, name: Workspace members}]
        data_categories: [{id: support-chats, name: Support chats, source: communications-content, special: [health]}]
        processing_activities:
          - id: research
            name: Research
            data_subjects: [members]
            data_categories: [support-chats]
            purposes:
              - id: train-research-model
                ai_training: true
                lawful_basis: public-task
                special_category_condition: archiving-research
                consent: {collection: opt-in, explicit: false, given_by: all-participants, withdrawal: in-product}
      `,
    },
    {
      name: 'no special-category data (empty or missing special), and special data without a consent block',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects: [{id: users, name: Users}]
        data_categories:
          - {id: email, name: E-mail, source: provided-by-subject, special: []}
          - {id: usage, name: Usage, source: observed}
          - {id: union, name: Union membership, source: provided-by-subject, special: [trade-union]}
        processing_activities:
          - id: newsletter
            name: Newsletter
            data_subjects: [users]
            data_categories: [email, usage]
            purposes:
              - {id: send-newsletter, lawful_basis: consent, consent: {collection: opt-in, explicit: false}}
          - id: payroll
            name: Payroll
            data_subjects: [users]
            data_categories: [union]
            purposes:
              - {id: deduct-dues, lawful_basis: legal-obligation, special_category_condition: employment}
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
      name: '`explicit` under a misspelt key (`explicitt: true`) is the schema rule\'s finding alone',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories: [{id: wellbeing-answers, name: Wellbeing answers, source: provided-by-subject, special: [health]}]
        processing_activities:
          - id: survey
            name: Wellbeing survey
            data_categories: [wellbeing-answers]
            purposes: [{id: run-survey, lawful_basis: consent, consent: {collection: opt-in, explicitt: true}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'explicit: false on health data is reported at the value, naming the categories and their kinds',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_subjects: [{id: patients, name: App users}]
        data_categories:
          - {id: symptoms, name: Symptom diary, source: provided-by-subject, special: [health]}
          - {id: faces, name: Face scans, source: provided-by-subject, special: [biometric, racial-ethnic-origin]}
          - {id: email, name: E-mail, source: provided-by-subject, special: []}
        processing_activities:
          - id: symptom-checker
            name: Symptom checker
            data_subjects: [patients]
            data_categories: [symptoms, faces, email]
            purposes:
              - id: train-triage
                ai_training: true
                lawful_basis: consent
                special_category_condition: explicit-consent
                consent:
                  collection: opt-in
                  explicit: false
      `,
      errors: [
        {
          messageId: 'notExplicit',
          line: 20,
          column: 21,
          endLine: 20,
          endColumn: 26,
          messageIncludes: ['purpose `train-triage`', '`symptoms`: health; `faces`: biometric, racial-ethnic-origin'],
        },
      ],
    },
    {
      name: 'explicit not stated is reported at the consent key; no Art. 9(2) condition named still needs explicit consent',
      yaml: yaml`
        version: 1
        controller: {name: Acme Dating}
        data_subjects: [{id: members, name: Members}]
        data_categories: [{id: preferences, name: Dating preferences, source: provided-by-subject, special: [sexual-orientation]}]
        processing_activities:
          - id: matching
            name: Matching
            data_subjects: [members]
            data_categories: [preferences]
            purposes:
              - id: train-matcher
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: opt-in
                  withdrawal: in-product
              - id: show-matches
                lawful_basis: consent
                special_category_condition: null
                consent: {collection: opt-in, explicit: false}
      `,
      errors: [
        { messageId: 'explicitMissing', line: 14, column: 9, endLine: 14, endColumn: 16, messageIncludes: ['purpose `train-matcher`', '`preferences`: sexual-orientation'] },
        { messageId: 'notExplicit', line: 20, column: 49, endColumn: 54, messageIncludes: ['purpose `show-matches`'] },
      ],
    },
  ],
});
