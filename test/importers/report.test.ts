/**
 * The report as the terminal shows it: the summary line says where the inventory went, or,
 * for a caller that keeps the text itself, what it holds; never "written to undefined".
 */
import { describe, expect, it } from 'vitest';
import { formatImportReport, type ImportReport } from '../../src/importers/index.js';

const report: ImportReport = {
  files: [{ file: 'record.csv', format: 'csv' }],
  rowsRead: 3,
  activities: 1,
  purposes: 2,
  lines: [
    { kind: 'inferred', place: { file: 'record.csv', line: 2 }, message: 'lawful_basis consent from "Consent"' },
    { kind: 'inferred', place: { file: 'record.csv', line: 3 }, message: 'lawful_basis consent from "Consent"' },
    { kind: 'inferred', place: { file: 'record.csv', line: 5 }, message: 'lawful_basis consent from "Consent"' },
    { kind: 'placeholder', place: { file: 'record.csv' }, message: 'the source names no controller' },
  ],
};

describe('the import report', () => {
  it('names the file the inventory was written to', () => {
    expect(formatImportReport(report, 'privacy/ropa.yaml').split('\n')[0]).toBe('Imported record.csv (csv): 3 rows read; 1 activity and 2 purposes written to privacy/ropa.yaml.');
    expect(formatImportReport(report, 'standard output').split('\n')[0]).toBe('Imported record.csv (csv): 3 rows read; 1 activity and 2 purposes written to standard output.');
  });

  it.each([[undefined], ['']])('without a destination (%j) says what the inventory holds', (destination) => {
    const text = formatImportReport(report, destination);
    expect(text.split('\n')[0]).toBe('Imported record.csv (csv): 3 rows read; 1 activity and 2 purposes in the inventory.');
    expect(text).not.toContain('undefined');
  });

  it('groups the lines by kind, placeholders first, and joins one message over several lines of a file', () => {
    expect(formatImportReport(report).split('\n').slice(1)).toEqual([
      '',
      'Not in the source (written as [NEEDS …] for you to fill in):',
      '  record.csv: the source names no controller',
      '',
      'Inferred (check these):',
      '  record.csv, lines 2–3, 5: lawful_basis consent from "Consent"',
      '',
    ]);
  });
});
