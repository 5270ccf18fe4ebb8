/**
 * SARIF `fixes`: each fixable result carries its replacements, valid against the SARIF 2.1.0
 * schema and accepted by the SARIF Multitool without a warning, and applying them as a SARIF
 * viewer would (region by line and column) gives what `--fix` writes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/core/engine.js';
import { LineIndex } from '../../src/core/line-index.js';
import { summarize } from '../../src/core/types.js';
import { fixFiles } from '../../src/fixes/run.js';
import { formatSarif } from '../../src/formatters/sarif.js';
import { rules } from '../../src/rules/index.js';
import { plainContext } from '../support/report.js';

const require = createRequire(import.meta.url);
const AjvDraft04 = ajvDraft04.default;
const addFormats = addFormatsModule as unknown as (ajv: InstanceType<typeof AjvDraft04>) => void;
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object);

const FILE = 'privacy/ropa.yaml';
const text = `version: 1
controller: {name: Acme Chat Ltd, contact: privacy@acme.example}
data_subjects: [{id: users, name: Users}]
data_categories: [{id: messages, name: Messages, source: communication-content}]
x-ropa-lint-ignore: [{rule: schema, reason: kept as the vendor spells it}]
processing_activities:
  - id: replies
    name: Smart replies
    role: controller
    data_subjects: [users]
    data_categories: [messages]
    purposes:
      - id: train
        description: Train the reply model.
        ai_training: yes
        lawfull_basis: consent   # asked in the app
    transfers: [{country: USA, mechanism: SCCs}]
`;

function sarifOf(source: string): Sarif.Log {
  const files = [lintSource(source, FILE, { rules })];
  return JSON.parse(formatSarif({ files, summary: summarize(files) }, plainContext)) as Sarif.Log;
}

/** Applies SARIF replacements to a text as a viewer does: regions by 1-based line and column, last first. */
function applyReplacements(source: string, replacements: readonly Sarif.Replacement[]): string {
  const lines = new LineIndex(source);
  const starts = (line: number) => source.split('\n').slice(0, line - 1).reduce((sum, part) => sum + part.length + 1, 0);
  const offsets = replacements.map((replacement) => {
    const region = replacement.deletedRegion;
    return { start: starts(region.startLine!) + region.startColumn! - 1, end: starts(region.endLine!) + region.endColumn! - 1, text: replacement.insertedContent?.text ?? '' };
  });
  expect(offsets.every((offset) => offset.end <= lines.text.length)).toBe(true);
  return offsets.sort((a, b) => b.start - a.start).reduce((result, offset) => result.slice(0, offset.start) + offset.text + result.slice(offset.end), source);
}

describe('SARIF fixes', () => {
  it('are valid SARIF, on the results that have one, and not on results suppressed in place', () => {
    const log = sarifOf(text.replace('x-ropa-lint-ignore: [{rule: schema, reason: kept as the vendor spells it}]\n', ''));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const results = log.runs[0]!.results!;
    const fixed = results.filter((result) => result.fixes !== undefined);
    expect(fixed.map((result) => result.fixes![0]!.description!.text)).toEqual([
      'replace `communication-content` with `communications-content`',
      'replace `yes` with `true`',
      'rename `lawfull_basis` to `lawful_basis`',
      'replace `USA` with `US`',
      'replace `SCCs` with `scc`',
    ]);
    expect(fixed[2]!.fixes![0]!.artifactChanges[0]).toEqual({
      artifactLocation: { uri: 'privacy/ropa.yaml', uriBaseId: '%SRCROOT%' },
      replacements: [{ deletedRegion: { startLine: 15, startColumn: 9, endLine: 15, endColumn: 22 }, insertedContent: { text: 'lawful_basis' } }],
    });
    // Suppressed in place: the record says to keep them, so no fix is offered.
    const suppressed = sarifOf(text).runs[0]!.results!.filter((result) => result.suppressions?.[0]?.kind === 'inSource');
    expect(suppressed.length).toBeGreaterThan(0);
    expect(suppressed.filter((result) => result.fixes !== undefined)).toEqual([]);
  });

  it('applied by line and column, give what --fix writes', () => {
    const source = text.replace('x-ropa-lint-ignore: [{rule: schema, reason: kept as the vendor spells it}]\n', '');
    const replacements = sarifOf(source).runs[0]!.results!.flatMap((result) => result.fixes?.flatMap((fix) => fix.artifactChanges.flatMap((change) => change.replacements)) ?? []);
    const expected = fixFiles([lintSource(source, FILE, { rules })], { rules })[0]!.after;
    expect(applyReplacements(source, replacements)).toBe(expected);
  });

  it('pass the SARIF Multitool with GitHub\'s and the SARIF rules: no error, no warning', () => {
    const multitool = require('@microsoft/sarif-multitool') as string;
    const folder = mkdtempSync(path.join(tmpdir(), 'ropa-sarif-fixes-'));
    const file = path.join(folder, 'fixes.sarif');
    writeFileSync(file, JSON.stringify(sarifOf(text.replace('x-ropa-lint-ignore: [{rule: schema, reason: kept as the vendor spells it}]\n', ''))));
    const output = path.join(folder, 'validation.sarif');
    execFileSync(multitool, ['validate', file, '--rule-kind', 'Gh;Sarif', '--output', output], { stdio: 'pipe', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    const results = (JSON.parse(readFileSync(output, 'utf8')) as Sarif.Log).runs[0]!.results ?? [];
    expect(results.map((result) => `${result.level ?? 'warning'} ${result.ruleId}: ${result.message.text ?? result.message.id}`)).toEqual([]);
  });
});
