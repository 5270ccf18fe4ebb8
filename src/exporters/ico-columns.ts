/**
 * The record as a table in the column order of the ICO's record-of-processing template for
 * controllers (its columns A to W, the ones an Art. 30 record fills), one row per purpose, then
 * the columns of ropa-lint's format that the template has no place for. Above the header, as in
 * the template, title rows give the controller, its contacts and the record's bookkeeping, and,
 * when the check found errors, say so.
 *
 * Every heading is one that `ropa-lint import` maps back to its field (src/importers/headers.ts),
 * and every cell is written the way the import reads it: list items one to a line, yes/no as
 * "Yes"/"No", lawful bases and conditions in words with their article, so that importing the
 * table gives back the record for every field the template carries.
 */
import { type ActivityView, type InventoryModel, isRecord, isStated, type JointController, type Party, type Processor, type PurposeView, recordsOf, stringsOf, type Transfer } from '../core/inventory.js';
import { joinPointer, pointerOf } from '../core/pointer.js';
import type { Finding } from '../core/types.js';
import { countryName } from '../datamap/graph.js';
import { readCategoryName } from '../importers/categories.js';
import { partyNeedsBullet, writtenContact } from '../importers/cells.js';
import { NO_COUNTRY, readProcessorName } from '../importers/countries.js';
import { DPIA_STATUS, LAWFUL_BASIS, MECHANISM, ROLE, SPECIAL_CONDITION, wordsFor } from './words.js';

/** The ICO template's columns, A to W, in its order. */
export const ICO_COLUMNS = [
  'Business function',
  'Purpose of processing',
  'Name and contact details of joint controller (if applicable)',
  'Categories of individuals',
  'Categories of personal data',
  'Categories of recipients',
  'Link to contract with processor',
  'Names of third countries or international organisations that personal data are transferred to (if applicable)',
  'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
  'Retention schedule (if possible)',
  'General description of technical and organisational security measures (if possible)',
  'Article 6 lawful basis for processing personal data',
  'Article 9 condition for processing special category data',
  'Legitimate interests for the processing (if applicable)',
  'Link to record of legitimate interests assessment (if applicable)',
  'Rights available to individuals',
  'Existence of automated decision-making, including profiling (if applicable)',
  'The source of the personal data (if applicable)',
  'Link to record of consent',
  'Location of personal data',
  'Data Protection Impact Assessment required?',
  'Data Protection Impact Assessment progress',
  'Link to Data Protection Impact Assessment',
] as const;

/**
 * ropa-lint's fields the template has no column for, after its columns. The ids come last: a
 * DPO reads past them, and the import gives the record back with the ids its notices, ignores
 * and baseline refer to (one id per line, in the order of the names beside them).
 */
export const EXTRA_COLUMNS = [
  'Processing activity',
  'Description',
  'Role',
  'On behalf of controller',
  'Processors',
  'AI training',
  'Legal basis reference',
  'Activity id',
  'Purpose id',
  'Data subject ids',
  'Data category ids',
] as const;

export const HEADER: readonly string[] = [...ICO_COLUMNS, ...EXTRA_COLUMNS];

export const TITLE = 'Record of processing activities (Art. 30 GDPR)';

/** Where the ICO template's source column reads each source, in words the import reads back as that source alone. */
export const SOURCE_CELL: Record<string, string> = {
  'communications-content': 'Communications content',
  'communications-metadata': 'Communications metadata',
  'terminal-equipment': 'Read from the device',
  'provided-by-subject': 'Provided by the individual',
  observed: 'Observed use of the service',
  inferred: 'Inferred',
  'third-party': 'From third parties',
  public: 'Publicly available',
};

function text(value: unknown): string | undefined {
  return typeof value === 'string' && isStated(value) ? value.replace(/\s+/g, ' ').trim() : undefined;
}

/**
 * List items one to a line. A single item with a comma or semicolon gets a bullet, which tells a
 * reader (and the import) that the line is one item, not a list written on one line.
 */
function lines(items: readonly string[]): string {
  const written = items.map((item) => item.replace(/\s+/g, ' ').trim()).filter((item) => item !== '');
  if (written.length === 1 && /[,;]/.test(written[0]!)) return `• ${written[0]}`;
  return written.join('\n');
}

function yesNo(value: unknown): string {
  return value === true ? 'Yes' : value === false ? 'No' : '';
}

/**
 * The joint controllers as the import reads them back: each name on a line, its contact on the
 * line below; behind bullets when there are several or a name could pass for a contact.
 */
function parties(values: readonly Party[]): string {
  const named = values.flatMap((value) => {
    const name = text(value.name);
    return name === undefined ? [] : [{ name, contact: text(value.contact) }];
  });
  const bullets = named.length > 1 || named.some(({ name }) => partyNeedsBullet(name));
  return named.map(({ name, contact }) => [`${bullets ? '• ' : ''}${name}`, ...(contact === undefined ? [] : [writtenContact(contact)])].join('\n')).join('\n');
}

