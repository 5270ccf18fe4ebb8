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
      name: 'retention given on every data category the activity uses is the activity\u2019s retention',
      yaml: yaml`
        version: 1
        controller: {name: Hirewise}
        data_categories:
          - {id: criminal-record-checks, name: Criminal record checks, source: third-party, criminal: true, retention: P6M}
          - id: applications
            name: Applications
            source: provided-by-subject
            retention: until the role is filled, then 6 months
        processing_activities:
          - id: background-checks
            name: Background checks
            data_categories: [criminal-record-checks, applications]
            purposes: [{id: screen-regulated-roles, lawful_basis: legal-obligation}]
          - id: re-checks
            name: Re-checks
            data_categories: [criminal-record-checks]
            purposes: [{id: re-screen, lawful_basis: legal-obligation}]
            retention: TBD
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
    {
      name: 'a placeholder is not a retention (TBD, a lone dash)',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: accounts
            name: Accounts
            purposes: []
            retention: TBD
          - id: billing
            name: Billing
            purposes: []
            retention: '-'
      `,
      errors: [
        { messageId: 'missing', line: 7, column: 16, endLine: 7, endColumn: 19, messageIncludes: ['activity `accounts`'] },
        { messageId: 'missing', line: 11, column: 16, endLine: 11, endColumn: 19, messageIncludes: ['activity `billing`'] },
      ],
    },
    {
      name: 'retention on some of the categories only: the finding names those without one',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - {id: invoices, name: Invoices, source: provided-by-subject, retention: P10Y}
          - {id: payment-cards, name: Payment cards, source: provided-by-subject}
          - {id: addresses, name: Addresses, source: provided-by-subject, retention: "[NEEDS retention schedule]"}
        processing_activities:
          - id: billing
            name: Billing
            data_categories: [invoices, payment-cards, addresses]
            purposes: [{id: send-invoices, lawful_basis: contract}]
      `,
      errors: [
        {
          messageId: 'partly',
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 16,
          messageIncludes: ['activity `billing` does not say how long all of its data is kept: it has no `retention`, and none is given on its data categories `payment-cards`, `addresses`'],
        },
      ],
    },
    {
      name: 'a category id that is not defined gives no retention',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - {id: invoices, name: Invoices, source: provided-by-subject, retention: P10Y}
        processing_activities:
          - {id: billing, name: Billing, data_categories: [invoices, invoice-lines], purposes: []}
      `,
      errors: [{ messageId: 'partly', line: 6, column: 10, endLine: 6, endColumn: 17, messageIncludes: ['none is given on its data category `invoice-lines`'] }],
    },
    {
      name: 'no category of the activity gives a retention, nor does the activity',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - {id: invoices, name: Invoices, source: provided-by-subject, retention: null}
          - {id: payment-cards, name: Payment cards, source: provided-by-subject}
        processing_activities:
          - {id: billing, name: Billing, data_categories: [invoices, payment-cards], purposes: []}
          - {id: backups, name: Backups, data_categories: [], purposes: []}
      `,
      errors: [
        { messageId: 'missing', line: 7, column: 10, endLine: 7, endColumn: 17, messageIncludes: ['activity `billing` does not say how long its data is kept'] },
        { messageId: 'missing', line: 8, column: 10, endLine: 8, endColumn: 17, messageIncludes: ['activity `backups`'] },
      ],
    },
  ],
});
