/**
 * What an import tells its user: how much it read and wrote, and every place where it guessed,
 * left something out or kept something it had no field for, each with the row or line it came from.
 */

/** Where something was read: a file, and in it a sheet and row (spreadsheets) or a line (text). */
export interface SourcePlace {
  file: string;
  sheet?: string;
  /** 1-based row number as the spreadsheet program shows it. */
  row?: number;
  /** 1-based line in a text file (CSV, Markdown, YAML). */
  line?: number;
}

export type ReportKind =
  /** A value the import derived rather than read as written (a basis from its wording, a source from a category name). */
  | 'inferred'
  /** Something the source says that has no place in the format, kept as an `x-` key or left out. */
  | 'unmapped'
  /** A table, sheet, row or value that is not part of the record and was not imported. */
  | 'skipped'
  /** A required field the source does not give, written as a `[NEEDS …]` placeholder so the rules report it. */
  | 'placeholder';

export interface ReportLine {
  kind: ReportKind;
  place: SourcePlace;
  message: string;
}

export interface ImportReport {
  /** The files read, each with the format it was read as. */
  files: { file: string; format: string }[];
  /** Data rows of record tables (spreadsheets, CSV, Markdown) and privacy declarations (Fides) read. */
  rowsRead: number;
  activities: number;
  purposes: number;
  lines: ReportLine[];
}

/** "record.xlsx, sheet ROPA, row 7" / "ropa.md:12". */
export function describePlace(place: SourcePlace): string {
  if (place.line !== undefined) return `${place.file}:${place.line}`;
  const parts = [place.file];
  if (place.sheet !== undefined) parts.push(`sheet "${place.sheet}"`);
  if (place.row !== undefined) parts.push(`row ${place.row}`);
  return parts.join(', ');
}

const HEADINGS: Record<ReportKind, string> = {
  inferred: 'Inferred (check these)',
  placeholder: 'Not in the source (written as [NEEDS …] for you to fill in)',
  unmapped: 'Not mapped to a field',
  skipped: 'Skipped',
};

const ORDER: ReportKind[] = ['placeholder', 'unmapped', 'inferred', 'skipped'];

/**
 * The report as text for a terminal: a summary line, then the lines grouped by kind, in
 * source order. Identical messages about several rows of one sheet are joined
 * ("rows 7–9, 12: …") so that a long sheet stays readable.
 *
 * `writtenTo` names where the inventory went (a file, "standard output"); without it the
 * summary says what the inventory holds, for a caller that keeps the text.
 */
export function formatImportReport(report: ImportReport, writtenTo?: string): string {
  const out: string[] = [];
  const files = report.files.map(({ file, format }) => `${file} (${format})`).join(', ');
  const written = `${count(report.activities, 'activity', 'activities')} and ${count(report.purposes, 'purpose')}`;
  const destination = writtenTo !== undefined && writtenTo.trim() !== '' ? ` written to ${writtenTo}` : ' in the inventory';
  out.push(`Imported ${files}: ${count(report.rowsRead, 'row')} read; ${written}${destination}.`);
  for (const kind of ORDER) {
    const lines = report.lines.filter((line) => line.kind === kind);
    if (lines.length === 0) continue;
    out.push('', `${HEADINGS[kind]}:`);
    for (const text of joinRows(lines)) out.push(`  ${text}`);
  }
  return `${out.join('\n')}\n`;
}

function count(value: number, singular: string, pluralForm = `${singular}s`): string {
  return `${value} ${value === 1 ? singular : pluralForm}`;
}

/** Lines with the same message in the same file and sheet, read by row or line, become one. */
function joinRows(lines: readonly ReportLine[]): string[] {
  const groups = new Map<string, { place: SourcePlace; message: string; rows: number[]; unit: 'row' | 'line' | 'none' }>();
  for (const { place, message } of lines) {
    const unit = place.line !== undefined ? 'line' : place.row !== undefined ? 'row' : 'none';
    const key = JSON.stringify([place.file, place.sheet ?? '', unit, message]);
    const group = groups.get(key) ?? { place, message, rows: [], unit };
    const number = place.line ?? place.row;
    if (number !== undefined) group.rows.push(number);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ place, message, rows, unit }) => {
    if (unit === 'none' || rows.length <= 1) return `${describePlace(place)}: ${message}`;
    const at = [place.file, ...(place.sheet !== undefined ? [`sheet "${place.sheet}"`] : []), `${unit}s ${ranges(rows)}`].join(', ');
    return `${at}: ${message}`;
  });
}

/** 7, 8, 9, 12 → "7–9, 12". */
function ranges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let index = 0; index < sorted.length; ) {
    let end = index;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end += 1;
    parts.push(end === index ? String(sorted[index]) : `${sorted[index]}–${sorted[end]}`);
    index = end + 1;
  }
  return parts.join(', ');
}
