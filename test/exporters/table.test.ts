/**
 * The csv and xlsx exports: the ICO template's columns in its order, one row per purpose, the
 * controller and any errors above the header, headings the import maps back to their fields,
 * and no cell a spreadsheet program would run as a formula.
 */
import { read, type CellObject } from '@e965/xlsx';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { lintParsed, parseSource } from '../../src/core/engine.js';
import type { ExportedRecord } from '../../src/exporters/html.js';
import { EXTRA_COLUMNS, HEADER, ICO_COLUMNS, TITLE } from '../../src/exporters/ico-columns.js';
import { exportCsv, exportTable, exportXlsx, neutraliseCsvCell } from '../../src/exporters/table.js';
import { type FieldKey, matchHeading } from '../../src/importers/headers.js';
import { rules } from '../../src/rules/index.js';
import { UsageError } from '../../src/workspace/usage-error.js';
import { RECORD } from './fixtures.js';

const options = { version: '0.0.0-test', today: '2026-11-30' };

function exported(text: string, file = 'hr/ropa.yaml'): ExportedRecord {
  const parsed = parseSource(text, file);
  return { file, model: parsed.model, report: lintParsed(parsed, { rules, today: '2026-11-30' }) };
}

function csvRows(csv: string): string[][] {
  return parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: false }) as string[][];
}

/** The rows below the header, as objects by heading. */
function records(rows: string[][]): Record<string, string>[] {
  const header = rows.findIndex((row) => row[0] === HEADER[0]);
  return rows.slice(header + 1).map((row) => Object.fromEntries(HEADER.map((heading, index) => [heading, row[index] ?? ''])));
}

