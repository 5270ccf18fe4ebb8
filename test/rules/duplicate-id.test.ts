import { expect, it } from 'vitest';
import rule from '../../src/rules/duplicate-id.js';
import { yaml } from '../support/dedent.js';
import { ruleTester, runRule } from '../support/rule-tester.js';

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
      name: 'the same id in two activities\u2019 purposes lists is fine when the purposes differ in id',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - {id: web, name: Web, purposes: [{id: web-analytics}]}
          - {id: app, name: App, purposes: [{id: app-analytics}]}
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
      errors: [
        {
          messageId: 'duplicatePurpose',
          line: 8,
          column: 14,
          endLine: 8,
          endColumn: 19,
          messageIncludes: ['purpose id `login` is already defined in the same activity (line 7); purpose ids are unique in the whole file'],
        },
      ],
    },
    {
      name: 'the same purpose id in two activities: the second is reported, naming the activity and line of the first',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: web
            name: Website
            purposes:
              - id: analytics
                lawful_basis: consent
          - id: app
            name: Mobile app
            purposes:
              - id: analytics
                lawful_basis: legitimate-interests
      `,
      errors: [{ messageId: 'duplicatePurpose', line: 12, column: 13, endLine: 12, endColumn: 22, messageIncludes: ['purpose id `analytics` is already defined in activity `web` (line 7)'] }],
    },
    {
      name: 'a purpose repeated in three activities: each repeat names the first definition',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - {id: web, name: Web, purposes: [{id: analytics}]}
          - {id: app, name: App, purposes: [{id: analytics}]}
          - {id: desktop, name: Desktop, purposes: [{id: analytics}]}
      `,
      errors: [
        { messageId: 'duplicatePurpose', line: 5, column: 42, endLine: 5, endColumn: 51, messageIncludes: ['activity `web` (line 4)'] },
        { messageId: 'duplicatePurpose', line: 6, column: 50, endLine: 6, endColumn: 59, messageIncludes: ['activity `web` (line 4)'] },
      ],
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
        { messageId: 'duplicatePurpose', line: 8, column: 13, endLine: 8, endColumn: 18, messageIncludes: ['purpose id `login`', '(line 7)'] },
        { messageId: 'duplicatePurpose', line: 9, column: 13, endLine: 9, endColumn: 18, messageIncludes: ['(line 7)'] },
      ],
    },
    {
      name: 'a duplicate activity and a duplicate purpose inside it are two findings',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - {id: accounts, name: Accounts, purposes: [{id: login}]}
          - {id: accounts, name: Accounts again, purposes: [{id: login}]}
      `,
      errors: [
        { messageId: 'duplicate', line: 5, column: 10, endLine: 5, endColumn: 18, messageIncludes: ['activity id `accounts`', 'first at line 4'] },
        { messageId: 'duplicatePurpose', line: 5, column: 58, endLine: 5, endColumn: 63, messageIncludes: ['purpose id `login` is already defined in activity `accounts` (line 4)'] },
      ],
    },
  ],
});

it('suggests a purpose id that is not taken yet', () => {
  const findings = runRule(
    rule,
    yaml`
      version: 1
      controller: {name: Acme}
      processing_activities:
        - {id: web, name: Web, purposes: [{id: analytics}]}
        - {id: app, name: App, purposes: [{id: analytics}, {id: analytics-app}]}
        - {id: tv, name: TV, purposes: [{id: analytics}]}
    `,
  );
  expect(findings.map((finding) => finding.help)).toEqual([
    'give this purpose its own id, e.g. `analytics-2`: `collected_for`, notices and ignores name a purpose by its id alone',
    'give this purpose its own id, e.g. `analytics-tv`: `collected_for`, notices and ignores name a purpose by its id alone',
  ]);
});
