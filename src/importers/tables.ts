/**
 * Tables of every container (a sheet of an XLSX or ODS workbook, a CSV file, a Markdown table)
 * as one shape, a grid of text cells with their places, and the one mapping layer that decides
 * what a grid is and reads it:
 * - a record with one row per activity or per purpose (a header row, maybe below title rows,
 *   maybe two rows high where the template merges a group heading over its columns);
 * - a field/value table per activity (headings down the first column, as in the CNIL's sheet);
 * - the organisation's details (controller, DPO, representative) in title rows or their own table;
 * - anything else (instructions, a list of processors or security measures, a comparison of
 *   fields): skipped, with a line in the report saying what it looked like.
 */
import type { ActivityDraft, RecordBuilder } from './builder.js';
import { looksLikeFormula } from './cells.js';
import { refusePrototypeKey } from './errors.js';
import { type FieldKey, isExplanationHeading, isFieldHeading, isValueHeading, matchHeading, ORGANISATION_FIELDS } from './headers.js';
import { type CellValue, importOrganisation, importRecordRow, type RowContext, type RowValues } from './record-row.js';
import type { SourcePlace } from './report.js';
import { quote, slugify, tidy, words } from './text.js';
import { needs } from './write.js';

export interface GridRow {
  cells: string[];
  place: SourcePlace;
  /** Columns whose cell held a formula (spreadsheets): its computed value is in `cells`. */
  formulas?: ReadonlySet<number>;
}

export interface Grid {
  file: string;
  /** The sheet of a workbook. */
  sheet?: string;
  /** The nearest heading above a Markdown table. */
  heading?: string;
  /** Where the table starts (its first row or line). */
  place: SourcePlace;
  rows: GridRow[];
  /** Markdown: the first row is the header row, by the syntax. */
  headerFixed: boolean;
  /** Cells that are part of a merge spanning several columns, as `row:column` (rows counted in `rows`). */
  mergedAcross?: ReadonlySet<string>;
}

/** How far down a sheet the header row is looked for: below that, title rows would be a page. */
const HEADER_SEARCH_ROWS = 40;

/** Sheets a template ships beside the record. */
const EXAMPLE_SHEET = /\b(?:example|examples|exemple|exemples|beispiel|ejemplo|sample|guidance|instructions?|read ?me|how to use|mode d emploi|lisez moi|anleitung|ausfullhinweise|instrucciones)\b/u;
const INSTRUCTION_SHEET = /\b(?:notes?|introduction|intro|guide|notice|aide|hinweise|help|ayuda|guia|cover|about|glossary|glossaire|glossar|definitions?|lists?|listes?|dropdowns?|lookups?|validation|lookup)\b/u;

const LIST_FIELDS = new Set<FieldKey>(['subjects', 'categories', 'categories.special', 'recipients', 'processors', 'transfers', 'security']);

let scopeCounter = 0;

/** Reads every grid of one file into the builder, in order. */
export function importGrids(grids: readonly Grid[], builder: RecordBuilder): void {
  for (const grid of grids) importGrid(grid, builder);
}

function isBlank(row: GridRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

function importGrid(grid: Grid, builder: RecordBuilder): void {
  const rows = grid.rows;
  if (rows.every(isBlank)) {
    if (grid.sheet !== undefined) builder.report('skipped', grid.place, 'empty sheet');
    return;
  }
  if (grid.sheet !== undefined && EXAMPLE_SHEET.test(words(grid.sheet))) {
    builder.report('skipped', grid.place, `sheet "${grid.sheet}" holds the template's instructions or example, not the record (rename the sheet to import it)`);
    return;
  }
  if (grid.headerFixed) {
    // Markdown: the syntax says which row is the header.
    const header: Header = { index: 0, top: 0, headings: rows[0]!.cells, dataStart: 1 };
    for (const heading of header.headings) refusePrototypeKey(heading, rows[0]!.place, 'column heading');
    if (isFieldValueHeader(grid, header)) importFieldValues(grid, isFieldHeading(rows[0]!.cells[0] ?? '') || isValueHeading(rows[0]!.cells[1] ?? '') ? 1 : 0, builder);
    else if (isRecordHeader(fieldsOf(header.headings))) importRecordTable(grid, header, builder);
    else builder.report('skipped', grid.place, `${describeTable(grid)} is not a record: ${whyNotRecord(grid)}; not imported`);
    return;
  }
  // Any of the first rows may be taken as headings (a header row, labels down a column): a key
  // naming a prototype there refuses the file, whatever the table turns out to be.
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) for (const cell of row.cells) refusePrototypeKey(cell, row.place, 'column heading');
  // Headings down a column (the CNIL's sheet) come first: their values could pass for a header row.
  if (looksLikeFieldValues(grid)) {
    importFieldValues(grid, 0, builder);
    return;
  }
  const header = findHeader(grid);
  if (header !== undefined) {
    importRecordTable(grid, header, builder);
    return;
  }
  const index = findIndex(grid);
  if (index !== undefined) readTitleRows(grid, { index, top: index, headings: [], dataStart: index + 1 }, builder);
  else if (organisationOnly(grid)) {
    importFieldValues(grid, 0, builder);
    return;
  }
  builder.report('skipped', grid.place, `${describeTable(grid)} is not a record: ${whyNotRecord(grid)}; not imported`);
}