describe('the table', () => {
  it("has the ICO template's columns A to W in its order, then ropa-lint's own", () => {
    expect(ICO_COLUMNS).toHaveLength(23);
    expect(ICO_COLUMNS.slice(0, 4)).toEqual(['Business function', 'Purpose of processing', 'Name and contact details of joint controller (if applicable)', 'Categories of individuals']);
    expect(ICO_COLUMNS[11]).toBe('Article 6 lawful basis for processing personal data');
    expect(ICO_COLUMNS[21]).toBe('Data Protection Impact Assessment progress');
    expect(HEADER).toEqual([...ICO_COLUMNS, ...EXTRA_COLUMNS]);
  });

  it('names every column so that the import maps it to the field it holds', () => {
    const expected: (FieldKey | undefined)[] = [
      'activity.function', 'purpose.description', 'activity.jointController', 'subjects', 'categories', 'recipients', 'processors.contract', 'transfers',
      'transfers.safeguards', 'retention', 'security', 'purpose.lawfulBasis', 'purpose.specialCondition', 'purpose.interest', 'purpose.interestAssessment',
      // The template's "Rights available to individuals" has no field; ropa-lint leaves it empty.
      undefined,
      'automatedDecisions', 'categories.source', 'purpose.consentRecords', 'activity.system', 'dpia.required', 'dpia.status', 'dpia.reference',
      'activity.name', 'activity.description', 'activity.role', 'activity.onBehalfOf', 'processors', 'purpose.aiTraining', 'purpose.legalReference',
      'activity.id', 'purpose.id', 'subjects.ids', 'categories.ids',
    ];
    expect(HEADER.map((heading) => matchHeading(heading))).toEqual(expected);
    for (const [label, field] of [['Controller', 'controller.name'], ['Contact details', 'controller.contact'], ['Data protection officer', 'controller.dpo'], ['Representative', 'controller.representative'], ['Record owner', 'record.owner'], ['Record last updated', 'record.updated']] as const) {
      expect(matchHeading(label), label).toBe(field);
    }
  });

  it('puts the controller, the bookkeeping and the errors above the header, and one row per purpose below it', () => {
    const rows = csvRows(exportCsv(exported(RECORD), options));
    expect(rows.slice(0, 10)).toEqual([
      [TITLE, 'Exported 2026-11-30 by ropa-lint 0.0.0-test from hr/ropa.yaml'],
      ['Controller', 'Hirewise B.V.'],
      ['Contact details', 'privacy@hirewise.example'],
      ['Data protection officer', 'dpo@hirewise.example'],
      ['Representative', 'Hirewise UK Rep Ltd, rep@hirewise.example'],
      ['Record owner', 'Privacy office'],
      ['Record last updated', '2026-11-02'],
      ['ropa-lint found 1 error in this record; the rows below show it as it is written.'],
      ['Error', 'line 100: purpose rank-applications has no lawful basis (lawful-basis-missing)'],
      [''],
    ]);
    const table = records(rows);
    expect(table.map((row) => `${row['Processing activity']} / ${row['Purpose of processing']}`)).toEqual([
      "Applicant tracking for customer employers / Store applications and show them to the employer's recruiters.",
      'Talent pool shared with Talent Partners / Keep the profiles of applicants who asked to be considered for future roles.',
      'Candidate ranking / Train the ranking model on applications and hiring decisions.',
      'Candidate ranking / Show recruiters a ranked shortlist of applications.',
    ]);
    const [tracking, pool, training, ranking] = table;
    expect(tracking).toMatchObject({
      'Categories of individuals': 'Job applicants\nRecruiters of customer employers',
      // One item with a comma: the bullet says it is one.
      'Categories of personal data': '• CVs, cover letters and answers',
      'Categories of recipients': 'Customer employers',
      'Names of third countries or international organisations that personal data are transferred to (if applicable)': 'None',
      Role: 'Processor (Art. 28)',
      'On behalf of controller': 'Customer employers',
      Processors: 'EuroHost GmbH (DE)',
      'Data Protection Impact Assessment required?': 'No',
      'Data Protection Impact Assessment progress': 'Not required',
      'AI training': 'No',
    });
    expect(pool).toMatchObject({
      'Name and contact details of joint controller (if applicable)': 'Talent Partners SA\nprivacy@talentpartners.example',
      'Names of third countries or international organisations that personal data are transferred to (if applicable)': 'United States (US): Standard contractual clauses (Art. 46(2)(c))',
      'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)': 'https://hirewise.example/scc',
      'Retention schedule (if possible)': 'P2Y',
      'Article 6 lawful basis for processing personal data': 'Consent (Art. 6(1)(a))',
      'Link to record of consent': 'consent-log',
      'The source of the personal data (if applicable)': 'Provided by the individual',
    });
    expect(training).toMatchObject({
      'Article 6 lawful basis for processing personal data': 'Legitimate interests (Art. 6(1)(f))',
      'Legitimate interests for the processing (if applicable)': 'Better shortlists for recruiters.',
      'Link to record of legitimate interests assessment (if applicable)': 'https://hirewise.example/lia',
      'Categories of recipients': 'None',
      'Data Protection Impact Assessment required?': 'Yes',
      'Data Protection Impact Assessment progress': 'In progress',
      'Link to Data Protection Impact Assessment': 'https://hirewise.example/dpia',
      // Two categories with sources of their own: one line each, which the import gives back to each.
      'The source of the personal data (if applicable)': 'CVs, cover letters and answers: Provided by the individual\nResults of criminal record checks: From third parties',
      'AI training': 'Yes',
      'Activity id': 'ranking',
      'Purpose id': 'train-ranking-model',
      'Data category ids': 'applications\nrecords',
    });
    // A purpose without a basis leaves its cell empty: the import leaves it absent, and the rules report it again.
    expect(ranking!['Article 6 lawful basis for processing personal data']).toBe('');
    expect(ranking!['AI training']).toBe('No');
  });

  it('writes CSV with a byte-order mark and CRLF, quoting every cell that spans lines', () => {
    const csv = exportCsv(exported(RECORD), options);
    expect(csv.startsWith('\uFEFFRecord of processing activities')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/);
    expect(csv).toContain('"Job applicants\nRecruiters of customer employers"');
  });

  it('holds one record in a CSV file, and one sheet per record in a workbook', async () => {
    await expect(exportTable([exported(RECORD, 'a.ropa.yaml'), exported(RECORD, 'b.ropa.yaml')], 'csv', options)).rejects.toThrow(UsageError);
    const workbook = read(exportXlsx([exported(RECORD, 'teams/a.ropa.yaml'), exported(RECORD, 'other/a.ropa.yaml'), exported(RECORD, 'x/[weird]:name*?.yaml')], options));
    expect(workbook.SheetNames).toEqual(['a', 'a 2', 'weird name']);
  });
});

