/**
 * The record table (ico-columns.ts) as a CSV file or an XLSX workbook.
 *
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` as a formula, and some
 * read a leading tab or carriage return the same way ("CSV injection"): a name in the record
 * such as `=HYPERLINK(…)` must never run on the DPO's machine. In CSV such a cell is written
 * with a leading apostrophe, which the programs show as text; in XLSX every cell is a string
 * cell, which no program evaluates.
 */
import { utils, write } from '@e965/xlsx';
import { stringify } from 'csv-stringify/sync';
import { UsageError } from '../workspace/usage-error.js';
import type { ExportedRecord } from './html.js';
import { recordTable, type TableOptions } from './ico-columns.js';

/** The first characters that make a spreadsheet program read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV cell made inert: a formula-like start is preceded by an apostrophe. */
export function neutraliseCsvCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Excel's limit for the text of one cell. */
const CELL_LIMIT = 32_767;

function fitCell(cell: string): string {
  return cell.length <= CELL_LIMIT ? cell : `${cell.slice(0, CELL_LIMIT - 1)}…`;
}

/**
 * CSV: RFC 4180, every cell quoted where needed, lines ended with CRLF, and a UTF-8 byte-order
 * mark so that Excel reads accents right. One CSV holds one record.
 */
export function exportCsv(record: ExportedRecord, options: TableOptions): string {
  const rows = recordTable({ file: record.file, model: record.model, findings: record.report.findings }, options);
  return `\uFEFF${stringify(
    rows.map((row) => row.map((cell) => neutraliseCsvCell(fitCell(cell)))),
    // csv-stringify quotes a cell holding the record delimiter (CRLF), not one holding a bare line break.
    { record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  )}`;
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(file: string, taken: Set<string>): string {
  const base =
    (file.split(/[\\/]/).pop() ?? file)
      .replace(/\.ropa\.ya?ml$|\.ya?ml$/i, '')
      .replace(/[[\]:*?/\\\u0000-\u001f]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 31) || 'Record';
  let name = base;
  for (let counter = 2; taken.has(name.toLowerCase()); counter += 1) name = `${base.slice(0, 31 - String(counter).length - 1)} ${counter}`;
  taken.add(name.toLowerCase());
  return name;
}

/** XLSX: one sheet per inventory, every cell a string cell (type `s`), never a formula. */
export function exportXlsx(records: readonly ExportedRecord[], options: TableOptions): Uint8Array {
  const workbook = utils.book_new();
  const taken = new Set<string>();
  for (const record of records) {
    const rows = recordTable({ file: record.file, model: record.model, findings: record.report.findings }, options);
    const sheet = utils.aoa_to_sheet(rows.map((row) => row.map(fitCell)));
    for (const [address, cell] of Object.entries(sheet)) {
      // aoa_to_sheet makes strings string cells already; this holds even if that default changes.
      if (!address.startsWith('!') && typeof cell === 'object' && cell !== null) Object.assign(cell, { t: 's', v: String((cell as { v?: unknown }).v ?? '') });
    }
    sheet['!cols'] = rows.reduce((widths: { wch: number }[], row) => {
      row.forEach((cell, index) => {
        const longest = Math.max(...cell.split('\n').map((line) => line.length));
        widths[index] = { wch: Math.min(60, Math.max(widths[index]?.wch ?? 12, longest)) };
      });
      return widths;
    }, []);
    utils.book_append_sheet(workbook, sheet, sheetName(record.file, taken));
  }
  return write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
}

export async function exportTable(records: readonly ExportedRecord[], format: 'csv' | 'xlsx', options: TableOptions): Promise<string | Uint8Array> {
  if (format === 'xlsx') return exportXlsx(records, options);
  if (records.length !== 1) {
    throw new UsageError(`a CSV file holds one record, and ${records.length} inventories were found: export each file on its own, or use --format xlsx (one sheet per inventory)`);
  }
  return exportCsv(records[0]!, options);
}
