import rule from '../../src/rules/processor-dpa.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'every processor, in or outside the EEA, has dpa: true',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: []
            processors:
              - name: GPU Cloud Inc
                dpa: true
                country: US
              - {name: Hosting GmbH, dpa: true, country: DE}
          - {id: accounts, name: Accounts, purposes: [], processors: []}
      `,
    },
    {
      name: 'an activity that uses no processor, with the key left out or null',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - {id: accounts, name: Accounts, purposes: []}
          - id: billing
            name: Billing
            purposes: []
            processors:
      `,
    },
    {
      name: 'processors written as bare names instead of mappings are left to the schema rule',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: []
            processors: [GPU Cloud Inc]
      `,
    },
    {
      name: 'recipients that are not processors need no dpa here',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: payroll
            name: Payroll
            purposes: []
            recipients: [tax-authority, pension-fund]
      `,
    },
  ],
  invalid: [
    {
      name: 'dpa: false is reported at its value',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: []
            processors:
              - name: GPU Cloud Inc
                dpa: false
                country: US
      `,
      errors: [{ messageId: 'missing', line: 9, column: 14, endLine: 9, endColumn: 19, messageIncludes: ['processor `GPU Cloud Inc` of activity `smart-replies` has no data processing agreement'] }],
    },
    {
      name: 'dpa of the wrong type is not dpa: true',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: []
            processors:
              - name: GPU Cloud Inc
                dpa: 'yes'
      `,
      errors: [{ messageId: 'missing', line: 9, column: 14, endLine: 9, endColumn: 19, messageIncludes: ['processor `GPU Cloud Inc`'] }],
    },
    {
      name: 'a missing dpa is reported at the processor name',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: []
            processors:
              - name: Labelling Pvt Ltd
                country: IN
      `,
      errors: [{ messageId: 'missing', line: 8, column: 15, endLine: 8, endColumn: 32, messageIncludes: ['processor `Labelling Pvt Ltd`'] }],
    },
    {
      name: 'a missing dpa in a flow-style processor is reported at its name',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: []
            processors:
              - {name: Hosting GmbH, country: DE}
      `,
      errors: [{ messageId: 'missing', line: 8, column: 16, endLine: 8, endColumn: 28, messageIncludes: ['processor `Hosting GmbH`'] }],
    },
    {
      name: 'an empty dpa is reported at its key',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: accounts
            name: Accounts
            purposes: []
            processors:
              - name: Mailer Ltd
                dpa:
      `,
      errors: [{ messageId: 'missing', line: 9, column: 9, endLine: 9, endColumn: 12, messageIncludes: ['processor `Mailer Ltd` of activity `accounts`'] }],
    },
    {
      name: 'an unnamed processor without dpa is reported at its first line, by its position',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: accounts
            name: Accounts
            purposes: []
            processors:
              - {name: Mailer Ltd, dpa: true}
              - country: US
      `,
      errors: [{ messageId: 'missing', line: 9, column: 9, endLine: 9, endColumn: 20, messageIncludes: ['processor #2 of activity `accounts`'] }],
    },
    {
      name: 'one finding per processor, each naming its own activity',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: []
            processors:
              - {name: GPU Cloud Inc, dpa: false}
              - {name: Hosting GmbH, dpa: true}
          - id: support
            name: Support
            purposes: []
            processors:
              - {name: Helpdesk SaaS, dpa: false}
      `,
      errors: [
        { messageId: 'missing', line: 8, column: 36, endLine: 8, endColumn: 41, messageIncludes: ['processor `GPU Cloud Inc` of activity `smart-replies`'] },
        { messageId: 'missing', line: 14, column: 36, endLine: 14, endColumn: 41, messageIncludes: ['processor `Helpdesk SaaS` of activity `support`'] },
      ],
    },
  ],
});
