import rule from '../../src/rules/eprivacy-terminal-consent.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'an AI purpose on telemetry with explicit opt-in consent, in-product withdrawal and records',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        data_categories:
          - {id: telemetry, name: Service-generated data, source: terminal-equipment}
        processing_activities:
          - id: quality-models
            name: Quality models
            data_categories: [telemetry]
            purposes:
              - id: train-quality-model
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: opt-in
                  explicit: true
                  granular: true
                  required_for_service: false
                  given_by: data-subject
                  withdrawal: in-product
                  records: consent-service
      `,
    },
    {
      name: 'a legitimate-interests AI purpose on data provided by the subject (no device data)',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        data_categories:
          - {id: feedback, name: Survey answers, source: provided-by-subject}
        processing_activities:
          - id: feedback-models
            name: Feedback models
            data_categories: [feedback]
            purposes:
              - id: train-feedback-model
                ai_training: true
                lawful_basis: legitimate-interests
                legitimate_interests: {assessment: docs/lia/feedback.md, objection: in-product, objection_before_processing: true}
      `,
    },
    {
      name: 'a non-AI purpose on device data (diagnostics to keep the service running)',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        data_categories:
          - {id: crash-reports, name: Crash reports, source: terminal-equipment}
        processing_activities:
          - id: diagnostics
            name: Diagnostics
            data_categories: [crash-reports]
            purposes:
              - {id: fix-crashes, lawful_basis: legitimate-interests}
              - {id: label-crashes, ai_training: 'true', lawful_basis: legitimate-interests}
      `,
    },
    {
      name: 'given_by is not checked here: communications consent needs all participants, device consent does not',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        data_categories:
          - {id: device-ids, name: Device identifiers, source: terminal-equipment}
        processing_activities:
          - id: ads-models
            name: Ads models
            data_categories: [device-ids]
            purposes:
              - id: train-ads-model
                ai_training: true
                lawful_basis: consent
                consent: {collection: opt-in, granular: true, withdrawal: in-product}
      `,
    },
    {
      name: 'valid consent without records: missing proof is consent-records\u2019 warning; explicit consent for special data, age verified for children',
      yaml: yaml`
        version: 1
        controller: {name: Acme Fitness}
        data_subjects: [{id: teens, name: Teen athletes, children: true}]
        data_categories:
          - {id: heart-rate, name: Heart rate from the watch, source: terminal-equipment, special: [health]}
        processing_activities:
          - id: coaching-ai
            name: Coaching AI
            data_subjects: [teens]
            data_categories: [heart-rate]
            purposes:
              - id: train-coach
                ai_training: true
                lawful_basis: consent
                special_category_condition: explicit-consent
                consent: {collection: opt-in, explicit: true, granular: true, given_by: parent-or-guardian, withdrawal: in-product, age_verification: parental-consent-check}
      `,
    },
    {
      name: 'a consent block, or its withdrawal, under a misspelt key is the schema rule\'s finding: the consent may be valid',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories: [{id: telemetry, name: Device telemetry, source: terminal-equipment}]
        processing_activities:
          - id: crash-model
            name: Crash prediction
            data_categories: [telemetry]
            purposes:
              - {id: train-a, ai_training: true, lawful_basis: consent, consent_: {collection: opt-in, withdrawal: in-product}}
              - {id: train-b, ai_training: true, lawful_basis: consent, consent: {collection: opt-in, withdrawl: in-product}}
      `,
    },
  ],
  invalid: [
    {
      name: 'Zoom 2023: service-generated data used for training with no consent block',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        data_categories:
          - {id: service-generated-data, name: Telemetry and diagnostics, source: terminal-equipment}
          - {id: account, name: Account, source: provided-by-subject}
        processing_activities:
          - id: meeting-ai
            name: Meeting AI
            data_categories: [service-generated-data, account]
            purposes:
              - id: train-meeting-models
                ai_training: true
                lawful_basis: contract
      `,
      errors: [{ messageId: 'noConsent', line: 11, column: 13, endLine: 11, endColumn: 33, messageIncludes: ['purpose `train-meeting-models`', '(`service-generated-data`)'] }],
    },
    {
      name: 'legitimate interests do not make device data strictly necessary',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        data_categories:
          - {id: cookies, name: Cookie identifiers, source: terminal-equipment}
        processing_activities:
          - id: recommendations
            name: Recommendations
            data_categories: [cookies]
            purposes:
              - {id: train-recommender, ai_training: true, lawful_basis: legitimate-interests}
      `,
      errors: [{ messageId: 'noConsent', line: 10, column: 14, endColumn: 31, messageIncludes: ['`cookies`'] }],
    },
    {
      name: '"Got it / Leave meeting": a bundled terms-acceptance block is rejected, at the consent key',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        data_categories:
          - {id: telemetry, name: Telemetry, source: terminal-equipment}
        processing_activities:
          - id: meeting-ai
            name: Meeting AI
            data_categories: [telemetry]
            purposes:
              - id: train-meeting-models
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: terms-acceptance
                  granular: true
                  required_for_service: true
                  withdrawal: in-product
                  records: consent-service
      `,
      errors: [{ messageId: 'rejected', line: 13, column: 9, endLine: 13, endColumn: 16, messageIncludes: ['`consent-not-opt-in`, `consent-bundled`'] }],
    },
    {
      name: 'an admin consenting for every user is rejected too; each AI purpose is reported once',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        data_categories:
          - {id: telemetry, name: Telemetry, source: terminal-equipment}
        processing_activities:
          - id: meeting-ai
            name: Meeting AI
            data_categories: [telemetry]
            purposes:
              - id: train-summary-model
                ai_training: true
                consent: {collection: opt-in, given_by: account-admin, withdrawal: email}
              - id: evaluate-summary-model
                ai_training: true
      `,
      errors: [
        { messageId: 'rejected', line: 12, column: 9, endColumn: 16, messageIncludes: ['`consent-withdrawal`, `consent-given-by-third-party`'] },
        { messageId: 'noConsent', line: 13, column: 13, messageIncludes: ['purpose `evaluate-summary-model`'] },
      ],
    },
    {
      name: 'consent rejected by children-consent, by consent-not-explicit, or by one participant consenting for a call, is not valid',
      yaml: yaml`
        version: 1
        controller: {name: Acme Fitness}
        data_subjects: [{id: teens, name: Teen athletes, children: true}, {id: adults, name: Adult members, children: false}]
        data_categories:
          - {id: step-counts, name: Step counts from the phone, source: terminal-equipment}
          - {id: heart-rate, name: Heart rate from the watch, source: terminal-equipment, special: [health]}
          - {id: call-logs, name: Coaching call metadata, source: communications-metadata}
        processing_activities:
          - id: teen-coaching
            name: Teen coaching
            data_subjects: [teens]
            data_categories: [step-counts]
            purposes:
              - {id: train-teen-coach, ai_training: true, lawful_basis: consent, consent: {collection: opt-in, withdrawal: in-product, age_verification: '[NEEDS legal review]'}}
          - id: adult-coaching
            name: Adult coaching
            data_subjects: [adults]
            data_categories: [heart-rate]
            purposes:
              - {id: train-adult-coach, ai_training: true, lawful_basis: consent, consent: {collection: opt-in, withdrawal: in-product}}
          - id: coach-calls
            name: Coach calls
            data_subjects: [adults]
            data_categories: [step-counts, call-logs]
            purposes:
              - {id: train-call-coach, ai_training: true, lawful_basis: consent, consent: {collection: opt-in, given_by: data-subject, withdrawal: in-product}}
      `,
      errors: [
        { messageId: 'rejected', line: 14, column: 74, endColumn: 81, messageIncludes: ['purpose `train-teen-coach`', 'rejected by `children-consent`'] },
        { messageId: 'rejected', line: 20, column: 75, endColumn: 82, messageIncludes: ['purpose `train-adult-coach`', 'rejected by `consent-not-explicit`'] },
        { messageId: 'rejected', line: 26, column: 74, endColumn: 81, messageIncludes: ['purpose `train-call-coach`', 'rejected by `consent-given-by-third-party`'] },
      ],
    },
  ],
});
