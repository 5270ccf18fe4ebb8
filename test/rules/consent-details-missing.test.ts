import rule from '../../src/rules/consent-details-missing.js';
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
      name: 'consent is not required: AI training on observed data under legitimate interests, communications used outside training',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        data_subjects: [{id: members, name: Workspace members}]
        data_categories:
          - {id: usage, name: Usage events, source: observed}
          - {id: messages, name: Messages, source: communications-content}
        processing_activities:
          - id: ranking
            name: Search ranking
            data_subjects: [members]
            data_categories: [usage]
            purposes:
              - id: train-ranking
                ai_training: true
                lawful_basis: legitimate-interests
                legitimate_interests: {assessment: docs/lia/ranking.md, objection: in-product, objection_before_processing: true}
          - id: messaging
            name: Messaging
            data_subjects: [members]
            data_categories: [messages]
            purposes:
              - {id: deliver-messages, lawful_basis: contract, ai_training: false}
      `,
    },
    {
      name: 'a consent block that other rules reject is still a consent block',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: newsletter
            name: Newsletter
            purposes:
              - {id: send-newsletter, lawful_basis: consent, consent: {collection: opt-out, withdrawal: none}}
      `,
    },
  ],
  invalid: [
    {
      name: 'lawful_basis: consent without a block points at the purpose id; a consent value that is not a mapping at that value',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: newsletter
            name: Newsletter
            purposes:
              - id: send-newsletter
                lawful_basis: consent
              - id: send-offers
                lawful_basis: consent
                consent: null
      `,
      errors: [
        { messageId: 'basisConsent', line: 7, column: 13, endLine: 7, endColumn: 28, messageIncludes: ['purpose `send-newsletter`', 'lawful_basis: consent'] },
        { messageId: 'basisConsent', line: 11, column: 18, endLine: 11, endColumn: 22, messageIncludes: ['purpose `send-offers`'] },
      ],
    },
    {
      name: 'ePrivacy requires consent whatever the GDPR basis: communications (Art. 5(1)) before terminal equipment (Art. 5(3))',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        data_subjects: [{id: participants, name: Meeting participants}]
        data_categories:
          - {id: transcripts, name: Meeting transcripts, source: communications-content}
          - {id: call-logs, name: Call metadata, source: communications-metadata}
          - {id: telemetry, name: Service-generated data, source: terminal-equipment}
        processing_activities:
          - id: meeting-ai
            name: Meeting AI
            data_subjects: [participants]
            data_categories: [transcripts, call-logs, telemetry]
            purposes:
              - id: train-summariser
                ai_training: true
                lawful_basis: legitimate-interests
          - id: diagnostics
            name: Diagnostics
            data_subjects: [participants]
            data_categories: [telemetry]
            purposes:
              - id: train-quality-model
                ai_training: true
                lawful_basis: contract
              - id: fix-crashes
                lawful_basis: contract
      `,
      errors: [
        {
          messageId: 'communicationsConsent',
          line: 14,
          column: 13,
          endLine: 14,
          endColumn: 29,
          messageIncludes: ['purpose `train-summariser`', '(`transcripts`, `call-logs`)', 'ePrivacy Art. 5(1)'],
        },
        { messageId: 'terminalConsent', line: 22, column: 13, messageIncludes: ['purpose `train-quality-model`', '(`telemetry`)', 'ePrivacy Art. 5(3)'] },
      ],
    },
    {
      name: 'basis consent on communications training reports the basis once',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        data_subjects: [{id: members, name: Workspace members}]
        data_categories: [{id: messages, name: Messages, source: communications-content}]
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_subjects: [members]
            data_categories: [messages]
            purposes:
              - {id: train-replies, ai_training: true, lawful_basis: consent}
      `,
      errors: [{ messageId: 'basisConsent', line: 11, column: 14, endColumn: 27, messageIncludes: ['purpose `train-replies`'] }],
    },
  ],
});
