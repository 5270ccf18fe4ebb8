/**
 * The Action's REST client when the network or GitHub fails (issue 16): each failure says what
 * failed (DNS, refused, dropped, timeout, server error) rather than "HTTP 500", only a refusal of
 * the token reads as one, and the client gives up within a bounded time. Against the stand-in of
 * the GitHub API, which checks each request against GitHub's OpenAPI description.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { type ClientLimits, createClient, describeFailure, isRefusal, limitsFromEnvironment } from '../../src/action/octokit.js';
import { UsageError } from '../../src/workspace/usage-error.js';
import { record } from '../baseline/fixtures.js';
import { bundleAction } from './bundle.js';
import { GitHubStandIn } from './github-stand-in.js';
import { pullRequestPayload, repository, runAction } from './support.js';

const TOKEN = `ghs_${'Nw7'.repeat(12)}`;
/** Short waits: what the defaults do in minutes, these do in seconds. */
const QUICK: ClientLimits = { timeoutMs: 400, budgetMs: 60_000, retryDelayMs: 20 };

async function standIn(context: TestContext): Promise<GitHubStandIn> {
  const github = await new GitHubStandIn(TOKEN).start();
  context.onTestFinished(() => github.close());
  return github;
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** Lists the comments of a pull request: a read the Action makes on every pull request. */
async function failureOf(baseUrl: string, limits: ClientLimits = QUICK): Promise<{ error: unknown; ms: number }> {
  const client = createClient(TOKEN, limits, baseUrl);
  const started = Date.now();
  try {
    await client.rest.issues.listComments({ owner: 'acme', repo: 'privacy', issue_number: 1, per_page: 100 });
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
  throw new Error('the request succeeded');
}

describe('what failed, in words', () => {
  it('a server error: the status, GitHub\'s message and the attempts; not a refusal, so no permission is named', async (context) => {
    const github = await standIn(context);
    const boom = { status: 502, message: 'Bad Gateway' };
    github.inject('issues/list-comments', boom, boom, boom, boom);
    const { error } = await failureOf(github.url);
    expect(describeFailure(error)).toBe(`${new URL(github.url).host} answered with a server error, HTTP 502, 4 attempts: Bad Gateway`);
    expect(isRefusal(error)).toBe(false);
    expect(github.calls('issues/list-comments').map((request) => request.status)).toEqual([502, 502, 502, 502]);
    expect(github.invalid).toEqual([]);
  });

  it('a dropped connection', async (context) => {
    const github = await standIn(context);
    const drop = { status: 0, message: '', drop: true };
    github.inject('issues/list-comments', drop, drop, drop, drop);
    const { error } = await failureOf(github.url);
    expect(describeFailure(error)).toMatch(new RegExp(`^connection to ${new URL(github.url).host.replace(/\./g, '\\.')} dropped before an answer \\((UND_ERR_SOCKET|ECONNRESET), 4 attempts\\)$`));
    expect(isRefusal(error)).toBe(false);
  });

  it('no answer within the time limit', async (context) => {
    const github = await standIn(context);
    const slow = { status: 200, message: '', delayMs: 2_000 };
    github.inject('issues/list-comments', slow, slow, slow, slow);
    const { error, ms } = await failureOf(github.url);
    expect(describeFailure(error)).toBe(`timeout: no answer from ${new URL(github.url).host} within 0.4 s (4 attempts)`);
    expect(isRefusal(error)).toBe(false);
    // Four attempts of 0.4 s and the backoff between them, not four of 2 s.
    expect(ms).toBeLessThan(4 * 2_000);
  });

  it('a connection refused', async () => {
    const port = await closedPort();
    const { error } = await failureOf(`http://127.0.0.1:${port}`);
    expect(describeFailure(error)).toBe(`connection refused by 127.0.0.1:${port} (ECONNREFUSED, 4 attempts)`);
    expect(isRefusal(error)).toBe(false);
  });

  it('a name that does not resolve (DNS)', async () => {
    const { error } = await failureOf('http://api.ropa-lint.invalid');
    expect(describeFailure(error)).toMatch(/^DNS: the name api\.ropa-lint\.invalid could not be resolved \((ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL|EAI_NODATA), 4 attempts\); check GITHUB_API_URL and the runner's network$/);
    expect(isRefusal(error)).toBe(false);
  });

  it('a refusal of the token is one, with its status and message', async (context) => {
    const github = await standIn(context);
    github.inject('issues/list-comments', { status: 403, message: 'Resource not accessible by integration' });
    const { error } = await failureOf(github.url);
    expect(describeFailure(error)).toBe('HTTP 403: Resource not accessible by integration');
    expect(isRefusal(error)).toBe(true);
    // Not tried again: another try gets the same answer.
    expect(github.calls('issues/list-comments')).toHaveLength(1);
  });
});

describe('a bounded time', () => {
  it('gives up once requests have failed for the budget, and then fails every request at once, sending nothing', async (context) => {
    const github = await standIn(context);
    const slow = { status: 200, message: '', delayMs: 5_000 };
    github.inject('issues/list-comments', ...Array.from({ length: 20 }, () => slow));
    const client = createClient(TOKEN, { timeoutMs: 300, budgetMs: 700, retryDelayMs: 50 }, github.url);
    const list = () => client.rest.issues.listComments({ owner: 'acme', repo: 'privacy', issue_number: 1 });

    const started = Date.now();
    const first = await list().catch((error: unknown) => error);
    const firstMs = Date.now() - started;
    expect(describeFailure(first)).toMatch(new RegExp(`^gave up on the GitHub API after \\d+ s of failed requests \\(the last: timeout: no answer from ${new URL(github.url).host.replace(/\./g, '\\.')} within 0\\.3 s(?: \\(\\d attempts\\))?\\)$`));
    // The budget, one attempt's time limit and one wait of the backoff, at most.
    expect(firstMs).toBeLessThan(700 + 300 + 9 * 50 + 500);
    const sent = github.requests.length;

    const again = Date.now();
    const second = await list().catch((error: unknown) => error);
    expect(Date.now() - again).toBeLessThan(200);
    expect(describeFailure(second)).toMatch(/^gave up on the GitHub API after \d+ s of failed requests/);
    expect(github.requests).toHaveLength(sent);
  });

  it('an answer resets the budget: failures before a success do not count later', async (context) => {
    const github = await standIn(context);
    const boom = { status: 500, message: 'Internal error' };
    const client = createClient(TOKEN, { timeoutMs: 1_000, budgetMs: 250, retryDelayMs: 50 }, github.url);
    const list = () => client.rest.issues.listComments({ owner: 'acme', repo: 'privacy', issue_number: 1 });
    github.inject('issues/list-comments', boom);
    expect((await list()).data).toEqual([]);
    // Longer than the budget since that failure: had it still counted, the next request would not be sent.
    await new Promise((done) => setTimeout(done, 300));
    github.inject('issues/list-comments', boom, boom, boom, boom);
    const before = github.calls('issues/list-comments').length;
    await list().catch(() => undefined);
    expect(github.calls('issues/list-comments').length).toBeGreaterThan(before);
    expect(github.invalid).toEqual([]);
  });
});

describe('the limits from the environment', () => {
  it('reads ROPA_LINT_API_TIMEOUT and ROPA_LINT_API_BUDGET in seconds, and refuses anything else', () => {
    expect(limitsFromEnvironment({})).toEqual({ timeoutMs: 20_000, budgetMs: 60_000, retryDelayMs: 1_000 });
    expect(limitsFromEnvironment({ ROPA_LINT_API_TIMEOUT: '2.5', ROPA_LINT_API_BUDGET: '10' })).toEqual({ timeoutMs: 2_500, budgetMs: 10_000, retryDelayMs: 1_000 });
    expect(() => limitsFromEnvironment({ ROPA_LINT_API_TIMEOUT: 'soon' })).toThrow(new UsageError('ROPA_LINT_API_TIMEOUT must be a number of seconds between 0 and 3600, not "soon"'));
    expect(() => limitsFromEnvironment({ ROPA_LINT_API_BUDGET: '-1' })).toThrow(UsageError);
  });
});

describe.concurrent('the Action when the API fails: the step ends in bounded time, by its findings, and says what failed', () => {
  let entry: string;
  beforeAll(async () => {
    entry = await bundleAction();
  });
  /** One attempt may wait 2 s; after 2 s of failures the client gives up. */
  const env = { ROPA_LINT_API_TIMEOUT: '2', ROPA_LINT_API_BUDGET: '2' };
  const notes = (summary: string) => summary.split('\n').filter((line) => line.startsWith('> ') && !line.startsWith('> [!NOTE]'));

  it('server errors on the base (contents API): the comparison is skipped without naming a permission, and the rest gives up at once', async (context) => {
    const { dir, shas } = repository([{ 'privacy/ropa.yaml': record(3) }]);
    const github = await standIn(context);
    const boom = { status: 500, message: 'Internal error' };
    github.inject('repos/get-content', ...Array.from({ length: 10 }, () => boom));
    // A base commit the checkout does not have: read through the contents API.
    const baseSha = '1'.repeat(40);
    const started = Date.now();
    const run = await runAction({ workspace: dir, apiUrl: github.url, event: 'pull_request', payload: pullRequestPayload(5, baseSha, shas[0]!), sha: shas[0]!, env, entry }, TOKEN);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(github.invalid).toEqual([]);
    expect(run.code).toBe(1);
    const host = new URL(github.url).host;
    const lastFailure = `the last: ${host} answered with a server error, HTTP 500, 2 attempts: Internal error`;
    expect(notes(run.summary)).toEqual([
      expect.stringMatching(new RegExp(`^> Cannot read privacy/ropa\\.yaml at ${baseSha} through the contents API \\(gave up on the GitHub API after \\d+ s of failed requests \\(${lastFailure.replace(/[.()]/g, '\\$&')}\\)\\); the comparison with the base is skipped and findings are not marked new\\.$`)),
      expect.stringMatching(/^> The check run could not be created \(gave up on the GitHub API after \d+ s of failed requests .*\); the findings it misses are shown as workflow-command annotations\.$/),
      expect.stringMatching(/^> The pull request comment could not be written \(gave up on the GitHub API after \d+ s of failed requests .*\)\.$/),
    ]);
    expect(run.summary).not.toMatch(/contents: read|checks: write|pull-requests: write/);
    // Nothing more was sent once the client gave up.
    expect(github.requests.map((request) => request.operation)).toEqual(['repos/get-content', 'repos/get-content']);
    expect(run.stdout).toMatch(/^::error file=privacy\/ropa\.yaml,/m);
  });

  it('dropped connections on the check run: the fallback says so, without naming a permission', async (context) => {
    const { dir, shas } = repository([{ 'privacy/ropa.yaml': record(3) }]);
    const github = await standIn(context);
    github.inject('checks/create', ...Array.from({ length: 10 }, () => ({ status: 0, message: '', drop: true })));
    const run = await runAction({ workspace: dir, apiUrl: github.url, event: 'push', payload: {}, sha: shas[0]!, env, entry }, TOKEN);
    expect(github.invalid).toEqual([]);
    expect(run.code).toBe(1);
    expect(notes(run.summary)).toEqual([
      expect.stringMatching(new RegExp(`^> The check run could not be created \\(gave up on the GitHub API after \\d+ s of failed requests \\(the last: connection to ${new URL(github.url).host.replace(/\./g, '\\.')} dropped before an answer \\((UND\\\\_ERR\\\\_SOCKET|ECONNRESET), 2 attempts\\)\\)\\); the findings it misses are shown as workflow-command annotations\\.$`)),
    ]);
    expect(run.summary).not.toContain('checks: write');
    expect(github.calls('checks/create').map((request) => request.status)).toEqual([-1, -1]);
  });
});
