import rule from '../../src/rules/duplicate-id.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'distinct ids in every list',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects: [{id: users, name: Users}, {id: admins, name: Admins}]
        data_categories: [{id: email, name: E-mail, source: provided-by-subject}]
        processing_activities:
          - id: accounts
            name: Accounts
            purposes: [{id: login}, {id: billing}]
      `,
    },
    {
      name: 'the same purpose id in two activities (ids are unique per list)',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - {id: a, name: A, purposes: [{id: analytics}]}
          - {id: b, name: B, purposes: [{id: analytics}]}
      `,
    },
    {
      name: 'the same id in different kinds of list',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects: [{id: support, name: Support agents}]
        data_categories: [{id: support, name: Support tickets, source: provided-by-subject}]
        processing_activities:
          - {id: support, name: Support, purposes: [{id: support}]}
      `,
    },
    {
      name: 'ids of the wrong type are left to the schema rule',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - {id: 1, name: E-mail, source: provided-by-subject}
          - {id: 1, name: Phone, source: provided-by-subject}
        processing_activities: []
      `,
    },
    {
      name: 'an id repeated as a reference is not defined twice',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects: [{id: users, name: Users}]
        processing_activities:
          - {id: accounts, name: Accounts, data_subjects: [users], purposes: []}
          - {id: billing, name: Billing, data_subjects: [users], purposes: []}
      `,
    },
  ],
  invalid: [
    {
      name: 'a data category defined twice points at the second id and names the first line',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - id: email
            name: E-mail
            source: provided-by-subject
          - id: email
            name: E-mail again
            source: provided-by-subject
        processing_activities: []
      `,
      errors: [{ messageId: 'duplicate', line: 7, column: 9, endLine: 7, endColumn: 14, messageIncludes: ['data category id `email` is defined twice in the same list (first at line 4)'] }],
    },
    {
      name: 'a data subject defined twice in a flow list',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects: [{id: users, name: Users}, {id: users, name: Users}]
        processing_activities: []
      `,
      errors: [{ messageId: 'duplicate', line: 3, column: 48, endLine: 3, endColumn: 53, messageIncludes: ['data subject id `users`', 'first at line 3'] }],
    },
    {
      name: 'an activity defined twice',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: accounts
            name: Accounts
            purposes: []
          - id: accounts
            name: Accounts again
            purposes: []
      `,
      errors: [{ messageId: 'duplicate', line: 7, column: 9, endLine: 7, endColumn: 17, messageIncludes: ['activity id `accounts`', 'first at line 4'] }],
    },
    {
      name: 'a purpose defined twice in one activity',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: accounts
            name: Accounts
            purposes:
              - {id: login, lawful_basis: contract}
              - {id: login, ai_training: true}
      `,
      errors: [{ messageId: 'duplicate', line: 8, column: 14, endLine: 8, endColumn: 19, messageIncludes: ['purpose id `login`', 'first at line 7'] }],
    },
    {
      name: 'one finding per repeat, each naming the first definition',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: accounts
            name: Accounts
            purposes:
              - id: login
              - id: login
              - id: login
      `,
      errors: [
        { messageId: 'duplicate', line: 8, column: 13, endLine: 8, endColumn: 18, messageIncludes: ['purpose id `login`', 'first at line 7'] },
        { messageId: 'duplicate', line: 9, column: 13, endLine: 9, endColumn: 18, messageIncludes: ['first at line 7'] },
      ],
    },
  ],
});
