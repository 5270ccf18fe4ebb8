/**
 * `--baseline`, `--write-baseline` and `--fail-on-new` on the command line (SPEC §7, issue 16):
 * adopting ropa-lint on a record with 60 findings, then the changes a team makes to it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/baseline/file.js';
import { git, repository } from '../action/support.js';
import { cli, workspace } from '../support/cli.js';
import { ANALYTICS, record } from './fixtures.js';

interface JsonReport {
  findings: { ruleId: string; severity: string; file: string; line: number; isNew?: boolean }[];
  summary: { errors: number; warnings: number; notices: number; files: number };
  baseline?: { file: string; baselined: number; fixed: number };
}

async function json(args: string[], cwd: string): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const result = await cli(['--format', 'json', ...args], cwd);
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

const OLD = record(19);
const recorded = (root: string, file = 'ropa-lint-baseline.json') => parseBaseline(readFileSync(path.join(root, file), 'utf8'), file).entries.reduce((sum, entry) => sum + entry.count, 0);

/** A record whose 60 findings are in the baseline ropa-lint-baseline.json. */
async function adopted(files: Record<string, string> = { 'privacy/ropa.yaml': OLD }): Promise<string> {
  const root = workspace(files);
  const adopt = await cli(['--baseline', 'ropa-lint-baseline.json', '--write-baseline'], root);
  expect(adopt.code).toBe(0);
  return root;
}

describe('--write-baseline: adopting ropa-lint on a record with 60 findings', () => {
  it('records every finding, by rule, file and id-based path, and the run is green', async () => {
    const root = workspace({ 'privacy/ropa.yaml': OLD });
    const before = await json([], root);
    expect(before.report.findings).toHaveLength(60);
    expect(before.code).toBe(1);

    const adopt = await cli(['--baseline', 'ropa-lint-baseline.json', '--write-baseline'], root);
    expect(adopt).toEqual({ code: 0, stdout: '✔ 1 file checked: no new problems; 60 in the baseline ropa-lint-baseline.json\n', stderr: 'ropa-lint: recorded 60 findings in the baseline ropa-lint-baseline.json\n' });
    const text = readFileSync(path.join(root, 'ropa-lint-baseline.json'), 'utf8');
    expect(recorded(root)).toBe(60);
    expect(text).not.toMatch(/"line"|"column"/);
    expect(text).toContain('{"rule": "lawful-basis-missing", "file": "privacy/ropa.yaml", "path": "/processing_activities/[web-chat]/purposes/[train-0]/lawful_basis"}');

    // Writing again changes no byte: the file only changes when the findings do.
    await cli(['--baseline', 'ropa-lint-baseline.json', '--write-baseline'], root);
    expect(readFileSync(path.join(root, 'ropa-lint-baseline.json'), 'utf8')).toBe(text);
  });

  it('records hidden findings too: --quiet changes what is shown, not what is recorded', async () => {
    const root = workspace({ 'ropa.yaml': OLD });
    expect((await cli(['--quiet', '--baseline', 'b.json', '--write-baseline'], root)).code).toBe(0);
    expect(recorded(root, 'b.json')).toBe(60);
  });
});

