/**
 * Helpers for the import tests: read a fixture, import it, look into the inventory and the
 * report, and run the written text through the engine as `ropa-lint` would.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { lintSource } from '../../src/core/engine.js';
import { type ImportFormat, type ImportResult, importRecords, type ReportLine } from '../../src/importers/index.js';
import { rules } from '../../src/rules/index.js';
import schemaRule from '../../src/rules/schema.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

export function fixture(name: string): Uint8Array {
  return readFileSync(`${FIXTURES}${name}`);
}

/** Imports fixture files (named as they are in the fixture folder). */
export function importFixtures(names: readonly string[], from?: ImportFormat): ImportResult {
  return importRecords(
    names.map((name) => ({ file: name, bytes: fixture(name) })),
    from ? { from } : {},
  );
}

/** Imports text given inline, as a file of that name. */
export function importText(file: string, text: string, from?: ImportFormat): ImportResult {
  return importRecords([{ file, bytes: new TextEncoder().encode(text) }], from ? { from } : {});
}

type Json = Record<string, unknown>;

export interface Purpose extends Json {
  id: string;
  description: string;
  ai_training: boolean;
  lawful_basis?: string;
}

export interface Activity extends Json {
  id: string;
  name: string;
  role: string;
  data_subjects: string[];
  data_categories: string[];
  purposes: Purpose[];
}

export function activities(result: ImportResult): Activity[] {
  return result.inventory.processing_activities as Activity[];
}

export function activity(result: ImportResult, name: string): Activity {
  const found = activities(result).find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no activity named ${name}: ${activities(result).map((candidate) => candidate.name).join(', ')}`);
  return found;
}

export function purposes(result: ImportResult): Purpose[] {
  return activities(result).flatMap((candidate) => candidate.purposes);
}

export function categories(result: ImportResult): (Json & { id: string; name: string; source: string; special?: string[]; criminal?: boolean })[] {
  return result.inventory.data_categories as never;
}

export function subjects(result: ImportResult): (Json & { id: string; name: string; children?: boolean })[] {
  return result.inventory.data_subjects as never;
}

/** The report's lines as "kind place: message", the place as the report prints it. */
export function reportLines(result: ImportResult, kind?: ReportLine['kind']): string[] {
  return result.report.lines
    .filter((line) => kind === undefined || line.kind === kind)
    .map(({ place, message }) => {
      const where = place.line !== undefined ? `${place.file}:${place.line}` : [place.file, place.sheet && `sheet "${place.sheet}"`, place.row && `row ${place.row}`].filter(Boolean).join(', ');
      return `${where}: ${message}`;
    });
}

/**
 * The written text passes the schema rule, starts with the schema line, and reads back as the
 * inventory that was built (nothing lost or changed in the writing).
 */
export function expectValidInventory(result: ImportResult, file = 'imported.ropa.yaml'): void {
  expect(result.text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://raw.githubusercontent.com/ropa-lint/ropa-lint/main/schemas/inventory.schema.json');
  const report = lintSource(result.text, file, { rules: [schemaRule], knownRuleIds: rules.map((rule) => rule.meta.id) });
  expect(report.findings.map((finding) => `${finding.line}:${finding.column} ${finding.message}`)).toEqual([]);
}

/** Every rule's findings on the written text, as "rule-id pointer". */
export function findings(result: ImportResult): string[] {
  const report = lintSource(result.text, 'imported.ropa.yaml', { rules });
  return report.findings.map((finding) => `${finding.ruleId} ${finding.pointer}`);
}
