import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { cli, workspace } from '../support/cli.js';

const clean = 'version: 1\ncontroller: {name: Acme, contact: privacy@acme.example}\nnotice: notice.md\ndata_subjects: []\ndata_categories: []\nprocessing_activities: []\n';
/** The privacy notice that `clean` links, next to it. */
const notice = '# Privacy notice\n';
/** One schema error (an unknown key) and nothing else. */
const faulty = `${clean}owner: privacy-team\n`;

describe('cli: what it checks', () => {
  it('finds **/ropa.yaml and **/*.ropa.yaml by default, skipping node_modules and .git', async () => {
    const root = workspace({
      'privacy/ropa.yaml': clean,
      'privacy/notice.md': notice,
      'teams/chat.ropa.yaml': faulty,
      'node_modules/pkg/ropa.yaml': faulty,
      '.git/ropa.yaml': faulty,
      'other.yaml': faulty,
    });
    const result = await cli(['--format', 'json'], root);
    const report = JSON.parse(result.stdout) as { findings: { file: string }[]; summary: { files: number } };
    expect(report.summary.files).toBe(2);
    expect([...new Set(report.findings.map((finding) => finding.file))]).toEqual(['teams/chat.ropa.yaml']);
    expect(result.code).toBe(1);
  });

  it('takes files, folders and globs', async () => {
    const root = workspace({ 'a/ropa.yaml': clean, 'b/x.ropa.yaml': clean, 'c/custom.yml': clean });
    const result = await cli(['--format', 'json', 'a', 'b/*.yaml', 'c/custom.yml'], root);
    expect(JSON.parse(result.stdout).summary.files).toBe(3);
    expect(result.code).toBe(0);
  });

  it('exits 0 on a clean file and prints a one-line summary', async () => {
    const root = workspace({ 'ropa.yaml': clean, 'notice.md': notice });
    const result = await cli([], root);
    expect(result).toEqual({ code: 0, stdout: '✔ 1 file checked: no problems\n', stderr: '' });
  });
});