function findIndex(grid: Grid): number | undefined {
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) if (isIndexHeader(fieldsOf(grid.rows[index]!.cells))) return index;
  return undefined;
}

function describeTable(grid: Grid): string {
  if (grid.sheet !== undefined) return `sheet "${grid.sheet}"`;
  if (grid.headerFixed) return grid.heading !== undefined ? `the table under "${grid.heading}"` : 'the table';
  return 'the file';
}

interface Header {
  /** Row index of the header row (the lower one of a two-row header). */
  index: number;
  /** Row index of the first header row (the group row of a two-row header). */
  top: number;
  headings: string[];
  dataStart: number;
}

function fieldsOf(cells: readonly string[]): (FieldKey | undefined)[] {
  return cells.map((cell) => matchHeading(cell));
}

/** Fields an index of activities has (the CNIL's "Registre" sheet): names and dates, no details. */
const INDEX_FIELDS = new Set<FieldKey>(['activity.name', 'activity.reference', 'activity.created', 'activity.updated', 'activity.function', 'activity.description']);

function namedFields(fields: readonly (FieldKey | undefined)[]): Set<FieldKey> {
  return new Set(fields.filter((field): field is FieldKey => field !== undefined && !ORGANISATION_FIELDS.has(field)));
}

function isRecordHeader(fields: readonly (FieldKey | undefined)[]): boolean {
  const named = namedFields(fields);
  return (named.has('purpose.description') || named.has('activity.name')) && named.size >= 2 && [...named].some((field) => !INDEX_FIELDS.has(field));
}

/** A header row of an index of activities: a name and only other index fields (number, dates). */
function isIndexHeader(fields: readonly (FieldKey | undefined)[]): boolean {
  const named = namedFields(fields);
  return named.has('activity.name') && named.size >= 2 && [...named].every((field) => INDEX_FIELDS.has(field));
}

/** The header row: the first row naming a purpose or activity and at least one other field. */
function findHeader(grid: Grid): Header | undefined {
  const rows = grid.rows;
  if (grid.headerFixed) {
    const headings = rows[0]!.cells;
    return isRecordHeader(fieldsOf(headings)) ? { index: 0, top: 0, headings, dataStart: 1 } : undefined;
  }
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const cells = rows[index]!.cells;
    if (!isRecordHeader(fieldsOf(cells))) continue;
    return twoRowHeader(grid, index) ?? { index, top: index, headings: cells, dataStart: index + 1 };
  }
  return undefined;
}

/**
 * A group heading merged over several columns ("Lawful basis" over "Article 6" and "Article 9")
 * with the columns' own headings in the row below: each column's heading is the group's and
 * its own, and the data starts one row lower.
 */
function twoRowHeader(grid: Grid, index: number): Header | undefined {
  const merged = grid.mergedAcross;
  const below = grid.rows[index + 1];
  if (merged === undefined || below === undefined) return undefined;
  const top = grid.rows[index]!.cells;
  const width = Math.max(top.length, below.cells.length);
  let groups = 0;
  const headings: string[] = [];
  for (let column = 0; column < width; column += 1) {
    const upper = top[column] ?? '';
    const lower = below.cells[column] ?? '';
    if (merged.has(`${index}:${column}`)) {
      if (lower.trim() === '') return undefined;
      groups += 1;
      headings.push(matchHeading(lower) !== undefined ? lower : `${upper} ${lower}`);
    } else {
      // Outside a group the heading spans both rows (a vertical merge repeats it) or the lower cell is empty.
      if (lower.trim() !== '' && lower.trim() !== upper.trim()) return undefined;
      headings.push(upper);
    }
  }
  return groups > 0 ? { index: index + 1, top: index, headings, dataStart: index + 2 } : undefined;
}

