/**
 * `ropa-lint import`: existing records (spreadsheets on a regulator's template, Markdown tables,
 * Fides manifests) to one inventory in the format of SPEC §1, and a report of what was read,
 * guessed, kept as `x-` keys or left out. Bytes in, text and report out: no file system here.
 */
import { RecordBuilder } from './builder.js';
import { readCsv } from './csv.js';
import { decodeText } from './decode.js';
import { ImportError } from './errors.js';
import { type FidesManifest, importFides, parseFides } from './fides.js';
import { LIMITS } from './limits.js';
import { readMarkdown } from './markdown.js';
import type { ImportReport } from './report.js';
import { readWorkbook, sniffWorkbook } from './spreadsheet.js';
import { importGrids } from './tables.js';
import { buildInventory, toYaml } from './write.js';

export { ImportError } from './errors.js';
export { formatImportReport, type ImportReport, type ReportLine, type SourcePlace } from './report.js';
export { INVENTORY_SCHEMA_URL } from './write.js';

export const IMPORT_FORMATS = ['csv', 'xlsx', 'ods', 'markdown', 'fides'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export function isImportFormat(value: string): value is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(value);
}

export interface ImportInput {
  /** The file as the report names it. */
  file: string;
  bytes: Uint8Array;
}

export interface ImportResult {
  /** The inventory as YAML, with the schema line: what `-o` writes. */
  text: string;
  inventory: Record<string, unknown>;
  report: ImportReport;
}

const BY_EXTENSION: Record<string, ImportFormat> = {
  csv: 'csv',
  tsv: 'csv',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  ods: 'ods',
  md: 'markdown',
  markdown: 'markdown',
  yml: 'fides',
  yaml: 'fides',
  json: 'fides',
};

/** The format of a file: its extension, else its content (a zip archive, a pipe table, a manifest's keys). */
export function guessFormat(file: string, bytes: Uint8Array): ImportFormat {
  const extension = /\.([a-z0-9]+)$/iu.exec(file)?.[1]?.toLowerCase();
  if (extension === 'xls') throw new ImportError({ file }, 'an Excel 97-2003 workbook: save it as .xlsx and import that');
  const known = extension !== undefined ? BY_EXTENSION[extension] : undefined;
  if (known) return known;
  const workbook = sniffWorkbook(bytes);
  if (workbook === 'xls') throw new ImportError({ file }, 'an Excel 97-2003 workbook or a password-protected one: save it as .xlsx without a password and import that');
  if (workbook) return workbook;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024));
  if (/^\s*\|?\s*:?-{3,}:?\s*\|/mu.test(head)) return 'markdown';
  if (/^(?:system|data_use|data_category|data_subject|organization)\s*:/mu.test(head) || /^\s*\{\s*"(?:system|organization)"/u.test(head)) return 'fides';
  return 'csv';
}

/**
 * Imports the files into one inventory. Throws an ImportError (with the file and row or line)
 * for a file that cannot be read safely; nothing is returned half-made.
 */
export function importRecords(inputs: readonly ImportInput[], options: { from?: ImportFormat } = {}): ImportResult {
  const builder = new RecordBuilder();
  const manifests: FidesManifest[] = [];
  for (const { file, bytes } of inputs) {
    if (bytes.length > LIMITS.fileBytes) throw new ImportError({ file }, `the file is larger than ${LIMITS.fileBytes / 1048576} MB: too large to import`);
    const format = options.from ?? guessFormat(file, bytes);
    builder.files.push({ file, format });
    switch (format) {
      case 'csv':
        importGrids(readCsv(decodeText(bytes, file).text, file), builder);
        break;
      case 'markdown': {
        const grids = readMarkdown(decodeText(bytes, file).text, file);
        if (grids.length === 0) builder.report('skipped', { file }, 'no table in the Markdown file');
        importGrids(grids, builder);
        break;
      }
      case 'xlsx':
      case 'ods': {
        const { grids, hidden, format: read } = readWorkbook(bytes, file, format);
        builder.files[builder.files.length - 1]!.format = read;
        for (const name of hidden) builder.report('skipped', { file, sheet: name }, 'hidden sheet (a template keeps its drop-down lists there); not imported');
        importGrids(grids, builder);
        break;
      }
      case 'fides':
        manifests.push(parseFides(decodeText(bytes, file).text, file));
        break;
    }
  }
  if (manifests.length > 0) importFides(manifests, builder);
  if (builder.activities.size === 0) {
    const reasons = builder.lines.filter((line) => line.kind === 'skipped').slice(0, 3).map((line) => line.message);
    throw new ImportError({ file: inputs.map((input) => input.file).join(', ') }, `no processing activity found${reasons.length > 0 ? ` (${reasons.join('; ')})` : ''}`);
  }
  const annotated = buildInventory(builder);
  const text = toYaml(annotated, inputs.map((input) => input.file));
  return { text, inventory: annotated.inventory, report: builder.summary() };
}
