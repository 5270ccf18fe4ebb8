/**
 * The conventions of mature linters (SPEC §5, issue 15): --quiet, --max-warnings, standard input,
 * --output into missing folders, --print-config, and what --help and the README list.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { OPTIONS } from '../../src/cli/main.js';
import { parseConfig } from '../../src/core/config.js';
import { rules } from '../../src/rules/index.js';
import { UsageError } from '../../src/workspace/usage-error.js';
import { writeFileAtomically } from '../../src/workspace/write-file.js';
import { cli, workspace } from '../support/cli.js';
import { cliWithStdin } from './stdin-cli.js';

/** Errors, warnings and (with CONFIG) a notice, from rules that ask for what any record needs. */
const INVENTORY = [
  'version: 1',
  'controller: {name: Acme, contact: privacy@acme.example}',
  'notice: notice.md',
  'processing_activities:',
  '  - id: chat',
  '    name: Chat',
  '    purposes:',
  '      - {id: smart-replies, description: Suggest replies., ai_training: true, lawful_basis: consent}',
  'owner: privacy-team',
  '',
].join('\n');
const NOTICE = '# Privacy notice\n\nWe deliver your messages.\n';
const CONFIG = 'rules:\n  retention-missing: notice\n';
/** Nothing to report. */
const CLEAN = 'version: 1\ncontroller: {name: Acme, contact: privacy@acme.example}\nnotice: notice.md\ndata_subjects: []\ndata_categories: []\nprocessing_activities: []\n';

interface JsonReport {
  findings: { ruleId: string; severity: string; file: string; line: number; message: string }[];
  summary: { errors: number; warnings: number; notices: number; files: number };
  suppressed: { ruleId: string }[];
}

const json = (stdout: string) => JSON.parse(stdout) as JsonReport;

function countOf(report: JsonReport, severity: string): number {
  return report.findings.filter((finding) => finding.severity === severity).length;
}

