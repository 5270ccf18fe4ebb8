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
      errors: [{ messageId: 'missing', line: 4, column: 9, endLine: 4, endColumn: 22, messageIncludes: ['activity `global-models`', '(`train-global-models`, `evaluate-global-models`)'] }],
    },
    {
      name: 'status not-required or missing is reported at the status value',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        processing_activities:
          - id: meeting-ai
            name: Meeting AI
            purposes: [{id: train-meeting-models, ai_training: true}]
            dpia:
              status: not-required
          - id: summaries
            name: Summaries
            purposes: [{id: fine-tune-summariser, ai_training: true}]
            dpia: {status: missing, reference: null}
      `,
      errors: [
        { messageId: 'notDone', line: 8, column: 15, endLine: 8, endColumn: 27, messageIncludes: ['activity `meeting-ai`', '`not-required`'] },
        { messageId: 'notDone', line: 12, column: 20, endColumn: 27, messageIncludes: ['activity `summaries`', '`missing`'] },
      ],
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
      errors: [{ messageId: 'missing', line: 7, column: 5, endLine: 7, endColumn: 9, messageIncludes: ['(`train-reply-model`)'] }],
    },
  ],
});