/**
 * A processor with its country in brackets, "EuroHost GmbH (DE)". A name that ends in brackets
 * the import would read as a country ("Acme (UK)") and has no country recorded says so, so that
 * the brackets stay part of the name.
 */
function processorCell(name: string, country: string | undefined): string {
  if (country !== undefined) return `${name} (${country.toUpperCase()})`;
  const read = readProcessorName(name);
  return read.name === name ? name : `${name} (${NO_COUNTRY})`;
}

/**
 * The transfers' safeguard references: the one reference when they share it, else one line per
 * transfer that has one, "United States (US): https://…/scc", which the import ties to that country.
 */
function safeguardsCell(transfers: readonly Transfer[]): string {
  const referenced = transfers.flatMap((transfer) => {
    const reference = text(transfer.safeguard_reference);
    return reference === undefined ? [] : [{ country: text(transfer.country), reference }];
  });
  const references = new Set(referenced.map((entry) => entry.reference));
  const shared = references.size <= 1 && referenced.length === transfers.length;
  if (shared || referenced.some((entry) => entry.country === undefined)) return [...references].join('\n');
  return referenced.map((entry) => `${countryName(entry.country!)}: ${entry.reference}`).join('\n');
}

/**
 * The source column: one wording when every category of the activity has the same source and
 * no name suggests another; else one line per category, "Chat messages: Communications content",
 * which the import gives each category as its own.
 */
function sourceCell(categories: readonly { name: string; source: string | undefined }[]): string {
  const known = categories.filter((category): category is { name: string; source: string } => category.source !== undefined && SOURCE_CELL[category.source] !== undefined);
  const sources = new Set(known.map((category) => category.source));
  const guessed = known.some((category) => {
    const guess = readCategoryName(category.name).source?.source;
    return guess !== undefined && guess !== category.source;
  });
  if (sources.size <= 1 && !guessed) return [...sources].map((source) => SOURCE_CELL[source]).join('');
  return known.map((category) => `${category.name}: ${SOURCE_CELL[category.source]}`).join('\n');
}

/** The cells of one activity that every one of its rows repeats, by heading. */
function activityCells(model: InventoryModel, activity: ActivityView): Map<string, string> {
  const { value } = activity;
  const cells = new Map<string, string>();
  const controller = isRecord(model.root.controller) ? model.root.controller : {};
  if (value.role === 'joint-controller') {
    cells.set(ICO_COLUMNS[2], parties(recordsOf<JointController>(controller.joint_controllers, pointerOf('controller', 'joint_controllers')).map(({ value: entry }) => entry)));
  }
  const subjects = activity.subjects.map(({ value: subject }) => ({ name: text(subject.name) ?? String(subject.id), id: String(subject.id) }));
  const categories = activity.categories.map(({ value: category }) => ({
    name: text(category.name) ?? String(category.id),
    id: String(category.id),
    source: typeof category.source === 'string' ? category.source : undefined,
  }));
  cells.set(ICO_COLUMNS[3], lines(subjects.map((subject) => subject.name)));
  cells.set(ICO_COLUMNS[4], lines(categories.map((category) => category.name)));
  cells.set(EXTRA_COLUMNS[9], subjects.map((subject) => subject.id).join('\n'));
  cells.set(EXTRA_COLUMNS[10], categories.map((category) => category.id).join('\n'));
  cells.set(EXTRA_COLUMNS[7], text(value.id) ?? '');
  // An empty list says "none"; an absent one says nothing.
  if (Array.isArray(value.recipients)) cells.set(ICO_COLUMNS[5], value.recipients.length === 0 ? 'None' : lines(stringsOf(value.recipients).filter(isStated)));

  const processors = recordsOf<Processor>(value.processors, joinPointer(activity.pointer, 'processors')).map(({ value: processor }) => processor);
  const contracts = processors.filter((processor) => text(processor.dpa_reference) !== undefined);
  if (processors.length === 1) cells.set(ICO_COLUMNS[6], text(processors[0]!.dpa_reference) ?? '');
  else cells.set(ICO_COLUMNS[6], lines(contracts.map((processor) => `${text(processor.name) ?? 'Processor'}: ${text(processor.dpa_reference)}`)));

  if (Array.isArray(value.transfers)) {
    const transfers = recordsOf<Transfer>(value.transfers, joinPointer(activity.pointer, 'transfers')).map(({ value: transfer }) => transfer);
    cells.set(
      ICO_COLUMNS[7],
      transfers.length === 0
        ? 'None'
        : transfers
            .map((transfer) => {
              const country = text(transfer.country);
              const mechanism = wordsFor(MECHANISM, transfer.mechanism);
              return [country === undefined ? 'Country not stated' : countryName(country), mechanism].filter(Boolean).join(': ');
            })
            .join('\n'),
    );
    cells.set(ICO_COLUMNS[8], safeguardsCell(transfers));
  }
  cells.set(ICO_COLUMNS[9], text(value.retention) ?? '');
  cells.set(ICO_COLUMNS[10], lines(stringsOf(value.security_measures).filter(isStated)));
  cells.set(ICO_COLUMNS[16], yesNo(value.automated_decision_making));
  cells.set(ICO_COLUMNS[17], sourceCell(categories));
  const dpia = isRecord(value.dpia) ? value.dpia : undefined;
  if (dpia) {
    const status = typeof dpia.status === 'string' ? dpia.status : undefined;
    cells.set(ICO_COLUMNS[20], status === undefined ? '' : status === 'not-required' ? 'No' : 'Yes');
    cells.set(ICO_COLUMNS[21], wordsFor(DPIA_STATUS, status) ?? '');
    cells.set(ICO_COLUMNS[22], text(dpia.reference) ?? '');
  }
  cells.set(EXTRA_COLUMNS[0], text(value.name) ?? text(value.id) ?? '');
  cells.set(EXTRA_COLUMNS[1], text(value.description) ?? '');
  cells.set(EXTRA_COLUMNS[2], wordsFor(ROLE, value.role) ?? '');
  if (value.role === 'processor') {
    const controllers = recordsOf<Party>(value.on_behalf_of, joinPointer(activity.pointer, 'on_behalf_of'))
      .map(({ value: entry }) => text(entry.name))
      .filter((name): name is string => name !== undefined);
    cells.set(EXTRA_COLUMNS[3], lines(controllers));
  }
  cells.set(
    EXTRA_COLUMNS[4],
    lines(
      processors
        .map((processor) => {
          const name = text(processor.name);
          return name === undefined ? undefined : processorCell(name, text(processor.country));
        })
        .filter((entry): entry is string => entry !== undefined),
    ),
  );
  return cells;
}

