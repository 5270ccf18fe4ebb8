/**
 * The REST client: Octokit from @actions/github (GITHUB_API_URL, proxies) with the retry plugin
 * (backoff on 5xx and network failures) and the throttling plugin (GitHub's pacing of writes,
 * waits on primary and secondary rate limits). Its log goes to the step's debug log; the token is
 * never logged.
 *
 * Bounded in time: each attempt gets an answer within `timeoutMs` or is abandoned, and once
 * requests have failed for `budgetMs` (network failures and server errors, retries included)
 * every further request fails at once. A run against an API that is down or unreachable thus
 * ends in about a minute and a half with the step's result from the findings, never at the job's
 * timeout. A failure says what failed: the name lookup, the connection, the wait, or the server.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { UsageError } from '../workspace/usage-error.js';

export type Client = ReturnType<typeof getOctokit>;
type Plugin = Parameters<typeof getOctokit>[2];

/** How many times a request that hit a rate limit is tried again before the step degrades. */
const RATE_LIMIT_RETRIES = 2;
/** The longest wait for a primary rate limit to reset; beyond it the step degrades instead. */
const LONGEST_WAIT_SECONDS = 120;

export interface ClientLimits {
  /** The longest wait for one attempt's answer. */
  timeoutMs: number;
  /** How long requests may go on failing before the client gives up on the API for the run. */
  budgetMs: number;
  /** The unit of the retry plugin's backoff: it waits 1, 4 and 9 of them before its three retries. */
  retryDelayMs?: number;
}

export const DEFAULT_LIMITS: ClientLimits = { timeoutMs: 20_000, budgetMs: 60_000, retryDelayMs: 1_000 };

/**
 * The limits, with `ROPA_LINT_API_TIMEOUT` and `ROPA_LINT_API_BUDGET` (seconds) where a workflow
 * sets them: a self-hosted GitHub Enterprise Server may answer more slowly than github.com.
 */
export function limitsFromEnvironment(env: Record<string, string | undefined> = process.env): ClientLimits {
  const seconds = (name: string, fallback: number): number => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0 || value > 3600) throw new UsageError(`${name} must be a number of seconds between 0 and 3600, not ${JSON.stringify(raw.slice(0, 40))}`);
    return Math.round(value * 1000);
  };
  return { ...DEFAULT_LIMITS, timeoutMs: seconds('ROPA_LINT_API_TIMEOUT', DEFAULT_LIMITS.timeoutMs), budgetMs: seconds('ROPA_LINT_API_BUDGET', DEFAULT_LIMITS.budgetMs) };
}

/** The client stopped calling the API: requests failed for longer than the budget. */
export class GiveUpError extends Error {
  override readonly name = 'GiveUpError';
}

/** The answer did not come within the limit: the attempt was abandoned. */
class AnswerTimeoutError extends Error {
  override readonly name = 'AnswerTimeoutError';

  constructor(readonly seconds: number) {
    super(`no answer within ${seconds} s`);
  }
}

/**
 * A failure that says nothing about the token: no answer at all, or a server error. A 4xx answer
 * shows the API is there and working.
 */
function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status >= 500;
}

function hasResponse(error: unknown): boolean {
  return error !== null && typeof error === 'object' && 'response' in error && error.response !== undefined;
}

/**
 * The innermost wrap of each attempt (registered before the retry plugin, so that every retry
 * passes through it): a timeout per attempt, and the budget of time spent failing.
 */
function bounded(limits: ClientLimits): Plugin {
  return (octokit) => {
    let failingSince: number | undefined;
    let lastFailure = '';
    octokit.hook.wrap('request', async (request, options) => {
      const started = Date.now();
      if (failingSince !== undefined && started - failingSince >= limits.budgetMs) {
        throw new GiveUpError(`gave up on the GitHub API after ${Math.round((started - failingSince) / 1000)} s of failed requests (the last: ${lastFailure})`);
      }
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(new AnswerTimeoutError(limits.timeoutMs / 1000)), limits.timeoutMs);
      try {
        // Set on the options, not passed: the hooks further in are bound to this very object.
        options.request = { ...options.request, signal: controller.signal };
        const response = await request(options);
        failingSince = undefined;
        return response;
      } catch (error) {
        if (isTransient(error)) {
          failingSince ??= started;
          lastFailure = describeFailure(error);
        } else {
          failingSince = undefined;
        }
        throw error;
      } finally {
        clearTimeout(timer);
      }
    });
  };
}

