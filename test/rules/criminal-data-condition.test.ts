import rule from '../../src/rules/criminal-data-condition.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'criminal data with the law that authorises it',
      yaml: yaml`
        version: 1
        controller: {name: Hirewise}
        data_categories:
          - id: criminal-record-checks
            name: Results of criminal record checks
            source: third-party
            criminal: true
            criminal_condition: SGB VIII § 72a (certificates of conduct for staff working with children)
        processing_activities: []
      `,
    },
    {
      name: 'criminal data processed under the control of an official authority, in flow style',
      yaml: yaml`
        version: 1
        controller: {name: City of Example}
        data_categories:
          - {id: offence-reports, name: Offence reports, source: third-party, criminal: true, criminal_condition: "Police authority of Example, under the Police Data Act"}
        processing_activities: []
      `,
    },
    {
      name: 'no criminal data: criminal false, absent, or false with a null condition',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - {id: email, name: E-mail, source: provided-by-subject, criminal: false}
          - {id: orders, name: Orders, source: provided-by-subject}
          - {id: tickets, name: Tickets, source: provided-by-subject, criminal: false, criminal_condition: null}
        processing_activities: []
      `,
    },
    {
      name: 'criminal written as the string "true" is not exactly true (the schema rule reports its type)',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - {id: checks, name: Checks, source: third-party, criminal: 'true'}
        processing_activities: []
      `,
    },
    {
      name: 'an inventory without data categories',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities: []
      `,
    },
  ],
  invalid: [
    {
      name: 'no criminal_condition key: reported at the category id',
      yaml: yaml`
        version: 1
        controller: {name: Hirewise}
        data_categories:
          - id: criminal-record-checks
            name: Results of criminal record checks
            source: third-party
            criminal: true
        processing_activities: []
      `,
      errors: [
        {
          messageId: 'missing',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 31,
          messageIncludes: ['data category `criminal-record-checks` holds data on criminal convictions or offences but does not name the official authority or the law'],
        },
      ],
    },
    {
      name: 'criminal_condition: null is reported at its value',
      yaml: yaml`
        version: 1
        controller: {name: Hirewise}
        data_categories:
          - id: criminal-record-checks
            name: Results of criminal record checks
            source: third-party
            criminal: true
            criminal_condition: null
        processing_activities: []
      `,
      errors: [{ messageId: 'missing', line: 8, column: 25, endLine: 8, endColumn: 29, messageIncludes: ['data category `criminal-record-checks`'] }],
    },
    {
      name: 'an empty criminal_condition is reported at its key',
      yaml: yaml`
        version: 1
        controller: {name: Hirewise}
        data_categories:
          - id: criminal-record-checks
            name: Results of criminal record checks
            source: third-party
            criminal: true
            criminal_condition:
        processing_activities: []
      `,
      errors: [{ messageId: 'missing', line: 8, column: 5, endLine: 8, endColumn: 23, messageIncludes: ['data category `criminal-record-checks`'] }],
    },
    {
      name: 'a placeholder is not a condition (TODO, and a bracketed request to confirm)',
      yaml: yaml`
        version: 1
        controller: {name: Hirewise}
        data_categories:
          - id: criminal-record-checks
            name: Results of criminal record checks
            source: third-party
            criminal: true
            criminal_condition: TODO
          - id: fraud-flags
            name: Suspected fraud flags
            source: inferred
            criminal: true
            criminal_condition: "[CONFIRM with legal which law applies]"
        processing_activities: []
      `,
      errors: [
        { messageId: 'missing', line: 8, column: 25, endLine: 8, endColumn: 29, messageIncludes: ['data category `criminal-record-checks`'] },
        { messageId: 'missing', line: 13, column: 25, endLine: 13, endColumn: 65, messageIncludes: ['data category `fraud-flags`'] },
      ],
    },
    {
      name: 'one finding per criminal category, a flow-style one at its id, one without id by its name',
      yaml: yaml`
        version: 1
        controller: {name: Hirewise}
        data_categories:
          - {id: email, name: E-mail, source: provided-by-subject, criminal: false}
          - {id: convictions, name: Convictions, source: third-party, criminal: true}
          - name: Offence history
            source: third-party
            criminal: true
        processing_activities: []
      `,
      errors: [
        { messageId: 'missing', line: 5, column: 10, endLine: 5, endColumn: 21, messageIncludes: ['data category `convictions`'] },
        { messageId: 'missing', line: 6, column: 11, endLine: 6, endColumn: 26, messageIncludes: ['data category `Offence history`'] },
      ],
    },
    {
      name: 'whether or not an activity uses it: the record says the data is held',
      yaml: yaml`
        version: 1
        controller: {name: Hirewise}
        data_categories:
          - {id: convictions, name: Convictions, source: third-party, criminal: true}
        processing_activities:
          - {id: hiring, name: Hiring, data_categories: [], purposes: [{id: hire, ai_training: false}]}
      `,
      errors: [{ messageId: 'missing', line: 4, column: 10, endLine: 4, endColumn: 21, messageIncludes: ['data category `convictions`'] }],
    },
  ],
});
