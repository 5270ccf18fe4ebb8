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
      name: 'fields of the wrong type are the schema rule\'s findings, a placeholder text where a list belongs too',
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
          - id: billing
            name: Billing
            data_subjects: [customers]
            data_categories: [invoices]
            purposes: []
            recipients: []
            transfers: TODO
            security_measures: [access-control]
      `,
    },
    {
      name: 'entries the schema rejects are its findings: an id that is not kebab-case, an empty text, a transfer that is not a mapping',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            data_subjects: [TBD]
            data_categories: ['?']
            purposes: []
            recipients: ['']
            transfers: [TBD]
            security_measures: ['', TODO]
      `,
    },
    {
      name: 'an activity without data_subjects and data_categories: the schema rule reports the required keys',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd, contact: privacy@acme.example}
        data_subjects: [{id: workspace-members, name: Members of customer workspaces}]
        data_categories: [{id: chat-messages, name: Messages, source: communications-content}]
        processing_activities:
          - id: chat-service
            name: Chat service
            role: controller
            purposes: [{id: deliver-messages, description: Deliver messages, ai_training: false, lawful_basis: contract}]
            recipients: []
            transfers: []
            retention: P90D
            security_measures: [encryption-at-rest]
      `,
    },
    {
      name: 'a required key left empty (null) is the schema rule\'s finding',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd, contact: privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            role: controller
            data_subjects:
            data_categories:
            purposes: []
            recipients: []
            transfers: []
            security_measures: [encryption-at-rest]
      `,
    },
    {
      name: 'keys written with a typo are the schema rule\'s findings ("did you mean"): what they hold is not called absent',
      yaml: yaml`
        version: 1
        controller:
          name: Acme Chat Ltd
          contcat: privacy@acme.example
        processing_activities:
          - id: chat-service
            name: Chat service
            role: controller
            data_subjects: [workspace-members]
            data_categories: [chat-messages]
            purposes: []
            recipientss: []
            transfres:
              - country: US
                mechanism: scc
            security_measuers: [encryption-at-rest]
          - id: billing
            name: Billing
            role: controller
            data_subjects: [customers]
            data_categories: [invoices]
            purposes: []
            recipients: []
            transfers:
              - counrty: US
                mechanism: scc
            security_measures: [encryption-at-rest]
      `,
    },
    {
      name: 'a role the schema rejects may be a processor\'s: recipients, which only a controller records, are not asked',
      yaml: yaml`
        version: 1
        controller: {name: Hirewise B.V., contact: privacy@hirewise.example}
        processing_activities:
          - {id: applicant-tracking, name: Applicant tracking, role: Processor, data_subjects: [applicants], data_categories: [applications], purposes: [], transfers: [], security_measures: [sso]}
          - {id: payroll-service, name: Payroll, rloe: processor, data_subjects: [employees], data_categories: [salaries], purposes: [], transfers: [], security_measures: [sso]}
          - id: hosting
            name: Hosting
            role:
            data_subjects: [employees]
            data_categories: [salaries]
            purposes: []
            transfers: []
            security_measures: [sso]
      `,
    },
    {
      name: 'joint controllers or controllers acted for written under a misspelt key, or named under one, are not called absent',
      yaml: yaml`
        version: 1
        controller:
          name: Hirewise B.V.
          contact: privacy@hirewise.example
          joint_controllres:
            - {name: Talent Partners SA, contact: privacy@talentpartners.example}
        processing_activities:
          - {id: talent-pool, name: Talent pool, role: joint-controller, data_subjects: [applicants], data_categories: [applications], purposes: [], recipients: [], transfers: [], security_measures: [sso]}
          - {id: applicant-tracking, name: Applicant tracking, role: processor, on_behalfo_f: [{name: Employer GmbH, contact: privacy@employer.example}], data_subjects: [applicants], data_categories: [applications], purposes: [], transfers: [], security_measures: [sso]}
          - {id: payroll-service, name: Payroll, role: processor, on_behalf_of: [{nmae: Customer Ltd, contact: privacy@customer.example}], data_subjects: [employees], data_categories: [salaries], purposes: [], transfers: [], security_measures: [sso]}
      `,
    },
    {
      name: 'a party\'s contact written under a misspelt key is not called absent',
      yaml: yaml`
        version: 1
        controller:
          name: Hirewise B.V.
          contact: privacy@hirewise.example
          joint_controllers: [{name: Talent Partners SA, contcat: privacy@talentpartners.example}]
        processing_activities:
          - {id: talent-pool, name: Talent pool, role: joint-controller, data_subjects: [applicants], data_categories: [applications], purposes: [], recipients: [], transfers: [], security_measures: [sso]}
          - {id: applicant-tracking, name: Applicant tracking, role: processor, on_behalf_of: [{name: Employer GmbH, contactt: privacy@employer.example}], data_subjects: [applicants], data_categories: [applications], purposes: [], transfers: [], security_measures: [sso]}
      `,
    },
    {
      name: 'a controller written as a plain name is the schema rule\'s finding (a mapping is expected)',
      yaml: yaml`
        version: 1
        controller: Acme Chat Ltd
        processing_activities: []
      `,
    },
    {
      name: 'no controller at all is the schema rule\'s finding (a required key)',
      yaml: yaml`
        version: 1
        processing_activities: []
      `,
    },
    {
      name: 'a transfer that names its country, with or without a mechanism (transfer-mechanism judges that)',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd, contact: privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            data_subjects: [workspace-members]
            data_categories: [chat-messages]
            purposes: []
            recipients: [GPU Cloud Inc]
            transfers:
              - country: US
                mechanism: scc
              - {country: CH}
            security_measures: [encryption-at-rest]
      `,
    },
    {
      name: 'a country that is not a two-letter code is the schema rule\'s finding',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd, contact: privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            data_subjects: [workspace-members]
            data_categories: [chat-messages]
            purposes: []
            recipients: []
            transfers:
              - {country: usa, mechanism: scc}
              - {country: 42, mechanism: scc}
            security_measures: [encryption-at-rest]
      `,
    },
    {
      name: 'a joint-controller activity with its joint controller named, with contact and arrangement',
      yaml: yaml`
        version: 1
        controller:
          name: Hirewise B.V.
          contact: privacy@hirewise.example
          joint_controllers:
            - name: Talent Partners SA
              contact: privacy@talentpartners.example
              arrangement: docs/contracts/talent-pool-arrangement.md
        processing_activities:
          - id: shared-talent-pool
            name: Shared talent pool
            role: joint-controller
            data_subjects: [applicants]
            data_categories: [applications]
            purposes: [{id: talent-pool, lawful_basis: consent}]
            recipients: [Talent Partners SA]
            transfers: []
            security_measures: [access-control]
      `,
    },
    {
      name: 'a processor activity names the controllers it acts for; Art. 30(2) asks it for no recipients',
      yaml: yaml`
        version: 1
        controller: {name: Hirewise B.V., contact: privacy@hirewise.example}
        processing_activities:
          - id: applicant-tracking
            name: Applicant tracking for customer employers
            role: processor
            on_behalf_of:
              - name: Customer employers (each under its own data processing agreement)
                contact: the employer's privacy contact, listed in its agreement
            data_subjects: [applicants]
            data_categories: [applications]
            purposes: [{id: host-applications}]
            transfers: []
            security_measures: [encryption-at-rest]
      `,
    },
    {
      name: 'joint controllers listed while no activity is joint-controller, and a controller activity without them',
      yaml: yaml`
        version: 1
        controller:
          name: Acme
          contact: privacy@acme.example
          joint_controllers: [{name: Partner SA, contact: privacy@partner.example}]
        processing_activities:
          - {id: billing, name: Billing, role: controller, data_subjects: [customers], data_categories: [invoices], purposes: [], recipients: [], transfers: [], security_measures: [access-control]}
      `,
    },
    {
      name: 'a list with a placeholder among real entries records the real ones; a text merely starting with TODO is written',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: TODO list owner, privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            data_subjects: [workspace-members]
            data_categories: [chat-messages]
            purposes: []
            recipients: [Support contractor, TBD]
            transfers: []
            security_measures: [encryption-at-rest, '?']
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
      name: 'optional fields left empty (null) record nothing (SPEC §2.1 "Not written"): the controller\'s contact, and an activity\'s recipients, transfers and security measures',
      yaml: yaml`
        version: 1
        controller:
          name: Acme Chat Ltd
          contact:
        processing_activities:
          - id: chat-service
            name: Chat service
            role: controller
            data_subjects: [workspace-members]
            data_categories: [chat-messages]
            purposes: []
            recipients:
            transfers:
            security_measures:
      `,
      errors: [
        { messageId: 'controllerContact', line: 4, column: 3 },
        { messageId: 'activityFields', line: 6, column: 9, messageIncludes: ['activity `chat-service` does not record `recipients`, `transfers` and `security_measures`'] },
      ],
    },
    {
      name: 'an empty contact text is no contact, for the controller and for a joint controller',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd, contact: '', joint_controllers: [{name: Partner SA, contact: ''}]}
        processing_activities: []
      `,
      errors: [
        { messageId: 'controllerContact', line: 2, column: 44 },
        { messageId: 'partyContact', line: 2, column: 96, messageIncludes: ['joint controller `Partner SA`'] },
      ],
    },
    {
      name: 'a country that only holds a place, or is left empty, names none',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd, contact: privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            data_subjects: [workspace-members]
            data_categories: [chat-messages]
            purposes: []
            recipients: []
            transfers:
              - {country: TBD, mechanism: scc}
              - country:
                mechanism: adequacy
            security_measures: [encryption-at-rest]
      `,
      errors: [
        { messageId: 'transferCountry', line: 11, column: 10, messageIncludes: ['transfer #1 of activity `chat-service`'] },
        { messageId: 'transferCountry', line: 12, column: 9, messageIncludes: ['transfer #2 of activity `chat-service`'] },
      ],
    },
    {
      name: 'joint controllers or controllers acted for left empty (null), or named by an empty text, name none',
      yaml: yaml`
        version: 1
        controller:
          name: Hirewise B.V.
          contact: privacy@hirewise.example
          joint_controllers:
        processing_activities:
          - {id: talent-pool, name: Talent pool, role: joint-controller, data_subjects: [applicants], data_categories: [applications], purposes: [], recipients: [], transfers: [], security_measures: [sso]}
          - {id: applicant-tracking, name: Applicant tracking, role: processor, on_behalf_of:, data_subjects: [applicants], data_categories: [applications], purposes: [], transfers: [], security_measures: [sso]}
          - {id: payroll-service, name: Payroll, role: processor, on_behalf_of: [{name: '', contact: privacy@employer.example}], data_subjects: [employees], data_categories: [salaries], purposes: [], transfers: [], security_measures: [sso]}
      `,
      errors: [
        { messageId: 'jointControllers', line: 7, column: 48, messageIncludes: ['activity `talent-pool`'] },
        { messageId: 'onBehalfOf', line: 8, column: 62, messageIncludes: ['activity `applicant-tracking`'] },
        { messageId: 'onBehalfOf', line: 9, column: 48, messageIncludes: ['activity `payroll-service`'] },
      ],
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
      name: 'an empty data_subjects list records no one, at the activity id',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            data_subjects: []
            data_categories: [chat-messages]
            purposes: []
            recipients: []
            transfers: []
            security_measures: [encryption-at-rest]
      `,
      errors: [{ messageId: 'activityFields', line: 4, column: 9, endLine: 4, endColumn: 21, messageIncludes: ['activity `chat-service` does not record `data_subjects`'] }],
    },
    {
      name: 'ids that only hold a place are no data subjects or categories, though the schema accepts their form',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            data_subjects: [tbd]
            data_categories: [todo]
            purposes: []
            recipients: []
            transfers: []
            security_measures: [encryption-at-rest]
      `,
      errors: [
        {
          messageId: 'activityFields',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 21,
          messageIncludes: ['activity `chat-service` does not record `data_subjects` (only a placeholder) and `data_categories` (only a placeholder)'],
        },
      ],
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
            data_categories: []
            purposes: []
            security_measures: []
            retention: P90D
          - id: billing
            name: Billing
            data_subjects: [customers]
            data_categories: [invoices]
            purposes: []
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
        { messageId: 'activityFields', line: 11, column: 9, endLine: 11, endColumn: 16, messageIncludes: ['activity `billing` does not record `recipients` and `transfers`'] },
        { messageId: 'activityFields', line: 17, column: 10, endLine: 17, endColumn: 17, messageIncludes: ['activity `support` does not record `transfers`'] },
      ],
    },
    {
      name: 'a placeholder contact is no contact, reported at its value',
      yaml: yaml`
        version: 1
        controller:
          name: Acme Chat Ltd
          contact: "[CONFIRM with the DPO]"
        processing_activities: []
      `,
      errors: [{ messageId: 'controllerContact', line: 4, column: 12, endLine: 4, endColumn: 36 }],
    },
    {
      name: 'fields holding nothing but placeholders are not recorded, and the message says so',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            data_subjects: [workspace-members]
            data_categories: [chat-messages]
            purposes: []
            recipients: [TBD]
            transfers: []
            security_measures: ['-', '?']
      `,
      errors: [
        {
          messageId: 'activityFields',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 21,
          messageIncludes: ['activity `chat-service` does not record `recipients` (only a placeholder) and `security_measures` (only a placeholder)'],
        },
      ],
    },
    {
      name: 'a joint-controller activity while the controller names no joint controller: at the role, once per activity',
      yaml: yaml`
        version: 1
        controller:
          name: Hirewise B.V.
          contact: privacy@hirewise.example
        processing_activities:
          - id: shared-talent-pool
            name: Shared talent pool
            role: joint-controller
            data_subjects: [applicants]
            data_categories: [applications]
            purposes: []
            recipients: [Talent Partners SA]
            transfers: []
            security_measures: [access-control]
          - {id: joint-events, name: Joint events, role: joint-controller, data_subjects: [applicants], data_categories: [applications], purposes: [], recipients: [], transfers: [], security_measures: [access-control]}
      `,
      errors: [
        {
          messageId: 'jointControllers',
          line: 8,
          column: 11,
          endLine: 8,
          endColumn: 27,
          messageIncludes: ['activity `shared-talent-pool` is run with joint controllers (`role: joint-controller`), but `controller.joint_controllers` names none'],
        },
        { messageId: 'jointControllers', line: 15, column: 50, endLine: 15, endColumn: 66, messageIncludes: ['activity `joint-events`'] },
      ],
    },
    {
      name: 'joint_controllers: [] names none; neither does a list whose only name is a placeholder',
      yaml: yaml`
        version: 1
        controller:
          name: Hirewise B.V.
          contact: privacy@hirewise.example
          joint_controllers: []
        processing_activities:
          - {id: talent-pool, name: Talent pool, role: joint-controller, data_subjects: [applicants], data_categories: [applications], purposes: [], recipients: [], transfers: [], security_measures: [sso]}
      `,
      errors: [{ messageId: 'jointControllers', line: 7, column: 48, endLine: 7, endColumn: 64, messageIncludes: ['activity `talent-pool`'] }],
    },
    {
      name: 'a joint controller named only by a placeholder',
      yaml: yaml`
        version: 1
        controller:
          name: Hirewise B.V.
          contact: privacy@hirewise.example
          joint_controllers:
            - {name: TBD, contact: TBD}
        processing_activities:
          - {id: talent-pool, name: Talent pool, role: joint-controller, data_subjects: [applicants], data_categories: [applications], purposes: [], recipients: [], transfers: [], security_measures: [sso]}
      `,
      errors: [{ messageId: 'jointControllers', line: 8, column: 48, endLine: 8, endColumn: 64, messageIncludes: ['activity `talent-pool`'] }],
    },
    {
      name: 'a processor activity without on_behalf_of, and one with an empty list: at the role',
      yaml: yaml`
        version: 1
        controller: {name: Hirewise B.V., contact: privacy@hirewise.example}
        processing_activities:
          - id: applicant-tracking
            name: Applicant tracking
            role: processor
            data_subjects: [applicants]
            data_categories: [applications]
            purposes: []
            transfers: []
            security_measures: [encryption-at-rest]
          - id: payroll-service
            name: Payroll for customers
            role: processor
            on_behalf_of: []
            data_subjects: [employees]
            data_categories: [salaries]
            purposes: []
            transfers: []
            security_measures: [encryption-at-rest]
      `,
      errors: [
        {
          messageId: 'onBehalfOf',
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 20,
          messageIncludes: ['activity `applicant-tracking` is carried out as a processor (`role: processor`), but `on_behalf_of` names none of the controllers it acts for'],
        },
        { messageId: 'onBehalfOf', line: 14, column: 11, endLine: 14, endColumn: 20, messageIncludes: ['activity `payroll-service`'] },
      ],
    },
    {
      name: 'a joint controller and a controller acted for, each without a contact',
      yaml: yaml`
        version: 1
        controller:
          name: Hirewise B.V.
          contact: privacy@hirewise.example
          joint_controllers:
            - name: Talent Partners SA
              arrangement: docs/contracts/talent-pool-arrangement.md
        processing_activities:
          - id: applicant-tracking
            name: Applicant tracking
            role: processor
            on_behalf_of:
              - {name: Employer GmbH, contact: '?'}
            data_subjects: [applicants]
            data_categories: [applications]
            purposes: []
            transfers: []
            security_measures: [encryption-at-rest]
      `,
      errors: [
        { messageId: 'partyContact', line: 6, column: 13, endLine: 6, endColumn: 31, messageIncludes: ['joint controller `Talent Partners SA` has no contact details in the record'] },
        { messageId: 'partyContact', line: 13, column: 40, endLine: 13, endColumn: 43, messageIncludes: ['controller `Employer GmbH` that activity `applicant-tracking` acts for has no contact details'] },
      ],
    },
    {
      name: 'a processor activity still records its transfers and security measures (Art. 30(2)(c)\u2013(d))',
      yaml: yaml`
        version: 1
        controller: {name: Hirewise B.V., contact: privacy@hirewise.example}
        processing_activities:
          - id: applicant-tracking
            name: Applicant tracking
            role: processor
            on_behalf_of: [{name: Employer GmbH, contact: privacy@employer.example}]
            data_subjects: [applicants]
            data_categories: [applications]
            purposes: []
            security_measures: []
      `,
      errors: [{ messageId: 'activityFields', line: 4, column: 9, endLine: 4, endColumn: 27, messageIncludes: ['activity `applicant-tracking` does not record `transfers` and `security_measures`'] }],
    },
    {
      name: 'a transfer without a country (Art. 30(1)(e) names the third country): at the transfer, once per transfer, for a processor too (Art. 30(2)(c))',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd, contact: privacy@acme.example}
        processing_activities:
          - id: chat-service
            name: Chat service
            data_subjects: [workspace-members]
            data_categories: [chat-messages]
            purposes: []
            recipients: [GPU Cloud Inc]
            transfers:
              - mechanism: scc
                safeguard_reference: docs/contracts/scc-gpu-cloud.pdf
              - {country: US, mechanism: scc}
              - {mechanism: adequacy}
            security_measures: [encryption-at-rest]
          - id: hosted-chat
            name: Chat hosted for customers
            role: processor
            on_behalf_of: [{name: Customer Ltd, contact: privacy@customer.example}]
            data_subjects: [workspace-members]
            data_categories: [chat-messages]
            purposes: []
            transfers: [{mechanism: bcr, safeguard_reference: BCR-2025-04}]
            security_measures: [encryption-at-rest]
      `,
      errors: [
        { messageId: 'transferCountry', line: 11, column: 9, endLine: 11, endColumn: 23, messageIncludes: ['transfer #1 of activity `chat-service` does not say which country the data goes to'] },
        { messageId: 'transferCountry', line: 14, column: 9, endLine: 14, endColumn: 30, messageIncludes: ['transfer #3 of activity `chat-service`'] },
        { messageId: 'transferCountry', line: 23, column: 17, endLine: 23, endColumn: 67, messageIncludes: ['transfer #1 of activity `hosted-chat`'] },
      ],
    },
  ],
});
