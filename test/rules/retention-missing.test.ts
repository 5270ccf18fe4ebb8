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
      errors: [{ messageId: 'missing', line: 4, column: 9, endLine: 4, endColumn: 22, messageIncludes: ['activity `smart-replies`'] }],
    },
    {
      name: 'an empty retention points at its key, a blank string at its value, a flow-style activity at its id',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: []
            retention:
          - id: accounts
            name: Accounts
            purposes: []
            retention: ''
          - {id: billing, name: Billing, purposes: []}
      `,
      errors: [
        { messageId: 'missing', line: 7, column: 5, endLine: 7, endColumn: 14, messageIncludes: ['activity `smart-replies`'] },
        { messageId: 'missing', line: 11, column: 16, endLine: 11, endColumn: 18, messageIncludes: ['activity `accounts`'] },
        { messageId: 'missing', line: 12, column: 10, endLine: 12, endColumn: 17, messageIncludes: ['activity `billing`'] },
      ],
    },
  ],
});
