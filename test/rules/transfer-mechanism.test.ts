import rule from '../../src/rules/transfer-mechanism.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'processors in the EEA (EU, Iceland, Liechtenstein, Norway) need no transfer',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: chat-service
            name: Chat service
            purposes: []
            processors:
              - {name: Hosting GmbH, dpa: true, country: DE}
              - {name: Backup AS, dpa: true, country: NO}
              - {name: Mail ehf, dpa: true, country: IS}
            transfers: []
      `,
    },
    {
      name: 'a US processor covered by a transfer entry with scc, and one with a mechanism of its own',
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
              - name: Labelling Pvt Ltd
                dpa: true
                country: IN
                mechanism: scc
            transfers:
              - country: US
                mechanism: scc
              - country: CH
                mechanism: adequacy
      `,
    },
    {
      name: 'a processor without a country, and an activity without processors or transfers',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: chat-service
            name: Chat service
            purposes: []
            processors: [{name: Somewhere Ltd, dpa: true}]
          - {id: accounts, name: Accounts, purposes: []}
      `,
    },
  ],
  invalid: [
    {
      name: 'a transfer with mechanism none points at the value; without mechanism at its country',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: []
            transfers:
              - country: US
                mechanism: none
              - country: IN
              - {country: BR, mechanism: }
      `,
      errors: [
        { messageId: 'transfer', line: 9, column: 20, endLine: 9, endColumn: 24, messageIncludes: ['activity `smart-replies` transfers data to `US`'] },
        { messageId: 'transfer', line: 10, column: 18, endLine: 10, endColumn: 20, messageIncludes: ['`IN`'] },
        { messageId: 'transfer', line: 11, column: 23, endLine: 11, endColumn: 32, messageIncludes: ['`BR`'] },
      ],
    },
    {
      name: 'a processor outside the EEA with no mechanism and no covering transfer, at its country',
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
              - name: Labelling Pvt Ltd
                dpa: true
                country: IN
                mechanism: none
              - {name: Hosting GmbH, dpa: true, country: DE}
            transfers:
              - country: IN
                mechanism: adequacy
              - country: GB
                mechanism: adequacy
      `,
      errors: [
        {
          messageId: 'processor',
          line: 10,
          column: 18,
          endLine: 10,
          endColumn: 20,
          messageIncludes: ['processor `GPU Cloud Inc` of activity `smart-replies` processes data in `US`'],
        },
      ],
    },
    {
      name: 'a transfer with mechanism none does not cover its processor: both are reported',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: []
            processors:
              - {name: GPU Cloud Inc, dpa: true, country: US, mechanism: none}
            transfers:
              - {country: US, mechanism: none}
      `,
      errors: [
        { messageId: 'processor', line: 8, column: 51, endLine: 8, endColumn: 53 },
        { messageId: 'transfer', line: 10, column: 34, endLine: 10, endColumn: 38 },
      ],
    },
  ],
});
