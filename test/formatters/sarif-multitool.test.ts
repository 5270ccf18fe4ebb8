/**
 * The real SARIF Multitool (`@microsoft/sarif-multitool`, the SARIF SDK's validator) on our SARIF
 * for the bundled examples, with GitHub's rules and the SARIF rules: no error, no warning, no
 * note. Each variant adds what a plain run lacks: results new or unchanged since a base, results
 * suppressed in place, and results suppressed by a baseline.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { repository } from '../action/support.js';
import { cli } from '../support/cli.js';

const require = createRequire(import.meta.url);
/** The platform's binary, which the package resolves to (linux, darwin or win32). */
const multitool = require('@microsoft/sarif-multitool') as string;
const root = fileURLToPath(new URL('../..', import.meta.url));
const examples = readdirSync(path.join(root, 'examples')).filter((name) => name.endsWith('.ropa.yaml'));

interface ValidationLog {
  runs: {
    results?: { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] }; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[];
    invocations?: { executionSuccessful: boolean }[];
  }[];
}

/**
 * Validates SARIF files in one run of the Multitool (each run takes seconds to start); returns
 * what it reported, one line per result, starting with the name of the file it is about.
 */
function validate(files: string[]): string[] {
  const output = path.join(mkdtempSync(path.join(tmpdir(), 'ropa-multitool-')), 'validation.sarif');
  // The files come first: an option that takes a list (--rule-kind) would take them as more items.
  execFileSync(multitool, ['validate', ...files, '--rule-kind', 'Gh;Sarif', '--output', output], { stdio: 'pipe', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  const log = JSON.parse(readFileSync(output, 'utf8')) as ValidationLog;
  expect(log.runs[0]!.invocations?.[0]?.executionSuccessful).toBe(true);
  return (log.runs[0]!.results ?? []).map((result) => {
    const file = path.basename(decodeURI(result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?'));
    return `${file}: ${result.level ?? 'warning'} ${result.ruleId}: ${result.message.text ?? [result.message.id, ...(result.message.arguments ?? [])].join(' ')}`;
  });
}

/** A git repository whose base commit holds half the examples and whose head holds them all. */
let checkout: string;
let baseSha: string;

beforeAll(() => {
  const read = (name: string) => readFileSync(path.join(root, 'examples', name), 'utf8');
  const half = Object.fromEntries(examples.slice(0, 2).map((name) => [name, read(name)]));
  const { dir, shas } = repository([half, Object.fromEntries(examples.map((name) => [name, read(name)]))]);
  cpSync(path.join(root, 'examples', 'docs'), path.join(dir, 'docs'), { recursive: true });
  checkout = dir;
  baseSha = shas[0]!;
});

describe('the SARIF Multitool on our SARIF (validate --rule-kind "Gh;Sarif")', () => {
  it('runs here', () => {
    // It prints its version to standard error.
    const version = spawnSync(multitool, ['--version'], { encoding: 'utf8' });
    expect([version.status, `${version.stdout}${version.stderr}`]).toEqual([0, expect.stringMatching(/^SARIF Multitool \d+\.\d+\.\d+/)]);
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it('reports nothing on our SARIF for every example, plain, with a base and with a baseline; and SARIF1001 on a copy whose rule is named as its id', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ropa-sarif-'));
    const sarif = async (name: string, args: string[]) => {
      const output = path.join(folder, name);
      expect(await cli(['--format', 'sarif', '--fail-on', 'never', '--output', output, ...args, ...examples], checkout)).toEqual({ code: 0, stdout: '', stderr: '' });
      return JSON.parse(readFileSync(output, 'utf8')) as { runs: { results: { suppressions?: { kind: string }[]; baselineState?: string }[]; tool: { driver: { rules: { id: string; name?: string }[] } } }[] };
    };
    const open = (log: Awaited<ReturnType<typeof sarif>>) => log.runs[0]!.results.filter((result) => result.suppressions === undefined);

    // The premise of each variant: it has what it is about.
    const plain = await sarif('plain.sarif', []);
    expect(open(plain).length).toBeGreaterThan(20);
    expect(plain.runs[0]!.results.some((result) => result.suppressions?.[0]?.kind === 'inSource')).toBe(true);
    const compared = await sarif('compared.sarif', ['--base', baseSha]);
    expect(new Set(open(compared).map((result) => result.baselineState))).toEqual(new Set(['new', 'unchanged']));
    // Half of the examples' findings go into the baseline; the others stay open, as new.
    expect((await cli(['--baseline', 'baseline.json', '--write-baseline', ...examples.slice(0, Math.ceil(examples.length / 2))], checkout)).code).toBe(0);
    const baselined = await sarif('baselined.sarif', ['--baseline', 'baseline.json']);
    expect(baselined.runs[0]!.results.some((result) => result.suppressions?.[0]?.kind === 'external')).toBe(true);
    expect(open(baselined).length).toBeGreaterThan(0);

    // The validator is not silent: the same log with a rule named as its id is reported.
    plain.runs[0]!.tool.driver.rules[0]!.name = plain.runs[0]!.tool.driver.rules[0]!.id;
    writeFileSync(path.join(folder, 'broken.sarif'), JSON.stringify(plain));

    const reported = validate(['plain.sarif', 'compared.sarif', 'baselined.sarif', 'broken.sarif'].map((name) => path.join(folder, name)));
    expect(reported).toEqual([`broken.sarif: warning SARIF1001: Warning_Default runs[0].tool.driver.rules[0] ${plain.runs[0]!.tool.driver.rules[0]!.id}`]);
  });
});
