import rule from '../../src/rules/purpose-compatibility.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'data collected for this very training purpose',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: ratings, name: Reply ratings, source: provided-by-subject, collected_for: [train-reply-model]}
          - {id: clicks, name: Clicks, source: observed}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_categories: [ratings, clicks]
            purposes: [{id: train-reply-model, ai_training: true, lawful_basis: legitimate-interests}]
      `,
    },
    {
      name: 'reuse based on consent, or backed by a compatibility assessment',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: chat-messages, name: Messages, source: communications-content, collected_for: [deliver-messages]}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_categories: [chat-messages]
            purposes:
              - id: train-reply-model
                ai_training: true
                lawful_basis: consent
              - id: train-spam-model
                ai_training: true
                lawful_basis: legitimate-interests
                compatibility_assessment: docs/compatibility/spam.md
      `,
    },
    {
      name: 'a non-AI purpose reusing data is not this rule\u2019s concern',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: chat-messages, name: Messages, source: communications-content, collected_for: [deliver-messages]}
        processing_activities:
          - id: support
            name: Support
            data_categories: [chat-messages]
            purposes: [{id: answer-tickets, lawful_basis: legitimate-interests}]
      `,
    },
  ],
  invalid: [
    {
      name: 'Slack 2024: messages collected to deliver them, reused for training under legitimate interests',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: chat-messages, name: Messages, source: communications-content, collected_for: [deliver-messages, search]}
          - {id: ratings, name: Ratings, source: provided-by-subject, collected_for: [train-global-models]}
        processing_activities:
          - id: global-models
            name: Global models
            data_categories: [chat-messages, ratings]
            purposes:
              - id: train-global-models
                ai_training: true
                lawful_basis: legitimate-interests
      `,
      errors: [
        {
          messageId: 'reuse',
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 32,
          messageIncludes: ['purpose `train-global-models`', '`chat-messages` collected for `deliver-messages`, `search`'],
        },
      ],
    },
    {
      name: 'a null or blank assessment is reported at its value; a missing basis is not consent',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: tickets, name: Support tickets, source: provided-by-subject, collected_for: [answer-tickets]}
          - {id: calls, name: Call recordings, source: communications-content, collected_for: [answer-tickets]}
        processing_activities:
          - id: support-ai
            name: Support AI
            data_categories: [tickets, calls]
            purposes:
              - id: train-router
                ai_training: true
                lawful_basis: contract
                compatibility_assessment: null
              - id: train-summariser
                ai_training: true
                compatibility_assessment: '  '
      `,
      errors: [
        { messageId: 'reuse', line: 14, column: 35, endColumn: 39, messageIncludes: ['`tickets` collected for `answer-tickets`; `calls` collected for `answer-tickets`'] },
        { messageId: 'reuse', line: 17, column: 35, endColumn: 39, messageIncludes: ['purpose `train-summariser`'] },
      ],
    },
  ],
});
