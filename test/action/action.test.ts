/**
 * The Action end to end: `npm run build`, then `node dist/index.js` as the runner starts it,
 * against a stand-in of the GitHub REST API that checks every request against GitHub's
 * OpenAPI description.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ajvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type * as Sarif from 'sarif';
import { beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { cli } from '../support/cli.js';
import { GitHubStandIn } from './github-stand-in.js';
import { type ActionRun, git, pullRequestPayload, repository, root, runAction } from './support.js';

const require = createRequire(import.meta.url);
const AjvDraft04 = ajvDraft04.default;
const addFormats = addFormatsModule as unknown as (ajv: InstanceType<typeof AjvDraft04>) => void;
const sarifAjv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(sarifAjv);
const validateSarif = sarifAjv.compile(JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object);

/** Looks like an installation token, and appears nowhere but in the request headers. */
const TOKEN = `ghs_${'Zq8'.repeat(12)}`;
const MARKER = '<!-- ropa-lint:sticky -->';

/** An inventory with `count` AI-training purposes, each without a lawful basis or consent: four findings each. */
function inventory(prefix: string, count: number): string {
  const lines = [
    'version: 1',
    'controller:',
    `  name: ${prefix} Ltd`,
    '  contact: privacy@example.test',
    'data_subjects:',
    '  - id: users',
    '    name: Users',
    'data_categories:',
    '  - id: messages',
    '    name: Messages',
    '    source: communications-content',
    'processing_activities:',
    `  - id: ${prefix}-chat`,
    '    name: Chat',
    '    role: controller',
    '    data_subjects: [users]',
    '    data_categories: [messages]',
    '    retention: P1Y',
    '    purposes:',
  ];
  for (let index = 0; index < count; index += 1) lines.push(`      - id: ${prefix}-train-${index}`, `        description: Train a model on chats (${index}).`, '        ai_training: true');
  return `${lines.join('\n')}\n`;
}

/** Rule severities spread over the three levels, so that each has more than ten findings. */
const CONFIG = 'rules:\n  notice-undisclosed-purpose: notice\n  eprivacy-communications-consent: warning\n';
const BASE_FILES = { '.ropa-lint.yaml': CONFIG, 'privacy/ropa.yaml': inventory('web', 6) };
const HEAD_FILES = { 'privacy/ropa.yaml': inventory('web', 10), 'teams/ml.ropa.yaml': inventory('ml', 8) };

interface CliFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The CLI's findings for the same checkout and base: what the Action must report. */
async function expectedFindings(workspace: string, base?: string): Promise<CliFinding[]> {
  const { stdout } = await cli(['--format', 'json', '--fail-on', 'never', ...(base ? ['--base', base] : [])], workspace);
  return (JSON.parse(stdout) as { findings: CliFinding[] }).findings;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** The token appears only in the runner's `::add-mask::` command, which the runner consumes and never shows. */
function expectNoToken(run: ActionRun): void {
  const masks = run.stdout.split('\n').filter((line) => line.includes(TOKEN));
  expect(masks).toEqual([`::add-mask::${TOKEN}`]);
  const rest = run.stdout.replace(`::add-mask::${TOKEN}`, '');
  for (const text of [rest, run.stderr, JSON.stringify(run.outputs), run.summary]) expect(text).not.toContain(TOKEN);
  for (const file of run.files) expect(readFileSync(file).includes(TOKEN), file).toBe(false);
}

function expectNoStackTrace(run: ActionRun): void {
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(run.stderr).toBe('');
}

beforeAll(() => {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'pipe' });
});

/** A stand-in for this test alone (in concurrent tests, the hook must come from the test's context). */
async function startStandIn(context: TestContext): Promise<GitHubStandIn> {
  const standIn = await new GitHubStandIn(TOKEN).start();
  context.onTestFinished(() => standIn.close());
  return standIn;
}

