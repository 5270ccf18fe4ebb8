import rule from '../../src/rules/transfer-mechanism.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

/** The 27 EU member states and Iceland, Liechtenstein and Norway. */
const EEA = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO'];

ruleTester(rule, {
  valid: [
    {
      // Country names and alpha-3 codes are the schema rule's finding (with the code to write); the
      // transfer rule reads them as the country they name, and a name it cannot read is left to the schema.
      name: 'a country written as a name or an alpha-3 code is read as that country; transfers written in another shape hide nothing',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: chat-service
            name: Chat service
            purposes: []
            processors:
              - {name: Hosting GmbH, dpa: true, country: Germany}
              - {name: Backup AS, dpa: true, country: NOR}
              - {name: GPU Cloud Inc, dpa: true, country: United States}
              - {name: Somewhere Ltd, dpa: true, country: Atlantis}
            transfers:
              - {country: USA, mechanism: scc}
              - {country: Deutschland}
          - id: analytics
            name: Analytics
            purposes: []
            processors: [{name: Stats Inc, dpa: true, country: US}]
            transfers: {country: US, mechanism: scc}
          - id: support
            name: Support
            purposes: []
            processors: [{name: Desk Inc, dpa: true, country: US}]
            transfers: [US with SCCs]
      `,
    },
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
              - {name: Trust AG, dpa: true, country: LI}
              - {name: Cloud AE, dpa: true, country: EL}
            transfers: []
      `,
    },
    {
      name: 'a processor or a transfer entry in each of the 30 EEA countries needs no mechanism',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: pan-european
            name: Pan-European service
            purposes: []
            processors: [${EEA.map((country) => `{name: Local ${country}, dpa: true, country: ${country}}`).join(', ')}]
            transfers: [${EEA.map((country) => `{country: ${country}}`).join(', ')}]
      `,
    },
    {
      name: 'a US processor covered by a transfer entry with scc, whatever the case of the code',
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
                dpa_reference: null
                country: us
            transfers:
              - country: US
                mechanism: scc
                safeguard_reference: docs/contracts/gpu-cloud-scc.md
              - country: CH
                mechanism: adequacy
      `,
    },
    {
      name: 'a UK processor with a transfer to GB, binding corporate rules and a derogation',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: support
            name: Support
            purposes: []
            processors:
              - {name: Helpdesk Ltd, dpa: true, country: UK}
              - {name: Acme India Pvt Ltd, dpa: true, country: IN}
            transfers:
              - {country: GB, mechanism: adequacy}
              - {country: IN, mechanism: bcr}
              - {country: BR, mechanism: derogation}
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
            processors: [{name: Somewhere Ltd, dpa: true}, {name: Elsewhere Ltd, dpa: true, country: TBD}]
          - {id: accounts, name: Accounts, purposes: []}
      `,
    },
    {
      name: 'a mechanism, a list of transfers or a country under a misspelt key is the schema rule\'s finding: it may name the safeguard, or the processor\'s country',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: chat
            name: Chat
            purposes: []
            transfers:
              - {country: US, mechansim: scc}
          - id: hosting
            name: Hosting
            purposes: []
            processors: [{name: GPU Cloud Inc, dpa: true, country: US}]
            transfres: [{country: US, mechanism: scc}]
          - id: support
            name: Support
            purposes: []
            processors: [{name: Helpdesk Inc, dpa: true, country: US}]
            transfers: [{counrty: US, mechanism: scc}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a transfer with mechanism none points at the value; without mechanism at its country; an empty one at its key',
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
        { messageId: 'transfer', line: 9, column: 20, endLine: 9, endColumn: 24, messageIncludes: ['activity `smart-replies` transfers data to `US` without a transfer mechanism'] },
        { messageId: 'transfer', line: 10, column: 18, endLine: 10, endColumn: 20, messageIncludes: ['`IN`'] },
        { messageId: 'transfer', line: 11, column: 23, endLine: 11, endColumn: 32, messageIncludes: ['`BR`'] },
      ],
    },
    {
      name: 'a placeholder is not a mechanism',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: analytics
            name: Analytics
            purposes: []
            transfers:
              - country: US
                mechanism: "[CONFIRM with legal: DPF or SCC?]"
      `,
      errors: [{ messageId: 'transfer', line: 9, column: 20, endLine: 9, endColumn: 55, messageIncludes: ['activity `analytics` transfers data to `US`'] }],
    },
    {
      name: 'a transfer that names neither country nor mechanism',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: analytics
            name: Analytics
            purposes: []
            transfers:
              - {safeguard_reference: docs/contracts/scc.md}
      `,
      errors: [{ messageId: 'transfer', line: 8, column: 9, endLine: 8, endColumn: 53, messageIncludes: ['activity `analytics` transfers data to a country it does not name without a transfer mechanism'] }],
    },
    {
      name: 'countries near the EEA are outside it: Switzerland, the United Kingdom, the microstates',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: analytics
            name: Analytics
            purposes: []
            transfers: [{country: CH}, {country: GB}, {country: AD}, {country: MC}, {country: SM}, {country: VA}]
      `,
      errors: [
        { messageId: 'transfer', line: 7, column: 27, endLine: 7, endColumn: 29, messageIncludes: ['`CH`'] },
        { messageId: 'transfer', line: 7, column: 42, endLine: 7, endColumn: 44, messageIncludes: ['`GB`'] },
        { messageId: 'transfer', line: 7, column: 57, endLine: 7, endColumn: 59, messageIncludes: ['`AD`'] },
        { messageId: 'transfer', line: 7, column: 72, endLine: 7, endColumn: 74, messageIncludes: ['`MC`'] },
        { messageId: 'transfer', line: 7, column: 87, endLine: 7, endColumn: 89, messageIncludes: ['`SM`'] },
        { messageId: 'transfer', line: 7, column: 102, endLine: 7, endColumn: 104, messageIncludes: ['`VA`'] },
      ],
    },
    {
      name: 'a processor outside the EEA without a transfer entry for its country, at its country',
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
              - {name: Labelling Pvt Ltd, dpa: true, country: IN}
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
          messageIncludes: ['processor `GPU Cloud Inc` of activity `smart-replies` processes data in `US`, outside the EEA, but the activity records no transfer to `US`'],
        },
      ],
    },
    {
      name: 'a processor in Switzerland or the UK needs its transfer too, adequacy or not',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: payroll
            name: Payroll
            purposes: []
            processors:
              - {name: Lohn AG, dpa: true, country: CH}
              - {name: Payroll Ltd, dpa: true, country: UK}
            transfers: []
      `,
      errors: [
        { messageId: 'processor', line: 8, column: 45, endLine: 8, endColumn: 47, messageIncludes: ['processor `Lohn AG` of activity `payroll` processes data in `CH`'] },
        { messageId: 'processor', line: 9, column: 49, endLine: 9, endColumn: 51, messageIncludes: ['processor `Payroll Ltd`', 'no transfer to `GB`'] },
      ],
    },
    {
      name: 'a transfer entry with mechanism none is reported once, at the transfer, not again at its processor',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: []
            processors:
              - {name: GPU Cloud Inc, dpa: true, country: US}
            transfers:
              - {country: US, mechanism: none}
      `,
      errors: [{ messageId: 'transfer', line: 10, column: 34, endLine: 10, endColumn: 38, messageIncludes: ['transfers data to `US`'] }],
    },
    {
      name: 'a mechanism written on the processor is not a transfer entry of the activity',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: labelling
            name: Labelling
            purposes: []
            processors:
              - name: Labelling Pvt Ltd
                dpa: true
                country: IN
                mechanism: scc
              - {name: GPU Cloud Inc, dpa: true, country: US, mechanism: none}
      `,
      errors: [
        {
          messageId: 'processorMechanism',
          line: 10,
          column: 18,
          endLine: 10,
          endColumn: 20,
          messageIncludes: ['processor `Labelling Pvt Ltd` of activity `labelling` processes data in `IN` under `scc`, but the activity records no transfer to `IN`'],
        },
        { messageId: 'processor', line: 12, column: 51, endLine: 12, endColumn: 53, messageIncludes: ['processor `GPU Cloud Inc`', 'no transfer to `US`'] },
      ],
    },
  ],
});
