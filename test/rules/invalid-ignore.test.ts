import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/core/engine.js';
import type { Finding } from '../../src/core/types.js';
import rule from '../../src/rules/invalid-ignore.js';
import { rules } from '../../src/rules/index.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

/** One ignore entry on the purpose `train`. */
const withIgnore = (entry: string) => yaml`
  version: 1
  controller: {name: Acme}
  processing_activities:
    - id: chat
      name: Chat
      purposes:
        - id: train
          x-ropa-lint-ignore:
            - ${entry}
`;

/** The text with `from` replaced, failing loudly when it is not there (a case must not test the unchanged text). */
function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not in the case's YAML: ${from}`);
  return text.replace(from, to);
}

/** One ignore entry at the top, on the data subject `members`, the data category `messages` or the activity `chat`. */
const at = (place: 'top' | 'subject' | 'category' | 'activity', entry: string) => {
  const ignore = (indent: string) => `\n${indent}x-ropa-lint-ignore: [${entry}]`;
  return yaml`
    version: 1
    controller: {name: Acme}${place === 'top' ? ignore('    ') : ''}
    data_subjects:
      - id: members
        name: Members${place === 'subject' ? ignore('        ') : ''}
    data_categories:
      - id: messages
        name: Messages
        source: communications-content${place === 'category' ? ignore('        ') : ''}
    processing_activities:
      - id: chat
        name: Chat${place === 'activity' ? ignore('        ') : ''}
        purposes:
          - {id: train, description: Train, ai_training: true}
  `;
};

