import rule from '../../src/rules/processor-own-purpose.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a processor activity without AI training',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: hosting
            name: Hosting customer workspaces
            role: processor
            purposes: [{id: host-workspaces}, {id: back-up, ai_training: false}]
      `,
    },
    {
      name: 'AI training in an activity where the organisation is controller or joint controller',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: own-models
            name: Own models
            role: controller
            purposes: [{id: train-global-models, ai_training: true, lawful_basis: consent}]
          - id: partner-models
            name: Partner models
            role: joint-controller
            purposes: [{id: train-partner-model, ai_training: true, lawful_basis: consent}]
          - id: unstated
            name: Role not stated
            purposes: [{id: train-other-model, ai_training: true, lawful_basis: consent}]
      `,
    },
  ],
  invalid: [
    {
      name: 'Slack 2024: a processor of customer workspaces trains global models on them',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: customer-workspaces
            name: Customer workspaces
            role: processor
            purposes:
              - id: deliver-messages
              - id: train-global-models
                ai_training: true
                lawful_basis: legitimate-interests
      `,
      errors: [{ messageId: 'ownPurpose', line: 10, column: 22, endLine: 10, endColumn: 26, messageIncludes: ['purpose `train-global-models`', 'activity `customer-workspaces`'] }],
    },
    {
      name: 'each AI purpose of the processor activity is reported',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: customer-workspaces
            name: Customer workspaces
            role: processor
            purposes:
              - {id: train-search-ranking, ai_training: true}
              - {id: evaluate-search-ranking, ai_training: true}
      `,
      errors: [
        { messageId: 'ownPurpose', line: 8, column: 49, endColumn: 53, messageIncludes: ['`train-search-ranking`'] },
        { messageId: 'ownPurpose', line: 9, column: 52, endColumn: 56, messageIncludes: ['`evaluate-search-ranking`'] },
      ],
    },
  ],
});
