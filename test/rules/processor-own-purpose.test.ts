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
    {
      name: 'a processor activity of the v2 record (on_behalf_of, a DPA reference) that trains nothing',
      yaml: yaml`
        version: 1
        controller: {name: Hirewise}
        processing_activities:
          - id: applicant-tracking
            name: Applicant tracking for customer employers
            role: processor
            on_behalf_of: [{name: Employer GmbH, contact: privacy@employer.example}]
            purposes: [{id: host-applications, ai_training: false}]
            processors: [{name: EuroHost GmbH, dpa: true, dpa_reference: docs/contracts/eurohost-dpa.md, country: DE}]
      `,
    },
    {
      name: 'ai_training written as the string "true" is not exactly true (the schema rule reports its type)',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: customer-workspaces
            name: Customer workspaces
            role: processor
            purposes: [{id: train-global-models, ai_training: 'true'}]
      `,
    },
    {
      name: 'training for the customer on its documented instructions, recorded with an ignore and a reason',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: customer-workspaces
            name: Customer workspaces
            role: processor
            purposes:
              - id: train-customer-model
                ai_training: true
                x-ropa-lint-ignore:
                  - {rule: processor-own-purpose, reason: "trains only the customer's own model, on its written instructions (DPA annex 2)"}
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
      errors: [
        {
          messageId: 'ownPurpose',
          line: 10,
          column: 22,
          endLine: 10,
          endColumn: 26,
          messageIncludes: ['purpose `train-global-models` trains models in activity `customer-workspaces`, where the organisation is a processor'],
        },
      ],
    },
    {
      name: 'a flow-style purpose is reported at its ai_training value',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: customer-workspaces
            name: Customer workspaces
            role: processor
            purposes: [{id: evaluate-search-ranking, ai_training: true}]
      `,
      errors: [{ messageId: 'ownPurpose', line: 7, column: 59, endLine: 7, endColumn: 63, messageIncludes: ['purpose `evaluate-search-ranking`'] }],
    },
    {
      name: 'the basis does not matter: consent from users does not turn the processor into a controller either',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: customer-workspaces
            name: Customer workspaces
            role: processor
            purposes:
              - id: train-reply-model
                ai_training: true
                lawful_basis: consent
                consent: {collection: opt-in, granular: true, given_by: all-participants, withdrawal: in-product}
      `,
      errors: [{ messageId: 'ownPurpose', line: 9, column: 22, endLine: 9, endColumn: 26, messageIncludes: ['purpose `train-reply-model`'] }],
    },
    {
      name: 'each AI purpose of the processor activity is reported, and only those of the processor activity',
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
          - id: own-models
            name: Own models
            role: controller
            purposes: [{id: train-own-model, ai_training: true}]
      `,
      errors: [
        { messageId: 'ownPurpose', line: 8, column: 49, endLine: 8, endColumn: 53, messageIncludes: ['`train-search-ranking`'] },
        { messageId: 'ownPurpose', line: 9, column: 52, endLine: 9, endColumn: 56, messageIncludes: ['`evaluate-search-ranking`'] },
      ],
    },
    {
      name: 'naming the controllers it acts for does not make training for itself theirs',
      yaml: yaml`
        version: 1
        controller: {name: Hirewise}
        processing_activities:
          - id: applicant-tracking
            name: Applicant tracking for customer employers
            role: processor
            on_behalf_of:
              - {name: Employer GmbH, contact: privacy@employer.example}
            purposes:
              - id: host-applications
                ai_training: false
              - id: train-ranking-model
                ai_training: true
      `,
      errors: [{ messageId: 'ownPurpose', line: 13, column: 22, endLine: 13, endColumn: 26, messageIncludes: ['purpose `train-ranking-model` trains models in activity `applicant-tracking`'] }],
    },
  ],
});
