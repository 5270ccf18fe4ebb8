import rule from '../../src/rules/processor-dpa.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      // `yes` is text in YAML 1.2: the schema rule asks for `true`; the record does not say there is no agreement.
      name: 'dpa of the wrong type (`dpa: yes`) is the schema rule\'s finding alone',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: []
            processors:
              - {name: GPU Cloud Inc, dpa: 'yes'}
              - {name: Hosting GmbH, dpa: 1}
      `,
    },
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
      name: 'dpa_reference is optional: dpa: true counts with or without it',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: []
            processors:
              - {name: GPU Cloud Inc, dpa: true, dpa_reference: null, country: US}
              - {name: Hosting GmbH, dpa: true, dpa_reference: docs/contracts/hosting-dpa.md, country: DE}
              - {name: Mailer Ltd, dpa: true, dpa_reference: TBD}
      `,
    },
    {
      name: 'the sub-processors of a processor activity with dpa: true',
      yaml: yaml`
        version: 1
        controller: {name: Hirewise}
        processing_activities:
          - id: applicant-tracking
            name: Applicant tracking
            role: processor
            on_behalf_of: [{name: Employer GmbH, contact: privacy@employer.example}]
            purposes: []
            processors: [{name: EuroHost GmbH, dpa: true, country: DE}]
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
    {
      name: 'dpa under a misspelt key (`dpaa: true`) is the schema rule\'s finding alone',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: chat
            name: Chat
            purposes: []
            processors:
              - {name: Hosting GmbH, dpaa: true, country: DE}
              - {name: GPU Cloud Inc, pda: true, dpa_reference: docs/contracts/gpu-dpa.pdf, country: US}
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
      name: 'dpa false is no agreement',
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
    {
      name: 'a contract reference without dpa: true does not say the contract is an Art. 28(3) agreement',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: support
            name: Support
            purposes: []
            processors:
              - name: Helpdesk BV
                dpa_reference: docs/contracts/helpdesk-terms.md
              - {name: Chat Widget Inc, dpa: false, dpa_reference: https://widget.example/terms}
      `,
      errors: [
        {
          messageId: 'unconfirmed',
          line: 8,
          column: 15,
          endLine: 8,
          endColumn: 26,
          messageIncludes: ['processor `Helpdesk BV` of activity `support` points to a contract (`dpa_reference`) but does not record that it is a data processing agreement'],
        },
        { messageId: 'unconfirmed', line: 10, column: 38, endLine: 10, endColumn: 43, messageIncludes: ['processor `Chat Widget Inc`'] },
      ],
    },
    {
      name: 'a placeholder reference is no reference; a sub-processor of a processor activity needs its agreement too',
      yaml: yaml`
        version: 1
        controller: {name: Hirewise}
        processing_activities:
          - id: applicant-tracking
            name: Applicant tracking
            role: processor
            on_behalf_of: [{name: Employer GmbH, contact: privacy@employer.example}]
            purposes: []
            processors: [{name: EuroHost GmbH, dpa_reference: "[NEEDS legal review]", country: DE}]
      `,
      errors: [{ messageId: 'missing', line: 9, column: 25, endLine: 9, endColumn: 38, messageIncludes: ['processor `EuroHost GmbH` of activity `applicant-tracking` has no data processing agreement'] }],
    },
  ],
});
