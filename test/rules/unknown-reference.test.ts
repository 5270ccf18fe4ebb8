import { expect, it } from 'vitest';
import rule from '../../src/rules/unknown-reference.js';
import { yaml } from '../support/dedent.js';
import { ruleTester, runRule } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      // A list written in another shape may define the ids; calling them undefined would contradict it.
      name: 'data subjects and categories are not called undefined while their list is written in another shape',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects: {id: users, name: Users}
        data_categories: [email]
        processing_activities:
          - id: accounts
            name: Accounts
            data_subjects: [users]
            data_categories: [email]
            purposes: [{id: login}]
      `,
    },
    {
      name: 'collected_for purposes are not called undefined while a list of purposes is written in another shape',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories: [{id: email, name: E-mail, source: provided-by-subject, collected_for: [login]}]
        processing_activities:
          - id: accounts
            name: Accounts
            data_categories: [email]
            purposes: {id: login}
      `,
    },
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
    {
      name: 'collected_for names purposes of its own activity and of an activity further down the file',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - id: tickets
            name: Support tickets
            source: provided-by-subject
            collected_for: [answer-tickets, bill-support-hours]
        processing_activities:
          - {id: support, name: Support, data_categories: [tickets], purposes: [{id: answer-tickets}, {id: train-triage, ai_training: true}]}
          - {id: finance, name: Finance, purposes: [{id: bill-support-hours}]}
      `,
    },
    {
      name: 'a placeholder in collected_for is not written yet, so it refers to nothing',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories: [{id: email, name: E-mail, source: provided-by-subject, collected_for: [TBD]}]
        processing_activities:
          - {id: accounts, name: Accounts, data_categories: [email], purposes: [{id: login}]}
      `,
    },
    {
      name: 'an id defined twice is still defined (the duplicate is the duplicate-id rule\u2019s)',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects: [{id: users, name: Users}, {id: users, name: Users again}]
        processing_activities:
          - {id: accounts, name: Accounts, data_subjects: [users], purposes: []}
      `,
    },
    {
      name: 'references of the wrong type, and lists written as a string, are left to the schema rule',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories: [{id: email, name: E-mail, source: provided-by-subject, collected_for: login}]
        processing_activities:
          - id: accounts
            name: Accounts
            data_subjects: [42, {id: users}]
            data_categories: email
            purposes: []
      `,
    },
    {
      name: 'a list of definitions left out or under a misspelt key is the schema rule\'s finding: the ids may be defined there',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categoreis: [{id: email, name: E-mail, source: provided-by-subject, collected_for: [login]}]
        processing_activities:
          - {id: accounts, name: Accounts, data_subjects: [users], data_categories: [email], purposes: [{id: login}]}
      `,
    },
    {
      name: 'an id written under a misspelt key, or left out, may be the one referred to',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects: [{idd: users, name: Users}]
        data_categories: [{id: email, name: E-mail, source: provided-by-subject, collected_for: [login]}, {name: Orders, source: provided-by-subject}]
        processing_activities:
          - {id: accounts, name: Accounts, data_subjects: [users], data_categories: [email, orders], purposes: [{di: login}]}
      `,
    },
    {
      name: 'purposes left out, or under a misspelt key, may define the purpose collected_for names',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories: [{id: email, name: E-mail, source: provided-by-subject, collected_for: [login, billing]}]
        processing_activities:
          - {id: accounts, name: Accounts, data_categories: [email], purposess: [{id: login}]}
          - {id: finance, name: Finance, data_categories: [email]}
      `,
    },
    {
      name: 'activities under a misspelt key may define the purpose collected_for names',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories: [{id: email, name: E-mail, source: provided-by-subject, collected_for: [login]}]
        processing_activitise:
          - {id: accounts, name: Accounts, data_categories: [email], purposes: [{id: login}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'a misspelt data subject is reported at the reference',
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
      errors: [
        {
          messageId: 'unknown',
          line: 7,
          column: 32,
          endLine: 7,
          endColumn: 40,
          messageIncludes: ['activity `analytics` refers to data subject `app-user`, which is not defined in `data_subjects`'],
        },
      ],
    },
    {
      name: 'an undefined data category with no close match',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories: [{id: email, name: E-mail, source: provided-by-subject}]
        processing_activities:
          - id: analytics
            name: Analytics
            data_categories:
              - email
              - location
            purposes: []
      `,
      errors: [{ messageId: 'unknown', line: 9, column: 9, endLine: 9, endColumn: 17, messageIncludes: ['activity `analytics` refers to data category `location`, which is not defined in `data_categories`'] }],
    },
    {
      name: 'a collected_for purpose that no activity defines',
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
          - {id: accounts, name: Accounts, data_categories: [email], purposes: [{id: login}]}
      `,
      errors: [{ messageId: 'unknown', line: 8, column: 9, endLine: 8, endColumn: 19, messageIncludes: ['data category `email` refers to purpose `newsletter`, which is not defined as a purpose of any activity'] }],
    },
    {
      name: 'collected_for naming an activity or a data category, not a purpose',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - id: email
            name: E-mail
            source: provided-by-subject
            collected_for: [accounts, email, login]
        processing_activities:
          - {id: accounts, name: Accounts, data_categories: [email], purposes: [{id: login}]}
      `,
      errors: [
        { messageId: 'unknown', line: 7, column: 21, endLine: 7, endColumn: 29, messageIncludes: ['data category `email` refers to purpose `accounts`, which is not defined as a purpose of any activity'] },
        { messageId: 'unknown', line: 7, column: 31, endLine: 7, endColumn: 36, messageIncludes: ['refers to purpose `email`'] },
      ],
    },
    {
      name: 'a collected_for purpose misspelt, next to one of another activity that is right',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - {id: tickets, name: Tickets, source: provided-by-subject, collected_for: [answer-ticket, bill-support-hours]}
        processing_activities:
          - {id: support, name: Support, data_categories: [tickets], purposes: [{id: answer-tickets}]}
          - {id: finance, name: Finance, purposes: [{id: bill-support-hours}]}
      `,
      errors: [{ messageId: 'unknown', line: 4, column: 79, endLine: 4, endColumn: 92, messageIncludes: ['data category `tickets` refers to purpose `answer-ticket`'] }],
    },
    {
      name: 'an id defined in another list does not count: a data subject used as a data category',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects: [{id: customers, name: Customers}]
        data_categories: [{id: orders, name: Orders, source: provided-by-subject}]
        processing_activities:
          - {id: shop, name: Shop, data_subjects: [customers], data_categories: [orders, customers], purposes: []}
      `,
      errors: [{ messageId: 'unknown', line: 6, column: 82, endLine: 6, endColumn: 91, messageIncludes: ['activity `shop` refers to data category `customers`'] }],
    },
    {
      name: 'an activity without id is described as such',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects: [{id: users, name: Users}]
        processing_activities:
          - name: Analytics
            data_subjects: [visitors]
            purposes: []
      `,
      errors: [{ messageId: 'unknown', line: 6, column: 21, endLine: 6, endColumn: 29, messageIncludes: ['an activity refers to data subject `visitors`'] }],
    },
    {
      name: 'a data category without id is described as such',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories: [{name: E-mail, source: provided-by-subject, collected_for: [newsletter]}]
        processing_activities: []
      `,
      errors: [{ messageId: 'unknown', line: 3, column: 79, endLine: 3, endColumn: 89, messageIncludes: ['a data category refers to purpose `newsletter`'] }],
    },
    {
      name: 'one finding per undefined reference',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects: [{id: users, name: Users}]
        processing_activities:
          - id: analytics
            name: Analytics
            data_subjects: [visitors, users, partners]
            purposes: []
      `,
      errors: [
        { messageId: 'unknown', line: 7, column: 21, endLine: 7, endColumn: 29, messageIncludes: ['data subject `visitors`'] },
        { messageId: 'unknown', line: 7, column: 38, endLine: 7, endColumn: 46, messageIncludes: ['data subject `partners`'] },
      ],
    },
  ],
});

it('suggests a defined id close to the unknown one, and only then', () => {
  const [close, far] = runRule(
    rule,
    yaml`
      version: 1
      controller: {name: Acme}
      data_subjects: [{id: app-users, name: Users}]
      processing_activities:
        - {id: analytics, name: Analytics, data_subjects: [app-user, suppliers], purposes: []}
    `,
  );
  expect(close?.help).toBe('did you mean `app-users`? Otherwise define `app-user` under `data_subjects`');
  expect(far?.help).toBe('define `suppliers` under `data_subjects`, or remove it from this list');
});

it('tells how to define a purpose that collected_for names, or suggests the one meant', () => {
  const [close, far] = runRule(
    rule,
    yaml`
      version: 1
      controller: {name: Acme}
      data_categories: [{id: tickets, name: Tickets, source: provided-by-subject, collected_for: [answer-ticket, marketing]}]
      processing_activities:
        - {id: support, name: Support, data_categories: [tickets], purposes: [{id: answer-tickets}]}
    `,
  );
  expect(close?.help).toBe('did you mean `answer-tickets`? Otherwise record the purpose the data was collected for, with `id: answer-ticket`, under the `purposes` of the activity that collects it');
  expect(far?.help).toBe('record the purpose the data was collected for, with `id: marketing`, under the `purposes` of the activity that collects it, or remove it from this list');
});
