/** The committed bundle, run as a user runs it: `node dist/cli.js`, no npm ci needed. */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generateInventory } from '../../scripts/bench/generate.mjs';
import { VERSION } from '../../src/version.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function run(args: string[]) {
  return spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
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

  it('reads a file the fast reader hands over with the complete reader, a file of its own in the bundle', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ropa-complete-'));
    try {
      writeFileSync(path.join(folder, 'ropa.yaml'), 'version: 1\ncontroller: {name: Acme}\ncontroller: {name: Acme}\nprocessing_activities: []\n');
      const result = run(['--format', 'json', path.join(folder, 'ropa.yaml')]);
      expect(result.stderr).toBe('');
      const { findings } = JSON.parse(result.stdout) as { findings: { ruleId: string; message: string; line: number; column: number }[] };
      expect(findings.find((finding) => finding.message.startsWith('duplicate key'))).toMatchObject({ ruleId: 'schema', line: 3, column: 1 });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('fails with one line and exit 2 on a missing file', () => {
    const result = run(['does-not-exist.yaml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('ropa-lint: file not found: does-not-exist.yaml\n');
  });

  it('checks a large inventory through the bundle, with nothing on stderr', () => {
    // Over 1 MB of text, read by the streaming scanner. The CLI sets a V8 flag (src/cli.ts); a flag
    // a later Node renamed would print "unrecognized flag" on stderr rather than fail.
    const folder = mkdtempSync(path.join(tmpdir(), 'ropa-large-'));
    try {
      const text = (generateInventory as (purposes: number) => string)(4000);
      expect(text.length).toBeGreaterThan(1024 * 1024);
      writeFileSync(path.join(folder, 'large.ropa.yaml'), text);
      const result = run(['--format', 'json', path.join(folder, 'large.ropa.yaml')]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
      const report = JSON.parse(result.stdout) as { findings: { ruleId: string; line: number }[]; summary: { errors: number } };
      expect(report.summary.errors).toBeGreaterThan(100);
      expect(report.findings.every((finding) => finding.line > 0)).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('stops quietly when the reader of its output stops early, and still exits with what it found', async () => {
    // As `ropa-lint --format sarif | head -c 0`: the reader is gone before the report is written.
    const child = spawn(process.execPath, ['dist/cli.js', '--format', 'sarif', 'examples/zoom-2023.ropa.yaml'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += String(data)));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('says in one line, with exit 2, when its output cannot be written', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, ['dist/cli.js', '--format', 'sarif', 'examples/zoom-2023.ropa.yaml'], { cwd: root, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(result.stderr).toBe('ropa-lint: cannot write the report to standard output: ENOSPC\n');
      expect(result.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});