describe('--quiet: errors only, as ESLint', () => {
  it('shows errors only, counts only them in the summary, and keeps the exit code', async () => {
    const root = workspace({ 'ropa.yaml': INVENTORY, 'notice.md': NOTICE, '.ropa-lint.yaml': CONFIG });
    const full = await cli(['--format', 'json'], root);
    const all = json(full.stdout);
    // The premise: the record has findings of all three severities.
    expect([countOf(all, 'error'), countOf(all, 'warning'), countOf(all, 'notice')].every((count) => count > 0)).toBe(true);

    const quiet = await cli(['--format', 'json', '--quiet'], root);
    const shown = json(quiet.stdout);
    expect(shown.findings).toEqual(all.findings.filter((finding) => finding.severity === 'error'));
    expect(shown.summary).toEqual({ errors: all.summary.errors, warnings: 0, notices: 0, files: 1 });
    expect(quiet.code).toBe(full.code);
    expect(quiet.stderr).toBe('');

    const stylish = await cli(['--quiet'], root);
    expect(stylish.stdout).toMatch(/^error\[/m);
    expect(stylish.stdout).not.toMatch(/^(warning|notice)\[/m);
  });

  it('never calls a record with hidden warnings clean: the summary says what --quiet left out', async () => {
    const root = workspace({ 'ropa.yaml': INVENTORY, 'notice.md': NOTICE, '.ropa-lint.yaml': CONFIG });
    const all = json((await cli(['--format', 'json'], root)).stdout);
    // Every error made a warning: what is left for --quiet to show is nothing.
    const errorRules = [...new Set(all.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId))];
    writeFileSync(path.join(root, '.ropa-lint.yaml'), `${CONFIG}${CONFIG.includes('rules:') ? '' : 'rules:\n'}${errorRules.map((id) => `  ${id}: warning`).join('\n')}\n`);
    const { summary } = json((await cli(['--format', 'json'], root)).stdout);
    expect(summary.errors).toBe(0);
    const stylish = await cli(['--quiet'], root);
    expect(stylish.stdout).toBe(`✔ 1 file checked: no errors (${summary.warnings} warnings and ${summary.notices} notice${summary.notices === 1 ? '' : 's'} not shown: --quiet)\n`);
    expect(stylish.stdout).not.toContain('no problems');
  });

  it('hides suppressed warnings too, and keeps suppressed errors', async () => {
    const purpose = [
      '      - id: smart-replies',
      '        description: Suggest replies.',
      '        ai_training: true',
      '        lawful_basis: consent',
      '        x-ropa-lint-ignore:',
      '          - {rule: consent-details-missing, reason: The consent service is being replaced.}',
      '          - {rule: notice-undisclosed-purpose, reason: The notice is being rewritten.}',
    ].join('\n');
    const inventory = INVENTORY.replace('owner: privacy-team\n', '').replace(/^ {6}- \{id: smart-replies.*$/m, purpose);
    const root = workspace({ 'ropa.yaml': inventory, 'notice.md': NOTICE, '.ropa-lint.yaml': 'rules:\n  notice-undisclosed-purpose: warning\n' });
    const all = json((await cli(['--format', 'json'], root)).stdout);
    // The premise: both are suppressed, one an error and the other (by the config) a warning.
    expect(all.suppressed.map((finding) => finding.ruleId).sort()).toEqual(['consent-details-missing', 'notice-undisclosed-purpose']);
    const shown = json((await cli(['--format', 'json', '--quiet'], root)).stdout);
    expect(shown.suppressed.map((finding) => finding.ruleId)).toEqual(['consent-details-missing']);
  });

  it('never changes the exit code: warnings hidden at or above fail-on still fail the run, and stderr says so', async () => {
    const root = workspace({ 'ropa.yaml': INVENTORY, 'notice.md': NOTICE });
    // Every rule that reports an error here is made a warning, and one that reports a warning a notice.
    const fired = json((await cli(['--format', 'json'], root)).stdout).findings;
    const errorRules = [...new Set(fired.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId))];
    const noticeRule = fired.find((finding) => finding.severity === 'warning')!.ruleId;
    writeFileSync(path.join(root, '.ropa-lint.yaml'), `rules:\n${[...errorRules.map((id) => `  ${id}: warning`), `  ${noticeRule}: notice`].join('\n')}\n`);
    const all = json((await cli(['--format', 'json', '--fail-on', 'notice'], root)).stdout);
    expect(all.summary.errors).toBe(0);
    const { warnings, notices } = all.summary;
    expect(warnings).toBeGreaterThan(1);
    expect(notices).toBeGreaterThan(0);

    const quiet = await cli(['--quiet', '--fail-on', 'notice'], root);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toBe(`ropa-lint: ${warnings} warnings and ${notices} notice${notices === 1 ? '' : 's'} hidden by --quiet fail the run (fail-on: notice)\n`);
    expect(quiet.stdout).not.toMatch(/^(warning|notice)\[/m);

    // With the default fail-on (error) hidden warnings fail nothing, and nothing is said.
    expect(await cli(['--quiet', '--format', 'json'], root)).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('--max-warnings N: exit 1 above N warnings, whatever fail-on says', () => {
  const setup = () => workspace({ 'ropa.yaml': INVENTORY.replace('owner: privacy-team\n', ''), 'notice.md': NOTICE, '.ropa-lint.yaml': CONFIG });
  const warningsOf = async (root: string) => json((await cli(['--format', 'json'], root)).stdout).summary.warnings;

  it('fails with one line on stderr above N; passes at N', async () => {
    const root = setup();
    const warnings = await warningsOf(root);
    expect(warnings).toBeGreaterThan(1);
    const above = await cli(['--fail-on', 'never', '--max-warnings', String(warnings - 1), '--format', 'json'], root);
    expect(above.code).toBe(1);
    expect(above.stderr).toBe(`ropa-lint: ${warnings} warnings, more than --max-warnings ${warnings - 1} allows\n`);
    expect(json(above.stdout).summary.warnings).toBe(warnings);
    expect(await cli(['--fail-on', 'never', '--max-warnings', String(warnings), '--format', 'json'], root)).toMatchObject({ code: 0, stderr: '' });
  });

  it('counts warnings only, not notices, and not suppressed warnings', async () => {
    const root = workspace({ 'ropa.yaml': CLEAN, 'notice.md': NOTICE, '.ropa-lint.yaml': 'rules:\n  schema: notice\n' });
    writeFileSync(path.join(root, 'ropa.yaml'), `${CLEAN}owner: privacy-team\n`);
    const result = await cli(['--max-warnings', '0', '--format', 'json'], root);
    expect(json(result.stdout).summary).toMatchObject({ warnings: 0, notices: 1 });
    expect(result.code).toBe(0);
  });

  it('counts the warnings --quiet hides, as ESLint does', async () => {
    const root = setup();
    const warnings = await warningsOf(root);
    const quiet = await cli(['--quiet', '--max-warnings', '0', '--format', 'json'], root);
    expect(json(quiet.stdout).summary.warnings).toBe(0);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toBe(`ropa-lint: ${warnings} warnings, more than --max-warnings 0 allows\n`);
  });

  it.each(['-1', '1.5', 'ten', '', '0x10'])('refuses %j with exit 2 and one line', async (value) => {
    const root = workspace({ 'ropa.yaml': CLEAN, 'notice.md': NOTICE });
    const result = await cli([`--max-warnings=${value}`], root);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `ropa-lint: --max-warnings must be a whole number of warnings, 0 or more, not ${value}\n` });
  });
});

describe('- and --stdin: the inventory on standard input', () => {
  it('checks standard input, labelled <stdin> by default, with notices looked up from the working directory', async () => {
    const root = workspace({ 'notice.md': NOTICE });
    const result = await cliWithStdin(['-', '--format', 'json'], root, INVENTORY);
    const report = json(result.stdout);
    expect(report.summary.files).toBe(1);
    expect(new Set(report.findings.map((finding) => finding.file))).toEqual(new Set(['<stdin>']));
    expect(report.findings.some((finding) => finding.ruleId === 'schema' && finding.line === 9)).toBe(true);
    // notice.md sits in the working directory: it is read, so no notice-missing.
    expect(report.findings.map((finding) => finding.ruleId)).not.toContain('notice-missing');
    expect(result.code).toBe(1);
  });

  it('gives the same findings as the same text in a file', async () => {
    const root = workspace({ 'privacy/ropa.yaml': INVENTORY, 'privacy/notice.md': NOTICE });
    const fromFile = await cli(['--format', 'json', 'privacy/ropa.yaml'], root);
    const fromStdin = await cliWithStdin(['--stdin', '--stdin-filename', 'privacy/ropa.yaml', '--format', 'json'], root, INVENTORY);
    expect(fromStdin).toEqual(fromFile);
  });

  it('--stdin-filename names the findings and decides the folder notices are read from', async () => {
    const root = workspace({ 'privacy/notice.md': NOTICE });
    const named = json((await cliWithStdin(['-', '--stdin-filename', 'privacy/chat.ropa.yaml', '--format', 'json'], root, INVENTORY)).stdout);
    expect(new Set(named.findings.map((finding) => finding.file))).toEqual(new Set(['privacy/chat.ropa.yaml']));
    expect(named.findings.map((finding) => finding.ruleId)).not.toContain('notice-missing');

    // The same text as <stdin> in the working directory, where there is no notice.md.
    const unnamed = json((await cliWithStdin(['-', '--format', 'json'], root, INVENTORY)).stdout);
    expect(unnamed.findings.filter((finding) => finding.ruleId === 'notice-missing').map((finding) => finding.line)).toEqual([3]);

    const stylish = await cliWithStdin(['-', '--stdin-filename', 'privacy/chat.ropa.yaml'], root, INVENTORY);
    expect(stylish.stdout).toMatch(/--> privacy\/chat\.ropa\.yaml:9:1$/m);
  });

  it('applies the working directory\'s config, as to a file', async () => {
    const root = workspace({ 'notice.md': NOTICE, '.ropa-lint.yaml': 'rules:\n  schema: "off"\n' });
    const report = json((await cliWithStdin(['-', '--format', 'json'], root, `${CLEAN}owner: privacy-team\n`)).stdout);
    expect(report.findings).toEqual([]);
  });

  const refusals: [string, string[], string | Buffer, string][] = [
    ['standard input with files', ['-', 'ropa.yaml'], CLEAN, 'ropa-lint: standard input is checked alone; name no files with - or --stdin (got ropa.yaml)\n'],
    ['--stdin with files', ['--stdin', 'ropa.yaml'], CLEAN, 'ropa-lint: standard input is checked alone; name no files with - or --stdin (got ropa.yaml)\n'],
    ['--stdin-filename without standard input', ['--stdin-filename', 'x.ropa.yaml', 'ropa.yaml'], CLEAN, 'ropa-lint: --stdin-filename names standard input; use it with - or --stdin\n'],
    ['an empty --stdin-filename', ['-', '--stdin-filename', ''], CLEAN, 'ropa-lint: --stdin-filename needs a file path, not ""\n'],
    ['input that is not UTF-8', ['-'], Buffer.from([0x76, 0x3a, 0x20, 0xff, 0x0a]), 'ropa-lint: standard input is not UTF-8 text (an inventory is a YAML text file)\n'],
    ['input above the size limit', ['-', '--max-file-size', '0.001'], `${CLEAN}${'# padding\n'.repeat(200)}`, 'ropa-lint: standard input is larger than the limit of 0 MB (raise it with --max-file-size)\n'],
    ['--base without --stdin-filename', ['-', '--base', 'main'], CLEAN, 'ropa-lint: --base with standard input needs --stdin-filename: the path of the inventory in the repository, to read it at the base\n'],
  ];
  it.each(refusals)('refuses %s with exit 2 and one line', async (_name, args, input, message) => {
    const root = workspace({ 'ropa.yaml': CLEAN, 'notice.md': NOTICE });
    expect(await cliWithStdin([...args, '--output', 'out/report.json'], root, input)).toEqual({ code: 2, stdout: '', stderr: message });
    expect(existsSync(path.join(root, 'out'))).toBe(false);
  });
});

describe('--output: missing folders are made; the report is still written whole or not at all', () => {
  it('makes the missing folders and writes the report', async () => {
    const root = workspace({ 'ropa.yaml': `${CLEAN}owner: privacy-team\n`, 'notice.md': NOTICE });
    const result = await cli(['--format', 'sarif', '-o', 'reports/ropa/today.sarif'], root);
    expect(result).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(path.join(root, 'reports/ropa/today.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readdirSync(path.join(root, 'reports/ropa'))).toEqual(['today.sarif']);
  });

  it('makes no folder when the run stops on a usage error', async () => {
    const root = workspace({ 'notice.md': NOTICE });
    const result = await cli(['-o', 'reports/ropa/today.json', 'missing.ropa.yaml'], root);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'ropa-lint: file not found: missing.ropa.yaml\n' });
    expect(existsSync(path.join(root, 'reports'))).toBe(false);
  });

  it('refuses a path through a file, and a folder it may not write, before checking anything', async () => {
    const root = workspace({ 'ropa.yaml': CLEAN, 'notice.md': NOTICE, 'reports': 'a file, not a folder\n' });
    expect(await cli(['-o', 'reports/ropa/today.json'], root)).toEqual({ code: 2, stdout: '', stderr: 'ropa-lint: cannot write reports/ropa/today.json: reports is not a folder\n' });
    if (process.getuid?.() === 0) return; // root writes anywhere: the permission cannot be taken away
    const locked = path.join(root, 'locked');
    execFileSync('mkdir', [locked]);
    chmodSync(locked, 0o555);
    expect(await cli(['-o', 'locked/new/today.json'], root)).toEqual({ code: 2, stdout: '', stderr: 'ropa-lint: cannot write locked/new/today.json: the folder locked is not writable\n' });
    expect(readdirSync(locked)).toEqual([]);
  });

  it('takes the folders it made away again when the write fails', () => {
    const root = workspace({ 'keep/.keep': '' });
    function* failing(): Generator<string> {
      yield '{"findings": [';
      throw new Error('the formatter broke');
    }
    expect(() => writeFileAtomically('keep/a/b/report.json', root, failing())).toThrow(UsageError);
    expect(readdirSync(path.join(root, 'keep'))).toEqual(['.keep']);
  });
});

describe('--print-config [FILE]: the configuration a run applies', () => {
  const parsed = (stdout: string) => parseConfig(stdout, 'printed', rules.map((rule) => rule.meta.id));

  it('without a config: every rule at its default severity, fail-on error and the default patterns, as a valid config', async () => {
    const root = workspace({});
    const result = await cli(['--print-config'], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(parsed(result.stdout)).toEqual({
      rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.severity])),
      inventory: ['**/ropa.yaml', '**/*.ropa.yaml'],
      failOn: 'error',
    });
    expect(result.stdout).toMatch(/^# from: no config file \(the defaults\)$/m);
  });

  it('with a config and flags: the config\'s severities and patterns, the flag\'s fail-on; the same as JSON', async () => {
    const root = workspace({ '.ropa-lint.yaml': 'rules:\n  schema: warning\n  consent-records: "off"\ninventory: [privacy/*.yaml]\nfail-on: warning\n' });
    const yaml = await cli(['--print-config', '--fail-on', 'notice'], root);
    expect(yaml.code).toBe(0);
    const config = parsed(yaml.stdout);
    expect(config.rules.schema).toBe('warning');
    expect(config.rules['consent-records']).toBe('off');
    expect(config.rules['lawful-basis-missing']).toBe('error');
    expect(config.inventory).toEqual(['privacy/*.yaml']);
    expect(config.failOn).toBe('notice');
    expect(yaml.stdout).toMatch(/^ {2}schema: warning {2}# default: error$/m);
    expect(yaml.stdout).toMatch(/^ {2}consent-records: "off" {2}# default: warning$/m);
    expect(yaml.stdout).toMatch(/^# from: \.ropa-lint\.yaml, and --fail-on$/m);

    const asJson = await cli(['--print-config', '--fail-on', 'notice', '--format', 'json'], root);
    expect(asJson.code).toBe(0);
    expect(JSON.parse(asJson.stdout)).toEqual(parseYaml(yaml.stdout));
  });

  it('for a file: names it and the boundary its notices and documents are read within', async () => {
    const root = workspace({ 'privacy/ropa.yaml': CLEAN });
    execFileSync('git', ['init', '-q'], { cwd: root });
    const result = await cli(['--print-config', 'ropa.yaml'], path.join(root, 'privacy'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# ropa-lint's configuration for ropa\.yaml$/m);
    expect(result.stdout.split('\n')).toContain(`# notices and documents it names are read from inside the repository: ${realpathSync(root)}`);
  });

  it('reads the config as a run does: a bad config is exit 2', async () => {
    const root = workspace({ '.ropa-lint.yaml': 'rules:\n  schemma: warning\n' });
    const result = await cli(['--print-config'], root);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^ropa-lint: \.ropa-lint\.yaml:2:3: unknown rule `schemma`/);
  });

  it('refuses a format other than YAML or JSON, and two files', async () => {
    const root = workspace({});
    expect(await cli(['--print-config', '--format', 'sarif'], root)).toEqual({ code: 2, stdout: '', stderr: 'ropa-lint: --print-config prints YAML, or JSON with --format json; not sarif\n' });
    expect(await cli(['--print-config', 'a.yaml', 'b.yaml'], root)).toEqual({ code: 2, stdout: '', stderr: 'ropa-lint: --print-config takes one file at most, not 2\n' });
  });
});

describe('--help and the README list every option', () => {
  const names = Object.keys(OPTIONS).map((name) => `--${name}`);

  it('--help names each option, and `-` for standard input', async () => {
    const help = await cli(['--help'], workspace({}));
    expect(help.code).toBe(0);
    for (const name of names) expect(help.stdout, name).toMatch(new RegExp(`(^|[ ,])${name}\\b(?!-)`, 'm'));
    expect(help.stdout).toMatch(/^ {2}-, {2}--stdin/m);
  });

  it("the README's command line table names each option", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = /^## Command line\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
    const table = section.split('\n').filter((line) => line.startsWith('| `'));
    expect(table.length).toBeGreaterThan(0);
    for (const name of names) expect(table.some((row) => new RegExp(`\`[^\`]*${name}\\b(?!-)[^\`]*\``).test(row.split(' | ')[0]!)), name).toBe(true);
  });
});

describe('run from another folder: notices are confined to the inventory\'s repository, not the working directory', () => {
  const noticeMissing = (stdout: string) => json(stdout).findings.filter((finding) => finding.ruleId === 'notice-missing').map((finding) => finding.message);

  it('in a git repository: a notice elsewhere in the repository is read, one outside it is refused', async () => {
    const outer = workspace({ 'secret.md': NOTICE, 'repo/docs/notice.md': NOTICE, 'repo/privacy/ropa.yaml': INVENTORY.replace('notice: notice.md', 'notice: ../docs/notice.md') });
    execFileSync('git', ['init', '-q'], { cwd: path.join(outer, 'repo') });
    const elsewhere = workspace({});
    const inventory = path.join(outer, 'repo/privacy/ropa.yaml');
    expect(noticeMissing((await cli(['--format', 'json', inventory], elsewhere)).stdout)).toEqual([]);

    writeFileSync(inventory, INVENTORY.replace('notice: notice.md', 'notice: ../../secret.md'));
    expect(noticeMissing((await cli(['--format', 'json', inventory], elsewhere)).stdout)).toEqual(['the privacy notice `../../secret.md` was not read: the path leads out of the repository']);
  });

  it("outside git: the inventory's own folder bounds what it may name", async () => {
    const outer = workspace({ 'secret.md': NOTICE, 'project/ropa.yaml': INVENTORY, 'project/notice.md': NOTICE });
    const elsewhere = workspace({});
    const inventory = path.join(outer, 'project/ropa.yaml');
    expect(noticeMissing((await cli(['--format', 'json', inventory], elsewhere)).stdout)).toEqual([]);

    writeFileSync(inventory, INVENTORY.replace('notice: notice.md', 'notice: ../secret.md'));
    expect(noticeMissing((await cli(['--format', 'json', inventory], elsewhere)).stdout)).toEqual(["the privacy notice `../secret.md` was not read: the path leads out of the inventory's folder"]);
    // Checked from the folder above, the same path stays inside the folder being checked.
    expect(noticeMissing((await cli(['--format', 'json', 'project/ropa.yaml'], outer)).stdout)).toEqual([]);
  });
});