ruleTester(rule, {
  valid: [
    { name: 'a complete entry without an end date', yaml: withIgnore('{rule: duplicate-id, reason: proof kept by the vendor}') },
    { name: 'a complete entry until a later day', yaml: withIgnore('{rule: duplicate-id, reason: migrating, until: 2099-12-31}') },
    { name: 'a complete entry at the top of the file', yaml: at('top', '{rule: record-incomplete, reason: contact kept in the DPO register}') },
    { name: 'a complete entry on a data subject', yaml: at('subject', '{rule: duplicate-id, reason: merged next release}') },
    { name: 'a complete entry on a data category', yaml: at('category', '{rule: anonymisation-claim, reason: assessment in PRIV-7, until: 2099-01-31}') },
    { name: 'a complete entry on an activity', yaml: at('activity', '{rule: dpia-required, reason: covered by the platform DPIA}') },
    { name: 'no ignore at all', yaml: 'version: 1\ncontroller: {name: Acme}\nprocessing_activities: []\n' },
    // The shape of the list is the schema rule's finding: one finding per fact.
    { name: 'a list that is not a list', yaml: replaced(withIgnore('rule: duplicate-id'), 'x-ropa-lint-ignore:\n          - rule', 'x-ropa-lint-ignore:\n          rule') },
    { name: 'entries that are not mappings', yaml: withIgnore('duplicate-id') },
    { name: 'an ignore key inside a user extension is the user\'s data', yaml: replaced(withIgnore('{rule: duplicate-id, reason: r}'), '        x-ropa-lint-ignore:', '        x-notes: {x-ropa-lint-ignore: [{}]}\n        x-ropa-lint-ignore:') },
  ],
  invalid: [
    { name: 'no reason', yaml: withIgnore('{rule: duplicate-id}'), errors: [{ messageId: 'noReason', line: 9, column: 13, messageIncludes: ['`duplicate-id`', 'on purpose `train`'] }] },
    { name: 'a blank reason', yaml: withIgnore('{rule: duplicate-id, reason: "  "}'), errors: [{ messageId: 'noReason', line: 9, column: 42, endColumn: 46 }] },
    { name: 'past its until', yaml: withIgnore('{rule: duplicate-id, reason: r, until: 2020-01-31}'), errors: [{ messageId: 'expired', line: 9, column: 52, endColumn: 62, messageIncludes: ['2020-01-31'] }] },
    { name: 'an unknown rule with a suggestion', yaml: withIgnore('{rule: consent-record, reason: r}'), errors: [{ messageId: 'unknownRule', line: 9, column: 20, endColumn: 34, messageIncludes: ['`consent-record`'] }] },
    { name: 'no rule', yaml: withIgnore('{reason: r}'), errors: [{ messageId: 'noRule', line: 9, column: 13 }] },
    { name: 'a rule that is not text', yaml: withIgnore('{rule: [consent-records], reason: r}'), errors: [{ messageId: 'noRule', line: 9, column: 20 }] },
    { name: 'an ignore of invalid-ignore itself', yaml: withIgnore('{rule: invalid-ignore, reason: too noisy}'), errors: [{ messageId: 'notIgnorable', line: 9, column: 20, endColumn: 34, messageIncludes: ['on purpose `train`'] }] },
    {
      name: 'two entries: each problem at its own field',
      yaml: withIgnore('{rule: consent-records}\n            - {rule: duplicate-id, reason: r, until: 2026-01-01}'),
      errors: [
        { messageId: 'noReason', line: 9, column: 13 },
        { messageId: 'expired', line: 10, column: 52 },
      ],
    },
    { name: 'at the top of the file, without a reason', yaml: at('top', '{rule: record-incomplete}'), errors: [{ messageId: 'noReason', line: 3, column: 22, messageIncludes: ['at the top of the file'] }] },
    { name: 'on a data subject, naming an unknown rule', yaml: at('subject', '{rule: duplicated-id, reason: r}'), errors: [{ messageId: 'unknownRule', line: 6, column: 33, messageIncludes: ['on data subject `members`', '`duplicated-id`'] }] },
    { name: 'on a data category, past its until', yaml: at('category', '{rule: anonymisation-claim, reason: r, until: 2026-11-01}'), errors: [{ messageId: 'expired', line: 10, column: 72, messageIncludes: ['on data category `messages`'] }] },
    { name: 'on an activity, naming no rule', yaml: at('activity', '{reason: covered by the platform DPIA}'), errors: [{ messageId: 'noRule', line: 13, column: 26, messageIncludes: ['on activity `chat`'] }] },
    {
      name: 'in a consent block, where no finding is read from',
      yaml: replaced(withIgnore('{rule: duplicate-id, reason: r}'), '        x-ropa-lint-ignore:', '        consent:\n          x-ropa-lint-ignore: [{rule: consent-records, reason: r}]\n        x-ropa-lint-ignore:'),
      errors: [{ messageId: 'misplaced', line: 9, column: 11, endColumn: 29, messageIncludes: ['under `consent` of purpose `train`'] }],
    },
    // The rule skips its walk when no key of the file is an ignore key: a key spelt in other ways must still be found.
    {
      name: 'in a consent block, the key written with escapes',
      yaml: replaced(withIgnore('{rule: duplicate-id, reason: r}'), '        x-ropa-lint-ignore:', '        consent:\n          "x-ropa-lint-\\x69gnore": [{rule: consent-records, reason: r}]\n        x-ropa-lint-ignore:'),
      errors: [{ messageId: 'misplaced', line: 9, column: 11, endColumn: 34 }],
    },
    {
      name: 'in a consent block, the key an alias of a value written elsewhere',
      yaml: 'version: 1\ncontroller: {name: Acme, dpo: &key x-ropa-lint-ignore}\nprocessing_activities:\n  - id: chat\n    name: Chat\n    purposes:\n      - id: train\n        consent:\n          *key : [{rule: consent-records, reason: r}]\n',
      errors: [{ messageId: 'misplaced', line: 9, column: 11, endColumn: 15 }],
    },
    {
      name: 'in a consent block merged from an anchor',
      yaml: 'version: 1\ncontroller: {name: Acme}\nx-defaults: &defaults\n  x-ropa-lint-ignore: [{rule: consent-records, reason: r}]\nprocessing_activities:\n  - id: chat\n    name: Chat\n    purposes:\n      - id: train\n        consent:\n          <<: *defaults\n',
      // A merged key has no place of its own: the finding stands on the block it was merged into.
      errors: [{ messageId: 'misplaced', line: 10, column: 9, endColumn: 16 }],
    },
    {
      name: 'in a consent block of a file only the complete reader reads (a tag)',
      yaml: replaced(withIgnore('{rule: duplicate-id, reason: r}'), '        x-ropa-lint-ignore:', '        consent: !!map\n          x-ropa-lint-ignore: [{rule: consent-records, reason: r}]\n        x-ropa-lint-ignore:'),
      errors: [{ messageId: 'misplaced', line: 9, column: 11, endColumn: 29 }],
    },
    {
      name: 'under the list of activities of the wrong type',
      yaml: 'version: 1\ncontroller: {name: Acme}\nprocessing_activities:\n  x-ropa-lint-ignore: [{rule: schema, reason: r}]\n',
      errors: [{ messageId: 'misplaced', line: 4, column: 3, messageIncludes: ['under `processing_activities` of the inventory'] }],
    },
  ],
});

