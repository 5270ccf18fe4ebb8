/** The committed bundle, run as a user runs it: `node dist/cli.js`, no npm ci needed. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function run(args: string[]) {
  return spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('dist/cli.js', () => {
  it('prints its version', () => {
    const result = run(['--version']);
    expect(result.stdout).toBe(`${VERSION}\n`);
    expect(result.status).toBe(0);
  });

  it('checks the bundled examples: the compliant one passes, the faulty one fails with findings', () => {
    expect(run(['examples/acme-chat.ropa.yaml']).status).toBe(0);
    const faulty = run(['examples/faulty.ropa.yaml']);
    expect(faulty.status).toBe(1);
    expect(faulty.stdout).toContain('error[duplicate-id]: data category id `usage-telemetry` is defined twice');
    expect(faulty.stdout).toContain('--> examples/faulty.ropa.yaml:13:9');
  });

  it('fails with one line and exit 2 on a missing file', () => {
    const result = run(['does-not-exist.yaml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('ropa-lint: file not found: does-not-exist.yaml\n');
  });
});
