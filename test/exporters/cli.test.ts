/**
 * `ropa-lint export`: what it writes where, the date it puts on the record, and the one-line
 * refusals (exit 2) that leave nothing behind.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { read } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { cli, workspace } from '../support/cli.js';
import { RECORD } from './fixtures.js';

const CLEAN = `version: 1
controller: {name: Acme Ltd, contact: privacy@acme.example}
data_subjects: [{id: customers, name: Customers}]
data_categories: [{id: orders, name: Orders, source: provided-by-subject}]
processing_activities:
  - id: shop
    name: Web shop
    role: controller
    data_subjects: [customers]
    data_categories: [orders]
    purposes: [{id: deliver, description: Deliver orders., ai_training: false, lawful_basis: contract}]
    recipients: []
    transfers: []
    retention: P6Y
    security_measures: [encryption-at-rest]
`;

const EPOCH = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 30) / 1000) };

describe('ropa-lint export', () => {
  it('writes the html record to a file, dated, and says on stderr that the record has errors', async () => {
    const root = workspace({ 'privacy/ropa.yaml': RECORD });
    const result = await cli(['export', '-o', 'out/record.html'], root, EPOCH);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('ropa-lint: 1 error in privacy/ropa.yaml; the export lists them at its top (run ropa-lint for the details)\n');
    const html = readFileSync(path.join(root, 'out', 'record.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('2026-11-30 from <code>privacy/ropa.yaml</code>');
    expect(html).toContain('class="banner"');
    expect(readdirSync(path.join(root, 'out'))).toEqual(['record.html']);
  });

  it('writes html and csv to stdout when no file is named, and nothing to stderr for a clean record', async () => {
    const root = workspace({ 'ropa.yaml': CLEAN });
    const html = await cli(['export'], root, EPOCH);
    expect(html).toMatchObject({ code: 0, stderr: '' });
    expect(html.stdout).toContain('<h1>Web shop</h1>');
    expect(html.stdout).not.toContain('class="banner"');
    const csv = await cli(['export', 'ropa.yaml', '--format', 'csv'], root, EPOCH);
    expect(csv).toMatchObject({ code: 0, stderr: '' });
    expect(csv.stdout.split('\r\n')[0]).toBe(`\uFEFFRecord of processing activities (Art. 30 GDPR),Exported 2026-11-30 by ropa-lint ${VERSION} from ropa.yaml`);
    expect(csv.stdout).toContain('Web shop');
  });

  it('writes a workbook with -o, and refuses xlsx without a file', async () => {
    const root = workspace({ 'ropa.yaml': CLEAN });
    expect(await cli(['export', '-f', 'xlsx'], root)).toEqual({ code: 2, stdout: '', stderr: 'ropa-lint: --format xlsx writes a workbook, which is binary: name the file with -o FILE.xlsx\n' });
    const result = await cli(['export', '-f', 'xlsx', '-o', 'record.xlsx'], root);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const workbook = read(readFileSync(path.join(root, 'record.xlsx')));
    expect(workbook.SheetNames).toEqual(['ropa']);
  });

  it('refuses a CSV of several records, an unknown format and unknown options, writing nothing', async () => {
    const root = workspace({ 'a.ropa.yaml': CLEAN, 'b.ropa.yaml': CLEAN });
    const several = await cli(['export', '--format', 'csv', '-o', 'record.csv'], root);
    expect(several.code).toBe(2);
    expect(several.stderr).toBe('ropa-lint: a CSV file holds one record, and 2 inventories were found: export each file on its own, or use --format xlsx (one sheet per inventory)\n');
    expect(await cli(['export', '--format', 'pdf'], root)).toEqual({ code: 2, stdout: '', stderr: 'ropa-lint: unknown export format pdf; use one of html, csv, xlsx\n' });
    expect((await cli(['export', '--format', 'xslx'], root)).stderr).toBe('ropa-lint: unknown export format xslx (did you mean xlsx?); use one of html, csv, xlsx\n');
    expect((await cli(['export', '--outptu', 'x'], root)).stderr).toBe('ropa-lint: unknown option --outptu for export (did you mean --output?); see ropa-lint export --help\n');
    expect((await cli(['export', '-'], root)).stderr).toBe('ropa-lint: export reads inventories from files; standard input is not supported\n');
    expect(readdirSync(root).sort()).toEqual(['a.ropa.yaml', 'b.ropa.yaml']);
  });

  it('exports several records into one html document', async () => {
    const root = workspace({ 'a.ropa.yaml': CLEAN, 'b.ropa.yaml': RECORD });
    const result = await cli(['export', '-o', 'all.html'], root);
    expect(result.code).toBe(0);
    const html = readFileSync(path.join(root, 'all.html'), 'utf8');
    expect(html.match(/class="page cover"/g)).toHaveLength(2);
    expect(html.match(/class="page activity"/g)).toHaveLength(4);
  });

  it('fails in one line, writing nothing, when there is no inventory or the output cannot be written', async () => {
    const empty = workspace({ 'README.md': '' });
    const none = await cli(['export', '-o', 'record.html'], empty);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^ropa-lint: no inventory found: [^\n]*\n$/);
    expect(existsSync(path.join(empty, 'record.html'))).toBe(false);
    const root = workspace({ 'ropa.yaml': CLEAN, 'taken': 'a file\n' });
    const blocked = await cli(['export', '-o', 'taken/record.html'], root);
    expect(blocked).toEqual({ code: 2, stdout: '', stderr: 'ropa-lint: cannot write taken/record.html: taken is not a folder\n' });
    expect(readdirSync(root).sort()).toEqual(['ropa.yaml', 'taken']);
  });

  it('prints its help', async () => {
    const result = await cli(['export', '--help'], workspace({}));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: ropa-lint export \[options\] \[files, folders or globs\.\.\.\]/);
    for (const option of ['--format', '--output', '--config', '--max-file-size', '--help']) expect(result.stdout).toContain(option);
  });
});