/** Two columns where the first holds headings and the second their values ("Field | Value", or a first pair). */
function isFieldValueHeader(grid: Grid, header: Header): boolean {
  const used = usedColumns(grid);
  if (used > 2) return false;
  const [first = '', second = ''] = header.headings;
  if (isValueHeading(second)) return true;
  if (isExplanationHeading(second)) return false;
  // "| Activity | Payroll |": the header row is itself the first pair.
  return matchHeading(first) !== undefined && matchHeading(second) === undefined && labelledRows(grid, 0) >= 3;
}

/** How many columns hold anything. */
function usedColumns(grid: Grid): number {
  let used = 0;
  for (const row of grid.rows) {
    for (let column = row.cells.length - 1; column >= used; column -= 1) {
      if (row.cells[column]!.trim() !== '') {
        used = column + 1;
        break;
      }
    }
  }
  return used;
}

/** Rows from `from` whose first filled cell is a heading of the dictionary. */
function labelledRows(grid: Grid, from: number): number {
  let count = 0;
  for (const row of grid.rows.slice(from)) {
    const label = row.cells.find((cell) => cell.trim() !== '');
    if (label !== undefined && matchHeading(label) !== undefined) count += 1;
  }
  return count;
}

interface LabelCount {
  /** Rows whose first filled cell is a heading of the dictionary and that have a value beside it. */
  labelled: number;
  /** Of those, the ones whose heading is a field of an activity, not of the organisation. */
  record: number;
  /** Rows with anything in them. */
  filled: number;
}

function countLabels(grid: Grid): LabelCount {
  const count: LabelCount = { labelled: 0, record: 0, filled: 0 };
  for (const row of grid.rows) {
    const filled = row.cells.filter((cell) => cell.trim() !== '');
    if (filled.length === 0) continue;
    count.filled += 1;
    const pair = labelAndValue(row);
    const field = pair ? matchHeading(pair.label) : undefined;
    if (field === undefined) continue;
    count.labelled += 1;
    if (!ORGANISATION_FIELDS.has(field)) count.record += 1;
  }
  return count;
}

/**
 * A sheet or file laid out as headings down a column with values beside them: at least three
 * headings of an activity, and headings on a good part of the rows (list items and notes fill the rest).
 */
function looksLikeFieldValues(grid: Grid): boolean {
  if (usedColumns(grid) > 3) return false;
  const { labelled, record, filled } = countLabels(grid);
  return record >= 3 && labelled * 5 >= filled * 2;
}

/** Only the organisation's details (controller, DPO, representative), one to a row. */
function organisationOnly(grid: Grid): boolean {
  const { labelled, record, filled } = countLabels(grid);
  return labelled >= 1 && record === 0 && labelled * 2 >= filled;
}

const PROCESSOR_WORDS = ['processor', 'processors', 'sub processor', 'sub processors', 'vendor', 'vendors', 'supplier', 'suppliers', 'service provider', 'sous traitant', 'sous traitants', 'prestataire', 'auftragsverarbeiter', 'dienstleister', 'encargado', 'encargados', 'proveedor'];
const SECURITY_WORDS = ['security measure', 'security measures', 'measure', 'measures', 'control', 'controls', 'mesure', 'mesures', 'massnahme', 'massnahmen', 'medida', 'medidas', 'tom', 'toms'];

