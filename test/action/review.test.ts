/**
 * Safe fixes as GitHub suggested changes on a pull request (issue 16), against the GitHub
 * stand-in, whose requests are checked against GitHub's OpenAPI description: one review with a
 * ```suggestion block on each line the pull request adds and ropa-lint can fix; nothing on lines
 * the change did not write; no second review on a re-run; a read-only token degrades to a note.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintSource } from '../../src/core/engine.js';
import { type LintReport, summarize } from '../../src/core/types.js';
import type { RunContext } from '../../src/action/event.js';
import { rules } from '../../src/rules/index.js';
import { completeRecord } from '../support/complete-record.js';
import { GitHubStandIn } from './github-stand-in.js';
import { git, repository } from './support.js';

type ReviewModule = typeof import('../../src/action/review.js');
type Client = ReturnType<(typeof import('../../src/action/octokit.js'))['createClient']>;

const TOKEN = 'ghs_review_test_token';
const FILE = 'privacy/ropa.yaml';

/** The base: a complete record with one slip that the pull request does not touch. */
const base = completeRecord.replace('role: controller', 'role: Controller');

/** ⟦written|fixed⟧: the slips the pull request adds, in a new activity. */
const added = `  - id: reply-training
    name: Reply training
    role: controller
    data_subjects: [workspace-members]
    data_categories: [chat-messages]
    purposes:
      - id: train-replies
        description: Train the reply model on past conversations.
        ai_training: ⟦yes|true⟧
        ⟦lawfull_basis|lawful_basis⟧: consent   # asked in the app
        consent: {collection: opt-in, explicit: ⟦"true"|true⟧, granular: true, given_by: all-participants, withdrawal: in-product, records: consent-service}
    recipients: []
    transfers:
      - {country: ⟦USA|US⟧, mechanism: ⟦SCCs|scc⟧}
    retention: P1Y
    security_measures: [encryption-at-rest]
    dpia: {status: completed, reference: DPIA-7}
`;
const TOKEN_MARK = /⟦([^|⟧]*)\|([^⟧]*)⟧/g;
const headOf = (which: 1 | 2) => `${base}${added.replace(TOKEN_MARK, (_all, written: string, fixed: string) => (which === 1 ? written : fixed))}`;

let standIn: GitHubStandIn;
let review: ReviewModule;
let client: Client;
let previousApiUrl: string | undefined;

beforeAll(async () => {
  standIn = await new GitHubStandIn(TOKEN).start();
  // @actions/github reads the API's address when it is loaded: the modules come after it is set.
  previousApiUrl = process.env.GITHUB_API_URL;
  process.env.GITHUB_API_URL = standIn.url;
  review = await import('../../src/action/review.js');
  client = (await import('../../src/action/octokit.js')).createClient(TOKEN);
});