describe('--baseline: only what is not in it is reported', () => {
  it('a change that adds 2 findings to the 60: reports and fails on the 2, counts the 60', async () => {
    const root = await adopted();
    writeFileSync(path.join(root, 'privacy/ropa.yaml'), record(19, ANALYTICS));
    const run = await json(['--baseline', 'ropa-lint-baseline.json'], root);
    expect(run.code).toBe(1);
    expect(run.report.findings.map((finding) => finding.ruleId).sort()).toEqual(['legitimate-interests-assessment', 'right-to-object']);
    expect(run.report.summary).toEqual({ errors: 2, warnings: 0, notices: 0, files: 1 });
    expect(run.report.baseline).toEqual({ file: 'ropa-lint-baseline.json', baselined: 60, fixed: 0 });
    const stylish = await cli(['--baseline', 'ropa-lint-baseline.json'], root);
    expect(stylish.stdout).toMatch(/\n✖ 2 problems \(2 errors, 0 warnings, 0 notices\) in 1 file; 60 in the baseline ropa-lint-baseline\.json\n$/);
  });

  it('findings that move lines stay baselined: comments above, purposes reordered', async () => {
    const root = await adopted();
    const reordered = OLD.replace(/( {6}- id: train-0\n(?: {8}.*\n)+)((?: {6}- id: train-1\n(?: {8}.*\n)+))/, '$2$1');
    expect(reordered).not.toBe(OLD);
    writeFileSync(path.join(root, 'privacy/ropa.yaml'), `# Reviewed by the DPO.\n# Next review in March.\n${reordered}`);
    const run = await json(['--baseline', 'ropa-lint-baseline.json'], root);
    expect([run.code, run.report.findings.length, run.report.baseline]).toEqual([0, 0, { file: 'ropa-lint-baseline.json', baselined: 60, fixed: 0 }]);
  });

  it('a finding on another element is new, and the one it replaced is fixed', async () => {
    const root = await adopted();
    writeFileSync(path.join(root, 'privacy/ropa.yaml'), OLD.replace('- id: train-3\n', '- id: train-renamed\n'));
    const run = await json(['--baseline', 'ropa-lint-baseline.json'], root);
    expect(run.code).toBe(1);
    expect(run.report.findings).toHaveLength(3);
    expect(run.report.baseline).toEqual({ file: 'ropa-lint-baseline.json', baselined: 57, fixed: 3 });
  });

  it('the same findings in another file are new', async () => {
    const root = await adopted();
    writeFileSync(path.join(root, 'teams/ml.ropa.yaml'.replace('teams/', '')), OLD);
    const run = await json(['--baseline', 'ropa-lint-baseline.json', 'privacy/ropa.yaml', 'ml.ropa.yaml'], root);
    expect(run.report.findings).toHaveLength(60);
    expect(new Set(run.report.findings.map((finding) => finding.file))).toEqual(new Set(['ml.ropa.yaml']));
    expect(run.report.baseline).toEqual({ file: 'ropa-lint-baseline.json', baselined: 60, fixed: 0 });
  });

  it('says how many are fixed, and --write-baseline drops them', async () => {
    const root = await adopted();
    writeFileSync(path.join(root, 'privacy/ropa.yaml'), record(17));
    const stylish = await cli(['--baseline', 'ropa-lint-baseline.json'], root);
    expect(stylish).toEqual({ code: 0, stdout: '✔ 1 file checked: no new problems; 54 in the baseline ropa-lint-baseline.json; 6 baselined findings are fixed: --write-baseline drops them\n', stderr: '' });
    expect((await cli(['--baseline', 'ropa-lint-baseline.json', '--write-baseline'], root)).stderr).toBe('ropa-lint: recorded 54 findings in the baseline ropa-lint-baseline.json\n');
    expect(recorded(root)).toBe(54);
    expect((await json(['--baseline', 'ropa-lint-baseline.json'], root)).report.baseline).toEqual({ file: 'ropa-lint-baseline.json', baselined: 54, fixed: 0 });
  });

  it('a run on one file leaves the entries of the others alone, and a deleted file\'s findings are fixed', async () => {
    const root = await adopted({ 'a.ropa.yaml': OLD, 'b.ropa.yaml': record(2) });
    expect(recorded(root)).toBe(60 + 9);
    writeFileSync(path.join(root, 'a.ropa.yaml'), record(18));
    const one = await json(['--baseline', 'ropa-lint-baseline.json', 'a.ropa.yaml'], root);
    expect(one.report.baseline).toEqual({ file: 'ropa-lint-baseline.json', baselined: 57, fixed: 3 });
    await cli(['--baseline', 'ropa-lint-baseline.json', '--write-baseline', 'a.ropa.yaml'], root);
    expect(recorded(root)).toBe(57 + 9);
    expect(readFileSync(path.join(root, 'ropa-lint-baseline.json'), 'utf8')).toContain('"file": "b.ropa.yaml"');

    const { rmSync } = await import('node:fs');
    rmSync(path.join(root, 'b.ropa.yaml'));
    expect((await json(['--baseline', 'ropa-lint-baseline.json', 'a.ropa.yaml'], root)).report.baseline).toEqual({ file: 'ropa-lint-baseline.json', baselined: 57, fixed: 9 });
  });

  it('names files relative to the baseline: the same result from a subfolder', async () => {
    const root = await adopted();
    const fromSubfolder = await json(['--baseline', '../ropa-lint-baseline.json', 'ropa.yaml'], path.join(root, 'privacy'));
    expect([fromSubfolder.code, fromSubfolder.report.findings.length, fromSubfolder.report.baseline?.baselined]).toEqual([0, 0, 60]);
  });

  it('sarif: baselined findings are results suppressed externally, unchanged; the others are new; one run with a fixed automation id', async () => {
    const root = await adopted();
    writeFileSync(path.join(root, 'privacy/ropa.yaml'), record(19, ANALYTICS));
    const { stdout } = await cli(['--format', 'sarif', '--baseline', 'ropa-lint-baseline.json'], root);
    const log = JSON.parse(stdout) as { runs: { automationDetails: { id: string }; results: { ruleId: string; baselineState?: string; suppressions?: { kind: string; status?: string; justification?: string }[] }[] }[] };
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.automationDetails).toEqual({ id: 'ropa-lint/' });
    const results = log.runs[0]!.results;
    expect(results).toHaveLength(62);
    const open = results.filter((result) => result.suppressions === undefined);
    expect(open.map((result) => [result.ruleId, result.baselineState]).sort()).toEqual([
      ['legitimate-interests-assessment', 'new'],
      ['right-to-object', 'new'],
    ]);
    const baselined = results.filter((result) => result.suppressions !== undefined);
    expect(baselined).toHaveLength(60);
    for (const result of baselined) {
      expect(result.baselineState).toBe('unchanged');
      expect(result.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'In the baseline ropa-lint-baseline.json' }]);
    }
  });

  it('markdown and html say how many are in the baseline', async () => {
    const root = await adopted();
    writeFileSync(path.join(root, 'privacy/ropa.yaml'), record(18, ANALYTICS));
    const markdown = await cli(['--format', 'markdown', '--baseline', 'ropa-lint-baseline.json'], root);
    expect(markdown.stdout).toContain('**2 errors, 0 warnings, 0 notices** in 1 file · 57 in the baseline `ropa-lint-baseline.json` · 3 baselined findings are fixed: `--write-baseline` drops them\n');
    const html = await cli(['--format', 'html', '--baseline', 'ropa-lint-baseline.json'], root);
    expect(html.stdout).toContain('<p class="meta">2 new problems in 1 file. 57 in the baseline ropa-lint-baseline.json; 3 baselined findings are fixed: --write-baseline drops them.');
    expect(html.stdout).toContain('<div class="count" data-count="baselined"><span class="number">57</span><span class="label">in the baseline <code>ropa-lint-baseline.json</code></span></div>');
  });
});