/** What a table that is not a record looks like, for the report. */
function whyNotRecord(grid: Grid): string {
  // The row most like a header row (title rows may stand above it), else the first one with text.
  let best = grid.rows.find((row) => !isBlank(row));
  let bestCount = 0;
  for (const row of grid.headerFixed ? [] : grid.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const count = namedFields(fieldsOf(row.cells)).size;
    if (count > bestCount) [best, bestCount] = [row, count];
  }
  const headings = best?.cells.filter((cell) => cell.trim() !== '') ?? [];
  const fields = fieldsOf(headings);
  const first = words(headings[0] ?? '');
  const sheetName = grid.sheet !== undefined ? words(grid.sheet) : '';
  const named = namedFields(fields);
  if (named.has('activity.name') && [...named].every((field) => INDEX_FIELDS.has(field))) {
    return 'it lists activities by name only (an index); their details are read where the record gives them';
  }
  if (fields.includes('processors') || PROCESSOR_WORDS.some((word) => first === word || first.startsWith(`${word} `))) return 'it lists processors, not processing activities';
  if (fields.includes('security') || SECURITY_WORDS.some((word) => first === word || first.startsWith(`${word} `))) return 'it lists security measures, not processing activities';
  if (isFieldHeading(headings[0] ?? '') || (headings.length >= 2 && headings.slice(1).some((heading) => isExplanationHeading(heading)))) {
    return "it describes the record's fields (a comparison or the template's instructions), it holds no values";
  }
  if (grid.rows.length > 1 && labelledRows(grid, 1) >= 3) return "it describes the record's fields (a comparison or the template's instructions), it holds no values";
  if (INSTRUCTION_SHEET.test(sheetName) || headings.length === 1) return 'it holds text, not a table of activities (instructions or notes)';
  const shown = headings.slice(0, 4).map((heading) => quote(heading, 30)).join(', ');
  return `no column heading names a purpose or an activity${shown ? ` (headings: ${shown}${headings.length > 4 ? ', …' : ''})` : ''}`;
}

interface Column {
  index: number;
  heading: string;
  field?: FieldKey;
  /** The `x-` key of a column with no field of its own. */
  extension?: string;
}

/** Columns of a record table: a field each, or an `x-` key named after the heading. */
function columnsOf(grid: Grid, header: Header, builder: RecordBuilder): Column[] {
  const place = grid.rows[header.index]!.place;
  const width = Math.max(header.headings.length, ...grid.rows.slice(header.dataStart).map((row) => row.cells.length));
  const columns: Column[] = [];
  const taken = new Map<FieldKey, Column>();
  const extensionKeys = new Set<string>();
  for (let index = 0; index < width; index += 1) {
    const heading = tidy(header.headings[index] ?? '');
    refusePrototypeKey(heading, place, 'column heading');
    const hasData = grid.rows.slice(header.dataStart).some((row) => (row.cells[index] ?? '').trim() !== '');
    // A column with no value in any row says nothing, whatever its heading.
    if (!hasData) continue;
    let field = heading === '' ? undefined : matchHeading(heading);
    if (field !== undefined && taken.has(field) && !LIST_FIELDS.has(field)) {
      builder.report('unmapped', place, `column ${quote(heading, 50)} is a second column for the same field as ${quote(taken.get(field)!.heading, 50)}; kept as an x- key`);
      field = undefined;
    }
    if (field !== undefined) {
      taken.set(field, taken.get(field) ?? { index, heading, field });
      columns.push({ index, heading, field });
      continue;
    }
    let extension = `x-${slugify(heading) || `column-${columnLetter(index)}`}`;
    for (let counter = 2; extensionKeys.has(extension); counter += 1) extension = `x-${slugify(heading) || 'column'}-${counter}`;
    extensionKeys.add(extension);
    columns.push({ index, heading: heading || `column ${columnLetter(index)}`, extension });
    builder.report('unmapped', place, `column ${quote(heading || columnLetter(index), 50)} has no field in the format; kept as ${extension}`);
  }
  return columns;
}

