import rule from '../../src/rules/dpia-required.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'AI training with a completed or an in-progress DPIA',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: [{id: train-reply-model, ai_training: true}]
            dpia: {status: completed, reference: docs/dpia/replies.md}
          - id: search-ranking
            name: Search ranking
            purposes: [{id: train-ranker, ai_training: true}]
            dpia:
              status: in-progress
              reference: docs/dpia/ranking.md
      `,
    },
    {
      name: 'an activity without AI training needs no DPIA under this rule',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: messaging
            name: Messaging
            purposes: [{id: deliver-messages}, {id: archive, ai_training: false}]
            dpia: {status: not-required}
          - id: billing
            name: Billing
            purposes: [{id: send-invoices, lawful_basis: contract}]
      `,
    },
    {
      name: 'ai_training written as the string "true" is not exactly true (the schema rule reports its type)',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: [{id: train-reply-model, ai_training: 'true'}]
      `,
    },
    {
      name: 'the DPIA is recorded per activity: one completed DPIA covers all of its AI purposes',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: global-models
            name: Global models
            purposes:
              - {id: train-global-models, ai_training: true}
              - {id: evaluate-global-models, ai_training: true}
            dpia: {status: completed, reference: docs/dpia/global-models.md}
      `,
    },
  ],
  invalid: [
    {
      name: 'no dpia block: reported once for the activity at its id, naming every AI purpose',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: global-models
            name: Global models
            purposes:
              - {id: deliver-messages}
              - {id: train-global-models, ai_training: true}
              - {id: evaluate-global-models, ai_training: true}
      `,
      errors: [
        {
          messageId: 'missing',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 22,
          messageIncludes: ['activity `global-models` trains models (`train-global-models`, `evaluate-global-models`) but records no data protection impact assessment'],
        },
      ],
    },
    {
      name: 'status not-required is reported at the status value',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        processing_activities:
          - id: meeting-ai
            name: Meeting AI
            purposes: [{id: train-meeting-models, ai_training: true}]
            dpia:
              status: not-required
      `,
      errors: [{ messageId: 'notDone', line: 8, column: 15, endLine: 8, endColumn: 27, messageIncludes: ['activity `meeting-ai` trains models (`train-meeting-models`) but its DPIA status is `not-required`'] }],
    },
    {
      name: 'status missing is reported at the status value, in flow style',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        processing_activities:
          - id: summaries
            name: Summaries
            purposes: [{id: fine-tune-summariser, ai_training: true}]
            dpia: {status: missing, reference: null}
      `,
      errors: [{ messageId: 'notDone', line: 7, column: 20, endLine: 7, endColumn: 27, messageIncludes: ['activity `summaries`', '`missing`'] }],
    },
    {
      name: 'a dpia block without status is reported at the dpia key',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: [{id: train-reply-model, ai_training: true}]
            dpia:
              reference: docs/dpia/replies.md
      `,
      errors: [{ messageId: 'missing', line: 7, column: 5, endLine: 7, endColumn: 9, messageIncludes: ['(`train-reply-model`) but records no data protection impact assessment'] }],
    },
    {
      name: 'an empty status is reported at the status key',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: [{id: train-reply-model, ai_training: true}]
            dpia:
              status:
              reference: docs/dpia/replies.md
      `,
      errors: [{ messageId: 'missing', line: 8, column: 7, endLine: 8, endColumn: 13, messageIncludes: ['(`train-reply-model`) but records no data protection impact assessment'] }],
    },
    {
      name: 'one finding per activity, however many AI purposes it has; an AI purpose without id by its position',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes:
              - {id: train-reply-model, ai_training: true}
              - {description: Evaluate reply quality, ai_training: true}
            dpia: {status: not-required}
          - id: search
            name: Search
            purposes: [{id: train-ranker, ai_training: true}]
          - id: messaging
            name: Messaging
            purposes: [{id: deliver-messages}]
      `,
      errors: [
        { messageId: 'notDone', line: 9, column: 20, endLine: 9, endColumn: 32, messageIncludes: ['activity `smart-replies` trains models (`train-reply-model`, purpose #2)'] },
        { messageId: 'missing', line: 10, column: 9, endLine: 10, endColumn: 15, messageIncludes: ['activity `search` trains models (`train-ranker`)'] },
      ],
    },
  ],
});
