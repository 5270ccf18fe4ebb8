import { readFileSync } from 'node:fs';
import rule from '../../src/rules/schema.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

const minimal = yaml`
  version: 1
  controller:
    name: Acme
  processing_activities: []
`;

ruleTester(rule, {
  valid: [
    { name: 'the bundled compliant example', yaml: readFileSync(new URL('../../examples/acme-chat.ropa.yaml', import.meta.url), 'utf8') },
    { name: 'a minimal inventory', yaml: minimal },
    {
      name: 'x- extension keys anywhere',
      yaml: yaml`
        version: 1
        x-owner: privacy-team
        controller: {name: Acme, x-legal-entity: Acme Ltd}
        processing_activities:
          - id: a
            name: A
            x-jira: PRIV-12
            purposes:
              - {id: p, lawful_basis: contract, x-note: {any: [thing]}}
      `,
    },
    { name: 'a byte-order mark and CRLF line ends', yaml: `\uFEFF${minimal.replace(/\n/g, '\r\n')}` },
    {
      name: 'anchors, aliases and merge keys',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        x-defaults: &consent
          collection: opt-in
          explicit: true
        processing_activities:
          - id: a
            name: A
            purposes:
              - id: p
                lawful_basis: consent
                consent:
                  <<: *consent
                  granular: true
              - id: q
                lawful_basis: consent
                consent: *consent
      `,
    },
    {
      name: 'an ignore entry with a date',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: a
            name: A
            purposes:
              - id: p
                x-ropa-lint-ignore: [{rule: consent-records, reason: kept by the vendor, until: 2027-01-31}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a misspelt key suggests the valid one',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: a
            name: A
            purposes:
              - id: p
                lawfull_basis: consent
      `,
      errors: [{ messageId: 'unknownKey', line: 8, column: 9, endLine: 8, endColumn: 22, messageIncludes: ['`lawfull_basis`', 'purpose `p`'] }],
    },
    {
      name: 'a value outside the enum, a string for a boolean, a non-kebab id',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: Smart_Replies
            name: A
            purposes:
              - id: p
                ai_training: yes
                consent:
                  collection: optin
      `,
      errors: [
        { messageId: 'pattern', line: 4, column: 9, endColumn: 22, messageIncludes: ['`Smart_Replies`'] },
        { messageId: 'type', line: 8, column: 22, endColumn: 25, messageIncludes: ['`ai_training`', 'true or false', '"yes"'] },
        { messageId: 'enum', line: 10, column: 23, endColumn: 28, messageIncludes: ['`collection`', '`optin`'] },
      ],
    },
    {
      name: 'a missing required key points at the key of the mapping that lacks it',
      yaml: yaml`
        version: 1
        controller:
          contact: privacy@acme.example
        processing_activities:
          - id: a
            purposes: []
      `,
      errors: [
        { messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 11, messageIncludes: ['the controller', '`name`'] },
        { messageId: 'missing', line: 5, column: 9, messageIncludes: ['activity `a`', '`name`'] },
      ],
    },
    {
      name: 'version, date format and an empty name',
      yaml: yaml`
        version: 2
        controller: {name: ""}
        processing_activities:
          - id: a
            name: A
            purposes:
              - id: p
                x-ropa-lint-ignore: [{rule: consent-records, reason: r, until: 31/01/2027}]
      `,
      errors: [
        { messageId: 'const', line: 1, column: 10, endColumn: 11 },
        { messageId: 'empty', line: 2, column: 20, endColumn: 22 },
        { messageId: 'format', line: 8, column: 72, endColumn: 82, messageIncludes: ['31/01/2027'] },
      ],
    },
    {
      name: 'a YAML syntax error at its position, nothing else checked',
      yaml: yaml`
        version: 1
        controller: {name: Acme
        processing_activities: []
      `,
      errors: [{ messageId: 'syntax', line: 3, column: 1 }],
    },
    {
      name: 'a duplicate key at the repeated key',
      yaml: yaml`
        version: 1
        controller:
          name: Acme
          name: Acme Ltd
        processing_activities: []
      `,
      errors: [{ messageId: 'syntax', line: 4, column: 3, messageIncludes: ['duplicate key'] }],
    },
    {
      name: 'an unknown tag is reported, never executed',
      yaml: yaml`
        version: 1
        controller:
          name: !!js/function "function () { globalThis.pwned = true }"
        processing_activities: []
      `,
      errors: [{ messageId: 'syntax', line: 3, column: 9, messageIncludes: ['unsupported YAML tag !!js/function'] }],
    },
    {
      name: 'a second document',
      yaml: `${minimal}---\nversion: 1\n`,
      errors: [{ messageId: 'syntax', line: 5, column: 1, messageIncludes: ['more than one YAML document'] }],
    },
    {
      name: 'an empty file',
      yaml: '',
      errors: [{ messageId: 'type', line: 1, column: 1, messageIncludes: ['a mapping of keys to values', 'empty (null)'] }],
    },
    {
      name: 'a list at the top',
      yaml: '- version: 1\n',
      errors: [{ messageId: 'type', line: 1, column: 1, messageIncludes: ['a mapping of keys to values', 'a list'] }],
    },
  ],
});