afterAll(async () => {
  if (previousApiUrl === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = previousApiUrl;
  await standIn.close();
});

/** A pull request from `before` to `after` of the inventory: its patch as GitHub lists it, and the run context. */
function pullRequest(before: string, after: string, number = 7): { context: RunContext; patch: string } {
  const { dir, shas } = repository([{ [FILE]: before }, { [FILE]: after }]);
  const diff = git(dir, 'diff', shas[0]!, shas[1]!, '--', FILE);
  const patch = diff.slice(diff.indexOf('@@'));
  const context: RunContext = {
    eventName: 'pull_request',
    kind: 'pull_request',
    owner: 'acme',
    repo: 'privacy',
    sha: shas[1]!,
    pullRequest: { number, baseSha: shas[0]!, headSha: shas[1]! },
    workspace: path.resolve(dir),
    serverUrl: 'https://github.com',
  };
  return { context, patch };
}

function reportOf(text: string): LintReport {
  const files = [lintSource(text, FILE, { rules })];
  return { files, summary: summarize(files) };
}

/** The head text with each suggestion of the review applied, as the author would apply them. */
function applySuggestions(text: string, comments: readonly { line: number; body: string }[]): string {
  const lines = text.split('\n');
  for (const comment of comments) {
    const block = /(`{3,})suggestion\n([\s\S]*?)\n\1\n$/.exec(comment.body);
    expect(block, comment.body).not.toBeNull();
    lines[comment.line - 1] = block![2]!;
  }
  return lines.join('\n');
}

function reset(): void {
  standIn.reviews.length = 0;
  standIn.requests.length = 0;
  standIn.invalid.length = 0;
  standIn.readOnly = false;
}

describe('suggested changes on a pull request', () => {
  it('posts one review with a suggestion on each added line it can fix, and none on the lines the change did not write', async () => {
    reset();
    const { context, patch } = pullRequest(base, headOf(1));
    standIn.pullFiles = [{ filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }, { filename: FILE, status: 'modified', patch }];
    const report = reportOf(headOf(1));
    // The slip of the base (`Controller`) is fixable too, but not on a line of this change.
    expect(report.files[0]!.findings.filter((finding) => finding.fix !== undefined)).toHaveLength(6);

    expect(await review.reviewSuggestions(client, context, report)).toBeUndefined();
    expect(standIn.invalid).toEqual([]);
    expect(standIn.reviews).toHaveLength(1);
    const [posted] = standIn.reviews;
    expect(posted!.commit_id).toBe(context.pullRequest!.headSha);
    expect(posted!.event).toBe('COMMENT');
    expect(posted!.body.startsWith(review.REVIEW_MARKER)).toBe(true);
    const headLines = headOf(1).split('\n');
    const lineOf = (text: string) => headLines.findIndex((line) => line.includes(text)) + 1;
    expect(posted!.comments.map((comment) => [comment.line, comment.side, comment.path])).toEqual([
      [lineOf('ai_training: yes'), 'RIGHT', FILE],
      [lineOf('lawfull_basis'), 'RIGHT', FILE],
      [lineOf('explicit: "true"'), 'RIGHT', FILE],
      [lineOf('country: USA'), 'RIGHT', FILE],
    ]);
    // Two fixes on one line are one suggestion of the line as both make it.
    expect(posted!.comments[3]!.body).toContain('```suggestion\n      - {country: US, mechanism: scc}\n```\n');
    expect(posted!.comments[1]!.body).toContain('unknown key `lawfull_basis`');
    expect(posted!.comments[1]!.body).toContain('```suggestion\n        lawful_basis: consent   # asked in the app\n```\n');
    // Applied, the suggestions give the head with the change's slips fixed, and the base's left alone.
    expect(applySuggestions(headOf(1), posted!.comments)).toBe(headOf(2));
  });

  it('posts no second review on a re-run, and only the new suggestions after a push that adds a slip', async () => {
    reset();
    const { context, patch } = pullRequest(base, headOf(1));
    standIn.pullFiles = [{ filename: FILE, status: 'modified', patch }];
    await review.reviewSuggestions(client, context, reportOf(headOf(1)));
    await review.reviewSuggestions(client, context, reportOf(headOf(1)));
    expect(standIn.reviews).toHaveLength(1);
    expect(standIn.calls('pulls/create-review')).toHaveLength(1);

    // A push inserts a line above the slips (they move) and adds a new one.
    const pushed = headOf(1).replace('    name: Reply training\n', '    name: Reply training\n    description: Suggest replies.\n').replace('retention: P1Y', 'retention: P1Y\n    automated_decision_making: no');
    const next = pullRequest(base, pushed);
    standIn.pullFiles = [{ filename: FILE, status: 'modified', patch: next.patch }];
    await review.reviewSuggestions(client, next.context, reportOf(pushed));
    expect(standIn.reviews).toHaveLength(2);
    expect(standIn.reviews[1]!.comments.map((comment) => comment.body.match(/```suggestion\n(.*)\n```/)![1])).toEqual(['    automated_decision_making: false']);
    expect(standIn.invalid).toEqual([]);
  });

  it('asks nothing of the API when no finding has a fix, and posts nothing when no fix is on an added line', async () => {
    reset();
    const { context, patch } = pullRequest(base, headOf(2));
    standIn.pullFiles = [{ filename: FILE, status: 'modified', patch }];
    expect(await review.postSuggestions(client, context, reportOf(headOf(2).replace('role: Controller', 'role: controller')))).toEqual({ action: 'none', reason: 'nothing to fix' });
    expect(standIn.requests).toEqual([]);
    expect(await review.postSuggestions(client, context, reportOf(headOf(2)))).toEqual({ action: 'none', reason: 'no fix on a line this pull request adds' });
    expect(standIn.reviews).toEqual([]);
  });

  it('leaves out a line whose text at the head is not the text that was checked', async () => {
    reset();
    const { context, patch } = pullRequest(base, headOf(1));
    standIn.pullFiles = [{ filename: FILE, status: 'modified', patch: patch.replace('+        ai_training: yes', '+        ai_training: yes   # changed since') }];
    await review.reviewSuggestions(client, context, reportOf(headOf(1)));
    expect(standIn.reviews[0]!.comments.map((comment) => comment.body)).not.toContainEqual(expect.stringContaining('ai_training'));
    expect(standIn.reviews[0]!.comments).toHaveLength(3);
  });

  it('with a read-only token (403), posts nothing, says which permission is missing, and does not throw', async () => {
    reset();
    standIn.readOnly = true;
    const { context, patch } = pullRequest(base, headOf(1));
    standIn.pullFiles = [{ filename: FILE, status: 'modified', patch }];
    const note = await review.reviewSuggestions(client, context, reportOf(headOf(1)));
    expect(note).toMatch(/^the token cannot review the pull request \(HTTP 403: Resource not accessible by integration\); add `pull-requests: write`/);
    expect(standIn.reviews).toEqual([]);
    expect(standIn.invalid).toEqual([]);
  });

  it('turns any other refusal of the review into a note', async () => {
    reset();
    const { context, patch } = pullRequest(base, headOf(1));
    standIn.pullFiles = [{ filename: FILE, status: 'modified', patch }];
    standIn.inject('pulls/create-review', { status: 422, message: 'Unprocessable Entity' });
    expect(await review.reviewSuggestions(client, context, reportOf(headOf(1)))).toBe('the suggested fixes could not be posted as a review (HTTP 422: Unprocessable Entity); `npx ropa-lint --fix` makes them locally.');
  });
});

describe('the lines a patch adds', () => {
  it('numbers them in the new file, past removed lines, context and a missing line break', () => {
    const patch = ['@@ -1,4 +1,4 @@', ' a', '-b', '+B', ' c', '@@ -10,2 +10,3 @@', ' j', '+k', '+l\r', '\\ No newline at end of file'].join('\n');
    expect([...review.addedLines(patch)]).toEqual([
      [2, 'B'],
      [11, 'k'],
      [12, 'l'],
    ]);
  });

  it('reads the keys of earlier reviews from their marker only', () => {
    expect([...review.postedKeys([`${review.REVIEW_MARKER} 0123456789abcdef fedcba9876543210 -->\ntext`, '> <!-- ropa-lint:suggestions 1111111111111111 -->', null])]).toEqual(['0123456789abcdef', 'fedcba9876543210']);
  });
});
