/**
 * `ropa-lint import` as a user runs it: the inventory to a file (whole) or to stdout, the report
 * on stderr, then `ropa-lint` on the result. A file that cannot be imported is one line on
 * stderr and exit 2, and no output file appears.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspace } from '../support/cli.js';
import { FIXTURES } from './support.js';

function withFixtures(...names: string[]): string {
  const root = workspace({});
  for (const name of names) copyFileSync(path.join(FIXTURES, name), path.join(root, name));
  return root;
}

describe('ropa-lint import', () => {
  it('writes the inventory with -o, prints the report on stderr, and the result is checked by ropa-lint', async () => {
    const root = withFixtures('ico-record.xlsx');
    const result = await cli(['import', 'ico-record.xlsx', '-o', 'privacy/ropa.yaml'], root);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const written = readFileSync(path.join(root, 'privacy/ropa.yaml'), 'utf8');
    expect(written).toMatch(/^# yaml-language-server: \$schema=https:\/\/raw\.githubusercontent\.com\/ropa-lint\/ropa-lint\/main\/schemas\/inventory\.schema\.json\n/);
    expect(result.stderr.split('\n')[0]).toBe('Imported ico-record.xlsx (xlsx): 5 rows read; 5 activities and 6 purposes written to privacy/ropa.yaml.');
    expect(result.stderr).toContain('\nInferred (check these):\n');
    expect(result.stderr).toContain('  ico-record.xlsx, sheet "Controller", rows 10, 12: lawful_basis consent from "Consent"\n');
    expect(result.stderr.endsWith('\nNext: npx ropa-lint privacy/ropa.yaml\n')).toBe(true);

    // The documented next step: the checker reads the file and reports what the source did not say, no schema error.
    const check = await cli(['--format', 'json', 'privacy/ropa.yaml'], root);
    expect(check.code).toBe(1);
    const ruleIds = new Set((JSON.parse(check.stdout) as { findings: { ruleId: string }[] }).findings.map((finding) => finding.ruleId));
    expect(ruleIds.has('schema')).toBe(false);
    expect(ruleIds.has('consent-details-missing')).toBe(true);
  });

  it('writes to stdout without -o, and reads several files of several formats into one inventory', async () => {
    const root = withFixtures('ropa-purposes.md', 'fides-current.yml');
    const result = await cli(['import', 'ropa-purposes.md', 'fides-current.yml'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# Imported by `ropa-lint import` from ropa-purposes.md, fides-current.yml.\n');
    expect(result.stderr.split('\n')[0]).toBe(
      'Imported ropa-purposes.md (markdown), fides-current.yml (fides): 8 rows read; 4 activities and 9 purposes written to standard output.',
    );
  });

  it('takes --from over the extension', async () => {
    const root = workspace({ 'record.txt': 'Purpose;Lawful basis;Data subjects\nPay staff;Contract;Employees\n' });
    const result = await cli(['import', '--from', 'csv', 'record.txt'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('lawful_basis: contract');
  });

  it.each([
    [['import'], 'ropa-lint: import: name the file(s) of the record to import; see ropa-lint import --help'],
    [['import', '--from', 'xslx', 'a.xlsx'], 'ropa-lint: import: unknown format xslx (did you mean xlsx?); use one of csv, xlsx, ods, markdown, fides'],
    [['import', '--form', 'csv', 'a.csv'], 'ropa-lint: unknown option --form for import (did you mean --from?); see ropa-lint import --help'],
    [['import', 'missing.csv'], 'ropa-lint: import: cannot read missing.csv: file not found'],
    [['import', 'record.csv', '-o', 'record.csv'], 'ropa-lint: import: -o record.csv is one of the files being imported; write the inventory elsewhere'],
  ])('%j is a usage error on one line', async (args, line) => {
    const root = workspace({ 'record.csv': 'Purpose,Lawful basis\nPay staff,Contract\n' });
    const result = await cli(args, root);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });

  it('a file that cannot be imported is one line, exit 2, and no output file', async () => {
    const root = workspace({ 'record.csv': '__proto__,Purpose\nx,Pay staff\n' });
    const result = await cli(['import', 'record.csv', '-o', 'out/ropa.yaml'], root);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'ropa-lint: import: record.csv:1: column heading "__proto__" names an object prototype; the file is refused\n' });
    expect(existsSync(path.join(root, 'out'))).toBe(false);
  });

  it('an existing output file is left as it was when the import fails', async () => {
    const root = workspace({ 'record.xlsx': 'not a workbook', 'ropa.yaml': 'version: 1\n' });
    const result = await cli(['import', 'record.xlsx', '-o', 'ropa.yaml'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('ropa-lint: import: record.xlsx: not an XLSX workbook (it is no zip archive)\n');
    expect(readFileSync(path.join(root, 'ropa.yaml'), 'utf8')).toBe('version: 1\n');
  });

  it('terminal escapes in a cell do not reach the terminal', async () => {
    const root = workspace({});
    writeFileSync(path.join(root, 'r.md'), '| Purpose | Lawful basis | Data subjects |\n|---|---|---|\n| Pay staff | \u001b]8;;x\u0007Contract | Staff |\n');
    const result = await cli(['import', 'r.md'], root);
    // The Markdown decoder refuses control characters outright.
    expect(result).toMatchObject({ code: 2, stderr: 'ropa-lint: import: r.md:3: control character U+001B in the text: this is not a text file in a known encoding (save it as UTF-8)\n' });
  });

  it('prints its help, and the main help names the command', async () => {
    const root = workspace({});
    const help = await cli(['import', '--help'], root);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: ropa-lint import FILE\.\.\. \[--from csv\|xlsx\|ods\|markdown\|fides\] \[-o OUT\.ropa\.yaml\]\n/);
    for (const option of ['--from <format>', '-o, --output <file>', '-h, --help']) expect(help.stdout).toContain(option);
    const main = await cli(['--help'], root);
    expect(main.stdout).toContain('  ropa-lint import FILE... [--from csv|xlsx|ods|markdown|fides] [-o OUT.ropa.yaml]\n');
  });
});
