/**
 * CSV (and the semicolon- or tab-separated files that Excel writes for European locales) as a
 * grid, parsed by csv-parse. The separator is the one that splits the first lines into the same
 * number of columns most often; Excel's `sep=;` first line is honoured.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { ImportError } from './errors.js';
import { LIMITS } from './limits.js';
import type { Grid, GridRow } from './tables.js';

const SEPARATORS = [',', ';', '\t', '|'];
const SNIFF_LINES = 25;

/** Enough of the file for its first lines; csv-parse would otherwise read on past `to_line`. */
const SNIFF_CHARACTERS = 64 * 1024;

/**
 * The separator of the file. Separators under which the first lines parse with their quotes as
 * CSV means them are preferred: a quoted cell holding line breaks and semicolons ("Name\nAddress;
 * phone") is one cell under the right separator, and stray quotes and broken lines under another.
 * Only when none parses that way (a hand-made file with a stray quote) are quotes taken loosely.
 */
function sniff(whole: string): string {
  const cut = whole.lastIndexOf('\n', SNIFF_CHARACTERS);
  const text = whole.length <= SNIFF_CHARACTERS || cut < 0 ? whole : whole.slice(0, cut);
  return bestSeparator(text, false) ?? bestSeparator(text, true) ?? ',';
}

function bestSeparator(text: string, relaxQuotes: boolean): string | undefined {
  let best: { separator: string; score: number } | undefined;
  for (const separator of SEPARATORS) {
    let records: string[][];
    try {
      records = parse(text, { delimiter: separator, to_line: SNIFF_LINES, relax_column_count: true, relax_quotes: relaxQuotes, skip_empty_lines: true }) as string[][];
    } catch {
      continue;
    }
    // The separator that gives one column count to most records, with more than one column.
    const counts = new Map<number, number>();
    for (const record of records) if (record.length > 1) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
    let score = 0;
    for (const [columns, times] of counts) score = Math.max(score, times * 1000 + columns);
    if (best === undefined || score > best.score) best = { separator, score };
  }
  return best?.separator;
}

type ParsedRecord = { record: string[]; info: { lines: number } };

function parsePart(body: string, separator: string, file: string, offset: number, range: { from_line?: number; to_line?: number }): ParsedRecord[] {
  // The errors of records of another width are never thrown nor looked at: no stack for them.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parse(body, {
      delimiter: separator,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: LIMITS.recordCharacters,
      to: LIMITS.rows + 1,
      ...range,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new ImportError({ file, ...(line !== undefined ? { line: line + offset } : {}) }, `not valid CSV: ${error.message}`);
    }
    throw error;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/**
 * The line where the rows of the file's usual width begin (the header row below title rows),
 * from its first lines; 1 when the first record already has that width, or when the first lines
 * do not parse (the whole parse then reports the error).
 */
function tableStart(body: string, separator: string): number {
  const cut = body.lastIndexOf('\n', SNIFF_CHARACTERS);
  const head = body.length <= SNIFF_CHARACTERS || cut < 0 ? body : body.slice(0, cut);
  let records: ParsedRecord[];
  try {
    records = parse(head, { delimiter: separator, info: true, to_line: SNIFF_LINES, relax_column_count: true, skip_empty_lines: true }) as unknown as ParsedRecord[];
  } catch {
    return 1;
  }
  const counts = new Map<number, number>();
  for (const { record } of records) if (record.length > 1) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
  let width = 0;
  let most = 0;
  for (const [length, times] of counts) if (times > most || (times === most && length > width)) [width, most] = [length, times];
  const first = records.findIndex(({ record }) => record.length === width);
  if (first <= 0) return 1;
  const { record, info } = records[first]!;
  const spanned = record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
  return info.lines - spanned;
}

export function readCsv(text: string, file: string): Grid[] {
  let body = text.replace(/\r\n?/g, '\n');
  let offset = 0;
  let separator: string;
  const declared = /^sep=(.)\n/u.exec(body);
  if (declared) {
    separator = declared[1]!;
    body = body.slice(declared[0].length);
    offset = 1;
  } else separator = sniff(body);

  // With relax_column_count, csv-parse builds an error (a deep copy of the record, and a stack
  // trace) for every record whose length differs from the first record's: every row of the table
  // below a title row. The title rows are parsed on their own, and the table from its first row,
  // so that each part's first record has its rows' width; that halves the parse of a long sheet.
  const start = tableStart(body, separator);
  const records =
    start > 1
      ? [...parsePart(body, separator, file, offset, { to_line: start - 1 }), ...parsePart(body, separator, file, offset, { from_line: start })]
      : parsePart(body, separator, file, offset, {});
  if (records.length > LIMITS.rows) throw new ImportError({ file, line: records[LIMITS.rows]!.info.lines + offset }, `more than ${LIMITS.rows} rows: too large to import`);

  const rows: GridRow[] = [];
  let total = 0;
  for (const { record, info } of records) {
    total += record.length;
    if (record.length > LIMITS.columns) throw new ImportError({ file, line: info.lines + offset }, `more than ${LIMITS.columns} columns: too wide to import`);
    if (total > LIMITS.cells) throw new ImportError({ file, line: info.lines + offset }, `more than ${LIMITS.cells} cells: too large to import`);
    // csv-parse counts the line a record ends on; a quoted cell may span lines.
    const spanned = record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
    // A leading apostrophe is how a spreadsheet (and `ropa-lint export`) keeps "=…", "+…", "-…"
    // or "@…" from running as a formula: it is an escape, not part of the text.
    const cells = record.map((cell) => (/^'[=+\-@\t\r]/u.test(cell) ? cell.slice(1) : cell));
    rows.push({ cells, place: { file, line: info.lines - spanned + offset } });
  }
  return [{ file, place: { file, line: rows[0]?.place.line ?? 1 }, rows, headerFixed: false }];
}