/** A, B, …, Z, AA: as spreadsheets name columns. */
export function columnLetter(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** Fields kept as `x-` keys with a readable name: said once per column. */
const KEPT_AS: Partial<Record<FieldKey, string>> = {
  'activity.function': 'x-business-function',
  'activity.reference': 'x-reference',
  'activity.updated': 'x-updated',
  'activity.created': 'x-created',
  'activity.system': 'x-systems',
  'purpose.consentRecords': 'x-consent-records (a consent block needs how consent is collected, which the table does not say)',
};

function importRecordTable(grid: Grid, header: Header, builder: RecordBuilder): void {
  readTitleRows(grid, header, builder);
  const columns = columnsOf(grid, header, builder);
  const headerPlace = grid.rows[header.index]!.place;
  for (const column of columns) {
    const kept = column.field !== undefined ? KEPT_AS[column.field] : undefined;
    if (kept !== undefined) builder.report('unmapped', headerPlace, `column ${quote(column.heading, 50)} has no field in the format; kept as ${kept}`);
  }
  const fields = new Set(columns.map((column) => column.field));
  const context: RowContext = {
    scope: `table-${(scopeCounter += 1)}`,
    hasActivityColumn: fields.has('activity.name') || fields.has('activity.reference'),
    hasSubjectColumn: fields.has('subjects'),
  };
  if (!context.hasSubjectColumn) {
    const subject = builder.subject(needs('the people whose data this is'), headerPlace);
    context.placeholderSubject = subject;
    builder.report('placeholder', headerPlace, `no column names the data subjects: every activity of this table gets the placeholder subject ${subject.id}`);
  }
  if (!fields.has('categories')) builder.report('placeholder', headerPlace, 'no column names the categories of personal data: data_categories is left empty for the rules to report');

  let previous: ActivityDraft | undefined;
  for (const row of grid.rows.slice(header.dataStart)) {
    if (isBlank(row)) continue;
    builder.rowsRead += 1;
    const values: RowValues = { place: row.place, fields: new Map(), extensions: [] };
    for (const column of columns) {
      const text = row.cells[column.index] ?? '';
      if (text.trim() === '') continue;
      noteFormula(builder, row, column.index, column.heading, text);
      const value: CellValue = { text, place: row.place, heading: column.heading };
      if (column.field === undefined) values.extensions.push({ key: column.extension!, value });
      else {
        const existing = values.fields.get(column.field);
        values.fields.set(column.field, existing ? { ...existing, text: `${existing.text}\n${text}` } : value);
      }
    }
    const activity = importRecordRow(builder, values, { ...context, ...(previous ? { previous } : {}) });
    if (activity) previous = activity;
  }
}

/** Title rows above the header: the organisation's details where they are given, the rest reported. */
function readTitleRows(grid: Grid, header: Header, builder: RecordBuilder): void {
  for (const row of grid.rows.slice(0, header.top)) {
    if (isBlank(row) || readOrganisationRow(row, builder)) continue;
    // A merged title repeats in every cell it covers: it is shown once.
    const text = row.cells.filter((cell, index) => cell.trim() !== '' && cell !== row.cells[index - 1]).join(' | ');
    builder.report('skipped', row.place, `title row above the header: ${quote(text)}`);
  }
}

/** A label and its value, in two cells or in one ("Organisation: Acme Ltd"). */
function labelAndValue(row: GridRow): { label: string; value: string } | undefined {
  const filled = row.cells.filter((cell) => cell.trim() !== '');
  if (filled.length >= 2) return { label: filled[0]!, value: [...new Set(filled.slice(1))].join('\n') };
  const colon = /^([^:]{2,80}):\s*(.+)$/su.exec(filled[0] ?? '');
  return colon ? { label: colon[1]!, value: colon[2]! } : undefined;
}

/** A title row that gives one of the organisation's details. */
function readOrganisationRow(row: GridRow, builder: RecordBuilder): boolean {
  const pair = labelAndValue(row);
  if (pair === undefined) return false;
  const field = matchHeading(pair.label);
  if (field === undefined || !ORGANISATION_FIELDS.has(field)) return false;
  importOrganisation(builder, { place: row.place, fields: new Map([[field, { text: pair.value, place: row.place, heading: tidy(pair.label) }]]), extensions: [] });
  return true;
}

function noteFormula(builder: RecordBuilder, row: GridRow, column: number, heading: string, text: string): void {
  if (row.formulas?.has(column)) {
    builder.report('inferred', row.place, `column ${quote(heading, 40)} holds a formula: its last computed value ${quote(text, 40)} was used (formulas are never run)`);
  } else if (looksLikeFormula(text)) {
    builder.report('inferred', row.place, `column ${quote(heading, 40)}: ${quote(text, 40)} looks like a spreadsheet formula; kept as text, never run`);
  }
}

/** Headings of free-text notes in field/value tables. */
const NOTE_LABELS = new Set(
  ['notes', 'note', 'comments', 'comment', 'remarks', 'observations', 'observation', 'remarques', 'remarque', 'commentaires', 'commentaire', 'bemerkungen', 'bemerkung', 'anmerkungen', 'anmerkung', 'hinweis', 'observaciones', 'comentarios', 'notas'].map((word) => words(word)),
);

/**
 * Field/value tables: each row a heading and its value. A table (or a stretch of a sheet) is one
 * activity; a second activity name starts the next. A heading for a list with no value of its
 * own ("Catégories de données") takes the unlabelled rows below it as its items, as the CNIL's
 * sheet lays them out; an item answered "No" is not collected and is left out, with a line.
 */
function importFieldValues(grid: Grid, from: number, builder: RecordBuilder): void {
  const scope = `table-${(scopeCounter += 1)}`;
  let block: RowValues | undefined;
  let blockHasRecordField = false;
  let listField: { field: FieldKey; heading: string } | undefined;
  const blocks: { values: RowValues; record: boolean }[] = [];
  const start = (place: SourcePlace): RowValues => ({ place, fields: new Map(), extensions: [] });

  for (const row of grid.rows.slice(from)) {
    if (isBlank(row)) continue;
    const pair = labelAndValue(row) ?? { label: row.cells.find((cell) => cell.trim() !== '')!, value: '' };
    const label = tidy(pair.label);
    refusePrototypeKey(label, row.place, 'field heading');
    const value = pair.value;
    const field = matchHeading(label);
    builder.rowsRead += 1;
    if (field !== undefined) {
      if (field === 'activity.name' && block?.fields.has('activity.name')) {
        blocks.push({ values: block, record: blockHasRecordField });
        block = undefined;
        blockHasRecordField = false;
      }
      block ??= start(row.place);
      if (!ORGANISATION_FIELDS.has(field)) blockHasRecordField = true;
      listField = LIST_FIELDS.has(field) && tidy(value) === '' ? { field, heading: label } : undefined;
      if (tidy(value) === '') continue;
      noteFormula(builder, row, 1, label, value);
      const existing = block.fields.get(field);
      block.fields.set(field, existing ? { ...existing, text: `${existing.text}\n${value}` } : { text: value, place: row.place, heading: label });
      continue;
    }
    block ??= start(row.place);
    // "Observations", "Notes": free text that ends a list, not one of its items.
    if (NOTE_LABELS.has(words(label))) listField = undefined;
    if (listField !== undefined) {
      // An item of the list above: "État civil, identité | Oui", "Health | Sick notes".
      const answer = words(value);
      if (['no', 'non', 'nein', 'n', 'false'].includes(answer)) {
        builder.report('skipped', row.place, `${quote(label, 40)} answered ${quote(value, 10)}: not collected, left out`);
        continue;
      }
      const item = value === '' || ['yes', 'oui', 'ja', 'si', 'x', 'true'].includes(answer) ? label : `${label}: ${tidy(value)}`;
      const existing = block.fields.get(listField.field);
      block.fields.set(listField.field, existing ? { ...existing, text: `${existing.text}\n${item}` } : { text: item, place: row.place, heading: listField.heading });
      blockHasRecordField = true;
      continue;
    }
    if (tidy(value) === '') {
      builder.report('skipped', row.place, `${quote(label, 60)} has no value; not imported`);
      continue;
    }
    const key = `x-${slugify(label) || 'field'}`;
    block.extensions.push({ key, value: { text: value, place: row.place, heading: label } });
    builder.report('unmapped', row.place, `${quote(label, 50)} has no field in the format; kept as ${key}`);
  }
  if (block) blocks.push({ values: block, record: blockHasRecordField });

  for (const { values, record } of blocks) {
    if (!record) {
      // The organisation's details only; headings without a field go to the top of the file.
      importOrganisation(builder, values);
      for (const { key, value } of values.extensions) if (!builder.rootExtensions.has(key)) builder.rootExtensions.set(key, tidy(value.text));
      continue;
    }
    const context: RowContext = {
      scope,
      hasActivityColumn: values.fields.has('activity.name'),
      hasSubjectColumn: values.fields.has('subjects'),
      ...(values.fields.has('activity.name') ? {} : { defaultName: grid.heading ?? grid.sheet ?? needs('the name of this activity') }),
    };
    if (!context.hasSubjectColumn) {
      const subject = builder.subject(needs('the people whose data this is'), values.place);
      context.placeholderSubject = subject;
      builder.report('placeholder', values.place, `no field names the data subjects: the activity gets the placeholder subject ${subject.id}`);
    }
    importRecordRow(builder, values, context);
  }
}
