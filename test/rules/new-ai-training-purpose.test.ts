import rule from '../../src/rules/new-ai-training-purpose.js';
import { yaml } from '../support/dedent.js';
import { comparisonTester } from '../support/comparison-tester.js';

const base = yaml`
  version: 1
  controller: {name: Acme}
  data_subjects: [{id: users, name: Users}]
  data_categories: [{id: usage, name: Usage events, source: observed}]
  processing_activities:
    - id: analytics
      name: Analytics
      data_subjects: [users]
      data_categories: [usage]
      purposes:
        - id: dashboards
          lawful_basis: legitimate-interests
        - id: train-recommender
          description: Train the feature recommender on usage events.
          ai_training: true
          lawful_basis: consent
`;

comparisonTester(rule, {
  valid: [
    { name: 'nothing changed', base, head: base },
    {
      name: 'reordered, reformatted and commented: the same purposes',
      base,
      head: yaml`
        # The record of processing activities of Acme.
        version: 1
        controller:
          name: Acme
        data_subjects:
          - {id: users, name: Users}
        data_categories:
          - {id: usage, name: Usage events, source: observed}
        processing_activities:
          - id: analytics
            name: Analytics
            data_subjects: [users]
            data_categories: [usage]
            purposes:
              - {id: train-recommender, description: "Train the feature recommender on usage events.", ai_training: true, lawful_basis: consent}  # reviewed
              - id: dashboards
                lawful_basis: legitimate-interests
      `,
    },
    {
      name: 'a new purpose that does not train models',
      base,
      head: `${base}      - id: billing\n        lawful_basis: contract\n`,
    },
    {
      name: 'a new purpose whose ai_training is not exactly true',
      base,
      head: `${base}      - id: maybe\n        ai_training: "true"\n        lawful_basis: consent\n`,
    },
    {
      name: 'an AI-training purpose moved to another file, its activity with it',
      base: { 'a.ropa.yaml': base, 'b.ropa.yaml': 'version: 1\ncontroller: {name: Acme}\nprocessing_activities: []\n' },
      head: {
        'a.ropa.yaml': base.replace(/ {6}- id: train-recommender[\s\S]*$/, ''),
        'b.ropa.yaml': `version: 1\ncontroller: {name: Acme}\nprocessing_activities:\n  - id: analytics\n    name: Analytics\n    purposes:\n      - id: train-recommender\n        ai_training: true\n`,
      },
    },
    {
      name: 'an AI-training purpose under a renamed activity, with the same id and description',
      base,
      head: base.replace('- id: analytics', '- id: product-analytics'),
    },
    { name: 'an AI-training purpose deleted', base, head: base.replace(/ {6}- id: train-recommender[\s\S]*$/, '') },
  ],
  invalid: [
    {
      name: 'a new AI-training purpose is reported at its id',
      base,
      head: `${base}      - id: train-churn-model\n        ai_training: true\n        lawful_basis: consent\n`,
      errors: [{ messageId: 'added', line: 17, column: 13, endLine: 17, endColumn: 30, severity: 'notice', messageIncludes: ['purpose `train-churn-model`'] }],
    },
    {
      name: 'a purpose that becomes AI-training is reported at ai_training, with what it was',
      base: base.replace('ai_training: true', 'ai_training: false'),
      head: base,
      errors: [{ messageId: 'becameAiTraining', line: 15, column: 22, endColumn: 26, messageIncludes: ['purpose `train-recommender`', 'ai_training was false at base, is true now'] }],
    },
    {
      name: 'a purpose that had no ai_training and now has it',
      base: base.replace('        ai_training: true\n', ''),
      head: base,
      errors: [{ messageId: 'becameAiTraining', line: 15, column: 22, messageIncludes: ['ai_training was not set at base'] }],
    },
    {
      name: 'every AI-training purpose of an inventory that did not exist at base is new',
      base: {},
      head: base,
      errors: [{ messageId: 'added', line: 13, column: 13, messageIncludes: ['purpose `train-recommender`'] }],
    },
    {
      name: 'a renamed purpose id is a new purpose',
      base,
      head: base.replace('- id: train-recommender', '- id: train-recommender-v2'),
      errors: [{ messageId: 'added', line: 13, column: 13 }],
    },
    {
      name: 'a renamed activity whose purpose description changed too: nothing ties them, so the purpose is new',
      base,
      head: base.replace('- id: analytics', '- id: product-analytics').replace('on usage events.', 'on usage events and clicks.'),
      errors: [{ messageId: 'added', line: 13, column: 13 }],
    },
    {
      name: 'a purpose that moved to another file and became AI-training says where it was',
      base: { 'a.ropa.yaml': base.replace('ai_training: true', 'ai_training: false'), 'b.ropa.yaml': 'version: 1\ncontroller: {name: Acme}\nprocessing_activities: []\n' },
      head: {
        'a.ropa.yaml': base.replace(/ {6}- id: train-recommender[\s\S]*$/, ''),
        'b.ropa.yaml': `version: 1\ncontroller: {name: Acme}\nprocessing_activities:\n  - id: analytics\n    name: Analytics\n    purposes:\n      - id: train-recommender\n        ai_training: true\n`,
      },
      errors: [{ file: 'b.ropa.yaml', messageId: 'becameAiTraining', line: 8, column: 22, messageIncludes: ['was false at base (in a.ropa.yaml)'] }],
    },
    {
      name: 'a purpose under a renamed activity that became AI-training names the old activity',
      base: base.replace('ai_training: true', 'ai_training: false'),
      head: base.replace('- id: analytics', '- id: product-analytics'),
      errors: [{ messageId: 'becameAiTraining', line: 15, column: 22, messageIncludes: ['at base (under activity `analytics`)'] }],
    },
  ],
});