// Concurrent: the runs mostly wait (Octokit paces writes a second apart), so they overlap well.
describe.concurrent('the Action (dist/index.js)', () => {
  it('on a pull request: one check run with every finding annotated in batches of 50, one sticky comment over two runs, outputs, summary and SARIF', async (context) => {
    const { dir, shas } = repository([BASE_FILES, HEAD_FILES]);
    const [baseSha, headSha] = shas as [string, string];
    const github = await startStandIn(context);
    // 120 comments from others (so ours is on the second page), one of them quoting our marker.
    github.seedComments(120, (index) => (index === 7 ? `> ${MARKER}\n> quoted` : `comment ${index}`));
    // A secondary rate limit and a server error on the first run: both retried by Octokit's plugins.
    github.inject('checks/create', { status: 403, message: 'You have exceeded a secondary rate limit.', headers: { 'retry-after': '1' } });
    github.inject('checks/update', { status: 502, message: 'Bad Gateway' });

    const expected = await expectedFindings(dir, baseSha);
    expect(expected.length).toBeGreaterThanOrEqual(60);
    const severities = countBy(expected, (finding) => finding.severity);
    expect(severities.error).toBeGreaterThan(10);
    expect(severities.warning).toBeGreaterThan(10);
    expect(severities.notice).toBeGreaterThan(10);

    const options = { workspace: dir, apiUrl: github.url, event: 'pull_request' as const, payload: pullRequestPayload(42, baseSha, headSha), sha: 'f'.repeat(40), inputs: { sarif: 'ropa-lint.sarif' } };
    const first = await runAction(options, TOKEN);
    const second = await runAction(options, TOKEN);

    expect(github.invalid).toEqual([]);
    expect(github.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true);
    for (const run of [first, second]) {
      expect(run.code).toBe(1);
      expectNoStackTrace(run);
      expectNoToken(run);
      expect(run.stdout).not.toMatch(/^::(warning|notice)/m); // no fallback: annotations went through the Checks API
      expect(run.outputs).toEqual({
        errors: String(severities.error),
        warnings: String(severities.warning),
        notices: String(severities.notice),
        'sarif-file': path.join(dir, 'ropa-lint.sarif'),
      });
      expect(run.stdout).toContain(`::error::ropa-lint: ${severities.error} errors, ${severities.warning} warnings, ${severities.notice} notices; findings at or above fail-on (error) fail the step`);
      expect(run.summary).toContain('## ropa-lint report');
      expect(run.summary).toContain(`**${severities.error} errors, ${severities.warning} warnings, ${severities.notice} notices** in 2 files`);
    }

    // The secondary rate limit and the 502 were each tried again, once.
    expect(github.calls('checks/create').map((request) => request.status)).toEqual([403, 201, 201]);
    expect(github.calls('checks/update').map((request) => request.status)).toEqual([502, 200, 200]);
    expect(github.calls('issues/create-comment').map((request) => request.status)).toEqual([201]);

    // One check run per run, on the pull request's head, failing, with every finding once.
    expect(github.checkRuns).toHaveLength(2);
    for (const run of github.checkRuns) {
      expect(run).toMatchObject({ name: 'ropa-lint', head_sha: headSha, status: 'completed', conclusion: 'failure' });
      expect(run.output.title).toBe(`${severities.error} errors, ${severities.warning} warnings, ${severities.notice} notices`);
      expect(run.output.summary).toContain('## ropa-lint report');
      expect(run.output.summary).toContain('https://github.com/acme/privacy/blob/' + headSha + '/teams/ml.ropa.yaml#L');
      const annotations = run.annotations as { path: string; start_line: number; end_line: number; start_column?: number; end_column?: number; annotation_level: string; title: string; message: string }[];
      expect(annotations).toHaveLength(expected.length);
      const key = (item: { path?: string; file?: string; title?: string; ruleId?: string; start_line?: number; line?: number }) => `${item.path ?? item.file}:${item.start_line ?? item.line}:${item.title ?? item.ruleId}`;
      expect(countBy(annotations, key)).toEqual(countBy(expected, key));
      for (const annotation of annotations) {
        expect(['privacy/ropa.yaml', 'teams/ml.ropa.yaml']).toContain(annotation.path);
        expect(annotation.message).toMatch(/\nHelp: ./);
        expect(annotation.start_column === undefined).toBe(annotation.start_line !== annotation.end_line);
      }
      // Most severe first.
      const levels = annotations.map((annotation) => ['failure', 'warning', 'notice'].indexOf(annotation.annotation_level));
      expect(levels).toEqual([...levels].sort((a, b) => a - b));
    }
    const batches = github.requests.filter((request) => (request.operation === 'checks/create' || request.operation === 'checks/update') && request.status < 300).map(
      (request) => ((request.body as { output: { annotations: unknown[] } }).output.annotations ?? []).length,
    );
    expect(batches.every((size) => size <= 50)).toBe(true);
    expect(batches).toEqual([50, expected.length - 50, 50, expected.length - 50]);

    // One sticky comment: created by the first run, updated in place by the second.
    const ours = github.comments.filter((comment) => comment.body.startsWith(MARKER));
    expect(ours).toHaveLength(1);
    expect(github.calls('issues/update-comment')).toHaveLength(1);
    expect(github.calls('issues/update-comment')[0]!.path.comment_id).toBe(ours[0]!.id);
    expect(github.calls('issues/list-comments').some((request) => request.query.page === 2)).toBe(true);
    expect(ours[0]!.body).toContain(`new since \`${baseSha}\``);
    expect(ours[0]!.body).toContain('· **new**');

    // The SARIF file is valid SARIF 2.1.0 with every finding.
    const sarif = JSON.parse(readFileSync(path.join(dir, 'ropa-lint.sarif'), 'utf8')) as Sarif.Log;
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(sarif.runs[0]!.results).toHaveLength(expected.length);
  });

  it('with a read-only token (a fork): the same exit code, workflow-command annotations, the permissions named, the summary written', async (context) => {
    const { dir, shas } = repository([BASE_FILES, HEAD_FILES]);
    const [baseSha, headSha] = shas as [string, string];
    const github = await startStandIn(context);
    github.readOnly = true;
    const expected = await expectedFindings(dir, baseSha);
    const severities = countBy(expected, (finding) => finding.severity);

    const options = { workspace: dir, apiUrl: github.url, event: 'pull_request' as const, payload: pullRequestPayload(7, baseSha, headSha), sha: headSha, inputs: { sarif: 'out.sarif' } };
    const failing = await runAction(options, TOKEN);
    const never = await runAction({ ...options, inputs: { ...options.inputs, 'fail-on': 'never' } }, TOKEN);

    expect(github.invalid).toEqual([]);
    expect(github.calls('checks/create').map((request) => request.status)).toEqual([403, 403]);
    expect(github.calls('issues/create-comment').map((request) => request.status)).toEqual([403, 403]);
    expect(github.checkRuns).toEqual([]);

    // The findings decide: failing with fail-on error, passing with fail-on never.
    expect(failing.code).toBe(1);
    expect(never.code).toBe(0);
    for (const run of [failing, never]) {
      expectNoStackTrace(run);
      expectNoToken(run);
      const lines = run.stdout.split('\n');
      const errors = lines.filter((line) => line.startsWith('::error file='));
      const warnings = lines.filter((line) => line.startsWith('::warning file='));
      const notices = lines.filter((line) => line.startsWith('::notice file='));
      // Ten per level at most; with a failing step one error place is kept for the failure message.
      expect(errors).toHaveLength(run === failing ? 9 : 10);
      expect(warnings).toHaveLength(10);
      expect(notices).toHaveLength(10);
      expect(lines.filter((line) => line.startsWith('::error')).length).toBeLessThanOrEqual(10);
      // Most severe first.
      const first = (prefix: string) => lines.findIndex((line) => line.startsWith(prefix));
      expect(first('::error file=')).toBeLessThan(first('::warning file='));
      expect(first('::warning file=')).toBeLessThan(first('::notice file='));
      const shown = errors.length + warnings.length + notices.length;
      expect(lines).toContain(`ropa-lint: ${expected.length - shown} more findings are not shown as annotations (GitHub shows 10 per level and step); all of them are in the job summary and the SARIF file.`);
      expect(run.stdout).toMatch(/^ropa-lint: the token cannot write check runs \(HTTP 403: Resource not accessible by integration\); add `checks: write` to the workflow's `permissions:`.*$/m);
      expect(run.stdout).toMatch(/^ropa-lint: the token cannot comment on the pull request \(HTTP 403: Resource not accessible by integration\); add `pull-requests: write`.*$/m);
      expect(run.summary).toContain(`**${severities.error} errors, ${severities.warning} warnings, ${severities.notice} notices** in 2 files`);
      expect(run.summary).toContain('add `checks: write`');
      expect(run.summary).toContain('add `pull-requests: write`');
      expect(run.outputs.errors).toBe(String(severities.error));
    }
    expect(failing.stdout).toContain('::error::ropa-lint: ');
    expect(never.stdout).not.toContain('::error::');
  });

  it('in a shallow checkout without the base commit (pull_request_target): reads the base through the contents API', async (context) => {
    const origin = repository([BASE_FILES, HEAD_FILES]);
    const [baseSha, headSha] = origin.shas as [string, string];
    const clone = mkdtempSync(path.join(tmpdir(), 'ropa-shallow-'));
    git(clone, 'clone', '-q', '--depth=1', `file://${origin.dir}`, '.');
    expect(() => git(clone, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow();
    const github = await startStandIn(context);
    github.contents[baseSha] = { 'privacy/ropa.yaml': BASE_FILES['privacy/ropa.yaml'] };

    const run = await runAction({ workspace: clone, apiUrl: github.url, event: 'pull_request_target', payload: pullRequestPayload(3, baseSha, headSha), sha: baseSha, inputs: { 'fail-on': 'never', annotations: 'false' } }, TOKEN);

    expect(github.invalid).toEqual([]);
    expectNoStackTrace(run);
    expectNoToken(run);
    expect(run.code).toBe(0);
    const reads = github.calls('repos/get-content');
    expect(reads.map((request) => [request.path.path, request.query.ref, request.status])).toEqual([
      ['privacy/ropa.yaml', baseSha, 200],
      ['teams/ml.ropa.yaml', baseSha, 404],
    ]);
    expect(reads.every((request) => /raw/.test(request.accept ?? ''))).toBe(true);
    // The same new findings as git would find with the full history.
    const withGit = await cli(['--format', 'markdown', '--fail-on', 'never', '--base', baseSha], origin.dir);
    const newLine = /\d+ new since `[0-9a-f]{40}`/.exec(withGit.stdout)![0];
    expect(run.summary).toContain(newLine);
    expect(github.comments.find((comment) => comment.body.startsWith(MARKER))?.body).toContain(newLine);
    expect(github.checkRuns).toEqual([]);
  });

  it.for(['push', 'workflow_dispatch'] as const)('on %s: a check run on the commit, no base, no comment', async (event, context) => {
    const { dir, shas } = repository([{ 'privacy/ropa.yaml': inventory('web', 2) }]);
    const github = await startStandIn(context);
    const run = await runAction({ workspace: dir, apiUrl: github.url, event, payload: event === 'push' ? { after: shas[0] } : { inputs: {} }, sha: shas[0]!, inputs: { 'fail-on': 'never' } }, TOKEN);
    expect(github.invalid).toEqual([]);
    expectNoStackTrace(run);
    expectNoToken(run);
    expect(run.code).toBe(0);
    expect(github.checkRuns).toHaveLength(1);
    expect(github.checkRuns[0]).toMatchObject({ head_sha: shas[0], conclusion: 'neutral' });
    expect(github.calls('issues/list-comments')).toEqual([]);
    expect(github.calls('repos/get-content')).toEqual([]);
    expect(run.summary).not.toContain('new since');
  });

  it('when the Checks API stays rate-limited: workflow-command annotations and still a failed step', async (context) => {
    const { dir, shas } = repository([{ 'privacy/ropa.yaml': inventory('web', 2) }]);
    const github = await startStandIn(context);
    const limited = { status: 403, message: 'You have exceeded a secondary rate limit.', headers: { 'retry-after': '1' } };
    github.inject('checks/create', limited, limited, limited);
    const expected = await expectedFindings(dir);
    const run = await runAction({ workspace: dir, apiUrl: github.url, event: 'push', payload: {}, sha: shas[0]! }, TOKEN);
    expect(github.invalid).toEqual([]);
    expect(github.calls('checks/create').map((request) => request.status)).toEqual([403, 403, 403]);
    expect(run.code).toBe(1);
    expectNoStackTrace(run);
    expectNoToken(run);
    expect(run.stdout).toMatch(/^ropa-lint: the check run could not be created \(HTTP 403: You have exceeded a secondary rate limit\.\); the findings it misses are shown as workflow-command annotations\.$/m);
    expect(run.stdout.split('\n').filter((line) => /^::(error|warning|notice) file=/.test(line))).toHaveLength(expected.length);
    expect(run.stdout).toContain('::error::ropa-lint: ');
  });

  it('with a config error: a failed step with the one-line message, no stack trace, nothing sent', async (context) => {
    const { dir, shas } = repository([{ '.ropa-lint.yaml': 'rules:\n  lawful-basis-mising: error\n', 'privacy/ropa.yaml': inventory('web', 1) }]);
    const github = await startStandIn(context);
    const run = await runAction({ workspace: dir, apiUrl: github.url, event: 'push', payload: {}, sha: shas[0]! }, TOKEN);
    expect(run.code).toBe(1);
    expectNoStackTrace(run);
    expectNoToken(run);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toEqual(['::error::ropa-lint: .ropa-lint.yaml:2:3: unknown rule `lawful-basis-mising` (did you mean `lawful-basis-missing`?); `ropa-lint --list-rules` lists them all']);
    expect(run.summary).toContain('The inventory could not be checked');
    expect(github.requests).toEqual([]);
  });
});
