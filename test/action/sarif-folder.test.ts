/**
 * The Action's `sarif` input into a folder that does not exist yet (`reports/ropa-lint.sarif`
 * in a fresh checkout), run from the source in this process, as the runner would run the
 * bundle: inputs and the run's context as environment variables, outputs as a file.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import { DEFAULT_INPUTS, writeFiles } from './support.js';

const INVENTORY = 'version: 1\ncontroller: {name: Acme, contact: privacy@acme.example}\nprocessing_activities: []\nowner: privacy-team\n';

let saved: NodeJS.ProcessEnv;
let log: string;

beforeEach(() => {
  saved = { ...process.env };
  log = '';
  // The workflow commands and log lines the Action prints, kept for the assertions instead of the test's output.
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    log += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = saved;
  process.exitCode = undefined;
});

/** Runs the Action on a checkout holding `files`, with `inputs` over the defaults; returns its outputs. */
async function runIn(files: Record<string, string>, inputs: Record<string, string>): Promise<{ workspace: string; outputs: string }> {
  const workspace = mkdtempSync(path.join(tmpdir(), 'ropa-action-'));
  const runner = mkdtempSync(path.join(tmpdir(), 'ropa-runner-'));
  writeFiles(workspace, files);
  const outputFile = path.join(runner, 'output.txt');
  writeFileSync(outputFile, '');
  writeFileSync(path.join(runner, 'summary.md'), '');
  Object.assign(process.env, {
    GITHUB_REPOSITORY: 'acme/privacy',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: path.join(runner, 'summary.md'),
    ...Object.fromEntries(Object.entries({ ...DEFAULT_INPUTS, token: '', annotations: 'false', comment: 'false', ...inputs }).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  });
  await run();
  return { workspace, outputs: readFileSync(outputFile, 'utf8') };
}

describe('the Action: sarif into missing folders', () => {
  it('makes the folders, writes the SARIF file whole and names it in the sarif-file output', async () => {
    const { workspace, outputs } = await runIn({ 'ropa.yaml': INVENTORY }, { sarif: 'reports/ropa/ropa-lint.sarif' });
    const file = path.join(workspace, 'reports/ropa/ropa-lint.sarif');
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe('2.1.0');
    expect(readdirSync(path.dirname(file))).toEqual(['ropa-lint.sarif']);
    expect(outputs).toContain(`sarif-file<<`);
    expect(outputs).toContain(`\n${file}\n`);
    // The schema error fails the step; the report was written all the same.
    expect(process.exitCode).toBe(1);
    expect(log).toMatch(/^::error::ropa-lint: \d+ errors?, .*; findings at or above fail-on \(error\) fail the step$/m);
  });

  it('refuses a path through a file before checking, and writes nothing', async () => {
    const { workspace } = await runIn({ 'ropa.yaml': INVENTORY, reports: 'a file\n' }, { sarif: 'reports/ropa-lint.sarif' });
    expect(process.exitCode).toBe(1);
    expect(log).toMatch(/^::error::ropa-lint: cannot write reports\/ropa-lint\.sarif: reports is not a folder$/m);
    expect(readFileSync(path.join(workspace, 'reports'), 'utf8')).toBe('a file\n');
    expect(readdirSync(workspace).sort()).toEqual(['reports', 'ropa.yaml']);
  });
});