describe('formula injection', () => {
  const payloads = ["=cmd|' /C calc'!A0", '+SUM(1+1)*cmd|', '-2+3+cmd|', '@SUM(1+1)', '\t=1+1', '\r=1+1', '=HYPERLINK("https://evil.example","click")'];
  const quoted = (text: string) => JSON.stringify(text);
  const hostile = `version: 1
controller: {name: ${quoted(payloads[0]!)}, contact: ${quoted(payloads[3]!)}}
record: {owner: ${quoted(payloads[6]!)}}
data_subjects: [{id: s, name: ${quoted(payloads[1]!)}}]
data_categories: [{id: c, name: ${quoted(payloads[2]!)}, source: observed}]
processing_activities:
  - id: a
    name: ${quoted(payloads[6]!)}
    description: ${quoted(payloads[4]!)}
    role: controller
    data_subjects: [s]
    data_categories: [c]
    purposes:
      - {id: p, description: ${quoted(payloads[0]!)}, ai_training: false, lawful_basis: consent, legal_basis_reference: ${quoted(payloads[5]!)}}
    recipients: [${payloads.map(quoted).join(', ')}]
    retention: ${quoted(payloads[2]!)}
    security_measures: [${quoted(payloads[3]!)}]
`;

  it('prefixes every CSV cell that starts like a formula with an apostrophe, and leaves the rest alone', () => {
    expect(payloads.map(neutraliseCsvCell)).toEqual(payloads.map((payload) => `'${payload}`));
    expect(['Payroll', "'quoted", ' =spaced', 'a=b', '', '1+1'].map(neutraliseCsvCell)).toEqual(['Payroll', "'quoted", ' =spaced', 'a=b', '', '1+1']);
    const rows = csvRows(exportCsv(exported(hostile), options));
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(rows[1]).toEqual(['Controller', "'=cmd|' /C calc'!A0"]);
    expect(rows[2]).toEqual(['Contact details', "'@SUM(1+1)"]);
    expect(rows[3]).toEqual(['Record owner', `'${payloads[6]}`]);
    const [row] = records(rows);
    expect(row).toMatchObject({
      'Purpose of processing': "'=cmd|' /C calc'!A0",
      'Categories of individuals': "'+SUM(1+1)*cmd|",
      'Retention schedule (if possible)': "'-2+3+cmd|",
      'Processing activity': `'${payloads[6]}`,
      // Leading whitespace is not kept in a cell, so the tab and carriage return go and the formula stays inert.
      Description: "'=1+1",
      'Legal basis reference': "'=1+1",
    });
    // In a cell of several lines only the first starts the cell, which is what a spreadsheet program reads.
    expect(row!['Categories of recipients']!.startsWith("'=cmd|")).toBe(true);
  });

  it('writes every XLSX cell as a string cell, never a formula, with the text as written', () => {
    const workbook = read(exportXlsx([exported(hostile)], options), { cellFormula: true });
    const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
    const cells = Object.entries(sheet).filter(([address]) => !address.startsWith('!')).map(([, cell]) => cell as CellObject);
    expect(cells.length).toBeGreaterThan(40);
    expect(cells.filter((cell) => cell.t !== 's')).toEqual([]);
    expect(cells.filter((cell) => cell.f !== undefined)).toEqual([]);
    const values = cells.map((cell) => String(cell.v));
    expect(values).toContain(payloads[0]);
    expect(values).toContain(payloads[6]);
  });
});
