import { describe, expect, it } from 'vitest';
import { lintRun, pairPurposes } from '../../src/core/compare.js';
import { lintSource } from '../../src/core/engine.js';
import { InventoryModel } from '../../src/core/inventory.js';
import { parseYaml } from '../../src/parser/yaml-source.js';
import { rules } from '../../src/rules/index.js';
import { yaml } from '../support/dedent.js';

const base = yaml`
  version: 1
  controller: {name: Acme}
  processing_activities:
    - id: replies
      name: Replies
      purposes:
        - id: train
          description: Train the reply model.
          ai_training: true
          lawful_basis: consent
          consent: {collection: opt-out, withdrawal: in-product, records: crm}
        - id: deliver
          lawful_basis: contract
`;
const file = 'ropa.yaml';
const run = (head: string, baseText?: string, options: Partial<Parameters<typeof lintRun>[1]> = {}) =>
  lintRun([{ file, text: head }], baseText === undefined ? { rules, ...options } : { rules, ...options, base: [{ file, text: baseText }] })[0]!;

describe('lintRun', () => {
  it('without a base is lintSource for each file, with no isNew and no comparison finding', () => {
    const head = base.replace('lawful_basis: consent', 'lawful_basis: contract');
    const report = run(head);
    expect(report).toEqual(lintSource(head, file, { rules }));
    expect(report.findings.every((finding) => !('isNew' in finding))).toBe(true);
  });

  it('marks findings the base already had as not new, by rule, file and id-based path, not by line', () => {
    const head = `# a comment that moves every line\n${base.replace(/ {6}- id: train[\s\S]*?(?= {6}- id: deliver)/, '')}      - id: train\n        description: Train the reply model.\n        ai_training: true\n        lawful_basis: consent\n        consent: {collection: opt-out, withdrawal: email, records: crm}\n`;
    const findings = run(head, base).findings;
    const notOptIn = findings.find((finding) => finding.ruleId === 'consent-not-opt-in')!;
    expect(notOptIn.line).not.toBe(lintSource(base, file, { rules }).findings.find((finding) => finding.ruleId === 'consent-not-opt-in')!.line);
    expect(notOptIn.isNew).toBe(false);
    const withdrawal = findings.filter((finding) => finding.ruleId === 'consent-withdrawal' || finding.ruleId === 'consent-weakened');
    expect(withdrawal.map((finding) => [finding.ruleId, finding.isNew])).toEqual([
      ['consent-weakened', true],
      ['consent-withdrawal', true],
    ]);
    expect(findings.every((finding) => typeof finding.isNew === 'boolean')).toBe(true);
  });

  it('an inventory absent at the base is new as a whole', () => {
    const findings = lintRun([{ file, text: base }], { rules, base: [] })[0]!.findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.isNew === true)).toBe(true);
    expect(findings.map((finding) => finding.ruleId)).toContain('new-ai-training-purpose');
  });

  it('suppresses comparison findings in place, and honours settings', () => {
    const head = base.replace('lawful_basis: contract', 'lawful_basis: legitimate-interests').replace('      - id: deliver\n', '      - id: deliver\n        x-ropa-lint-ignore: [{rule: lawful-basis-changed, reason: the record was wrong}]\n');
    const report = run(head, base);
    expect(report.findings.filter((finding) => finding.ruleId === 'lawful-basis-changed')).toEqual([]);
    expect(report.suppressed.map((finding) => [finding.ruleId, finding.reason])).toEqual([['lawful-basis-changed', 'the record was wrong']]);
    expect(report.findings.filter((finding) => finding.ruleId === 'invalid-ignore')).toEqual([]);

    const swapped = base.replace('lawful_basis: consent', 'lawful_basis: contract');
    expect(run(swapped, base, { settings: { 'lawful-basis-changed': 'off' } }).findings.filter((finding) => finding.ruleId === 'lawful-basis-changed')).toEqual([]);
    expect(run(swapped, base, { settings: { 'lawful-basis-changed': 'notice' } }).findings.find((finding) => finding.ruleId === 'lawful-basis-changed')!.severity).toBe('notice');
  });

  it('compares nothing in a head file that cannot be parsed, and reads an unparsable base as absent', () => {
    const broken = 'version: 1\nprocessing_activities: [\n';
    expect(run(broken, base).findings.map((finding) => finding.ruleId)).toEqual(['schema']);
    const findings = run(base, broken).findings;
    expect(findings.filter((finding) => finding.ruleId === 'new-ai-training-purpose')).toHaveLength(1);
    expect(findings.filter((finding) => finding.ruleId === 'consent-weakened' || finding.ruleId === 'lawful-basis-changed')).toEqual([]);
  });

  it('reads base and head defensively: nothing crashes on a document of the wrong shape', () => {
    for (const text of ['[]', '42', 'processing_activities: {a: 1}', 'processing_activities: [{id: a, purposes: [{id: p, consent: [1]}, 7]}]']) {
      expect(() => run(text, base)).not.toThrow();
      expect(() => run(base, text)).not.toThrow();
    }
  });
});

describe('pairPurposes', () => {
  const purposesOf = (files: Record<string, string>) =>
    Object.entries(files).flatMap(([name, text]) => new InventoryModel(parseYaml(text).value).purposes.map((purpose) => ({ file: name, purpose })));
  const pairs = (baseFiles: Record<string, string>, headFiles: Record<string, string>) =>
    pairPurposes(purposesOf(baseFiles), purposesOf(headFiles)).map(({ file: name, pair }) => `${name} ${String(pair.head.value.id)} <- ${pair.baseFile ?? 'new'} ${pair.matchedBy ?? ''}`.trim());
  const doc = (...activities: string[]) => `processing_activities:\n${activities.map((activity) => `  - ${activity}\n`).join('')}`;

  it('prefers the same file, then another file, then the same id and description under another activity', () => {
    const baseFiles = { 'a.yaml': doc('{id: x, purposes: [{id: p}, {id: q, description: Q}]}'), 'b.yaml': doc('{id: x, purposes: [{id: p}]}') };
    const headFiles = { 'a.yaml': doc('{id: y, purposes: [{id: q, description: " Q "}]}'), 'b.yaml': doc('{id: x, purposes: [{id: p}, {id: r}]}'), 'c.yaml': doc('{id: x, purposes: [{id: p}]}') };
    expect(pairs(baseFiles, headFiles)).toEqual(['a.yaml q <- a.yaml description', 'b.yaml p <- b.yaml id', 'b.yaml r <- new', 'c.yaml p <- a.yaml id']);
  });

  it('leaves ambiguous description matches and purposes without ids unpaired', () => {
    const baseFiles = { 'a.yaml': doc('{id: x, purposes: [{id: p, description: D}]}', '{id: y, purposes: [{id: p, description: D}]}') };
    const headFiles = { 'a.yaml': doc('{id: u, purposes: [{id: p, description: D}, {description: D}]}', '{id: v, purposes: [{id: p, description: D}]}', '{purposes: [{id: p}]}') };
    expect(pairs(baseFiles, headFiles)).toEqual(['a.yaml p <- new', 'a.yaml p <- new']);
  });

  it('pairs each base purpose once: a duplicated purpose at the head is new the second time', () => {
    expect(pairs({ 'a.yaml': doc('{id: x, purposes: [{id: p}]}') }, { 'a.yaml': doc('{id: x, purposes: [{id: p}, {id: p}]}') })).toEqual(['a.yaml p <- a.yaml id', 'a.yaml p <- new']);
  });
});
