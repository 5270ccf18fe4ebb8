import rule from '../../src/rules/lawful-basis-changed.js';
import { yaml } from '../support/dedent.js';
import { comparisonTester } from '../support/comparison-tester.js';

const base = yaml`
  version: 1
  controller: {name: Acme}
  processing_activities:
    - id: smart-replies
      name: Smart replies
      purposes:
        - id: train-replies
          description: Train the reply model on past conversations.
          ai_training: true
          lawful_basis: consent
          consent: {collection: opt-in, withdrawal: in-product}
        - id: deliver-replies
          lawful_basis: contract
`;

const empty = 'version: 1\ncontroller: {name: Acme}\nprocessing_activities: []\n';

comparisonTester(rule, {
  valid: [
    { name: 'nothing changed', base, head: base },
    {
      name: 'reordered, reformatted and commented',
      base,
      head: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes:
              - {id: deliver-replies, lawful_basis: contract}
              - id: train-replies
                description: >-
                  Train the reply model
                  on past conversations.
                lawful_basis: "consent"   # asked in the composer
                ai_training: true
                consent:
                  collection: opt-in
                  withdrawal: in-product
      `,
    },
    { name: 'a new purpose has no basis to change', base, head: `${base}    - id: analytics\n      lawful_basis: legitimate-interests\n` },
    { name: 'a basis added where there was none is a fix', base: base.replace('      lawful_basis: contract\n', ''), head: base },
    { name: 'a basis removed is lawful-basis-missing\'s finding', base, head: base.replace('      lawful_basis: contract\n', '') },
    { name: 'a basis replaced by a placeholder is removed, lawful-basis-missing\'s finding', base, head: base.replace('lawful_basis: consent', 'lawful_basis: TBD') },
    { name: 'a placeholder at the base was no basis: writing one down is a fix', base: base.replace('lawful_basis: contract', "lawful_basis: '[CONFIRM]'"), head: base },
    { name: 'a purpose deleted', base, head: base.replace(/ {4}- id: deliver-replies[\s\S]*$/, '') },
    {
      name: 'a purpose moved to another file with its basis',
      base: { 'a.ropa.yaml': base, 'b.ropa.yaml': empty },
      head: { 'a.ropa.yaml': base.replace(/ {4}- id: deliver-replies[\s\S]*$/, ''), 'b.ropa.yaml': 'version: 1\ncontroller: {name: Acme}\nprocessing_activities:\n  - id: smart-replies\n    name: Smart replies\n    purposes: [{id: deliver-replies, lawful_basis: contract}]\n' },
    },
    {
      name: 'the same activity and purpose ids in another team\'s file are another purpose, not a move',
      base: { 'a.ropa.yaml': base, 'b.ropa.yaml': empty },
      head: { 'a.ropa.yaml': base, 'b.ropa.yaml': 'version: 1\ncontroller: {name: Beta}\nprocessing_activities:\n  - id: smart-replies\n    name: Smart replies\n    purposes: [{id: deliver-replies, lawful_basis: legitimate-interests}]\n' },
    },
    { name: 'a value of the wrong type is the schema rule\'s finding', base, head: base.replace('lawful_basis: contract', 'lawful_basis: [contract]') },
  ],
  invalid: [
    {
      name: 'from consent to legitimate interests: the basis cannot be swapped (EDPB 05/2020 §121–123)',
      base,
      head: base.replace('lawful_basis: consent', 'lawful_basis: legitimate-interests'),
      errors: [
        {
          messageId: 'fromConsent',
          line: 10,
          column: 23,
          endLine: 10,
          endColumn: 43,
          severity: 'error',
          messageIncludes: ['purpose `train-replies`', 'it was consent at base, is legitimate-interests now'],
          helpIncludes: ['`lawful_basis: consent`'],
        },
      ],
    },
    {
      name: 'from contract to legitimate interests',
      base,
      head: base.replace('lawful_basis: contract', 'lawful_basis: legitimate-interests'),
      errors: [{ messageId: 'changed', line: 13, column: 23, messageIncludes: ['purpose `deliver-replies`', 'it was contract at base, is legitimate-interests now'], helpIncludes: ['`lawful_basis: contract`'] }],
    },
    {
      name: 'to consent is a change too: people were told another basis',
      base,
      head: base.replace('lawful_basis: contract', 'lawful_basis: consent'),
      errors: [{ messageId: 'changed', line: 13, column: 23, messageIncludes: ['it was contract at base, is consent now'] }],
    },
    {
      name: 'a purpose moved to another file and swapped away from consent says where it was',
      base: { 'a.ropa.yaml': base, 'b.ropa.yaml': empty },
      head: {
        'a.ropa.yaml': base.replace(/ {4}- id: train-replies[\s\S]*?(?= {4}- id: deliver)/, ''),
        'b.ropa.yaml': 'version: 1\ncontroller: {name: Acme}\nprocessing_activities:\n  - id: smart-replies\n    name: Smart replies\n    purposes:\n      - id: train-replies\n        lawful_basis: contract\n',
      },
      errors: [{ file: 'b.ropa.yaml', messageId: 'fromConsent', line: 8, column: 23, messageIncludes: ['it was consent at base (in a.ropa.yaml), is contract now'] }],
    },
    {
      name: 'a purpose under a renamed activity (same id and description) is compared with its base',
      base,
      head: base.replace('- id: smart-replies', '- id: reply-suggestions').replace('lawful_basis: consent', 'lawful_basis: legitimate-interests'),
      errors: [{ messageId: 'fromConsent', line: 10, column: 23, messageIncludes: ['at base (under activity `smart-replies`)'] }],
    },
    {
      name: 'each changed purpose is reported once, severity from the settings',
      base,
      head: base.replace('lawful_basis: contract', 'lawful_basis: public-task').replace('lawful_basis: consent', 'lawful_basis: contract'),
      settings: { 'lawful-basis-changed': 'warning' },
      errors: [
        { messageId: 'fromConsent', line: 10, column: 23, severity: 'warning' },
        { messageId: 'changed', line: 13, column: 23, severity: 'warning', messageIncludes: ['is public-task now'] },
      ],
    },
  ],
});
