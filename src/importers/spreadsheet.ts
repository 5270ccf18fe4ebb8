/**
 * XLSX and ODS workbooks as grids, one per visible sheet, read by SheetJS. Before SheetJS sees
 * a byte, the archive is opened with fflate under limits: the declared sizes of all entries
 * together, the number of entries, and the number of cells the sheets' XML declares. Entries
 * are then decompressed into buffers of their declared size (a lying size truncates, it never
 * grows) and handed to SheetJS re-packed without compression, so that SheetJS never inflates
 * anything itself: a zip bomb is refused or cut short, not expanded.
 */
import { type CellObject, read, type WorkBook } from '@e965/xlsx';
import { strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { ImportError } from './errors.js';
import { LIMITS } from './limits.js';
import type { SourcePlace } from './report.js';
import type { Grid, GridRow } from './tables.js';

export type WorkbookFormat = 'xlsx' | 'ods';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** The format of a workbook's bytes, or undefined when they are no workbook. */
export function sniffWorkbook(bytes: Uint8Array): WorkbookFormat | 'xls' | undefined {
  if (startsWith(bytes, OLE_MAGIC)) return 'xls';
  if (!startsWith(bytes, ZIP_MAGIC)) return undefined;
  // An ODS file's first entry is its stored `mimetype`, as the OpenDocument standard requires.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return head.includes('mimetype') && head.includes('opendocument.spreadsheet') ? 'ods' : 'xlsx';
}

/** Opens the archive under the limits and returns its entries, decompressed. */
function openArchive(bytes: Uint8Array, file: string): Record<string, Uint8Array> {
  let declared = 0;
  let entries = 0;
  try {
    return unzipSync(bytes, {
      filter(entry) {
        entries += 1;
        declared += entry.originalSize;
        if (entries > LIMITS.zipEntries) throw new ImportError({ file }, `the archive has more than ${LIMITS.zipEntries} entries: refused (a workbook has a few dozen)`);
        if (declared > LIMITS.unzippedBytes) {
          throw new ImportError({ file }, `the archive unpacks to more than ${LIMITS.unzippedBytes / 1048576} MB: refused (a zip bomb, or a workbook too large to import)`);
        }
        if (entry.compression !== 0 && entry.compression !== 8) throw new ImportError({ file }, `entry ${entry.name} uses compression method ${entry.compression}, which a workbook never uses: refused`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError({ file }, `not a readable XLSX or ODS archive (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * Counts the cells the sheets' XML declares before SheetJS builds them: an ODS cell may stand
 * for many (`number-columns-repeated`, inside rows with `number-rows-repeated`), which is how a
 * few bytes claim a billion cells. Empty repeated cells, which LibreOffice writes to the sheet's
 * edge, cost nothing and are not counted.
 */
function countDeclaredCells(entries: Record<string, Uint8Array>, format: WorkbookFormat, file: string): void {
  let cells = 0;
  const refuse = (): never => {
    throw new ImportError({ file }, `the sheets declare more than ${LIMITS.cells} cells: too large to import`);
  };
  for (const [name, data] of Object.entries(entries)) {
    if (format === 'xlsx' && /^xl\/worksheets\/[^/]+\.xml$/u.test(name)) {
      const xml = strFromU8(data);
      for (let at = xml.indexOf('<c'); at >= 0; at = xml.indexOf('<c', at + 2)) {
        const next = xml[at + 2];
        if ((next === ' ' || next === '>') && (cells += 1) > LIMITS.cells) refuse();
      }
    } else if (format === 'ods' && name === 'content.xml') {
      const xml = strFromU8(data);
      let rowRepeat = 1;
      for (const match of xml.matchAll(/<table:(table-row|table-cell|covered-table-cell)\b([^>]*?)(\/?)>/gu)) {
        const repeat = (attribute: string): number => Number(new RegExp(`${attribute}="(\\d+)"`, 'u').exec(match[2]!)?.[1] ?? 1);
        if (match[1] === 'table-row') rowRepeat = repeat('table:number-rows-repeated');
        else if (match[3] !== '/' && (cells += repeat('table:number-columns-repeated') * rowRepeat) > LIMITS.cells) refuse();
      }
    }
  }
}

/** A cell's text as the spreadsheet shows it; a formula's last computed value. */
function cellText(cell: CellObject | undefined): string {
  if (cell === undefined || cell.t === 'z' || cell.t === 'e') return '';
  if (typeof cell.w === 'string') return cell.w;
  if (cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  return cell.v === undefined || cell.v === null ? '' : String(cell.v);
}

export function readWorkbook(bytes: Uint8Array, file: string, expected?: WorkbookFormat): { grids: Grid[]; format: WorkbookFormat; hidden: string[] } {
  const sniffed = sniffWorkbook(bytes);
  if (sniffed === 'xls') throw new ImportError({ file }, 'an Excel 97-2003 workbook or a password-protected one: save it as .xlsx without a password and import that');
  if (sniffed === undefined) throw new ImportError({ file }, `not an ${expected === 'ods' ? 'ODS' : 'XLSX'} workbook (it is no zip archive)`);
  const entries = openArchive(bytes, file);
  const format: WorkbookFormat = entries['mimetype'] && strFromU8(entries['mimetype']).trim() === 'application/vnd.oasis.opendocument.spreadsheet' ? 'ods' : sniffed;
  if (format === 'xlsx' && entries['xl/workbook.xml'] === undefined && entries['xl/workbook.bin'] === undefined) {
    throw new ImportError({ file }, 'a zip archive, but no workbook in it (no xl/workbook.xml)');
  }
  if (format === 'ods' && entries['content.xml'] === undefined) throw new ImportError({ file }, 'an OpenDocument archive without content.xml');
  countDeclaredCells(entries, format, file);

  const repacked: Zippable = {};
  for (const [name, data] of Object.entries(entries)) repacked[name] = [data, { level: 0 }];
  let workbook: WorkBook;
  try {
    workbook = read(zipSync(repacked), {
      type: 'array',
      dense: true,
      cellFormula: true,
      cellHTML: false,
      cellNF: false,
      cellStyles: false,
      cellDates: true,
      bookVBA: false,
      sheetRows: LIMITS.rows + 1,
    });
  } catch (error) {
    throw new ImportError({ file }, `SheetJS could not read the workbook: ${error instanceof Error ? error.message : String(error)}`);
  }

  const grids: Grid[] = [];
  const hidden: string[] = [];
  let cells = 0;
  workbook.SheetNames.forEach((name, index) => {
    if ((workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0) {
      hidden.push(name);
      return;
    }
    const sheet = workbook.Sheets[name];
    const data = (sheet?.['!data'] as CellObject[][] | undefined) ?? [];
    const place = (row: number): SourcePlace => ({ file, sheet: name, row: row + 1 });
    if (data.length > LIMITS.rows) throw new ImportError(place(LIMITS.rows), `sheet "${name}" has more than ${LIMITS.rows} rows: too large to import`);
    const rows: GridRow[] = [];
    let width = 0;
    for (let r = 0; r < data.length; r += 1) {
      const source = data[r] ?? [];
      const cellsOfRow: string[] = [];
      let formulas: Set<number> | undefined;
      source.forEach((cell, c) => {
        if (c >= LIMITS.columns) throw new ImportError(place(r), `sheet "${name}" has more than ${LIMITS.columns} columns: too wide to import`);
        const text = cellText(cell);
        if (text !== '') cellsOfRow[c] = text;
        if (cell?.f !== undefined) (formulas ??= new Set()).add(c);
      });
      cells += source.length;
      if (cells > LIMITS.cells) throw new ImportError(place(r), `more than ${LIMITS.cells} cells: too large to import`);
      for (let c = 0; c < cellsOfRow.length; c += 1) cellsOfRow[c] ??= '';
      width = Math.max(width, cellsOfRow.length);
      rows.push({ cells: cellsOfRow, place: place(r), ...(formulas ? { formulas } : {}) });
    }
    const mergedAcross = fillMerges(sheet?.['!merges'] ?? [], rows, width, LIMITS.cells - cells, place);
    grids.push({ file, sheet: name, place: { file, sheet: name, row: 1 }, rows, headerFixed: false, mergedAcross });
  });
  return { grids, format, hidden };
}

/**
 * A merged range shows its top-left value over all its cells: each cell of it gets that value,
 * so that a row of a merged activity or heading reads like the others. Ranges are clipped to the
 * cells the sheet holds, so a merge declared over a whole sheet costs nothing.
 */
function fillMerges(
  merges: readonly { s: { r: number; c: number }; e: { r: number; c: number } }[],
  rows: GridRow[],
  width: number,
  budget: number,
  place: (row: number) => SourcePlace,
): Set<string> {
  const across = new Set<string>();
  let filled = 0;
  for (const { s, e } of merges) {
    const value = rows[s.r]?.cells[s.c] ?? '';
    const lastRow = Math.min(e.r, rows.length - 1);
    const lastColumn = Math.min(e.c, width - 1);
    for (let r = s.r; r <= lastRow; r += 1) {
      const row = rows[r]!;
      for (let c = s.c; c <= lastColumn; c += 1) {
        if (c >= row.cells.length) for (let fill = row.cells.length; fill <= c; fill += 1) row.cells[fill] = '';
        row.cells[c] = value;
        if (e.c > s.c) across.add(`${r}:${c}`);
        if ((filled += 1) > budget) throw new ImportError(place(r), `merged cells cover more than ${LIMITS.cells} cells: too large to import`);
      }
    }
  }
  return across;
}
