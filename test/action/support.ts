/**
 * Runs the bundled Action (dist/index.js) as the runner does: a child process in the workspace,
 * inputs as INPUT_* variables (upper case, hyphens kept), the event as a payload file, outputs
 * and the job summary as files.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Every file the run could have written: the workspace (with .git) and the runner's temp folder. */
  files: string[];
}

export interface RunOptions {
  workspace: string;
  apiUrl: string;
  event: 'pull_request' | 'pull_request_target' | 'push' | 'workflow_dispatch';
  payload: object;
  sha: string;
  inputs?: Record<string, string>;
  /** The bundle to run; default dist/index.js. */
  entry?: string;
  /** More environment variables, as a workflow's `env:` gives them. */
  env?: Record<string, string>;
}

/** The defaults action.yml gives every input; the runner passes them all. */
export const DEFAULT_INPUTS: Record<string, string> = { inventory: '', config: '', 'fail-on': 'error', annotations: 'true', comment: 'true', sarif: '', base: '', 'fail-on-new': 'false', baseline: '' };

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.test', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export function writeFiles(folder: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), content);
  }
}

/** A git repository with one commit per entry of `commits` (each a set of files written over the last); returns the shas. */
export function repository(commits: Record<string, string>[]): { dir: string; shas: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ropa-action-'));
  git(dir, 'init', '-q');
  const shas = commits.map((files, index) => {
    writeFiles(dir, files);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', `commit ${index}`);
    return git(dir, 'rev-parse', 'HEAD');
  });
  return { dir, shas };
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((file) => statSync(file).isFile());
}

export async function runAction(options: RunOptions, token: string): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'ropa-runner-'));
  const eventPath = path.join(runnerTemp, 'event.json');
  const outputPath = path.join(runnerTemp, 'output.txt');
  const summaryPath = path.join(runnerTemp, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = { ...DEFAULT_INPUTS, token, ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: runnerTemp,
    GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/privacy',
    GITHUB_SHA: options.sha,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: runnerTemp,
    no_proxy: '127.0.0.1',
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    ...options.env,
  };
  const child = spawn(process.execPath, [options.entry ?? path.join(root, 'dist/index.js')], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    files: [...listFiles(options.workspace), ...listFiles(runnerTemp)],
  };
}

/** A pull_request payload with what the Action reads (and a little more, as GitHub sends). */
export function pullRequestPayload(number: number, baseSha: string, headSha: string): object {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, base: { sha: baseSha, ref: 'main' }, head: { sha: headSha, ref: 'feature' } },
    repository: { name: 'privacy', owner: { login: 'acme' } },
  };
}
