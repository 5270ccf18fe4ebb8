import rule from '../../src/rules/lawful-basis-missing.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a processor activity acts on its controllers\' basis: its purposes write none (Art. 30(2))',
      yaml: yaml`
        version: 1
        controller: {name: Hosting Co}
        processing_activities:
          - id: hosting
            name: Hosting for customers
            role: processor
            on_behalf_of: [{name: Customer companies, contact: each customer's privacy contact}]
            purposes:
              - {id: host-mailboxes, description: Store and serve customers' mailboxes., ai_training: false}
      `,
    },
    {
      name: 'every purpose names a basis, whatever it is',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: accounts
            name: Accounts
            purposes:
              - {id: login, lawful_basis: contract}
              - {id: tax-records, lawful_basis: legal-obligation}
              - {id: newsletter, lawful_basis: consent}
      `,
    },
    {
      name: 'a legitimate-interests purpose with an assessment and an objection offered before processing',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes:
              - id: train-reply-model
                ai_training: true
                lawful_basis: legitimate-interests
                legitimate_interests:
                  interest: Better reply suggestions
                  assessment: docs/lia/replies.md
                  objection: in-product
                  objection_before_processing: true
      `,
    },
    {
      name: 'an activity without purposes has nothing to check',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - {id: empty, name: Empty, purposes: []}
      `,
    },
  ],
  invalid: [
    {
      name: 'a processor that trains a model for its own ends is a controller for it (Art. 28(10)) and needs a basis',
      yaml: yaml`
        version: 1
        controller: {name: Hosting Co}
        processing_activities:
          - id: hosting
            name: Hosting for customers
            role: processor
            purposes:
              - {id: host-mailboxes, description: Store and serve customers' mailboxes., ai_training: false}
              - id: train-spam-model
                description: Train our spam model on the mailboxes we host.
                ai_training: true
      `,
      errors: [{ messageId: 'missing', line: 9, column: 13 }],
    },
    {
      name: 'a purpose without the key points at its id',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: analytics
            name: Analytics
            purposes:
              - id: usage-stats
                description: Count feature use.
      `,
      errors: [{ messageId: 'missing', line: 7, column: 13, endLine: 7, endColumn: 24, messageIncludes: ['purpose `usage-stats`'] }],
    },
    {
      name: 'an empty lawful_basis points at the key, an explicit null at the value, a flow-style purpose at its id',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: analytics
            name: Analytics
            purposes:
              - id: usage-stats
                lawful_basis:
              - {id: crash-reports, lawful_basis: null}
              - {id: heatmaps}
      `,
      errors: [
        { messageId: 'missing', line: 8, column: 9, endLine: 8, endColumn: 21, messageIncludes: ['purpose `usage-stats`'] },
        { messageId: 'missing', line: 9, column: 43, endLine: 9, endColumn: 47, messageIncludes: ['purpose `crash-reports`'] },
        { messageId: 'missing', line: 10, column: 14, endLine: 10, endColumn: 22, messageIncludes: ['purpose `heatmaps`'] },
      ],
    },
    {
      name: 'a placeholder or blank text names no basis: reported at the value',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: analytics
            name: Analytics
            purposes:
              - {id: usage-stats, lawful_basis: TBD}
              - {id: crash-reports, lawful_basis: '[CONFIRM with legal]'}
              - {id: heatmaps, lawful_basis: ''}
      `,
      errors: [
        { messageId: 'missing', line: 7, column: 41, endLine: 7, endColumn: 44, messageIncludes: ['purpose `usage-stats`'] },
        { messageId: 'missing', line: 8, column: 43, endLine: 8, endColumn: 65, messageIncludes: ['purpose `crash-reports`'] },
        { messageId: 'missing', line: 9, column: 38, endLine: 9, endColumn: 40, messageIncludes: ['purpose `heatmaps`'] },
      ],
    },
    {
      name: 'a purpose without an id is named by its position',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: analytics
            name: Analytics
            purposes:
              - {id: usage-stats, lawful_basis: consent}
              - description: Something unnamed
      `,
      errors: [{ messageId: 'missing', line: 8, column: 9, messageIncludes: ['purpose #2'] }],
    },
  ],
});