describe('invalid-ignore help', () => {
  const only = (text: string) => lintSource(text, 'ropa.yaml', { rules: [rule], knownRuleIds: rules.map((known) => known.meta.id), today: '2026-11-25' }).findings;

  it('suggests the closest rule id, or the list when nothing is close', () => {
    expect(only(withIgnore('{rule: consent-record, reason: r}')).map((finding) => finding.help)).toEqual(['did you mean `consent-records`?']);
    expect(only(withIgnore('{rule: zzzz, reason: r}')).map((finding) => finding.help)).toEqual(['use a rule id from ropa-lint --list-rules, e.g. `rule: consent-records`']);
  });

  it('knows only the rules the caller names', () => {
    const text = withIgnore('{rule: duplicate-id, reason: r}');
    expect(lintSource(text, 'ropa.yaml', { rules: [rule], today: '2026-11-25' }).findings.map((finding) => finding.message)).toEqual([
      'an ignore entry on purpose `train` names the unknown rule `duplicate-id`, so it suppresses nothing',
    ]);
    expect(only(text)).toEqual([]);
  });
});

describe('suppression by x-ropa-lint-ignore', () => {
  const inventory = (entry: string) => yaml`
    version: 1
    controller: {name: Acme}
    processing_activities:
      - id: chat
        name: Chat
        purposes:
          - id: train
            lawfull_basis: consent
            x-ropa-lint-ignore:
              - ${entry}
          - id: other
            lawfull_basis: consent
  `;
  const lint = (text: string) => lintSource(text, 'ropa.yaml', { rules, today: '2026-11-25' });
  // The schema findings about the misspelt key; the file lacks more the schema asks for, which no ignore covers.
  const misspelt = (finding: Finding) => finding.ruleId === 'schema' && finding.message.includes('lawfull_basis');

  it('moves the finding inside the purpose to the suppressed list, with its reason', () => {
    const report = lint(inventory('{rule: schema, reason: "legacy key, renamed in Q1", until: 2027-01-31}'));
    expect(report.findings.filter(misspelt).map((finding) => finding.line)).toEqual([12]);
    expect(report.suppressed.filter(misspelt)).toEqual([expect.objectContaining({ ruleId: 'schema', line: 8, column: 9, reason: 'legacy key, renamed in Q1', until: '2027-01-31' })]);
    // Whatever else the schema says about that purpose is covered too, and nothing outside it.
    expect(report.suppressed.every((finding) => `${finding.pointer}/`.startsWith('/processing_activities/0/purposes/0/'))).toBe(true);
  });

  it('does not suppress without a reason or after until, and says why', () => {
    for (const entry of ['{rule: schema}', '{rule: schema, reason: r, until: 2026-11-24}']) {
      const report = lint(inventory(entry));
      expect(report.suppressed).toEqual([]);
      expect(report.findings.filter(misspelt).map((finding) => finding.line)).toEqual([8, 12]);
      expect(report.findings.filter((finding) => finding.ruleId === 'invalid-ignore')).toHaveLength(1);
    }
  });

  it('still suppresses on the until day itself', () => {
    const report = lint(inventory('{rule: schema, reason: r, until: 2026-11-25}'));
    expect(report.suppressed.filter(misspelt).map((finding) => finding.line)).toEqual([8]);
  });

  it('reports an ignore that suppresses nothing', () => {
    const report = lint(inventory('{rule: duplicate-id, reason: r}'));
    const unused = report.findings.filter((finding) => finding.ruleId === 'invalid-ignore');
    expect(unused.map((finding) => [finding.line, finding.column, finding.message])).toEqual([
      [10, 20, 'the ignore of `duplicate-id` on purpose `train` suppresses nothing: `duplicate-id` reports nothing about purpose `train`'],
    ]);
  });

  it('never suppresses its own findings, even at the top of the file', () => {
    const text = replaced(inventory('{rule: schema}'), 'controller: {name: Acme}\n', 'controller: {name: Acme}\nx-ropa-lint-ignore: [{rule: invalid-ignore, reason: too noisy}]\n');
    const report = lint(text);
    expect(report.findings.filter((finding) => finding.ruleId === 'invalid-ignore').map((finding) => [finding.line, finding.column])).toEqual([
      [3, 29],
      [11, 13],
    ]);
    expect(report.suppressed).toEqual([]);
  });
});
