import rule from '../../src/rules/ai-training-contract-basis.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'contract for a non-AI purpose (delivering the service the user signed up for)',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: messaging
            name: Messaging
            purposes:
              - {id: deliver-messages, lawful_basis: contract}
              - {id: bill-customers, ai_training: false, lawful_basis: contract}
      `,
    },
    {
      name: 'AI training on consent, and on legitimate interests with an assessment and objection before processing',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes:
              - id: train-reply-model
                ai_training: true
                lawful_basis: consent
                consent: {collection: opt-in, granular: true, given_by: all-participants, withdrawal: in-product, records: consent-service}
              - id: train-spam-model
                ai_training: true
                lawful_basis: legitimate-interests
                legitimate_interests: {assessment: docs/lia/spam.md, objection: in-product, objection_before_processing: true}
      `,
    },
    {
      name: 'ai_training written as a string is not exactly true (the schema rule reports it)',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - {id: a, name: A, purposes: [{id: tune, ai_training: 'true', lawful_basis: contract}]}
      `,
    },
    {
      name: 'a contract purpose next to an AI purpose on consent in the same activity is judged on its own',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: assistant
            name: Assistant
            purposes:
              - {id: answer-questions, lawful_basis: contract}
              - {id: fine-tune-assistant, ai_training: true, lawful_basis: consent, consent: {collection: opt-in}}
      `,
    },
  ],
  invalid: [
    {
      name: 'Zoom 2023: training on customer content "to provide the service" under the terms of service',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        processing_activities:
          - id: meeting-ai
            name: Meeting AI
            purposes:
              - id: train-meeting-models
                description: Train models on meeting content under our terms of service.
                ai_training: true
                lawful_basis: contract
      `,
      errors: [
        {
          messageId: 'contract',
          line: 10,
          column: 23,
          endLine: 10,
          endColumn: 31,
          messageIncludes: ['purpose `train-meeting-models` relies on contract for AI training'],
        },
      ],
    },
    {
      name: 'a flow-style purpose is reported at its lawful_basis value',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: assistant
            name: Assistant
            purposes: [{id: fine-tune-assistant, ai_training: true, lawful_basis: contract}]
      `,
      errors: [{ messageId: 'contract', line: 6, column: 75, endLine: 6, endColumn: 83, messageIncludes: ['purpose `fine-tune-assistant`'] }],
    },
    {
      name: 'a consent block next to the contract basis does not change the basis',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes:
              - id: train-reply-model
                ai_training: true
                lawful_basis: contract
                consent: {collection: opt-in, granular: true, withdrawal: in-product}
      `,
      errors: [{ messageId: 'contract', line: 9, column: 23, endLine: 9, endColumn: 31, messageIncludes: ['purpose `train-reply-model`'] }],
    },
    {
      name: 'every AI purpose on contract is reported once, across activities',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: assistant
            name: Assistant
            purposes:
              - {id: deliver, lawful_basis: contract}
              - {id: fine-tune-assistant, ai_training: true, lawful_basis: contract}
              - {id: evaluate-assistant, ai_training: true, lawful_basis: contract}
          - id: search
            name: Search
            purposes: [{id: train-ranker, ai_training: true, lawful_basis: contract}]
      `,
      errors: [
        { messageId: 'contract', line: 8, column: 68, endLine: 8, endColumn: 76, messageIncludes: ['`fine-tune-assistant`'] },
        { messageId: 'contract', line: 9, column: 67, endLine: 9, endColumn: 75, messageIncludes: ['`evaluate-assistant`'] },
        { messageId: 'contract', line: 12, column: 68, endLine: 12, endColumn: 76, messageIncludes: ['`train-ranker`'] },
      ],
    },
  ],
});
