/**
 * `ropa-lint init`: the starter record and config it writes lint cleanly and load in editors
 * (the schema line), and it never overwrites a file, writing nothing at all when one is in the way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_NAME, INVENTORY_NAME, STARTER_CONFIG, STARTER_INVENTORY } from '../../src/cli/init.js';
import { lintSource } from '../../src/core/engine.js';
import { rules } from '../../src/rules/index.js';
import { cli, workspace } from '../support/cli.js';

describe('ropa-lint init', () => {
  it('writes ropa.yaml and .ropa-lint.yaml, each with the yaml-language-server schema line', async () => {
    const root = workspace({});
    const result = await cli(['init'], root);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`Wrote ${INVENTORY_NAME} and ${CONFIG_NAME}.\nNext: fill in your record, then run npx ropa-lint to check it.\n`);
    const inventory = readFileSync(path.join(root, INVENTORY_NAME), 'utf8');
    const config = readFileSync(path.join(root, CONFIG_NAME), 'utf8');
    expect(inventory).toBe(STARTER_INVENTORY);
    expect(config).toBe(STARTER_CONFIG);
    expect(inventory.split('\n')[0]).toBe('# yaml-language-server: $schema=https://raw.githubusercontent.com/ropa-lint/ropa-lint/main/schemas/inventory.schema.json');
    expect(config.split('\n')[0]).toBe('# yaml-language-server: $schema=https://raw.githubusercontent.com/ropa-lint/ropa-lint/main/schemas/config.schema.json');
    // Nothing else is left behind (no temporary files).
    expect(readdirSync(root).sort()).toEqual([CONFIG_NAME, INVENTORY_NAME].sort());
  });

  it('writes a starter that the checker passes with no error, using the config it wrote', async () => {
    const root = workspace({});
    await cli(['init'], root);
    const check = await cli(['--format', 'json'], root);
    expect(check.stderr).toBe('');
    const report = JSON.parse(check.stdout) as { findings: { ruleId: string; severity: string }[]; summary: { errors: number; files: number } };
    expect(report.summary).toMatchObject({ errors: 0, files: 1 });
    expect(check.code).toBe(0);
    // The one thing the starter leaves to the user is the privacy notice, which it cannot know.
    expect(report.findings.map((finding) => `${finding.severity} ${finding.ruleId}`)).toEqual(['warning notice-missing']);
  });

  it('keeps its example AI-training purpose, once uncommented, valid, with only the DPIA its comment asks for to do', () => {
    const lines = STARTER_INVENTORY.split('\n');
    const first = lines.findIndex((line) => line.includes('# - id: train-recommendations'));
    const last = lines.findIndex((line) => line.includes('#     records: consent-service'));
    expect(first).toBeGreaterThan(0);
    expect(last).toBeGreaterThan(first);
    const uncommented = lines.map((line, index) => (index >= first && index <= last ? line.replace(/^(\s*)# /, '$1') : line)).join('\n');
    const report = lintSource(uncommented, 'ropa.yaml', { rules, notices: new Map() });
    expect(report.findings.filter((finding) => finding.ruleId === 'schema')).toEqual([]);
    expect(report.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId)).toEqual(['dpia-required']);
    expect(lines.slice(first - 2, first).join('\n')).toContain('its activity a DPIA');
  });

  it.each([
    ['the inventory', { [INVENTORY_NAME]: 'version: 1\n' }, `ropa-lint: ${INVENTORY_NAME} already exists; init never overwrites a file, and wrote nothing\n`],
    ['the config', { [CONFIG_NAME]: 'fail-on: warning\n' }, `ropa-lint: ${CONFIG_NAME} already exists; init never overwrites a file, and wrote nothing\n`],
    ['both', { [INVENTORY_NAME]: 'version: 1\n', [CONFIG_NAME]: 'fail-on: warning\n' }, `ropa-lint: ${INVENTORY_NAME} and ${CONFIG_NAME} already exist; init never overwrites a file, and wrote nothing\n`],
  ])('refuses when %s exists: exit 2, one line, nothing written or changed', async (_name, files, message) => {
    const root = workspace(files);
    const result = await cli(['init'], root);
    expect(result).toEqual({ code: 2, stdout: '', stderr: message });
    expect(readdirSync(root).sort()).toEqual(Object.keys(files).sort());
    for (const [name, text] of Object.entries(files)) expect(readFileSync(path.join(root, name), 'utf8')).toBe(text);
  });

  it('writes into a folder it is given, making it when missing', async () => {
    const root = workspace({});
    const result = await cli(['init', 'privacy/records'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Wrote privacy/records/ropa.yaml and privacy/records/.ropa-lint.yaml.');
    expect(existsSync(path.join(root, 'privacy', 'records', INVENTORY_NAME))).toBe(true);
  });

  it('writes nothing when the folder is a file', async () => {
    const root = workspace({ taken: 'a file\n' });
    const result = await cli(['init', 'taken'], root);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'ropa-lint: cannot write taken/ropa.yaml: taken is not a folder\n' });
    expect(readdirSync(root)).toEqual(['taken']);
  });

  it('prints its help, and refuses unknown options and a second folder', async () => {
    const root = workspace({});
    const help = await cli(['init', '--help'], root);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: ropa-lint init \[folder\]/);
    expect(await cli(['init', '--forse'], root)).toEqual({ code: 2, stdout: '', stderr: 'ropa-lint: unknown option --forse for init; see ropa-lint init --help\n' });
    expect((await cli(['init', 'a', 'b'], root)).stderr).toBe('ropa-lint: init takes one folder at most, not 2; see ropa-lint init --help\n');
    expect(readdirSync(root)).toEqual([]);
  });

  it('is listed in the main help', async () => {
    const help = await cli(['--help'], workspace({}));
    expect(help.stdout).toContain('ropa-lint init [folder]');
    expect(help.stdout).toContain('ropa-lint export [files...]');
  });

  it('leaves an inventory in a folder named like the command reachable by its path', async () => {
    const root = workspace({ 'init/ropa.yaml': 'version: 1\n' });
    const result = await cli(['./init/ropa.yaml', '--format', 'json'], root);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).summary.files).toBe(1);
  });
});
