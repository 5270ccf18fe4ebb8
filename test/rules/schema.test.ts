import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryCode } from '../../src/core/countries.js';
import rule from '../../src/rules/schema.js';
import { yaml } from '../support/dedent.js';
import { ruleTester, runRule } from '../support/rule-tester.js';

const minimal = yaml`
  version: 1
  controller:
    name: Acme
  data_subjects: []
  data_categories: []
  processing_activities: []
`;

/** The keys SPEC §1 requires of the top and of an activity, around the part a case is about. */
const header = yaml`
  version: 1
  controller: {name: Acme}
  data_subjects: [{id: users, name: Users}]
  data_categories: [{id: messages, name: Messages, source: communications-content}]
`;

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');

ruleTester(rule, {
  valid: [
    { name: 'the bundled compliant example', yaml: example('acme-chat.ropa.yaml') },
    { name: 'the hiring-platform example', yaml: example('hiring-platform.ropa.yaml') },
    { name: 'a minimal inventory: the required keys, every list empty', yaml: minimal },
    {
      name: 'every field of SPEC v2 §1, written as the SPEC writes it',
      yaml: yaml`
        version: 1
        controller:
          name: Acme Chat Ltd
          contact: privacy@acme.example
          dpo: dpo@acme.example
          representative: EU Rep Services BV
          joint_controllers:
            - name: Partner Analytics SA
              contact: privacy@partner.example
              arrangement: docs/contracts/joint-controller.md
        notice: [docs/privacy-notice.md, docs/employee-notice.md]
        record:
          owner: Privacy team
          updated: 2026-11-30
        data_subjects:
          - {id: workspace-members, name: Members of customer workspaces, children: false}
        data_categories:
          - id: chat-messages
            name: Messages, files and reactions
            source: communications-content
            special: [health, sexual-orientation]
            criminal: true
            criminal_condition: Background checks authorised by the Rehabilitation of Offenders Act
            retention: P30D
            collected_for: [deliver-messages]
            anonymised: false
            anonymisation_assessment: null
        processing_activities:
          - id: smart-replies
            name: Smart reply suggestions
            description: Suggest replies in chat.
            role: processor
            on_behalf_of: [{name: Customer Ltd, contact: privacy@customer.example}]
            data_subjects: [workspace-members]
            data_categories: [chat-messages]
            purposes:
              - id: train-reply-model
                description: Train the reply-suggestion model on past conversations.
                ai_training: true
                lawful_basis: legal-obligation
                legal_basis_reference: HGB §257
                special_category_condition: archiving-research
                legitimate_interests: {interest: Spam detection, assessment: docs/lia/replies.md, objection: in-product, objection_before_processing: true}
                compatibility_assessment: docs/compatibility/replies.md
            recipients: [ML platform team, Payment providers]
            processors:
              - {name: GPU Cloud Inc, dpa: true, dpa_reference: docs/contracts/gpu-dpa.pdf, country: US, mechanism: scc}
            transfers:
              - {country: US, mechanism: scc, safeguard_reference: docs/transfers/us-scc.md}
            retention: P90D
            security_measures: [encryption-at-rest, access-control]
            dpia:
              status: completed
              reference: DPIA-2024-17
              criteria: [evaluation-scoring, automated-decision, systematic-monitoring, sensitive-data, large-scale, matching-datasets, vulnerable-subjects, innovative-technology, prevents-rights]
            automated_decision_making: false
      `,
    },
    {
      name: 'the optional references left empty with null, as the SPEC\'s template shows them',
      yaml: `${header}${yaml`
        processing_activities:
          - id: a
            name: A
            role: controller
            data_subjects: [users]
            data_categories: [messages]
            purposes:
              - {id: p, description: P, ai_training: false, lawful_basis: contract, legal_basis_reference: null, special_category_condition: null, compatibility_assessment: null}
            processors: [{name: Host, dpa_reference: null}]
            transfers: [{country: US, safeguard_reference: null}]
            dpia: {status: missing, reference: null, criteria: []}
      `}`.replace('source: communications-content}', 'source: communications-content, criminal_condition: null, retention: null}'),
    },
    {
      name: 'x-ropa-lint-ignore on a purpose, an activity, a data category, a data subject and at the top',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        x-ropa-lint-ignore: [{rule: notice-missing, reason: The notice is published by the parent company}]
        data_subjects:
          - id: users
            name: Users
            x-ropa-lint-ignore: [{rule: children-consent, reason: Age gate at sign-up (PRIV-7)}]
        data_categories:
          - id: stats
            name: Statistics
            source: observed
            x-ropa-lint-ignore: [{rule: anonymisation-claim, reason: Assessment under review, until: 2027-01-31}]
        processing_activities:
          - id: a
            name: A
            role: controller
            data_subjects: [users]
            data_categories: [stats]
            x-ropa-lint-ignore: [{rule: dpia-required, reason: DPIA-2024-17 kept outside the repository}]
            purposes:
              - id: p
                description: P
                ai_training: false
                x-ropa-lint-ignore: [{rule: consent-records, reason: kept by the vendor, until: 2027-01-31}]
      `,
    },
    {
      name: 'an ignore naming an unknown rule, or without a reason or rule, is invalid-ignore\'s finding, not the schema\'s',
      yaml: `${header}${yaml`
        processing_activities:
          - id: a
            name: A
            role: controller
            data_subjects: [users]
            data_categories: [messages]
            purposes:
              - id: p
                description: P
                ai_training: false
                x-ropa-lint-ignore: [{rule: consent-record, reason: typo}, {rule: consent-records, reason: ""}, {reason: no rule}]
      `}`,
    },
    {
      name: 'SPEC §1 requires no key of a processor, a transfer, a DPIA, a joint controller or a controller acted for',
      yaml: yaml`
        version: 1
        controller: {name: Acme, joint_controllers: [{contact: privacy@partner.example}]}
        data_subjects: []
        data_categories: []
        processing_activities:
          - id: a
            name: A
            role: processor
            on_behalf_of: [{contact: privacy@customer.example}]
            data_subjects: []
            data_categories: []
            purposes: [{id: p, description: P, ai_training: false}]
            processors: [{dpa: true}]
            transfers: [{mechanism: scc}]
            dpia: {reference: docs/dpia/a.md}
      `,
    },
    {
      name: 'x- extension keys anywhere, also inside the new blocks',
      yaml: yaml`
        version: 1
        x-owner: privacy-team
        controller: {name: Acme, x-legal-entity: Acme Ltd, joint_controllers: [{name: P, x-since: 2024}]}
        record: {owner: Privacy team, x-ticket: PRIV-1}
        data_subjects: [{id: users, name: Users, x-count: 1000}]
        data_categories: []
        processing_activities:
          - id: a
            name: A
            role: processor
            on_behalf_of: [{name: C, x-customer-id: 42}]
            data_subjects: [users]
            data_categories: []
            x-jira: PRIV-12
            dpia: {status: completed, x-signed-by: DPO}
            purposes:
              - {id: p, description: P, ai_training: false, lawful_basis: contract, x-note: {any: [thing]}}
      `,
    },
    { name: 'a byte-order mark and CRLF line ends', yaml: `\uFEFF${minimal.replace(/\n/g, '\r\n')}` },
    {
      name: 'anchors, aliases and merge keys',
      yaml: `${header}${yaml`
        x-defaults: &consent
          collection: opt-in
          explicit: true
        processing_activities:
          - id: a
            name: A
            role: controller
            data_subjects: [users]
            data_categories: [messages]
            purposes:
              - id: p
                description: P
                ai_training: true
                lawful_basis: consent
                consent:
                  <<: *consent
                  granular: true
              - id: q
                description: Q
                ai_training: true
                lawful_basis: consent
                consent: *consent
      `}`,
    },
  ],
  invalid: [
    {
      name: 'a misspelt key suggests the valid one',
      yaml: `${header}${yaml`
        processing_activities:
          - id: a
            name: A
            role: controller
            data_subjects: [users]
            data_categories: [messages]
            purposes:
              - id: p
                description: P
                ai_training: false
                lawfull_basis: consent
      `}`,
      errors: [{ messageId: 'unknownKey', line: 15, column: 9, endLine: 15, endColumn: 22, messageIncludes: ['`lawfull_basis`', 'purpose `p`'] }],
    },
    {
      name: 'a misspelt top-level key and a misspelt key of a joint controller',
      yaml: yaml`
        version: 1
        controller:
          name: Acme
          joint_controllers:
            - name: Partner Analytics SA
              arrangment: docs/contracts/joint.md
        data_subject: []
        data_subjects: []
        data_categories: []
        processing_activities: []
      `,
      errors: [
        { messageId: 'unknownKey', line: 6, column: 7, endColumn: 17, messageIncludes: ['`arrangment`', 'joint controller `Partner Analytics SA`'] },
        { messageId: 'unknownKey', line: 7, column: 1, endColumn: 13, messageIncludes: ['`data_subject`', 'the inventory'] },
      ],
    },
    {
      name: 'a value outside the enum, a string for a boolean, a non-kebab id',
      yaml: `${header}${yaml`
        processing_activities:
          - id: Smart_Replies
            name: A
            role: controller
            data_subjects: [users]
            data_categories: [messages]
            purposes:
              - id: p
                description: P
                ai_training: yes
                consent:
                  collection: optin
      `}`,
      errors: [
        { messageId: 'pattern', line: 6, column: 9, endColumn: 22, messageIncludes: ['`Smart_Replies`'] },
        { messageId: 'type', line: 14, column: 22, endColumn: 25, messageIncludes: ['`ai_training`', 'true or false', '"yes"'] },
        { messageId: 'enum', line: 16, column: 23, endColumn: 28, messageIncludes: ['`collection`', '`optin`'] },
      ],
    },
    {
      name: 'the keys SPEC §1 requires of the top, an activity and a purpose, each at the key of the mapping that lacks it',
      yaml: yaml`
        version: 1
        controller:
          contact: privacy@acme.example
        processing_activities:
          - id: a
            purposes:
              - id: p
      `,
      errors: [
        { messageId: 'missing', line: 1, column: 1, messageIncludes: ['the inventory', '`data_categories`'] },
        { messageId: 'missing', line: 1, column: 1, messageIncludes: ['the inventory', '`data_subjects`'] },
        { messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 11, messageIncludes: ['the controller', '`name`'] },
        { messageId: 'missing', line: 5, column: 9, endColumn: 10, messageIncludes: ['activity `a`', '`data_categories`'] },
        { messageId: 'missing', line: 5, column: 9, endColumn: 10, messageIncludes: ['activity `a`', '`data_subjects`'] },
        { messageId: 'missing', line: 5, column: 9, endColumn: 10, messageIncludes: ['activity `a`', '`name`'] },
        { messageId: 'missing', line: 5, column: 9, endColumn: 10, messageIncludes: ['activity `a`', '`role`'] },
        { messageId: 'missing', line: 7, column: 13, endColumn: 14, messageIncludes: ['purpose `p`', '`ai_training`'] },
        { messageId: 'missing', line: 7, column: 13, endColumn: 14, messageIncludes: ['purpose `p`', '`description`'] },
      ],
    },
    {
      name: 'an activity with an empty list of purposes',
      yaml: `${header}${yaml`
        processing_activities:
          - id: a
            name: A
            role: controller
            data_subjects: [users]
            data_categories: [messages]
            purposes: []
      `}`,
      errors: [{ messageId: 'tooFew', line: 11, column: 15, endColumn: 17, messageIncludes: ['`purposes`', 'activity `a`'] }],
    },
    {
      name: 'a subject without a name and a category without a source',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects:
          - id: users
        data_categories:
          - id: messages
            name: Messages
        processing_activities: []
      `,
      errors: [
        { messageId: 'missing', line: 4, column: 9, endColumn: 14, messageIncludes: ['data subject `users`', '`name`'] },
        { messageId: 'missing', line: 6, column: 9, endColumn: 17, messageIncludes: ['data category `messages`', '`source`'] },
      ],
    },
    {
      name: 'the new fields with values of the wrong kind: a WP248 criterion misspelt, a review date, a list of names for controllers acted for, a number for a condition',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        record: {owner: Privacy team, updated: 30.11.2026}
        data_subjects: []
        data_categories:
          - {id: records, name: Records, source: third-party, criminal: true, criminal_condition: 10}
        processing_activities:
          - id: a
            name: A
            role: processor
            on_behalf_of: [Customer Ltd]
            data_subjects: []
            data_categories: [records]
            purposes: [{id: p, description: P, ai_training: false}]
            recipients: [""]
            dpia: {status: missing, criteria: [large-scal]}
      `,
      errors: [
        { messageId: 'format', line: 3, column: 40, endColumn: 50, messageIncludes: ['`updated`', '30.11.2026'] },
        { messageId: 'type', line: 6, column: 91, endColumn: 93, messageIncludes: ['`criminal_condition`', 'data category `records`', 'text or empty (null)'] },
        { messageId: 'notMapping', line: 11, column: 20, endColumn: 32, messageIncludes: ['entry #1 of `on_behalf_of` in activity `a`', '"Customer Ltd"'] },
        { messageId: 'empty', line: 15, column: 18, endColumn: 20, messageIncludes: ['entry #1 of `recipients` in activity `a`'] },
        { messageId: 'enumItem', line: 16, column: 40, endColumn: 50, messageIncludes: ['`large-scal` in `criteria` of activity `a`'] },
      ],
    },
    {
      name: 'an ignore entry with a misspelt key, at the top and on an activity',
      yaml: `${header}${yaml`
        x-ropa-lint-ignore: [{rule: notice-missing, reasons: published elsewhere}]
        processing_activities:
          - id: a
            name: A
            role: controller
            data_subjects: [users]
            data_categories: [messages]
            purposes: [{id: p, description: P, ai_training: false}]
            x-ropa-lint-ignore:
              - rule: dpia-required
                reason: DPIA kept outside the repository
                untill: 2027-01-31
      `}`,
      errors: [
        { messageId: 'unknownKey', line: 5, column: 45, endColumn: 52, messageIncludes: ['`reasons`', 'ignore entry #1'] },
        { messageId: 'unknownKey', line: 16, column: 9, endColumn: 15, messageIncludes: ['`untill`', 'ignore entry #1'] },
      ],
    },
    {
      name: 'a safeguard reference that is not text',
      yaml: `${header}${yaml`
        processing_activities:
          - id: a
            name: A
            role: controller
            data_subjects: [users]
            data_categories: [messages]
            purposes: [{id: p, description: P, ai_training: false}]
            transfers: [{country: US, mechanism: scc, safeguard_reference: true}]
      `}`,
      errors: [{ messageId: 'type', line: 12, column: 68, endColumn: 72, messageIncludes: ['`safeguard_reference`', 'transfer #1', 'true'] }],
    },
    {
      name: 'version, date format and an empty name',
      yaml: yaml`
        version: 2
        controller: {name: ""}
        data_subjects: []
        data_categories: []
        processing_activities:
          - id: a
            name: A
            role: controller
            data_subjects: []
            data_categories: []
            purposes:
              - id: p
                description: P
                ai_training: false
                x-ropa-lint-ignore: [{rule: consent-records, reason: r, until: 31/01/2027}]
      `,
      errors: [
        { messageId: 'const', line: 1, column: 10, endColumn: 11 },
        { messageId: 'empty', line: 2, column: 20, endColumn: 22 },
        { messageId: 'format', line: 15, column: 72, endColumn: 82, messageIncludes: ['31/01/2027'] },
      ],
    },
    {
      name: 'a mapping where a list belongs (the `- ` left out), at the mapping',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects:
          id: users
          name: Users
        data_categories: []
        processing_activities:
          - id: a
            name: A
            role: controller
            data_subjects: [users]
            data_categories: []
            purposes:
              id: p
              description: P
              ai_training: false
      `,
      errors: [
        { messageId: 'notList', line: 3, column: 1, endLine: 3, endColumn: 14, messageIncludes: ['`data_subjects` in the inventory', 'a mapping'] },
        { messageId: 'notList', line: 13, column: 5, endColumn: 13, messageIncludes: ['`purposes` in activity `a`', 'a mapping'] },
      ],
    },
    {
      name: 'a list where a mapping belongs (a `- ` too many), and one word for a whole block',
      yaml: `${header}${yaml`
        processing_activities:
          - id: a
            name: A
            role: processor
            on_behalf_of: [Customer Ltd]
            data_subjects: [users]
            data_categories: [messages]
            purposes:
              - id: p
                description: P
                ai_training: false
                lawful_basis: consent
                consent:
                  - collection: opt-in
                    withdrawal: in-product
              - id: q
                description: Q
                ai_training: false
                lawful_basis: legitimate-interests
                legitimate_interests: see LIA
            dpia: completed
      `}`,
      errors: [
        { messageId: 'notMapping', line: 9, column: 20, endColumn: 32, messageIncludes: ['entry #1 of `on_behalf_of` in activity `a`', 'the text "Customer Ltd"'] },
        { messageId: 'notMapping', line: 17, column: 9, endColumn: 16, messageIncludes: ['`consent` in purpose `p`', 'a list'] },
        { messageId: 'notMapping', line: 24, column: 31, endColumn: 38, messageIncludes: ['`legitimate_interests` in purpose `q`', 'the text "see LIA"'] },
        { messageId: 'notMapping', line: 25, column: 11, endColumn: 20, messageIncludes: ['`dpia` in activity `a`', 'the text "completed"'] },
      ],
    },
    {
      name: 'a country by its name or alpha-3 code, a misspelt kind of special-category data, a reference that is no id',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects: [{id: users, name: Users}]
        data_categories:
          - {id: messages, name: Messages, source: communications-content, special: [politics]}
        processing_activities:
          - id: a
            name: A
            role: controller
            data_subjects: [Users]
            data_categories: [messages]
            purposes: [{id: p, description: P, ai_training: false}]
            processors: [{name: GPU Cloud Inc, dpa: true, country: United States}]
            transfers: [{country: USA, mechanism: scc}]
      `,
      errors: [
        { messageId: 'enumItem', line: 5, column: 78, endColumn: 86, messageIncludes: ['`politics` in `special` of data category `messages`'] },
        { messageId: 'patternItem', line: 10, column: 21, endColumn: 26, messageIncludes: ['`Users` in `data_subjects` of activity `a`', 'kebab-case id'] },
        { messageId: 'country', line: 13, column: 60, endColumn: 73, messageIncludes: ['`United States` in `country` of processor `GPU Cloud Inc` of activity `a`'] },
        { messageId: 'country', line: 14, column: 27, endColumn: 30, messageIncludes: ['`USA` in `country` of transfer #1 of activity `a`'] },
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
        data_subjects: []
        data_categories: []
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
        data_subjects: []
        data_categories: []
        processing_activities: []
      `,
      errors: [{ messageId: 'syntax', line: 3, column: 9, messageIncludes: ['unsupported YAML tag !!js/function'] }],
    },
    {
      name: 'a second document',
      yaml: `${minimal}---\nversion: 1\n`,
      errors: [{ messageId: 'syntax', line: 7, column: 1, messageIncludes: ['more than one YAML document'] }],
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

describe('schema help lines', () => {
  const helpOf = (text: string) => runRule(rule, text).map((finding) => finding.help);

  it('a missing key is explained by its description, without the list of rules it drives, and an enum key lists its values', () => {
    const help = helpOf(`${header}processing_activities:\n  - {id: a, name: A, data_subjects: [], data_categories: [], purposes: [{id: p, description: P, ai_training: false}]}\n`);
    expect(help).toEqual(['add `role:` here: The organisation\'s role in this activity (Art. 4(7), 4(8), 26). One of: controller, joint-controller, processor.']);
  });

  it('an empty list of purposes shows an entry to add, taken from the schema\'s example', () => {
    const help = helpOf(`${header}processing_activities:\n  - {id: a, name: A, role: controller, data_subjects: [], data_categories: [], purposes: []}\n`);
    expect(help).toEqual(['add at least one entry to `purposes`, e.g. `- {id: deliver-messages, description: Store and deliver messages, ai_training: false, lawful_basis: contract}`']);
  });

  it('a misspelt key of an ignore entry is matched to the key meant', () => {
    expect(helpOf(`${minimal}x-ropa-lint-ignore: [{rule: notice-missing, reasons: elsewhere}]\n`)).toEqual(['did you mean `reason`? (Keys starting with `x-` are free for your own use.)']);
  });

  const activityWith = (fields: string) => `${header}processing_activities:\n  - {id: a, name: A, role: controller, data_subjects: [], data_categories: [], purposes: [{id: p, description: P, ai_training: false}], ${fields}}\n`;

  it.each([
    ['usa', 'US'],
    ['USA', 'US'],
    ['United States', 'US'],
    ['the U.S.A.', 'US'],
    ['UK', 'GB'],
    ['united kingdom', 'GB'],
    ['Germany', 'DE'],
    ['DEU', 'DE'],
    ['EL', 'GR'],
    ['ro', 'RO'],
  ])('a country written as `%s` is matched to its ISO 3166-1 code `%s`', (written, code) => {
    const findings = runRule(rule, activityWith(`transfers: [{country: "${written}", mechanism: scc}]`));
    // `UK` and `EL` are two capitals, as the format asks: the transfer rule reads them, the schema lets them pass.
    if (/^[A-Z]{2}$/.test(written)) expect(findings).toEqual([]);
    else expect(findings.map((finding) => [finding.message, finding.help])).toEqual([[`\`${written}\` in \`country\` of transfer #1 of activity \`a\` is not a two-letter ISO 3166-1 code`, `did you mean \`${code}\`?`]]);
  });

  it('a country the table does not know is explained with examples, not with a guess', () => {
    expect(helpOf(activityWith('processors: [{name: P, country: Atlantis}]'))).toEqual(['write the two-letter ISO 3166-1 code in capitals, e.g. `US` for the United States, `GB` for the United Kingdom, `DE` for Germany']);
  });

  it('a misspelt value is matched to the allowed value whose word it uses; with no close value, the allowed values are listed', () => {
    const help = helpOf(yaml`
      version: 1
      controller: {name: Acme}
      data_subjects: []
      data_categories: [{id: m, name: M, source: observed, special: [politics, religion, trade union, health data]}]
      processing_activities: []
    `);
    expect(help).toEqual([
      'did you mean `political-opinions`?',
      'did you mean `religious-beliefs`?',
      'did you mean `trade-union`?',
      'use one of: health, biometric, genetic, racial-ethnic-origin, political-opinions, religious-beliefs, trade-union, sex-life, sexual-orientation',
    ]);
  });

  it('a word shared by two allowed values suggests neither', () => {
    const help = helpOf(activityWith('purposes: [{id: p, description: P, ai_training: false, lawful_basis: interests}]').replace(/purposes: \[\{id: p, description: P, ai_training: false\}\], /, ''));
    expect(help).toEqual(['use one of: consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests']);
  });

  it('the shape to write comes from the schema, in flow style that reads back as the same text', () => {
    expect(helpOf(`version: 1\ncontroller: {name: Acme}\ndata_subjects: []\ndata_categories:\n  id: m\n  name: M\n  source: observed\nprocessing_activities: []\n`)).toEqual([
      'start each data category with `- `, e.g. `- id: chat-messages`, then `name: "Messages, files and reactions"` and `source: communications-content` on the next lines, lined up with `id`',
    ]);
  });
});

describe('the schemas\' descriptions for editors', () => {
  const schemas = ['inventory', 'config'].map((name) => [name, JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8')) as unknown] as const);

  /** Every schema node that carries a text description, with its JSON Pointer. */
  function* described(node: unknown, path = '#'): Generator<[string, { description: string; markdownDescription?: string }]> {
    if (typeof node !== 'object' || node === null) return;
    if (typeof (node as { description?: unknown }).description === 'string') yield [path, node as { description: string }];
    for (const [key, value] of Object.entries(node)) if (typeof value === 'object') yield* described(value, `${path}/${key}`);
  }

  it.each(schemas)('%s: a description written in Markdown has the same text as markdownDescription, which yaml-language-server renders; a plain one has none', (_name, schema) => {
    const nodes = [...described(schema)];
    const markdown = nodes.filter(([, node]) => /`|\*\*|\]\(/.test(node.description));
    expect(markdown.length).toBeGreaterThan(10);
    for (const [path, node] of nodes) expect(node.markdownDescription, `${path}: run npm run generate`).toBe(markdown.some(([other]) => other === path) ? node.description : undefined);
  });
});

describe('the table of country names and codes', () => {
  it.each([
    ['US', 'US'],
    ['us', 'US'],
    ['  the U.S.A. ', 'US'],
    ['U.S.', 'US'],
    ['United States of America', 'US'],
    ['UK', 'GB'],
    ['Great Britain', 'GB'],
    ['GBR', 'GB'],
    ['Deutschland', 'DE'],
    ['deu', 'DE'],
    ['EL', 'GR'],
    ['Türkiye', 'TR'],
    ['xk', 'XK'],
  ])('reads `%s` as `%s`', (written, code) => {
    expect(countryCode(written)).toBe(code);
  });

  it.each(['Atlantis', 'Europe', 'EU-wide', 'U', 'USAA', ''])('knows no country in `%s`', (written) => {
    expect(countryCode(written)).toBeUndefined();
  });
});
