/**
 * What a release rests on: the workflows as GitHub reads them, the changelog section that
 * becomes the release's text, and the hook definition the pre-commit framework reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type WorkflowParser = typeof import('@actions/workflow-parser');

const root = fileURLToPath(new URL('../..', import.meta.url));
const workflowsFolder = path.join(root, '.github', 'workflows');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

let scratch: string;
let parser: WorkflowParser;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'ropa-lint-release-'));
  // GitHub's parser imports its JSON schema without an import attribute, which Node refuses;
  // bundled (as the VS Code extension it was written for bundles it), it runs as it is.
  const { outputFiles } = await build({
    stdin: { contents: "export * from '@actions/workflow-parser';", resolveDir: root, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const file = path.join(scratch, 'workflow-parser.mjs');
  writeFileSync(file, outputFiles[0]!.text);
  parser = (await import(pathToFileURL(file).href)) as WorkflowParser;
}, 60_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** GitHub's own reading of a workflow: the errors it would show, and the jobs it would run. */
async function parseWorkflow(name: string, content: string): Promise<{ errors: string[]; jobs: string[] }> {
  const result = parser.parseWorkflow({ name, content }, new parser.NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((error) => error.message);
  if (result.value === undefined) return { errors, jobs: [] };
  const template = await parser.convertWorkflowTemplate(result.context, result.value);
  // The conversion reports the parse's errors again, with its own.
  const all = [...errors, ...(template.errors ?? []).map((error) => String((error as { Message?: string }).Message ?? error))];
  return { errors: [...new Set(all)], jobs: (template.jobs ?? []).map((job) => String(job.id.value)) };
}

interface Step {
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, { tags?: string[]; branches?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

describe('GitHub workflows', () => {
  const files = readdirSync(workflowsFolder).filter((name) => /\.ya?ml$/.test(name));

  it('are there: ci and release', () => {
    expect(files.sort()).toEqual(['ci.yml', 'release.yml']);
  });

  it.each(files)('%s is a valid workflow for GitHub', async (file) => {
    const { errors, jobs } = await parseWorkflow(file, read(`.github/workflows/${file}`));
    expect(errors).toEqual([]);
    expect(jobs.length).toBeGreaterThan(0);
  });

  it('the parser rejects a workflow GitHub would reject', async () => {
    const { errors } = await parseWorkflow('broken.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      id-tokens: write\n    steps:\n      - run: echo hi\n');
    expect(errors).toEqual(["broken.yml (Line: 6, Col: 7): Unexpected value 'id-tokens'"]);
  });

  it('ci runs the CI script and checks what npm publish would upload', () => {
    const ci = parse(read('.github/workflows/ci.yml')) as Workflow;
    const runs = Object.values(ci.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''));
    expect(runs).toContain('bash .ci/run');
    expect(runs.some((run) => /^npm publish --dry-run\b/.test(run))).toBe(true);
  });

  it('release runs on a version tag: the CI script, npm publish with provenance, the GitHub release, the major tag', () => {
    const release = parse(read('.github/workflows/release.yml')) as Workflow;
    expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } });
    const [job, ...others] = Object.values(release.jobs);
    expect(others).toEqual([]);
    expect(job!.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    const runs = job!.steps.map((step) => step.run ?? '');
    const order = ['bash .ci/run', 'npm publish --provenance', 'gh release create', 'git push --force origin "refs/tags/'].map((command) => runs.findIndex((run) => run.includes(command)));
    // Each step present, and none published before the checks pass.
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(runs.findIndex((run) => run.includes('changelog-section.mjs'))).toBeLessThan(order[0]!);
  });
});