function purposeCells(purpose: PurposeView): Map<string, string> {
  const { value } = purpose;
  const cells = new Map<string, string>();
  cells.set(ICO_COLUMNS[1], text(value.description) ?? text(value.id) ?? '');
  cells.set(EXTRA_COLUMNS[8], text(value.id) ?? '');
  cells.set(ICO_COLUMNS[11], wordsFor(LAWFUL_BASIS, value.lawful_basis) ?? '');
  cells.set(ICO_COLUMNS[12], wordsFor(SPECIAL_CONDITION, value.special_category_condition) ?? '');
  const interests = isRecord(value.legitimate_interests) ? value.legitimate_interests : undefined;
  cells.set(ICO_COLUMNS[13], text(interests?.interest) ?? '');
  cells.set(ICO_COLUMNS[14], text(interests?.assessment) ?? '');
  const consent = isRecord(value.consent) ? value.consent : undefined;
  cells.set(ICO_COLUMNS[18], text(consent?.records) ?? '');
  cells.set(EXTRA_COLUMNS[5], yesNo(value.ai_training));
  cells.set(EXTRA_COLUMNS[6], text(value.legal_basis_reference) ?? '');
  return cells;
}

export interface TableInput {
  file: string;
  model: InventoryModel;
  findings: readonly Finding[];
}

export interface TableOptions {
  version: string;
  today: string;
}

/** One inventory as rows of text cells: title rows, a blank row, the header, one row per purpose. */
export function recordTable(input: TableInput, options: TableOptions): string[][] {
  const { model } = input;
  const root = model.root;
  const controller = isRecord(root.controller) ? root.controller : {};
  const bookkeeping = isRecord(root.record) ? root.record : {};
  const rows: string[][] = [[TITLE, `Exported ${options.today} by ropa-lint ${options.version} from ${input.file}`]];
  for (const [label, value] of [
    ['Controller', text(controller.name)],
    ['Contact details', text(controller.contact)],
    ['Data protection officer', text(controller.dpo)],
    ['Representative', text(controller.representative)],
    ['Record owner', text(bookkeeping.owner)],
    ['Record last updated', text(bookkeeping.updated)],
  ] as const) {
    if (value !== undefined) rows.push([label, value]);
  }
  const errors = input.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    rows.push([`ropa-lint found ${errors.length} error${errors.length === 1 ? '' : 's'} in this record; the rows below show it as it is written.`]);
    for (const finding of errors) rows.push(['Error', `line ${finding.line}: ${finding.message.replace(/`/g, '')} (${finding.ruleId})`]);
  }
  rows.push([]);
  rows.push([...HEADER]);
  for (const activity of model.activities) {
    const shared = activityCells(model, activity);
    const purposes = activity.purposes.length > 0 ? activity.purposes.map(purposeCells) : [new Map<string, string>()];
    for (const own of purposes) rows.push(HEADER.map((heading) => own.get(heading) ?? shared.get(heading) ?? ''));
  }
  return rows;
}
