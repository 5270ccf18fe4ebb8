/**
 * The REST client: Octokit from @actions/github (GITHUB_API_URL, proxies) with the retry plugin
 * (backoff on 5xx) and the throttling plugin (GitHub's pacing of writes, waits on primary and
 * secondary rate limits). Its log goes to the step's debug log; the token is never logged.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Client = ReturnType<typeof getOctokit>;

/** How many times a request that hit a rate limit is tried again before the step degrades. */
const RATE_LIMIT_RETRIES = 2;
/** The longest wait for a primary rate limit to reset; beyond it the step degrades instead. */
const LONGEST_WAIT_SECONDS = 120;

export function createClient(token: string): Client {
  return getOctokit(
    token,
    {
      log: {
        debug: (message: string) => core.debug(message),
        info: (message: string) => core.debug(message),
        warn: (message: string) => core.info(`ropa-lint: ${message}`),
        error: (message: string) => core.info(`ropa-lint: ${message}`),
      },
      retry: { retries: 3 },
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
    retry,
    throttling,
  );
}

/** The HTTP status of a failed request, when it got one. */
export function statusOf(error: unknown): number | undefined {
  if (error !== null && typeof error === 'object' && 'status' in error && typeof error.status === 'number') return error.status;
  return undefined;
}

/** True for the refusals of a token without the permission (403) or without access (404, 401). */
export function isRefusal(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 403 && error instanceof Error && /rate limit/i.test(error.message)) return false;
  return status === 401 || status === 403 || status === 404;
}

/** One line about a failed request: the status and GitHub's message, never headers or the token. */
export function describeFailure(error: unknown): string {
  const status = statusOf(error);
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw.split('\n')[0]!.replace(/\s+-\s+https:\/\/docs\.github\.com\S*$/, '').slice(0, 300);
  return status === undefined ? message : `HTTP ${status}: ${message}`;
}
