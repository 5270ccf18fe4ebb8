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
      name: 'an evaluation purpose named in collected_for is the purpose the data was collected for',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: rated-replies, name: Rated replies, source: provided-by-subject, collected_for: [train-reply-model, evaluate-reply-model]}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_categories: [rated-replies]
            purposes:
              - {id: train-reply-model, ai_training: true, lawful_basis: legitimate-interests}
              - {id: evaluate-reply-model, ai_training: true, lawful_basis: legitimate-interests}
      `,
    },
    {
      name: 'consent as the basis, even before its consent block is written (consent-details-missing\u2019s finding)',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: tickets, name: Support tickets, source: provided-by-subject, collected_for: [answer-tickets]}
        processing_activities:
          - id: support-ai
            name: Support AI
            data_categories: [tickets]
            purposes: [{id: train-router, ai_training: true, lawful_basis: consent}]
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
    {
      name: 'data collected for this purpose among others is not reused by it',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: ratings, name: Reply ratings, source: provided-by-subject, collected_for: [show-ratings, train-reply-model]}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_categories: [ratings]
            purposes: [{id: train-reply-model, ai_training: true, lawful_basis: legitimate-interests}]
      `,
    },
    {
      name: 'a category collected for another purpose that the training activity does not use',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: chat-messages, name: Messages, source: communications-content, collected_for: [deliver-messages]}
          - {id: ratings, name: Reply ratings, source: provided-by-subject}
        processing_activities:
          - id: messaging
            name: Messaging
            data_categories: [chat-messages]
            purposes: [{id: deliver-messages, lawful_basis: contract}]
          - id: smart-replies
            name: Smart replies
            data_categories: [ratings]
            purposes: [{id: train-reply-model, ai_training: true, lawful_basis: legitimate-interests}]
      `,
    },
    {
      name: 'collected_for empty, or written as a string (the schema rule reports its type), names no other purpose',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: chat-messages, name: Messages, source: communications-content, collected_for: []}
          - {id: tickets, name: Tickets, source: provided-by-subject, collected_for: answer-tickets}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_categories: [chat-messages, tickets]
            purposes: [{id: train-reply-model, ai_training: true, lawful_basis: legitimate-interests}]
      `,
    },
    {
      name: 'a basis or an assessment under a misspelt key is the schema rule\'s finding: the basis may be consent, the assessment written',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories: [{id: chat-messages, name: Messages, source: provided-by-subject, collected_for: [deliver-messages]}]
        processing_activities:
          - id: chat
            name: Chat
            data_categories: [chat-messages]
            purposes:
              - {id: deliver-messages, lawful_basis: contract}
              - {id: train-replies, ai_training: true, lawfull_basis: consent}
              - {id: train-ranking, ai_training: true, lawful_basis: legitimate-interests, compatibility_assesment: docs/compatibility/ranking.md}
      `,
    },
  ],
  invalid: [
    {
      name: 'Slack 2024: messages collected to deliver them, reused for training under legitimate interests, at the purpose id',
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
          messageIncludes: ['purpose `train-global-models` trains on data collected for other purposes (`chat-messages` collected for `deliver-messages`, `search`)'],
        },
      ],
    },
    {
      name: 'compatibility_assessment: null is reported at its value',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: tickets, name: Support tickets, source: provided-by-subject, collected_for: [answer-tickets]}
        processing_activities:
          - id: support-ai
            name: Support AI
            data_categories: [tickets]
            purposes:
              - id: train-router
                ai_training: true
                lawful_basis: legitimate-interests
                compatibility_assessment: null
      `,
      errors: [{ messageId: 'reuse', line: 13, column: 35, endLine: 13, endColumn: 39, messageIncludes: ['purpose `train-router`', '`tickets` collected for `answer-tickets`'] }],
    },
    {
      name: 'a blank compatibility_assessment is reported at its value',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: tickets, name: Support tickets, source: provided-by-subject, collected_for: [answer-tickets]}
        processing_activities:
          - id: support-ai
            name: Support AI
            data_categories: [tickets]
            purposes:
              - id: train-router
                ai_training: true
                lawful_basis: legitimate-interests
                compatibility_assessment: '  '
      `,
      errors: [{ messageId: 'reuse', line: 13, column: 35, endLine: 13, endColumn: 39, messageIncludes: ['purpose `train-router`'] }],
    },
    {
      name: 'compatibility_assessment: false is no assessment',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: tickets, name: Support tickets, source: provided-by-subject, collected_for: [answer-tickets]}
        processing_activities:
          - id: support-ai
            name: Support AI
            data_categories: [tickets]
            purposes:
              - id: train-router
                ai_training: true
                lawful_basis: legitimate-interests
                compatibility_assessment: false
      `,
      errors: [{ messageId: 'reuse', line: 13, column: 35, endLine: 13, endColumn: 40, messageIncludes: ['purpose `train-router`'] }],
    },
    {
      name: 'contract is not consent either',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: calls, name: Call recordings, source: communications-content, collected_for: [answer-tickets]}
        processing_activities:
          - id: support-ai
            name: Support AI
            data_categories: [calls]
            purposes: [{id: train-summariser, ai_training: true, lawful_basis: contract}]
      `,
      errors: [{ messageId: 'reuse', line: 9, column: 21, endLine: 9, endColumn: 37, messageIncludes: ['purpose `train-summariser`', '`calls` collected for `answer-tickets`'] }],
    },
    {
      name: 'a missing lawful basis is not consent',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: calls, name: Call recordings, source: communications-content, collected_for: [answer-tickets]}
        processing_activities:
          - id: support-ai
            name: Support AI
            data_categories: [calls]
            purposes:
              - id: train-summariser
                ai_training: true
      `,
      errors: [{ messageId: 'reuse', line: 10, column: 13, endLine: 10, endColumn: 29, messageIncludes: ['purpose `train-summariser`'] }],
    },
    {
      name: 'one finding per purpose, naming every reused category',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: tickets, name: Support tickets, source: provided-by-subject, collected_for: [answer-tickets]}
          - {id: calls, name: Call recordings, source: communications-content, collected_for: [answer-tickets, quality-review]}
        processing_activities:
          - id: support-ai
            name: Support AI
            data_categories: [tickets, calls]
            purposes:
              - {id: train-router, ai_training: true, lawful_basis: legitimate-interests}
              - {id: train-summariser, ai_training: true, lawful_basis: legitimate-interests}
              - {id: answer-tickets, lawful_basis: contract}
      `,
      errors: [
        {
          messageId: 'reuse',
          line: 11,
          column: 14,
          endLine: 11,
          endColumn: 26,
          messageIncludes: ['purpose `train-router`', '(`tickets` collected for `answer-tickets`; `calls` collected for `answer-tickets`, `quality-review`)'],
        },
        { messageId: 'reuse', line: 12, column: 14, endLine: 12, endColumn: 30, messageIncludes: ['purpose `train-summariser`'] },
      ],
    },
    {
      name: 'evaluating is another purpose than training when its id differs: data collected to train is reused to evaluate',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: rated-replies, name: Rated replies, source: provided-by-subject, collected_for: [train-reply-model]}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_categories: [rated-replies]
            purposes:
              - {id: train-reply-model, ai_training: true, lawful_basis: legitimate-interests}
              - {id: evaluate-reply-model, ai_training: true, lawful_basis: legitimate-interests}
      `,
      errors: [{ messageId: 'reuse', line: 11, column: 14, endColumn: 34, messageIncludes: ['purpose `evaluate-reply-model`', '`rated-replies` collected for `train-reply-model`'] }],
    },
    {
      name: 'a placeholder is no assessment: TODO and [CONFIRM \u2026] are reported at the value',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: tickets, name: Support tickets, source: provided-by-subject, collected_for: [answer-tickets]}
        processing_activities:
          - id: support-ai
            name: Support AI
            data_categories: [tickets]
            purposes:
              - id: train-router
                ai_training: true
                lawful_basis: legitimate-interests
                compatibility_assessment: TODO
              - id: train-summariser
                ai_training: true
                lawful_basis: legitimate-interests
                compatibility_assessment: '[CONFIRM with legal whether tickets may be reused]'
      `,
      errors: [
        { messageId: 'reuse', line: 13, column: 35, endLine: 13, endColumn: 39, messageIncludes: ['purpose `train-router`'] },
        { messageId: 'reuse', line: 17, column: 35, endLine: 17, endColumn: 87, messageIncludes: ['purpose `train-summariser`'] },
      ],
    },
  ],
});
