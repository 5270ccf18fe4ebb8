import rule from '../../src/rules/retention-missing.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a duration and a sentence both count as retention',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: [{id: suggest, lawful_basis: contract}]
            retention: P90D
          - id: accounts
            name: Accounts
            purposes: [{id: login, lawful_basis: contract}]
            retention: until the account is deleted, then 30 days in backups
      `,
    },
    {
      name: 'retention in a flow-style activity without purposes',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - {id: backups, name: Backups, purposes: [], retention: P35D}
      `,
    },
    {
      name: 'a retention of the wrong type is written down (the schema rule reports its type)',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: logs
            name: Server logs
            purposes: []
            retention: 90
      `,
    },
    {
      name: 'an inventory without activities has nothing to keep',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities: []
      `,
    },
  ],
  invalid: [
    {
      name: 'no retention key points at the activity id',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: [{id: suggest, lawful_basis: contract}]
      `,
      errors: [{ messageId: 'missing', line: 4, column: 9, endLine: 4, endColumn: 22, messageIncludes: ['activity `smart-replies` does not say how long its data is kept'] }],
    },
    {
      name: 'an empty retention points at its key',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: []
            retention:
      `,
      errors: [{ messageId: 'missing', line: 7, column: 5, endLine: 7, endColumn: 14, messageIncludes: ['activity `smart-replies`'] }],
    },
    {
      name: 'an empty string points at its value',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: accounts
            name: Accounts
            purposes: []
            retention: ''
      `,
      errors: [{ messageId: 'missing', line: 7, column: 16, endLine: 7, endColumn: 18, messageIncludes: ['activity `accounts`'] }],
    },
    {
      name: 'a blank string points at its value',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: accounts
            name: Accounts
            purposes: []
            retention: '   '
      `,
      errors: [{ messageId: 'missing', line: 7, column: 16, endLine: 7, endColumn: 21, messageIncludes: ['activity `accounts`'] }],
    },
    {
      name: 'retention: null points at its value',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: accounts
            name: Accounts
            purposes: []
            retention: null
      `,
      errors: [{ messageId: 'missing', line: 7, column: 16, endLine: 7, endColumn: 20, messageIncludes: ['activity `accounts`'] }],
    },
    {
      name: 'a flow-style activity without retention points at its id',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - {id: billing, name: Billing, purposes: []}
      `,
      errors: [{ messageId: 'missing', line: 4, column: 10, endLine: 4, endColumn: 17, messageIncludes: ['activity `billing`'] }],
    },
    {
      name: 'one finding per activity, an activity without id named by its name',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - {id: billing, name: Billing, purposes: []}
          - {id: accounts, name: Accounts, purposes: [], retention: P2Y}
          - name: Support
            purposes: []
      `,
      errors: [
        { messageId: 'missing', line: 4, column: 10, endLine: 4, endColumn: 17, messageIncludes: ['activity `billing`'] },
        { messageId: 'missing', line: 6, column: 11, endLine: 6, endColumn: 18, messageIncludes: ['activity `Support`'] },
      ],
    },
  ],
});