describe('--baseline: usage errors are exit 2 with one line, and nothing written', () => {
  it.each([
    ['--write-baseline without --baseline', ['--write-baseline'], 'ropa-lint: --write-baseline needs --baseline <file>: the file to record the findings in\n'],
    ['a baseline that does not exist', ['--baseline', 'missing.json'], "ropa-lint: baseline file not found: missing.json; record today's findings in it first: npx ropa-lint --baseline missing.json --write-baseline\n"],
    ['a baseline that is not one', ['--baseline', 'notice.md'], /^ropa-lint: baseline notice\.md(:\d+:\d+)?: not valid JSON; write the file with --write-baseline\n$/],
    ['a baseline that is a folder', ['--baseline', 'privacy'], /^ropa-lint: cannot read the baseline privacy: (it is a directory|it is not a regular file)\n$/],
    ['a baseline above --max-file-size', ['--baseline', 'big.json', '--max-file-size', '0.01'], 'ropa-lint: the baseline big.json is larger than 10 KB; a baseline that large is not one ropa-lint wrote (raise the limit with --max-file-size)\n'],
  ])('%s', async (_name, args, message) => {
    const root = workspace({ 'privacy/ropa.yaml': OLD, 'notice.md': '# Notice\n', 'big.json': `{"version": 1, "findings": []}${' '.repeat(20_000)}` });
    const result = await cli([...args, '--output', 'out/report.json'], root);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    if (typeof message === 'string') expect(result.stderr).toBe(message);
    else expect(result.stderr).toMatch(message);
    expect(existsSync(path.join(root, 'out'))).toBe(false);
  });

  it('a baseline that cannot be written: exit 2 before any report', async () => {
    const root = workspace({ 'ropa.yaml': OLD });
    mkdirSync(path.join(root, 'taken.json'));
    const result = await cli(['--baseline', 'taken.json', '--write-baseline', '--output', 'report.txt'], root);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'ropa-lint: cannot write taken.json: it is a directory\n' });
    expect(existsSync(path.join(root, 'report.txt'))).toBe(false);
  });
});

