/** How the formatters show which findings are new since the base (`--base`), and that nothing changes without one. */
import { describe, expect, it } from 'vitest';
import { lintRun } from '../../src/core/compare.js';
import type { LintReport } from '../../src/core/types.js';
import { summarize } from '../../src/core/types.js';
import { formatJson } from '../../src/formatters/json.js';
import { formatSarif } from '../../src/formatters/sarif.js';
import { formatStylish } from '../../src/formatters/stylish.js';
import { rulesById } from '../../src/rules/index.js';
import { plainContext } from '../support/report.js';

const base = 'version: 1\ncontroller: {name: Acme}\nprocessing_activities:\n  - id: a\n    name: A\n    purposes:\n      - {id: p, lawful_basis: consent, consent: {collection: opt-out, withdrawal: in-product}}\n';
const head = base.replace('lawful_basis: consent', 'lawful_basis: contract');

function report(baseRef?: string): LintReport {
  const rules = [rulesById.get('consent-not-opt-in')!, rulesById.get('lawful-basis-changed')!];
  const files = lintRun([{ file: 'ropa.yaml', text: head }], baseRef === undefined ? { rules } : { rules, base: [{ file: 'ropa.yaml', text: base }] });
  return { files, summary: summarize(files), ...(baseRef === undefined ? {} : { base: baseRef }) };
}

describe('new findings in the formats', () => {
  it('json: `isNew` on each finding and `base` on the report, only with a base', () => {
    const withBase = JSON.parse(formatJson(report('main'), plainContext)) as { findings: { ruleId: string; isNew?: boolean }[]; base?: string };
    expect(withBase.base).toBe('main');
    expect(withBase.findings.map((finding) => [finding.ruleId, finding.isNew])).toEqual([
      ['lawful-basis-changed', true],
      ['consent-not-opt-in', false],
    ]);
    const without = JSON.parse(formatJson(report(), plainContext)) as { findings: Record<string, unknown>[] } & Record<string, unknown>;
    expect(Object.keys(without)).toEqual(['findings', 'summary', 'suppressed']);
    for (const finding of without.findings) expect(Object.keys(finding)).toEqual(['ruleId', 'severity', 'message', 'reference', 'help', 'file', 'line', 'column', 'endLine', 'endColumn', 'pointer']);
  });

  it('sarif: baselineState new or unchanged, none without a base; a comparison rule is in the rule table when it reports', () => {
    const results = (text: string) => (JSON.parse(text) as { runs: { results: { ruleId: string; ruleIndex: number; baselineState?: string }[]; tool: { driver: { rules: { id: string }[] } } }[] }).runs[0]!;
    const run = results(formatSarif(report('main'), plainContext));
    expect(run.results.map((result) => [result.ruleId, result.baselineState])).toEqual([
      ['lawful-basis-changed', 'new'],
      ['consent-not-opt-in', 'unchanged'],
    ]);
    expect(run.tool.driver.rules[run.results[0]!.ruleIndex]!.id).toBe('lawful-basis-changed');
    expect(results(formatSarif(report(), plainContext)).results.every((result) => result.baselineState === undefined)).toBe(true);
  });

  it('stylish: a [new] tag on new findings and the count in the summary', () => {
    const output = formatStylish(report('main'), plainContext);
    expect(output).toContain('error[lawful-basis-changed]: purpose `p` swaps its lawful basis away from consent: it was consent at base, is contract now [new]\n');
    expect(output).toMatch(/^error\[consent-not-opt-in\]: .*opt-out\)[^\]]*$/m);
    expect(output).toMatch(/in 1 file; 1 new since main\n$/);
    expect(formatStylish(report(), plainContext)).not.toMatch(/\[new\]|new since/);
  });
});
