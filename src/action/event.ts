/**
 * What the runner tells the step about the run: the repository, the event and its payload.
 * Read from the environment and the event file only; nothing from the payload is executed,
 * and only numbers and commit shas are taken from it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../workspace/usage-error.js';

export type EventKind = 'pull_request' | 'pull_request_target' | 'push' | 'workflow_dispatch' | 'other';

export interface PullRequest {
  number: number;
  baseSha: string;
  headSha: string;
}

export interface RunContext {
  eventName: string;
  kind: EventKind;
  owner: string;
  repo: string;
  /** The commit the check run and the report's line links belong to: the PR head, else GITHUB_SHA. */
  sha: string;
  pullRequest: PullRequest | undefined;
  /** The checkout: findings' paths are relative to it, and the check runs in it. */
  workspace: string;
  serverUrl: string;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;

function readPayload(file: string | undefined): Record<string, unknown> {
  if (!file || !existsSync(file)) return {};
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function pullRequestOf(payload: Record<string, unknown>): PullRequest | undefined {
  const pr = payload.pull_request as { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } } | undefined;
  if (!pr || typeof pr !== 'object') return undefined;
  const number = typeof pr.number === 'number' ? pr.number : payload.number;
  const baseSha = pr.base?.sha;
  const headSha = pr.head?.sha;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) return undefined;
  if (typeof baseSha !== 'string' || !SHA.test(baseSha) || typeof headSha !== 'string' || !SHA.test(headSha)) return undefined;
  return { number, baseSha, headSha };
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) throw new UsageError(`GITHUB_REPOSITORY must be owner/repo, not ${JSON.stringify(repository)}; run ropa-lint as a step of a GitHub Actions job`);
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const kind: EventKind = eventName === 'pull_request' || eventName === 'pull_request_target' || eventName === 'push' || eventName === 'workflow_dispatch' ? eventName : 'other';
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pullRequest = kind === 'pull_request' || kind === 'pull_request_target' ? pullRequestOf(payload) : undefined;
  const sha = pullRequest?.headSha ?? env.GITHUB_SHA ?? '';
  if (!SHA.test(sha)) throw new UsageError(`GITHUB_SHA must be a commit sha, not ${JSON.stringify(sha)}`);
  return { eventName, kind, owner, repo, sha, pullRequest, workspace, serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '') };
}