describe('CHANGELOG.md', () => {
  const changelog = read('CHANGELOG.md');
  const headings = [...changelog.matchAll(/^## (.*)$/gm)].map((match) => match[1]!);

  it('keeps a changelog: Unreleased first, then versions newest first with their dates, each linked', () => {
    expect(changelog.startsWith('# Changelog\n')).toBe(true);
    expect(headings[0]).toBe('[Unreleased]');
    const versions = headings.slice(1).map((heading) => /^\[(\d+\.\d+\.\d+(?:-[\w.]+)?)\] - (\d{4}-\d{2}-\d{2})( \[YANKED\])?$/.exec(heading));
    expect(versions.every((match) => match !== null)).toBe(true);
    const numbers = versions.map((match) => match![1]!);
    expect(numbers).toEqual([...numbers].sort((a, b) => b.localeCompare(a, 'en', { numeric: true })));
    for (const label of ['Unreleased', ...numbers]) expect(changelog).toMatch(new RegExp(`^\\[${label.replace(/\./g, '\\.')}\\]: https://github\\.com/ropa-lint/ropa-lint/`, 'm'));
    const kinds = [...changelog.matchAll(/^### (.*)$/gm)].map((match) => match[1]);
    expect(kinds.filter((kind) => !['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'].includes(kind!))).toEqual([]);
  });

  /** The release workflow's step: the section of one version, or a failure that stops the release. */
  const section = (version: string, file = path.join(root, 'CHANGELOG.md')) =>
    spawnSync(process.execPath, [path.join(root, '.github', 'scripts', 'changelog-section.mjs'), version, file], { cwd: root, encoding: 'utf8' });

  it('gives the release the text of its version, without the heading or the links', () => {
    const sample = path.join(scratch, 'CHANGELOG.md');
    writeFileSync(sample, '# Changelog\n\n## [Unreleased]\n\n### Added\n\n- next\n\n## [1.1.0] - 2026-12-02\n\n### Fixed\n\n- a fix\n\n## [1.0.0] - 2026-12-01\n\n### Added\n\n- first\n\n[Unreleased]: https://example.test/a\n[1.1.0]: https://example.test/b\n[1.0.0]: https://example.test/c\n');
    expect(section('1.1.0', sample)).toMatchObject({ status: 0, stdout: '### Fixed\n\n- a fix\n' });
    expect(section('1.0.0', sample)).toMatchObject({ status: 0, stdout: '### Added\n\n- first\n' });
    const missing = section('1.2.0', sample);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('has no section "## [1.2.0] - YYYY-MM-DD"');
    writeFileSync(sample, '# Changelog\n\n## [1.0.0] - 2026-12-01\n\n## [0.9.0] - 2026-11-01\n\n- old\n');
    expect(section('1.0.0', sample)).toMatchObject({ status: 1, stderr: expect.stringContaining('is empty') });
    expect(section('v1.0.0', sample).status).toBe(2);
  });

  it("has a section for package.json's version", () => {
    const { version } = JSON.parse(read('package.json')) as { version: string };
    expect(section(version).status).toBe(0);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(read('.pre-commit-hooks.yaml')) as Record<string, unknown>[];
  const manifest = JSON.parse(read('package.json')) as { bin: Record<string, string> };
  /** The keys of a hook definition in pre-commit's manifest, and their types. */
  const KEYS: Record<string, 'string' | 'boolean' | 'list'> = {
    id: 'string',
    name: 'string',
    entry: 'string',
    language: 'string',
    alias: 'string',
    files: 'string',
    exclude: 'string',
    types: 'list',
    types_or: 'list',
    exclude_types: 'list',
    additional_dependencies: 'list',
    args: 'list',
    always_run: 'boolean',
    fail_fast: 'boolean',
    pass_filenames: 'boolean',
    description: 'string',
    language_version: 'string',
    log_file: 'string',
    minimum_pre_commit_version: 'string',
    require_serial: 'boolean',
    stages: 'list',
    verbose: 'boolean',
  };

  it('is a list of hooks with the keys and types pre-commit reads', () => {
    expect(Array.isArray(hooks)).toBe(true);
    expect(hooks.length).toBeGreaterThan(0);
    for (const hook of hooks) {
      for (const key of ['id', 'name', 'entry', 'language']) expect(typeof hook[key], `${key} of a hook`).toBe('string');
      for (const [key, value] of Object.entries(hook)) {
        expect(KEYS[key], `unknown key ${key}`).toBeDefined();
        expect(KEYS[key] === 'list' ? Array.isArray(value) : typeof value === KEYS[key], `type of ${key}`).toBe(true);
      }
    }
    expect(new Set(hooks.map((hook) => hook.id)).size).toBe(hooks.length);
  });

  it('runs the package’s own command, installed by npm, on the files the command line looks for', () => {
    const [hook] = hooks;
    expect(hook).toMatchObject({ id: 'ropa-lint', language: 'node', entry: 'ropa-lint' });
    expect(Object.keys(manifest.bin)).toContain(hook!.entry);
    const files = new RegExp(hook!.files as string);
    for (const name of ['ropa.yaml', 'records/ropa.yaml', 'acme.ropa.yaml', 'records/eu/acme-chat.ropa.yaml']) expect(files.test(name), name).toBe(true);
    for (const name of ['notropa.yaml', 'ropa.yml', 'ropa.yaml.orig', '.ropa-lint.yaml', 'records/ropa.yaml/notes.md', 'docs/privacy-notice.md']) expect(files.test(name), name).toBe(false);
  });
});
