/**
 * The npm package as a user gets it: `npm pack`, then `npm install <tarball>` in an empty
 * folder, offline (everything runs from the bundles in dist/, so there is nothing to fetch).
 * Packed once; each test reads the one installation.
 */
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], options: SpawnSyncOptions): Run {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
    env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false', ...options.env },
  });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** npm itself: the one running this test when there is one, else the one on the PATH. */
function npm(args: string[], cwd: string): Run {
  const npmCli = process.env.npm_execpath;
  return npmCli && /npm-cli\.js$/.test(npmCli) ? run(process.execPath, [npmCli, ...args], { cwd }) : run('npm', args, { cwd });
}

let work: string;
let consumer: string;
let packed: { filename: string; files: { path: string }[] };
let install: Run;
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'ropa-lint-package-'));
  // --ignore-scripts: the package is what dist/ holds now; CI checks that dist/ is a fresh build.
  const pack = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], root);
  expect(pack.stderr).not.toMatch(/npm (warn|error)/i);
  expect(pack.status).toBe(0);
  packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0]!;

  consumer = path.join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(path.join(consumer, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  install = npm(['install', '--offline', '--no-audit', '--no-fund', path.join(work, packed.filename)], consumer);
  // A user's own records to check, with the notice and documents they link.
  cpSync(path.join(root, 'examples'), path.join(consumer, 'examples'), { recursive: true });
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The installed command as `npx ropa-lint` runs it, never fetching anything. */
function npxRopaLint(args: string[]): Run {
  return npm(['exec', '--offline', '--no', '--', 'ropa-lint', ...args], consumer);
}

/** The same command through the link npm made, without npx's second of start-up. */
function ropaLint(args: string[]): Run {
  return run(path.join(consumer, 'node_modules', '.bin', 'ropa-lint'), args, { cwd: consumer });
}

describe('the packed tarball', () => {
  it('holds the CLI, the API with its types, the docs and the schemas, and not the Action', () => {
    const files = packed.files.map((file) => file.path);
    for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/cli.js', 'dist/api.js', 'dist/api.d.ts', 'dist/chunks/yaml-document.cjs', 'schemas/inventory.schema.json', 'schemas/config.schema.json']) {
      expect(files).toContain(file);
    }
    // Every chunk the CLI may load on demand.
    for (const chunk of readdirSync(path.join(root, 'dist', 'chunks'))) expect(files).toContain(`dist/chunks/${chunk}`);
    for (const rule of rules) expect(files).toContain(`docs/rules/${rule.meta.id}.md`);
    expect(files).not.toContain('dist/index.js');
    expect(files.filter((file) => !/^(dist|docs|schemas)\//.test(file) && !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(file))).toEqual([]);
  });

  it('declares no dependency (everything it runs is bundled), its entry points and where it comes from', () => {
    const installed = JSON.parse(readFileSync(path.join(consumer, 'node_modules', 'ropa-lint', 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(installed.dependencies ?? {}).toEqual({});
    expect(installed.bin).toEqual({ 'ropa-lint': 'dist/cli.js' });
    expect(installed.exports).toMatchObject({ '.': { types: './dist/api.d.ts', default: './dist/api.js' } });
    expect(installed).toMatchObject({
      repository: { type: 'git', url: 'git+https://github.com/ropa-lint/ropa-lint.git' },
      homepage: 'https://github.com/ropa-lint/ropa-lint#readme',
      bugs: { url: 'https://github.com/ropa-lint/ropa-lint/issues' },
      engines: { node: '>=20' },
    });
  });

  it('installs offline as exactly one package, with no warning', () => {
    expect(install.stderr).toBe('');
    expect(install.status).toBe(0);
    const lock = JSON.parse(readFileSync(path.join(consumer, 'node_modules', '.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages)).toEqual(['node_modules/ropa-lint']);
    expect(readdirSync(path.join(consumer, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['ropa-lint']);
  });

  it('runs as npx ropa-lint: the version, a compliant record, a faulty one, a rule page', () => {
    const version = npxRopaLint(['--version']);
    expect(version.stdout).toBe(`${manifest.version}\n`);
    expect(version.status).toBe(0);

    const clean = ropaLint(['examples/acme-chat.ropa.yaml']);
    expect(clean.stdout).toContain('no problems');
    expect(clean.status).toBe(0);

    // The same findings as the repository's own bundle, notices and documents read alike.
    const installed = npxRopaLint(['--format', 'json', 'examples/zoom-2023.ropa.yaml']);
    const repository = run(process.execPath, [path.join(root, 'dist', 'cli.js'), '--format', 'json', 'examples/zoom-2023.ropa.yaml'], { cwd: consumer });
    expect(installed.stderr).toBe('');
    expect(installed.status).toBe(1);
    expect(JSON.parse(installed.stdout)).toEqual(JSON.parse(repository.stdout));
    expect((JSON.parse(installed.stdout) as { findings: { ruleId: string }[] }).findings.map((finding) => finding.ruleId)).toContain('ai-training-contract-basis');

    const explained = ropaLint(['--explain', 'consent-bundled']);
    expect(explained.stdout).toBe(readFileSync(path.join(root, 'docs', 'rules', 'consent-bundled.md'), 'utf8').replace(/\r\n/g, '\n'));
  });

  it('reads a file the fast reader hands over with the complete reader it ships', () => {
    writeFileSync(path.join(consumer, 'twice.ropa.yaml'), 'version: 1\ncontroller: {name: Acme}\ncontroller: {name: Acme}\nprocessing_activities: []\n');
    const result = ropaLint(['--format', 'json', 'twice.ropa.yaml']);
    expect(result.stderr).toBe('');
    const { findings } = JSON.parse(result.stdout) as { findings: { ruleId: string; message: string; line: number }[] };
    expect(findings.find((finding) => finding.message.startsWith('duplicate key'))).toMatchObject({ ruleId: 'schema', line: 3 });
  });

  it("imports as 'ropa-lint': lintText and lintFiles find what the CLI finds, rules and formats are there", () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { createRequire } from 'node:module';
      import { format, formats, lintFiles, lintText, RopaLintError, rules, version } from 'ropa-lint';
      const schema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('ropa-lint/schemas/inventory.schema.json'), 'utf8'));
      const file = 'examples/zoom-2023.ropa.yaml';
      const fromFiles = await lintFiles([file]);
      const text = readFileSync(file, 'utf8');
      const fromText = lintText(text, { file, notices: { [/^notice: (.+)$/m.exec(text)[1]]: '# Privacy notice\\n\\nWe process your data.\\n' } });
      const quiet = lintText(text, { file, rules: { 'ai-training-contract-basis': 'off' } });
      let refused;
      try { lintText('', { rules: { 'consent-bundle': 'off' } }); } catch (error) { refused = { name: error.name, code: error.code, isError: error instanceof RopaLintError, message: error.message }; }
      const twice = lintText('version: 1\\ncontroller: {name: Acme}\\ncontroller: {name: Acme}\\nprocessing_activities: []\\n');
      console.log(JSON.stringify({
        version, formats, schemaProperties: typeof schema.properties,
        rules: rules.map((rule) => rule.id),
        firstRule: rules[0],
        fromFiles: fromFiles.files[0].findings,
        fromText: fromText.files[0].findings.map((finding) => finding.ruleId),
        quiet: quiet.files[0].findings.map((finding) => finding.ruleId),
        refused,
        twice: twice.files[0].findings.map((finding) => finding.message),
        sarif: JSON.parse(format(fromFiles, 'sarif')).runs[0].results.length,
        stylish: format(fromFiles, 'stylish'),
      }));
    `;
    const result = run(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer });
    expect(result.stderr).toBe('');
    const api = JSON.parse(result.stdout) as {
      version: string;
      formats: string[];
      schemaProperties: string;
      rules: string[];
      firstRule: Record<string, unknown>;
      fromFiles: unknown[];
      fromText: string[];
      quiet: string[];
      refused: Record<string, unknown>;
      twice: string[];
      sarif: number;
      stylish: string;
    };
    expect(api.version).toBe(manifest.version);
    // The JSON Schemas are exported too, for tools that resolve them from the package.
    expect(api.schemaProperties).toBe('object');
    expect(api.formats).toEqual(['github', 'html', 'json', 'markdown', 'sarif', 'stylish']);
    expect(api.rules).toEqual(rules.map((rule) => rule.meta.id));
    const first = rules[0]!.meta;
    expect(api.firstRule).toEqual({ id: first.id, severity: first.severity, reference: first.reference, description: first.description, docsUrl: first.docsUrl, aiOnly: first.aiOnly, comparison: first.comparison === true });

    // lintFiles reads the notice and documents from disk: the same findings as the CLI's json.
    const cli = JSON.parse(ropaLint(['--format', 'json', 'examples/zoom-2023.ropa.yaml']).stdout) as { findings: Record<string, unknown>[] };
    expect(api.fromFiles.map((finding) => pickJsonKeys(finding as Record<string, unknown>))).toEqual(cli.findings);
    expect(api.sarif).toBe(cli.findings.length);
    expect(api.stylish).toContain('error[ai-training-contract-basis]');

    // lintText reads nothing: the notice given as text (one without the purposes) is what it judges.
    expect(api.fromText).toContain('ai-training-contract-basis');
    expect(api.fromText).toContain('notice-undisclosed-purpose');
    expect(api.quiet).not.toContain('ai-training-contract-basis');
    expect(api.quiet).not.toContain('notice-undisclosed-purpose');
    expect(api.quiet.length).toBeGreaterThan(0);
    expect(api.refused).toEqual({ name: 'RopaLintError', code: 'config', isError: true, message: 'unknown rule `consent-bundle` (did you mean `consent-bundled`?); `rules` lists them all' });
    expect(api.twice.some((message) => message.startsWith('duplicate key'))).toBe(true);
  });

  it('type-checks a consumer against the bundled types', () => {
    writeFileSync(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022'], types: [], noEmit: true, skipLibCheck: false }, files: ['consumer.ts'] }),
    );
    writeFileSync(
      path.join(consumer, 'consumer.ts'),
      `import { format, formats, lintFiles, lintText, RopaLintError, rules, version, type Finding, type FormatName, type LintReport, type RuleInfo } from 'ropa-lint';

const report: LintReport = lintText('version: 1\\n', { file: 'a.ropa.yaml', rules: { 'consent-bundled': 'off' }, notices: { 'notice.md': '# Notice' }, documents: ['dpia.md'] });
const first: Finding | undefined = report.files[0]?.findings[0];
const line: number | undefined = first?.line;
const reference: string | null | undefined = first?.reference;
const names: readonly FormatName[] = formats;
const sarif: string = format(report, 'sarif', { color: false });
const later: Promise<LintReport> = lintFiles(['records/*.ropa.yaml'], { cwd: '.', config: '.ropa-lint.yaml', base: 'origin/main' });
const ids: string[] = rules.map((rule: RuleInfo) => rule.id);
const known: string = version;
const problems: readonly string[] | undefined = new Error() instanceof RopaLintError ? [] : undefined;
// @ts-expect-error: not a format
format(report, 'xml');
// @ts-expect-error: not a severity
lintText('', { rules: { schema: 'fatal' } });
// @ts-expect-error: the findings are typed, not any
const wrong: number = report.files[0]!.findings[0]!.message;
export { line, reference, names, sarif, later, ids, known, problems, wrong };
`,
    );
    const result = run(process.execPath, [tsc, '-p', consumer], { cwd: consumer });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it("type-checks the README's example of the API", () => {
    const example = /```ts\n(import [^`]*from 'ropa-lint';[\s\S]*?)```/.exec(readFileSync(path.join(root, 'README.md'), 'utf8'))?.[1];
    expect(example).toBeDefined();
    writeFileSync(path.join(consumer, 'readme-example.ts'), example!);
    // The example uses Node's own modules: the project's Node types, as a Node user has them.
    writeFileSync(
      path.join(consumer, 'tsconfig.readme.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022'], typeRoots: [path.join(root, 'node_modules', '@types')], types: ['node'], skipLibCheck: true, noEmit: true }, files: ['readme-example.ts'] }),
    );
    const result = run(process.execPath, [tsc, '-p', path.join(consumer, 'tsconfig.readme.json')], { cwd: consumer });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

/** A finding of the API with only the keys the json format writes (SPEC §5). */
function pickJsonKeys(finding: Record<string, unknown>): Record<string, unknown> {
  const keys = ['ruleId', 'severity', 'message', 'reference', 'help', 'file', 'line', 'column', 'endLine', 'endColumn', 'pointer', 'isNew'];
  return Object.fromEntries(keys.filter((key) => key in finding).map((key) => [key, finding[key]]));
}
