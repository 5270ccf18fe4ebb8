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
      errors: [{ messageId: 'duplicate', line: 7, column: 9, endLine: 7, endColumn: 14, messageIncludes: ['data category id `email`', 'first at line 4'] }],
    },
    {
      name: 'duplicate purposes, activities and subjects each report once per repeat',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects: [{id: users, name: Users}, {id: users, name: Users}]
        processing_activities:
          - id: accounts
            name: Accounts
            purposes:
              - id: login
              - id: login
              - id: login
          - id: accounts
            name: Accounts again
            purposes: []
      `,
      errors: [
        { messageId: 'duplicate', line: 3, column: 48, messageIncludes: ['data subject id `users`'] },
        { messageId: 'duplicate', line: 9, column: 13, messageIncludes: ['purpose id `login`', 'first at line 8'] },
        { messageId: 'duplicate', line: 10, column: 13, messageIncludes: ['first at line 8'] },
        { messageId: 'duplicate', line: 11, column: 9, messageIncludes: ['activity id `accounts`', 'first at line 5'] },
      ],
    },
  ],
});