export function createClient(token: string, limits: ClientLimits = DEFAULT_LIMITS, baseUrl?: string): Client {
  return getOctokit(
    token,
    {
      ...(baseUrl === undefined ? {} : { baseUrl }),
      log: {
        debug: (message: string) => core.debug(message),
        info: (message: string) => core.debug(message),
        warn: (message: string) => core.info(`ropa-lint: ${message}`),
        error: (message: string) => core.info(`ropa-lint: ${message}`),
      },
      retry: { retries: 3, retryAfterBaseValue: limits.retryDelayMs ?? DEFAULT_LIMITS.retryDelayMs },
      throttle: {
        onRateLimit: (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
          const again = retryCount < RATE_LIMIT_RETRIES && retryAfter <= LONGEST_WAIT_SECONDS;
          core.info(`ropa-lint: rate limit reached on ${options.method} ${options.url}${again ? `; trying again in ${retryAfter} s` : ''}`);
          return again;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
          const again = retryCount < RATE_LIMIT_RETRIES && retryAfter <= LONGEST_WAIT_SECONDS;
          core.info(`ropa-lint: secondary rate limit reached on ${options.method} ${options.url}${again ? `; trying again in ${retryAfter} s` : ''}`);
          return again;
        },
      },
    },
    bounded(limits),
    retry,
    throttling,
  );
}

/** The HTTP status of a failed request, when it got one. */
export function statusOf(error: unknown): number | undefined {
  if (error !== null && typeof error === 'object' && 'status' in error && typeof error.status === 'number') return error.status;
  return undefined;
}

/**
 * True for the refusals of a token without the permission (403) or without access (404, 401):
 * the failures that adding a permission can mend, the only ones whose message names one. A
 * request that got no answer has status 500 in Octokit, never one of these.
 */
export function isRefusal(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 403 && error instanceof Error && /rate limit/i.test(error.message)) return false;
  return status === 401 || status === 403 || status === 404;
}

/** Every cause under an error, outermost first (fetch hides the system error two levels down). */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && current !== null && chain.length < 6; current = (current as { cause?: unknown }).cause) chain.push(current);
  return chain;
}

function codeOf(error: unknown): string | undefined {
  for (const item of causes(error)) {
    if (item !== null && typeof item === 'object' && 'code' in item && typeof item.code === 'string') return item.code;
  }
  return undefined;
}

/** The API host of a failed request, for the message: `api.github.com`. */
function hostOf(error: unknown): string {
  const url = (error as { request?: { url?: unknown } } | null)?.request?.url;
  try {
    return typeof url === 'string' ? new URL(url).host : 'the GitHub API';
  } catch {
    return 'the GitHub API';
  }
}

/** How many attempts the retry plugin made, when it made more than one. */
function attemptsOf(error: unknown): string {
  const count = (error as { request?: { request?: { retryCount?: unknown } } } | null)?.request?.request?.retryCount;
  return typeof count === 'number' && count > 0 ? `, ${count + 1} attempts` : '';
}

/** GitHub's own message, one line, without its documentation link. */
function messageOf(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  return raw.split('\n')[0]!.replace(/\s+-\s+https:\/\/docs\.github\.com\S*$/, '').slice(0, 300);
}

/**
 * One line about a failed request that says what failed: the name lookup (DNS), the connection
 * (refused, dropped), the wait (timeout), the server (HTTP 5xx), or GitHub's refusal with its
 * status and message. Never headers or the token.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof GiveUpError) return error.message;
  const status = statusOf(error);
  const host = hostOf(error);
  const attempts = attemptsOf(error);
  // Octokit gives a request that got no answer status 500 and no response.
  if (status !== undefined && (hasResponse(error) || status !== 500)) {
    if (status >= 500) return `${host} answered with a server error, HTTP ${status}${attempts}: ${messageOf(error)}`;
    return `HTTP ${status}: ${messageOf(error)}`;
  }
  const timeout = causes(error).find((item) => item instanceof AnswerTimeoutError) as AnswerTimeoutError | undefined;
  if (timeout) return `timeout: no answer from ${host} within ${timeout.seconds} s${attempts ? ` (${attempts.slice(2)})` : ''}`;
  const code = codeOf(error);
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
    case 'EAI_NODATA':
    case 'EAI_NONAME':
      return `DNS: the name ${host.replace(/:\d+$/, '')} could not be resolved (${code}${attempts}); check GITHUB_API_URL and the runner's network`;
    case 'ECONNREFUSED':
      return `connection refused by ${host} (ECONNREFUSED${attempts})`;
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return `connection to ${host} dropped before an answer (${code}${attempts})`;
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return `timeout: no answer from ${host} (${code}${attempts})`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `network: ${host} is unreachable from the runner (${code}${attempts})`;
    default:
      break;
  }
  if (code !== undefined && /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return `TLS: the certificate of ${host} was not accepted (${code})`;
  const reason = messageOf(causes(error).at(-1) ?? error);
  if (status === undefined && !(error instanceof Error && 'request' in error)) return reason;
  return `network: the request to ${host} failed (${code ?? reason}${attempts})`;
}