describe('--fail-on-new: only findings new since the base fail the run', () => {
  /** The base holds the record with 60 findings; the head is `head`. */
  function change(head: string): { dir: string; base: string } {
    const { dir, shas } = repository([{ 'privacy/ropa.yaml': OLD }, { 'privacy/ropa.yaml': head }]);
    return { dir, base: shas[0]! };
  }

  it('a change that adds 2 findings fails on the 2; the 60 are still reported, as existing', async () => {
    const { dir, base } = change(record(19, ANALYTICS));
    const run = await json(['--base', base, '--fail-on-new'], dir);
    expect(run.code).toBe(1);
    expect(run.report.findings).toHaveLength(62);
    const fresh = run.report.findings.filter((finding) => finding.isNew);
    expect(fresh.map((finding) => finding.ruleId).sort()).toEqual(['legitimate-interests-assessment', 'right-to-object']);
    expect(run.report.findings.filter((finding) => finding.isNew === false)).toHaveLength(60);
    const existingErrors = run.report.findings.filter((finding) => finding.isNew === false && finding.severity === 'error').length;
    expect(run.stderr).toBe(`ropa-lint: --fail-on-new: ${existingErrors} findings at or above error already at ${base} do not fail the run\n`);
  });

  it('a change that adds none passes, with the same 60 findings that fail a run without it', async () => {
    const { dir, base } = change(`# Reviewed.\n${OLD}`);
    const without = await json(['--base', base], dir);
    const run = await json(['--base', base, '--fail-on-new'], dir);
    expect([without.code, run.code]).toEqual([1, 0]);
    expect(run.report.findings).toEqual(without.report.findings);
    expect(run.report.findings).toHaveLength(60);
    // Warnings that existed at the base do not count for --max-warnings either.
    expect((await cli(['--base', base, '--fail-on-new', '--max-warnings', '0'], dir)).code).toBe(0);
    expect((await cli(['--base', base, '--max-warnings', '0', '--fail-on', 'never'], dir)).code).toBe(1);
  });

  it('with a baseline too: the baseline takes out the 60, the base marks what is left', async () => {
    const { dir, base } = change(record(19, ANALYTICS));
    git(dir, 'checkout', '-q', base);
    expect((await cli(['--baseline', 'ropa-lint-baseline.json', '--write-baseline'], dir)).code).toBe(0);
    git(dir, 'checkout', '-q', '-');
    const run = await json(['--base', base, '--fail-on-new', '--baseline', 'ropa-lint-baseline.json'], dir);
    expect(run.code).toBe(1);
    expect(run.report.findings.map((finding) => [finding.ruleId, finding.isNew]).sort()).toEqual([
      ['legitimate-interests-assessment', true],
      ['right-to-object', true],
    ]);
    expect(run.report.baseline).toEqual({ file: 'ropa-lint-baseline.json', baselined: 60, fixed: 0 });
  });

  it('needs --base', async () => {
    const root = workspace({ 'ropa.yaml': OLD });
    expect(await cli(['--fail-on-new'], root)).toEqual({ code: 2, stdout: '', stderr: 'ropa-lint: --fail-on-new needs --base <ref>: the findings new since that ref fail the run\n' });
  });
});

describe('--link-base: absolute line links in the markdown report', () => {
  it('prefixes each line link, so that a report pasted into a pull request links to the file', async () => {
    const root = workspace({ 'privacy/ropa.yaml': OLD });
    const relative = await cli(['--format', 'markdown'], root);
    expect(relative.stdout).toContain('[line 20](<privacy/ropa.yaml#L20>)');
    const absolute = await cli(['--format', 'markdown', '--link-base', 'https://github.com/acme/privacy/blob/0123abc'], root);
    expect(absolute.stdout).toContain('[line 20](<https://github.com/acme/privacy/blob/0123abc/privacy/ropa.yaml#L20>)');
    expect(absolute.stdout).not.toMatch(/\]\(<privacy\//);
  });

  it.each([
    [['--format', 'markdown', '--link-base', 'javascript:alert(1)'], 'ropa-lint: --link-base must be an http(s) URL such as https://github.com/owner/repo/blob/main, not "javascript:alert(1)"\n'],
    [['--format', 'markdown', '--link-base', 'github.com/acme'], 'ropa-lint: --link-base must be an http(s) URL such as https://github.com/owner/repo/blob/main, not "github.com/acme"\n'],
    [['--link-base', 'https://github.com/acme/privacy/blob/main'], "ropa-lint: --link-base makes the markdown report's line links absolute; use it with --format markdown, not stylish\n"],
  ])('refuses %j', async (args, message) => {
    expect(await cli(args, workspace({ 'ropa.yaml': OLD }))).toEqual({ code: 2, stdout: '', stderr: message });
  });
});
