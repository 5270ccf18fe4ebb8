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
  ],
});
