/**
 * Adopting ropa-lint on a record that already has findings (issue 16, SPEC §7), end to end: the
 * Action bundled from src/ and run as the runner runs it, against the stand-in of the GitHub API
 * (every request checked against GitHub's OpenAPI description). A pull request on a record with
 * 60 old findings adds 2: with `fail-on-new`, and with a `baseline`, the step fails on the 2 only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { ANALYTICS, record } from '../baseline/fixtures.js';
import { cli } from '../support/cli.js';
import { bundleAction } from './bundle.js';
import { GitHubStandIn } from './github-stand-in.js';
import { type ActionRun, pullRequestPayload, repository, runAction, writeFiles } from './support.js';

const TOKEN = `ghs_${'Ad0'.repeat(12)}`;
const MARKER = '<!-- ropa-lint:sticky -->';
const OLD = record(19);
const TWO_MORE = record(19, ANALYTICS);

let entry: string;
beforeAll(async () => {
  entry = await bundleAction();
});

async function startStandIn(context: TestContext): Promise<GitHubStandIn> {
  const github = await new GitHubStandIn(TOKEN).start();
  context.onTestFinished(() => github.close());
  return github;
}

/** The line the step fails with, or undefined when it passes. */
function failure(run: ActionRun): string | undefined {
  return run.stdout.split('\n').find((line) => line.startsWith('::error::'));
}

interface Annotation {
  title: string;
  annotation_level: string;
  raw_details?: string;
}

/** A pull request from `base` to `head` files (and the same for the files both share), run with `inputs`. */
async function pullRequest(context: TestContext, base: Record<string, string>, head: Record<string, string>, inputs: Record<string, string>) {
  const { dir, shas } = repository([base, head]);
  const [baseSha, headSha] = shas as [string, string];
  const github = await startStandIn(context);
  const run = await runAction({ workspace: dir, apiUrl: github.url, event: 'pull_request', payload: pullRequestPayload(42, baseSha, headSha), sha: headSha, inputs, entry }, TOKEN);
  expect(github.invalid).toEqual([]);
  expect(run.stderr).toBe('');
  const annotations = github.checkRuns.flatMap((checkRun) => checkRun.annotations) as unknown as Annotation[];
  return { dir, baseSha, headSha, github, run, annotations, comment: github.comments.find((item) => item.body.startsWith(MARKER))?.body };
}

