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
  ],
  invalid: [
    {
      name: 'dpa false points at the value; a missing dpa at the name key',
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
              - name: Labelling Pvt Ltd
                country: IN
              - {name: Hosting GmbH, country: DE}
      `,
      errors: [
        {
          messageId: 'missing',
          line: 9,
          column: 14,
          endLine: 9,
          endColumn: 19,
          messageIncludes: ['processor `GPU Cloud Inc` of activity `smart-replies`'],
        },
        { messageId: 'missing', line: 11, column: 9, endLine: 11, endColumn: 13, messageIncludes: ['processor `Labelling Pvt Ltd`'] },
        { messageId: 'missing', line: 13, column: 10, endLine: 13, endColumn: 14, messageIncludes: ['processor `Hosting GmbH`'] },
      ],
    },
    {
      name: 'an empty dpa points at its key; an unnamed processor at its first line',
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
              - country: US
      `,
      errors: [
        { messageId: 'missing', line: 9, column: 9, endLine: 9, endColumn: 12, messageIncludes: ['processor `Mailer Ltd` of activity `accounts`'] },
        { messageId: 'missing', line: 10, column: 9, endLine: 10, endColumn: 20, messageIncludes: ['processor #2 of activity `accounts`'] },
      ],
    },
  ],
});