describe('cli: exit codes and fail-on', () => {
  it('exits 1 on errors, 0 with --fail-on never', async () => {
    const root = workspace({ 'ropa.yaml': faulty });
    expect((await cli([], root)).code).toBe(1);
    expect((await cli(['--fail-on', 'never'], root)).code).toBe(0);
  });

  it('takes fail-on and severities from the config, the flag winning', async () => {
    const root = workspace({ 'ropa.yaml': faulty, '.ropa-lint.yaml': 'rules:\n  schema: warning\nfail-on: error\n' });
    const result = await cli(['--format', 'json'], root);
    expect(JSON.parse(result.stdout).findings[0].severity).toBe('warning');
    expect(result.code).toBe(0);
    expect((await cli(['--fail-on', 'warning'], root)).code).toBe(1);
  });

  it('switches a rule off from the config', async () => {
    const root = workspace({ 'ropa.yaml': faulty, 'notice.md': notice, 'custom.yaml': 'rules:\n  schema: "off"\n' });
    const result = await cli(['--config', 'custom.yaml', '--format', 'json'], root);
    expect(JSON.parse(result.stdout).findings).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('reads the inventory globs of the config', async () => {
    const root = workspace({ 'records/main.yaml': faulty, '.ropa-lint.yaml': 'inventory: [records/*.yaml]\n' });
    const result = await cli(['--format', 'json'], root);
    expect(JSON.parse(result.stdout).findings[0].file).toBe('records/main.yaml');
  });
});

describe('cli: usage and I/O errors are one line on stderr and exit 2', () => {
  const cases: [string, Record<string, string>, string[], RegExp][] = [
    ['a missing file', {}, ['nope.yaml'], /^ropa-lint: file not found: nope\.yaml\n$/],
    ['a glob that matches nothing', { 'ropa.yaml': clean }, ['*.ropa.yml'], /^ropa-lint: no file matches \*\.ropa\.yml\n$/],
    ['a glob under a folder that does not exist', { 'ropa.yaml': clean }, ['records/*.yaml'], /^ropa-lint: no file matches records\/\*\.yaml\n$/],
    ['no inventory at all', { 'README.md': '' }, [], /^ropa-lint: no inventory found: nothing in \. matches \*\*\/ropa\.yaml or \*\*\/\*\.ropa\.yaml/],
    ['an unknown option', { 'ropa.yaml': clean }, ['--formt', 'json'], /^ropa-lint: unknown option --formt \(did you mean --format\?\)/],
    ['an unknown format', { 'ropa.yaml': clean }, ['--format', 'sarf'], /^ropa-lint: unknown format sarf \(did you mean sarif\?\)/],
    ['a bad fail-on', { 'ropa.yaml': clean }, ['--fail-on', 'errors'], /^ropa-lint: --fail-on must be one of error, warning, notice, never, not errors\n$/],
    ['an output path through a file', { 'ropa.yaml': clean, out: '' }, ['--output', 'out/report.json'], /^ropa-lint: cannot write out\/report\.json: out is not a folder\n$/],
    ['a missing config', { 'ropa.yaml': clean }, ['--config', 'nope.yaml'], /^ropa-lint: config file not found: nope\.yaml\n$/],
    ['an unknown rule in the config', { 'ropa.yaml': clean, '.ropa-lint.yaml': 'rules:\n  schemma: warning\n' }, [], /^ropa-lint: \.ropa-lint\.yaml:2:3: unknown rule `schemma` \(did you mean `schema`\?\)/],
    ['an invalid severity in the config', { 'ropa.yaml': clean, '.ropa-lint.yaml': 'rules:\n  schema: fatal\n' }, [], /^ropa-lint: \.ropa-lint\.yaml:2:11: severity of rule `schema` is `fatal`; allowed: off, notice, warning, error\n$/],
    ['an unknown config key', { 'ropa.yaml': clean, '.ropa-lint.yaml': 'failOn: warning\n' }, [], /^ropa-lint: \.ropa-lint\.yaml:1:1: unknown key `failOn`/],
    ['a file that is not UTF-8', { 'ropa.yaml': 'version: 1\nname: caf\u00e9\n' }, [], /./],
    ['a non-positive size limit', { 'ropa.yaml': clean }, ['--max-file-size', '0'], /^ropa-lint: --max-file-size must be a positive number of megabytes, not 0\n$/],
  ];
  it.each(cases)('%s', async (_name, files, args, message) => {
    const root = workspace(files);
    if (_name === 'a file that is not UTF-8') {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path.join(root, 'ropa.yaml'), Buffer.from([0x76, 0x3a, 0x20, 0x31, 0x0a, 0x6e, 0x3a, 0x20, 0xff, 0x0a]));
      message = /^ropa-lint: ropa\.yaml:2:4: the file is not UTF-8 text/;
    }
    const result = await cli(args, root);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('names each bad config entry on its own line', async () => {
    const root = workspace({ 'ropa.yaml': clean, '.ropa-lint.yaml': 'rules:\n  schemma: warning\n  schema: loud\nfail-on: sometimes\n' });
    const result = await cli([], root);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(3);
  });

  it('refuses a directory named like an inventory', async () => {
    const root = workspace({});
    mkdirSync(path.join(root, 'x.ropa.yaml'));
    const result = await cli(['x.ropa.yaml'], root);
    expect(result).toMatchObject({ code: 2, stderr: 'ropa-lint: x.ropa.yaml is a directory, not an inventory file\n' });
  });

  it('refuses a named pipe instead of waiting on it forever', async () => {
    const root = workspace({});
    execFileSync('mkfifo', [path.join(root, 'ropa.yaml')]);
    expect(await cli(['ropa.yaml'], root)).toMatchObject({ code: 2, stderr: 'ropa-lint: ropa.yaml is not a regular file\n' });
    expect(await cli([], root)).toMatchObject({ code: 2 });
  });

  it('refuses a file above the size limit', async () => {
    const root = workspace({ 'ropa.yaml': `${clean}${'# padding\n'.repeat(120_000)}` });
    const result = await cli(['--max-file-size', '1'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('ropa-lint: ropa.yaml: the file is 1.1 MB, above the limit of 1 MB (raise it with --max-file-size)\n');
  });
});

describe('cli: output', () => {
  it('writes --output whole, through a rename, and prints nothing', async () => {
    const root = workspace({ 'ropa.yaml': faulty, 'out/.keep': '' });
    const result = await cli(['--format', 'sarif', '--output', 'out/report.sarif'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(root, 'out/report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readdirSync(path.join(root, 'out')).sort()).toEqual(['.keep', 'report.sarif']);
  });

  it('leaves no output file when the input is unusable', async () => {
    const root = workspace({});
    const result = await cli(['--output', 'report.json', 'missing.yaml'], root);
    expect(result.code).toBe(2);
    expect(existsSync(path.join(root, 'report.json'))).toBe(false);
  });

  it('colours on a terminal, not with NO_COLOR, not when piped', async () => {
    const root = workspace({ 'ropa.yaml': faulty });
    expect((await cli([], root, {}, true)).stdout).toContain('\u001b[');
    expect((await cli([], root, { NO_COLOR: '1' }, true)).stdout).not.toContain('\u001b[');
    expect((await cli([], root, {}, false)).stdout).not.toContain('\u001b[');
    expect((await cli(['--color'], root, {}, false)).stdout).toContain('\u001b[');
  });

  it('prints the version and the help', async () => {
    const root = workspace({});
    expect(await cli(['--version'], root)).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    const help = await cli(['--help'], root);
    expect(help.code).toBe(0);
    for (const flag of ['--format', '--output', '--config', '--fail-on', '--list-rules', '--explain', '--version', '--help']) expect(help.stdout).toContain(flag);
  });

  it('lists the rules and explains one', async () => {
    const root = workspace({});
    const list = await cli(['--list-rules'], root);
    expect(list.stdout).toMatch(/^duplicate-id\s+error\s+—/m);
    const explain = await cli(['--explain', 'schema'], root);
    expect(explain.stdout.startsWith('# schema\n')).toBe(true);
    const unknown = await cli(['--explain', 'shema'], root);
    expect(unknown).toMatchObject({ code: 2, stderr: 'ropa-lint: unknown rule shema (did you mean schema?); ropa-lint --list-rules lists them all\n' });
  });
});

describe('cli: nothing outside the tree is read through a glob', () => {
  it('refuses a symlinked inventory that points outside the folder', async () => {
    const outside = workspace({ 'secret.txt': 'password: hunter2\n' });
    const root = workspace({ 'ropa.yaml': clean });
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'evil.ropa.yaml'));
    const result = await cli([], root);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `ropa-lint: evil.ropa.yaml resolves to a file outside .; refusing to read it\n` });
  });

  it('accepts a symlink that stays inside the folder', async () => {
    const root = workspace({ 'records/main.yaml': clean });
    symlinkSync(path.join(root, 'records/main.yaml'), path.join(root, 'ropa.yaml'));
    expect((await cli([], root)).code).toBe(0);
  });

  it('refuses config globs that leave the config folder', async () => {
    for (const pattern of ['../*.yaml', '/etc/*.yaml', 'a/../../b.yaml']) {
      const root = workspace({ '.ropa-lint.yaml': `inventory: ["${pattern}"]\n` });
      const result = await cli([], root);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^ropa-lint: the config's inventory: the pattern .+ (is absolute|leaves the config's folder)/);
    }
  });

  it('lets a person name a glob in a sibling folder on the command line', async () => {
    const parent = workspace({ 'records/a.ropa.yaml': clean, 'tool/README.md': '' });
    const result = await cli(['--format', 'json', '../records/*.ropa.yaml'], path.join(parent, 'tool'));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).summary.files).toBe(1);
  });
});

describe('cli: symlink loops', () => {
  it('checks a file reached through a looping symlink once', async () => {
    const root = workspace({ 'ropa.yaml': clean });
    mkdirSync(path.join(root, 'x'));
    symlinkSync('..', path.join(root, 'x', 'loop'));
    const result = await cli(['--format', 'json'], root);
    expect(JSON.parse(result.stdout).summary.files).toBe(1);
  });
});
