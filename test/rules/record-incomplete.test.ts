import rule from '../../src/rules/record-incomplete.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a fully documented activity, with empty recipients and transfers meaning "none"',
      yaml: yaml`
        version: 1
        controller:
          name: Acme Chat Ltd
          contact: privacy@acme.example
        data_subjects: [{id: workspace-members, name: Members}]
        data_categories: [{id: chat-messages, name: Messages, source: communications-content}]
        processing_activities:
          - id: chat-service
            name: Chat service
            data_subjects: [workspace-members]
            data_categories: [chat-messages]
            purposes: [{id: deliver-messages, lawful_basis: contract}]
            recipients: []
            transfers: []
            retention: P90D
            security_measures: [encryption-at-rest, access-control]
      `,
    },
    {
      name: 'missing retention is left to the retention-missing rule',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            data_subjects: [workspace-members]
            data_categories: [chat-messages]
            purposes: []
            recipients: [ml-platform]
            transfers: [{country: US, mechanism: scc}]
            security_measures: [encryption-at-rest]
      `,
    },
    {
      name: 'fields of the wrong type are written down (the schema rule reports their type)',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            data_subjects: workspace-members
            data_categories: chat-messages
            purposes: []
            recipients: ml-platform
            transfers: none
            security_measures: encryption-at-rest
      `,
    },
    {
      name: 'a file that is not a mapping is left to the schema rule',
      yaml: yaml`
        - version: 1
        - controller: {name: Acme}
      `,
    },
  ],
  invalid: [
    {
      name: 'a controller without contact points at the controller key',
      yaml: yaml`
        version: 1
        controller:
          name: Acme Chat Ltd
          dpo: dpo@acme.example
        processing_activities: []
      `,
      errors: [{ messageId: 'controllerContact', line: 2, column: 1, endLine: 2, endColumn: 11 }],
    },
    {
      name: 'an empty contact points at its key',
      yaml: yaml`
        version: 1
        controller:
          name: Acme Chat Ltd
          contact:
        processing_activities: []
      `,
      errors: [{ messageId: 'controllerContact', line: 4, column: 3, endLine: 4, endColumn: 10 }],
    },
    {
      name: 'a blank contact points at its value',
      yaml: yaml`
        version: 1
        controller:
          name: Acme Chat Ltd
          contact: '  '
        processing_activities: []
      `,
      errors: [{ messageId: 'controllerContact', line: 4, column: 12, endLine: 4, endColumn: 16 }],
    },
    {
      name: 'a controller written as a plain name points at the controller key',
      yaml: yaml`
        version: 1
        controller: Acme Chat Ltd
        processing_activities: []
      `,
      errors: [{ messageId: 'controllerContact', line: 2, column: 1, endLine: 2, endColumn: 11 }],
    },
    {
      name: 'no controller at all points at the first line of the file',
      yaml: yaml`
        version: 1
        processing_activities: []
      `,
      errors: [{ messageId: 'controllerContact', line: 1, column: 1, endLine: 1, endColumn: 11 }],
    },
    {
      name: 'an activity without data_subjects, at its id',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            data_categories: [chat-messages]
            purposes: []
            recipients: []
            transfers: []
            security_measures: [encryption-at-rest]
      `,
      errors: [{ messageId: 'activityFields', line: 4, column: 9, endLine: 4, endColumn: 21, messageIncludes: ['activity `chat-service` does not record `data_subjects`'] }],
    },
    {
      name: 'an empty data_categories list does not mean "none"',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            data_subjects: [workspace-members]
            data_categories: []
            purposes: []
            recipients: []
            transfers: []
            security_measures: [encryption-at-rest]
      `,
      errors: [{ messageId: 'activityFields', line: 4, column: 9, endLine: 4, endColumn: 21, messageIncludes: ['activity `chat-service` does not record `data_categories`'] }],
    },
    {
      name: 'recipients left out cannot be told from "none"',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            data_subjects: [workspace-members]
            data_categories: [chat-messages]
            purposes: []
            transfers: []
            security_measures: [encryption-at-rest]
      `,
      errors: [{ messageId: 'activityFields', line: 4, column: 9, endLine: 4, endColumn: 21, messageIncludes: ['activity `chat-service` does not record `recipients`'] }],
    },
    {
      name: 'an empty transfers key (null) is not an empty list',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            data_subjects: [workspace-members]
            data_categories: [chat-messages]
            purposes: []
            recipients: []
            transfers:
            security_measures: [encryption-at-rest]
      `,
      errors: [{ messageId: 'activityFields', line: 4, column: 9, endLine: 4, endColumn: 21, messageIncludes: ['activity `chat-service` does not record `transfers`'] }],
    },
    {
      name: 'an empty security_measures list does not mean "none"',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            data_subjects: [workspace-members]
            data_categories: [chat-messages]
            purposes: []
            recipients: []
            transfers: []
            security_measures: []
      `,
      errors: [{ messageId: 'activityFields', line: 4, column: 9, endLine: 4, endColumn: 21, messageIncludes: ['activity `chat-service` does not record `security_measures`'] }],
    },
    {
      name: 'one finding per activity lists every missing field, at the activity id',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            data_subjects: []
            purposes: []
            security_measures: []
            retention: P90D
          - id: billing
            name: Billing
            data_subjects: [customers]
            data_categories: [invoices]
            purposes: []
            transfers:
            security_measures: [access-control]
          - {id: support, name: Support, data_subjects: [customers], data_categories: [tickets], purposes: [], recipients: [], security_measures: [sso]}
      `,
      errors: [
        {
          messageId: 'activityFields',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 21,
          messageIncludes: ['activity `chat-service`', '`data_subjects`, `data_categories`, `recipients`, `transfers` and `security_measures`'],
        },
        { messageId: 'activityFields', line: 10, column: 9, endLine: 10, endColumn: 16, messageIncludes: ['activity `billing` does not record `recipients` and `transfers`'] },
        { messageId: 'activityFields', line: 17, column: 10, endLine: 17, endColumn: 17, messageIncludes: ['activity `support` does not record `transfers`'] },
      ],
    },
  ],
});
