import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/core/engine.js';
import rule from '../../src/rules/invalid-ignore.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

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

ruleTester(rule, {
  valid: [
    { name: 'a complete entry without an end date', yaml: withIgnore('{rule: duplicate-id, reason: proof kept by the vendor}') },
    { name: 'a complete entry until a later day', yaml: withIgnore('{rule: duplicate-id, reason: migrating, until: 2099-12-31}') },
    { name: 'no ignore at all', yaml: 'version: 1\ncontroller: {name: Acme}\nprocessing_activities: []\n' },
  ],
  invalid: [
    { name: 'no reason', yaml: withIgnore('{rule: duplicate-id}'), errors: [{ messageId: 'noReason', line: 9, column: 13, messageIncludes: ['`duplicate-id`', 'purpose `train`'] }] },
    { name: 'a blank reason', yaml: withIgnore('{rule: duplicate-id, reason: "  "}'), errors: [{ messageId: 'noReason', line: 9, column: 42, endColumn: 46 }] },
    { name: 'past its until', yaml: withIgnore('{rule: duplicate-id, reason: r, until: 2020-01-31}'), errors: [{ messageId: 'expired', line: 9, column: 52, endColumn: 62, messageIncludes: ['2020-01-31'] }] },
    { name: 'an unknown rule with a suggestion', yaml: withIgnore('{rule: consent-record, reason: r}'), errors: [{ messageId: 'unknownRule', line: 9, column: 20, endColumn: 34, messageIncludes: ['`consent-record`'] }] },
    { name: 'no rule', yaml: withIgnore('{reason: r}'), errors: [{ messageId: 'noRule', line: 9, column: 13 }] },
  ],
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

  it('moves the finding inside the purpose to the suppressed list, with its reason', () => {
    const report = lintSource(inventory('{rule: schema, reason: "legacy key, renamed in Q1", until: 2027-01-31}'), 'ropa.yaml', { today: '2026-11-25' });
    const schemaLines = report.findings.filter((finding) => finding.ruleId === 'schema').map((finding) => finding.line);
    expect(schemaLines).toEqual([12]);
    expect(report.suppressed).toEqual([expect.objectContaining({ ruleId: 'schema', line: 8, column: 9, reason: 'legacy key, renamed in Q1', until: '2027-01-31' })]);
  });

  it('does not suppress without a reason or after until, and says why', () => {
    for (const entry of ['{rule: schema}', '{rule: schema, reason: r, until: 2026-11-24}']) {
      const report = lintSource(inventory(entry), 'ropa.yaml', { today: '2026-11-25' });
      expect(report.suppressed).toEqual([]);
      expect(report.findings.filter((finding) => finding.ruleId === 'schema').map((finding) => finding.line)).toEqual([8, 12]);
      expect(report.findings.filter((finding) => finding.ruleId === 'invalid-ignore')).toHaveLength(1);
    }
  });

  it('still suppresses on the until day itself', () => {
    const report = lintSource(inventory('{rule: schema, reason: r, until: 2026-11-25}'), 'ropa.yaml', { today: '2026-11-25' });
    expect(report.suppressed).toHaveLength(1);
  });

  it('reports an ignore that suppresses nothing', () => {
    const report = lintSource(inventory('{rule: duplicate-id, reason: r}'), 'ropa.yaml', { today: '2026-11-25' });
    const unused = report.findings.filter((finding) => finding.ruleId === 'invalid-ignore');
    expect(unused.map((finding) => [finding.line, finding.column, finding.message])).toEqual([
      [10, 20, 'the ignore of `duplicate-id` in purpose `train` suppresses nothing: the rule reports no finding there'],
    ]);
  });
});
