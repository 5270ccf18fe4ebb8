import rule from '../../src/rules/unknown-reference.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'every referenced id is defined',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects: [{id: users, name: Users}]
        data_categories: [{id: email, name: E-mail, source: provided-by-subject, collected_for: [login]}]
        processing_activities:
          - id: accounts
            name: Accounts
            data_subjects: [users]
            data_categories: [email]
            purposes: [{id: login}]
      `,
    },
    {
      name: 'collected_for may name a purpose of another activity',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories: [{id: email, name: E-mail, source: provided-by-subject, collected_for: [billing]}]
        processing_activities:
          - {id: accounts, name: Accounts, data_categories: [email], purposes: [{id: login}]}
          - {id: finance, name: Finance, purposes: [{id: billing}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'a misspelt data subject suggests the defined one',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects: [{id: app-users, name: Users}]
        processing_activities:
          - id: analytics
            name: Analytics
            data_subjects: [app-users, app-user]
            purposes: []
      `,
      errors: [{ messageId: 'unknown', line: 7, column: 32, endLine: 7, endColumn: 40, messageIncludes: ['activity `analytics`', 'data subject `app-user`'] }],
    },
    {
      name: 'an undefined data category and an undefined collected_for purpose',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - id: email
            name: E-mail
            source: provided-by-subject
            collected_for:
              - newsletter
        processing_activities:
          - id: analytics
            name: Analytics
            data_categories:
              - email
              - location
            purposes: [{id: login}]
      `,
      errors: [
        { messageId: 'unknown', line: 8, column: 9, messageIncludes: ['data category `email`', 'purpose `newsletter`'] },
        { messageId: 'unknown', line: 14, column: 9, messageIncludes: ['data category `location`'] },
      ],
    },
  ],
});