describe.concurrent('the Action on a record with 60 old findings', () => {
  it('the premise: 60 findings at the base, 62 at the head, 58 of them errors', async () => {
    const { dir } = repository([{ 'privacy/ropa.yaml': TWO_MORE }]);
    const head = JSON.parse((await cli(['--format', 'json', '--fail-on', 'never'], dir)).stdout) as { findings: { severity: string }[] };
    expect(head.findings).toHaveLength(62);
    writeFiles(dir, { 'privacy/ropa.yaml': OLD });
    const base = JSON.parse((await cli(['--format', 'json', '--fail-on', 'never'], dir)).stdout) as { findings: { severity: string }[] };
    expect(base.findings).toHaveLength(60);
    expect(base.findings.filter((finding) => finding.severity === 'error')).toHaveLength(58);
  });

  it('fail-on-new: a pull request that adds 2 findings fails on the 2; the 60 are annotated, as existing', async (context) => {
    const { baseSha, run, github, annotations, comment } = await pullRequest(context, { 'privacy/ropa.yaml': OLD }, { 'privacy/ropa.yaml': TWO_MORE }, { 'fail-on-new': 'true' });
    expect(run.code).toBe(1);
    expect(failure(run)).toBe(`::error::ropa-lint: 2 new findings since ${baseSha} at or above fail-on (error) fail the step (fail-on-new: 58 existing ones are reported, not counted)`);
    expect(github.checkRuns).toHaveLength(1);
    expect(github.checkRuns[0]!.conclusion).toBe('failure');
    expect(annotations).toHaveLength(62);
    expect(annotations.filter((annotation) => annotation.raw_details?.startsWith('New in this pull request.')).map((annotation) => annotation.title).sort()).toEqual(['legitimate-interests-assessment', 'right-to-object']);
    expect(run.outputs.errors).toBe('60');
    expect(comment).toContain(`2 new since \`${baseSha}\``);
    expect(run.summary).toContain(`2 new since \`${baseSha}\``);
  });

  it('fail-on-new: a pull request that adds none passes, where the same run without it fails', async (context) => {
    const change = { 'privacy/ropa.yaml': `# Reviewed by the DPO.\n${OLD}` };
    const [withFlag, without] = await Promise.all([
      pullRequest(context, { 'privacy/ropa.yaml': OLD }, change, { 'fail-on-new': 'true' }),
      pullRequest(context, { 'privacy/ropa.yaml': OLD }, change, {}),
    ]);
    expect([withFlag.run.code, without.run.code]).toEqual([0, 1]);
    expect(failure(withFlag.run)).toBeUndefined();
    expect(withFlag.github.checkRuns[0]!.conclusion).toBe('neutral');
    expect(withFlag.annotations).toHaveLength(60);
    expect(withFlag.run.summary).toContain('0 new since');
    expect(failure(without.run)).toBe('::error::ropa-lint: 58 errors, 2 warnings, 0 notices; findings at or above fail-on (error) fail the step');
  });

  it('baseline: the baseline written at the base takes out the 60; the step, the annotations, the counts and the comment have the 2', async (context) => {
    // The team adopted ropa-lint on the base: the baseline is committed with the record.
    const { dir: adopted } = repository([{ 'privacy/ropa.yaml': OLD }]);
    expect((await cli(['--baseline', 'ropa-lint-baseline.json', '--write-baseline'], adopted)).code).toBe(0);
    const baseline = readFileSync(path.join(adopted, 'ropa-lint-baseline.json'), 'utf8');

    const { run, github, annotations, comment } = await pullRequest(context, { 'privacy/ropa.yaml': OLD, 'ropa-lint-baseline.json': baseline }, { 'privacy/ropa.yaml': TWO_MORE }, { baseline: 'ropa-lint-baseline.json', sarif: 'ropa-lint.sarif' });
    expect(run.code).toBe(1);
    expect(failure(run)).toBe('::error::ropa-lint: 2 errors, 0 warnings, 0 notices; findings at or above fail-on (error) fail the step');
    expect(run.outputs).toMatchObject({ errors: '2', warnings: '0', notices: '0' });
    expect(github.checkRuns[0]!.conclusion).toBe('failure');
    expect(annotations.map((annotation) => annotation.title).sort()).toEqual(['legitimate-interests-assessment', 'right-to-object']);
    expect(run.summary).toContain('**2 errors, 0 warnings, 0 notices** in 1 file');
    expect(run.summary).toContain('60 in the baseline `ropa-lint-baseline.json`');
    expect(comment).toContain('60 in the baseline `ropa-lint-baseline.json`');
    // The SARIF file keeps the 60 for code scanning, as accepted.
    const sarif = JSON.parse(readFileSync(path.join(run.files.find((file) => file.endsWith('ropa-lint.sarif'))!), 'utf8')) as { runs: { results: { suppressions?: { kind: string; status: string }[] }[] }[] };
    expect(sarif.runs[0]!.results.filter((result) => result.suppressions?.[0]?.kind === 'external' && result.suppressions[0].status === 'accepted')).toHaveLength(60);
    expect(sarif.runs[0]!.results).toHaveLength(62);
  });

  it('baseline: a pull request that adds nothing is green, and says what the baseline holds', async (context) => {
    const { dir: adopted } = repository([{ 'privacy/ropa.yaml': OLD }]);
    await cli(['--baseline', 'ropa-lint-baseline.json', '--write-baseline'], adopted);
    const baseline = readFileSync(path.join(adopted, 'ropa-lint-baseline.json'), 'utf8');
    // Two purposes fixed: their six findings are fixed in the baseline too.
    const { run, github, annotations } = await pullRequest(context, { 'privacy/ropa.yaml': OLD, 'ropa-lint-baseline.json': baseline }, { 'privacy/ropa.yaml': record(17) }, { baseline: 'ropa-lint-baseline.json' });
    expect(run.code).toBe(0);
    expect(github.checkRuns[0]!.conclusion).toBe('success');
    expect(annotations).toEqual([]);
    expect(run.summary).toContain('✅ **No new problems** in 1 file');
    expect(run.summary).toContain('54 in the baseline `ropa-lint-baseline.json` · 6 baselined findings are fixed: `--write-baseline` drops them');
  });

  it.for([
    ['a path out of the workspace', '../baseline.json', {}, '::error::ropa-lint: input baseline must stay inside the workspace, and ../baseline.json leaves it (..)'],
    ['a file that is no baseline', 'ropa-lint-baseline.json', { 'ropa-lint-baseline.json': '{"version": 1, "findings": [{"rule": "schema", "file": "x"}]}' }, '::error::ropa-lint: baseline ropa-lint-baseline.json: findings[0] has no `path`'],
    ['a file that is missing', 'ropa-lint-baseline.json', {}, "::error::ropa-lint: baseline file not found: ropa-lint-baseline.json; record today's findings in it first: npx ropa-lint --baseline ropa-lint-baseline.json --write-baseline"],
  ] as const)('baseline: %s fails the step with one line and sends nothing', async ([, input, files, message], context) => {
    const { dir, shas } = repository([{ 'privacy/ropa.yaml': OLD, ...files }]);
    const github = await startStandIn(context);
    const run = await runAction({ workspace: dir, apiUrl: github.url, event: 'push', payload: {}, sha: shas[0]!, inputs: { baseline: input }, entry }, TOKEN);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([message]);
    expect(run.summary).toContain('The inventory could not be checked');
    expect(github.requests).toEqual([]);
  });

  it('fail-on-new on a push (no base): every finding counts, and the summary says why', async (context) => {
    const { dir, shas } = repository([{ 'privacy/ropa.yaml': OLD }]);
    const github = await startStandIn(context);
    const run = await runAction({ workspace: dir, apiUrl: github.url, event: 'push', payload: {}, sha: shas[0]!, inputs: { 'fail-on-new': 'true' }, entry }, TOKEN);
    expect(run.code).toBe(1);
    expect(run.summary).toContain('> Fail-on-new: there is no base to compare with');
    expect(run.stdout).toContain('ropa-lint: fail-on-new: there is no base to compare with');
    expect(failure(run)).toBe('::error::ropa-lint: 58 errors, 2 warnings, 0 notices; findings at or above fail-on (error) fail the step');
  });
});
