/**
 * One activity's worth of a table, whatever the table's shape: the cells of a row (one row per
 * activity or per purpose) or the values of a field/value table, each already tied to its field
 * by the header dictionary. This is where cells become subjects, categories, purposes, bases
 * and the rest of SPEC §1, and where every guess is written into the report.
 */
import { trainingPhrase } from '../language/training-statement.js';
import type { ActivityDraft, CategoryDraft, DpiaStatus, ProcessorDraft, PurposeDraft, RecordBuilder, Role, SubjectDraft, TransferDraft } from './builder.js';
import { namesChildren, readCategoryName, readSourceCell, type Source, type SpecialKind } from './categories.js';
import { isNothing, isNotYet, readBoolean, splitList, splitParties, splitSentences } from './cells.js';
import { findCountries, findMechanisms, readProcessorName } from './countries.js';
import type { FieldKey } from './headers.js';
import { LAWFUL_BASIS_WORDINGS, type LawfulBasis, readLawfulBases, readSpecialCondition } from './lawful-basis.js';
import type { SourcePlace } from './report.js';
import { fold, memoise, quote, shortName, tidy, words } from './text.js';

/** A cell's text with where it was and the heading it stood under. */
export interface CellValue {
  text: string;
  place: SourcePlace;
  heading: string;
}

/** The values of one record row (or one field/value table), by field, and those of unmapped columns by `x-` key. */
export interface RowValues {
  place: SourcePlace;
  fields: Map<FieldKey, CellValue>;
  extensions: { key: string; value: CellValue }[];
}

/** What the table as a whole tells about each row. */
export interface RowContext {
  /** Groups rows into activities: rows of another table never merge with these. */
  scope: string;
  hasActivityColumn: boolean;
  hasSubjectColumn: boolean;
  /** The activity of the row before, for rows that leave the activity cell empty. */
  previous?: ActivityDraft;
  /** The name to give an activity the row does not name (a Markdown heading, a sheet's name). */
  defaultName?: string;
  /** The placeholder subject, shared by every activity of a table without a subject column. */
  placeholderSubject?: SubjectDraft;
}

/** Fields that are not in the format but worth keeping under a readable key. */
const EXTENSION_FIELDS: Partial<Record<FieldKey, string>> = {
  'activity.function': 'x-business-function',
  'activity.reference': 'x-reference',
  'activity.updated': 'x-updated',
  'activity.created': 'x-created',
  'activity.system': 'x-systems',
  'purpose.consentRecords': 'x-consent-records',
};

const ROLE_WORDINGS: [Role, string[]][] = [
  ['joint-controller', ['joint controller', 'joint controllers', 'responsable conjoint', 'responsables conjoints', 'co responsable', 'gemeinsam verantwortlicher', 'gemeinsame verantwortung', 'corresponsable']],
  ['processor', ['processor', 'sub processor', 'data processor', 'sous traitant', 'auftragsverarbeiter', 'encargado', 'encargado del tratamiento']],
  ['controller', ['controller', 'data controller', 'responsable', 'responsable du traitement', 'responsable de traitement', 'verantwortlicher', 'verantwortliche', 'responsable del tratamiento']],
];

function readRole(text: string): Role | undefined {
  const padded = ` ${words(text)} `;
  for (const [role, wordings] of ROLE_WORDINGS) if (wordings.some((wording) => padded.includes(` ${wording} `))) return role;
  return undefined;
}

const DPIA_STATUS: [DpiaStatus, string[]][] = [
  ['not-required', ['not required', 'not needed', 'no', 'non', 'non requise', 'non requis', 'pas necessaire', 'nicht erforderlich', 'nein', 'no necesaria', 'no requerida', 'n a', 'not applicable']],
  ['in-progress', ['in progress', 'ongoing', 'draft', 'underway', 'under way', 'started', 'en cours', 'in bearbeitung', 'in arbeit', 'laufend', 'en curso', 'en proceso', 'borrador']],
  ['missing', ['not started', 'to do', 'todo', 'planned', 'missing', 'outstanding', 'required', 'a faire', 'a realiser', 'prevue', 'requise', 'offen', 'geplant', 'erforderlich', 'pendiente', 'prevista', 'necesaria']],
  ['completed', ['completed', 'complete', 'done', 'signed off', 'approved', 'finished', 'yes', 'oui', 'realisee', 'terminee', 'finalisee', 'validee', 'effectuee', 'abgeschlossen', 'durchgefuhrt', 'erledigt', 'ja', 'completada', 'realizada', 'finalizada', 'si']],
];

/** The DPIA status a cell names: "Completed 2024", "En cours", "Not required". */
function readDpiaStatusOnce(text: string): DpiaStatus | undefined {
  const form = words(text);
  const padded = ` ${form} `;
  for (const [status, wordings] of DPIA_STATUS) if (wordings.some((wording) => padded.includes(` ${wording} `))) return status;
  return undefined;
}

/** A document reference: a path or a URL. */
function looksLikeReference(text: string): boolean {
  return /^(?:https?:\/\/\S+|[\w.-]+(?:\/[\w .-]+)+|[\w.-]+\.(?:md|pdf|docx?|xlsx?|odt|ods|html?|txt))$/iu.test(text.trim());
}

/** Lists where "None" is an answer (an empty list, complete) and a dash or "TBC" is not. */
const NONE_FIELDS = new Set<FieldKey>(['recipients', 'processors', 'transfers']);

/** Reads a row into the builder. Returns the activity it went into, or undefined when the row was skipped. */
export function importRecordRow(builder: RecordBuilder, row: RowValues, context: RowContext): ActivityDraft | undefined {
  const get = (field: FieldKey): CellValue | undefined => {
    const value = row.fields.get(field);
    if (value === undefined || tidy(value.text) === '') return undefined;
    if (isNotYet(value.text)) {
      // "—" in a recipients column may mean "nobody": SPEC §2.1 reads it as not written, and says how to say none.
      const none = NONE_FIELDS.has(field) ? ` (write "None" if there are none)` : '';
      builder.report('unmapped', value.place, `${quote(value.heading, 40)} is ${quote(tidy(value.text), 20)}: left absent for the rules to report${none}`);
      return undefined;
    }
    return value;
  };

  const activity = findActivity(builder, row, context, get);
  if (activity === undefined) return undefined;

  importOrganisation(builder, row);
  readActivityFields(builder, activity, get);
  readData(builder, activity, context, get);
  readSharing(builder, activity, get);
  const purposes = readPurposes(builder, activity, row, get);
  readExtensions(builder, activity, purposes, row);
  return activity;
}

type Getter = (field: FieldKey) => CellValue | undefined;

function findActivity(builder: RecordBuilder, row: RowValues, context: RowContext, get: Getter): ActivityDraft | undefined {
  const name = get('activity.name');
  const reference = row.fields.get('activity.reference');
  const purposeText = get('purpose.description');
  const referenceText = reference && tidy(reference.text) !== '' ? tidy(reference.text) : undefined;
  const idText = get('activity.id') && tidy(row.fields.get('activity.id')!.text);
  if (name === undefined && referenceText === undefined && idText === undefined) {
    if (purposeText === undefined) {
      if (context.previous) {
        builder.report('inferred', row.place, `row names no activity and no purpose: its cells were added to the activity above, ${quote(context.previous.name)}`);
        return context.previous;
      }
      if (context.defaultName === undefined) {
        builder.report('skipped', row.place, 'row names no activity and no purpose; not imported');
        return undefined;
      }
    } else if (context.hasActivityColumn && context.previous) {
      builder.report('inferred', row.place, `activity cell empty: the purpose was added to the activity above, ${quote(context.previous.name)}`);
      return context.previous;
    }
  }
  let activityName: string;
  if (name) activityName = shortName(name.text, 200);
  else if (referenceText !== undefined && !purposeText) activityName = referenceText;
  else if (context.defaultName !== undefined) activityName = context.defaultName;
  else if (purposeText !== undefined) activityName = shortName(splitSentences(purposeText.text, { atSemicolons: false })[0] ?? purposeText.text);
  else activityName = idText!;
  if (!name && context.defaultName === undefined) {
    const after = referenceText !== undefined && !purposeText ? 'its reference' : purposeText ? 'its purpose' : 'its id';
    builder.report('inferred', row.place, `no activity name: the activity is named after ${after}, ${quote(activityName)}`);
  }
  // Rows with the same id, else the same reference, else the same name, are one activity.
  const key = `${context.scope}|${
    idText !== undefined ? `id:${idText}` : referenceText !== undefined ? `ref:${fold(referenceText)}` : name ? `name:${fold(activityName)}` : `row:${row.place.row ?? row.place.line}`
  }`;
  return builder.activity(key, activityName, row.place, idText).activity;
}

/**
 * The organisation's fields of a row, a title row or a field/value table. The controller's
 * name cell of the templates often holds the address too ("Acme Ltd, 1 High Street,
 * privacy@acme.example"): the part before the first comma or line is the name, the rest the contact.
 */
export function importOrganisation(builder: RecordBuilder, row: RowValues): void {
  const get = (field: FieldKey): CellValue | undefined => {
    const value = row.fields.get(field);
    if (value === undefined || tidy(value.text) === '' || isNothing(value.text)) return undefined;
    if (isNotYet(value.text)) {
      builder.report('unmapped', value.place, `${quote(value.heading, 40)} is ${quote(tidy(value.text), 20)}: left absent`);
      return undefined;
    }
    return value;
  };
  const name = get('controller.name');
  // A cell holds the contact after the name when its heading asks for both ("Name and contact
  // details of your organisation") or what follows the first comma has a number or an e-mail
  // ("Dupont SARL, 3 rue du Four"); otherwise a comma belongs to the name ("Smith, Jones & Co").
  const rest = name ? tidy(name.text).split(/\n|,\s*/u).slice(1).join(' ') : '';
  const withContact =
    name !== undefined &&
    rest !== '' &&
    (/\b(?:contact|contacts|coordonnees|kontakt|kontaktdaten|contacto|address|adresse|anschrift|direccion)\b/u.test(words(name.heading)) || /[\d@]/u.test(rest));
  if (name && !withContact) builder.setOrganisation('name', tidy(name.text), name.place);
  else if (name) {
    const [first, ...rest] = tidy(name.text).split(/\n|,\s*/u);
    builder.setOrganisation('name', first!.trim(), name.place);
    if (rest.length > 0 && !row.fields.has('controller.contact')) {
      builder.setOrganisation('contact', rest.join(', ').trim(), name.place);
      builder.report('inferred', name.place, `controller name ${quote(first!.trim())} and contact ${quote(rest.join(', '))} from one cell`);
    }
  }
  for (const [field, key] of [
    ['controller.contact', 'contact'],
    ['controller.dpo', 'dpo'],
    ['controller.representative', 'representative'],
  ] as const) {
    const value = get(field);
    if (value) builder.setOrganisation(key, tidy(value.text), value.place);
  }
  const owner = get('record.owner');
  if (owner) builder.setRecord('owner', tidy(owner.text), owner.place);
  const updated = get('record.updated');
  if (updated) {
    const date = isoDate(updated.text);
    if (date) builder.setRecord('updated', date, updated.place);
    else builder.report('unmapped', updated.place, `record date ${quote(updated.text)} is not a date ropa-lint can read (YYYY-MM-DD, DD/MM/YYYY); left out`);
  }
}

/** "2026-11-30", "30/11/2026", "30.11.2026" → "2026-11-30". */
export function isoDate(text: string): string | undefined {
  const trimmed = text.trim();
  let match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(trimmed);
  if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/u.exec(trimmed);
  if (match) return `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return undefined;
}

function readActivityFields(builder: RecordBuilder, activity: ActivityDraft, get: Getter): void {
  const description = get('activity.description');
  if (description) builder.setActivityField(activity, 'description', tidy(description.text), description.place, 'description');

  const role = get('activity.role');
  if (role) {
    const read = readRole(role.text);
    if (read) builder.setActivityField(activity, 'role', read, role.place, 'role');
    else {
      activity.x.set('x-role', tidy(role.text));
      builder.report('unmapped', role.place, `role ${quote(role.text)} is not controller, joint controller or processor; kept as x-role (the activity is written as controller)`);
    }
  }

  const onBehalfOf = get('activity.onBehalfOf');
  if (onBehalfOf && !isNothing(onBehalfOf.text)) {
    for (const name of splitList(onBehalfOf.text)) {
      if (!activity.onBehalfOf.some((party) => fold(party.name) === fold(name))) activity.onBehalfOf.push({ name });
    }
    builder.setActivityField(activity, 'role', 'processor', onBehalfOf.place, 'role');
    builder.report('inferred', onBehalfOf.place, `role processor, acting for ${quote(onBehalfOf.text)} (on_behalf_of)`);
  }

  const joint = get('activity.jointController');
  if (joint && !isNothing(joint.text)) {
    for (const party of splitParties(joint.text)) builder.addJointController(party, joint.place);
    if (activity.role === undefined) {
      builder.setActivityField(activity, 'role', 'joint-controller', joint.place, 'role');
      builder.report('inferred', joint.place, `role joint-controller: the row names a joint controller, ${quote(joint.text)}`);
    }
  }
}

function readData(builder: RecordBuilder, activity: ActivityDraft, context: RowContext, get: Getter): void {
  // Data subjects.
  const subjectsCell = get('subjects');
  const rowSubjects: SubjectDraft[] = [];
  if (subjectsCell && !isNothing(subjectsCell.text)) {
    const names = splitList(subjectsCell.text);
    const ids = idsFor(builder, get('subjects.ids'), names.length, ['data subject', 'data subjects']);
    names.forEach((name, index) => {
      const subject = builder.subject(name, subjectsCell.place, ids[index]);
      if (subject.children === undefined) {
        const word = namesChildren(name);
        if (word) {
          subject.children = true;
          builder.report('inferred', subjectsCell.place, `data subject ${quote(name)}: children: true (the name says "${word}")`);
        }
      }
      rowSubjects.push(subject);
    });
  } else if (!context.hasSubjectColumn && context.placeholderSubject !== undefined) {
    rowSubjects.push(context.placeholderSubject);
  }
  builder.addToList(
    activity.subjects,
    rowSubjects.map((subject) => subject.id),
  );
  const children = get('children');
  if (children) {
    const flag = readBoolean(children.text);
    if (flag === undefined) builder.report('unmapped', children.place, `children ${quote(children.text)} is not yes or no; left out`);
    else for (const subject of rowSubjects) subject.children = flag;
  }

  // Data categories.
  const categoriesCell = get('categories');
  const rowCategories: CategoryDraft[] = [];
  if (categoriesCell && !isNothing(categoriesCell.text)) {
    const names = splitList(categoriesCell.text);
    const ids = idsFor(builder, get('categories.ids'), names.length, ['data category', 'data categories']);
    names.forEach((name, index) => rowCategories.push(categoryNamed(builder, name, categoriesCell.place, ids[index])));
  }

  const special = get('categories.special');
  if (special) {
    const answer = readBoolean(special.text);
    const kinds = readCategoryName(special.text).special;
    if (kinds.length > 0) {
      if (rowCategories.length === 1 && answer !== false) {
        addKinds(rowCategories[0]!, kinds.map((kind) => kind.kind));
        builder.report('inferred', special.place, `data category ${quote(rowCategories[0]!.name)}: special ${kinds.map((kind) => kind.kind).join(', ')} from ${quote(special.text)}`);
      } else {
        for (const item of splitList(special.text)) {
          const itemKinds = readCategoryName(item).special;
          if (itemKinds.length === 0) continue;
          rowCategories.push(categoryNamed(builder, item, special.place));
        }
      }
    } else if (answer === false) {
      for (const category of rowCategories) category.special ??= [];
    } else if (!rowCategories.some((category) => (category.special?.length ?? 0) > 0)) {
      builder.report('unmapped', special.place, `special category data ${quote(special.text)} names no Art. 9 kind ropa-lint can be sure of; set \`special\` on the data categories it means`);
    }
  }

  const criminal = get('categories.criminal');
  if (criminal) {
    const answer = readBoolean(criminal.text);
    if (answer === false) for (const category of rowCategories) category.criminal ??= false;
    else if (answer === true && rowCategories.length === 1) {
      rowCategories[0]!.criminal = true;
      builder.report('inferred', criminal.place, `data category ${quote(rowCategories[0]!.name)}: criminal: true from ${quote(criminal.text)}`);
    } else {
      const category = categoryNamed(builder, answer === true ? 'Criminal offence data' : tidy(criminal.text), criminal.place);
      category.criminal = true;
      rowCategories.push(category);
      builder.report('inferred', criminal.place, `data category ${quote(category.name)} with criminal: true from ${quote(criminal.text)}`);
    }
  }

  const source = get('categories.source');
  const perCategory = source ? sourcesByCategory(source.text, rowCategories) : undefined;
  if (source && perCategory) {
    for (const [category, value] of perCategory) setGivenSource(builder, category, value, source);
  } else if (source) {
    const sources = readSourceCell(source.text);
    if (sources.length === 0) {
      for (const category of rowCategories) if (!category.x.has('x-source')) category.x.set('x-source', tidy(source.text));
      builder.report('unmapped', source.place, `source ${quote(source.text)} is none of the sources of the format; kept as x-source on the row's data categories`);
    } else {
      for (const category of rowCategories) {
        // One cell for the whole row says less about a category than its own name does ("Cookie identifiers").
        if (category.source !== undefined) continue;
        category.source = sources[0];
        category.sourceFrom = 'row';
        builder.report(
          'inferred',
          source.place,
          `data category ${quote(category.name)}: source ${sources[0]} from ${quote(source.text)}${sources.length > 1 ? ` (it names several; the first was taken)` : ''}`,
        );
      }
    }
  }
  builder.addToList(
    activity.categories,
    rowCategories.map((category) => category.id),
  );
}

/**
 * A source cell that gives each category its own source, one line each ("Chat messages:
 * Communications content"), as `ropa-lint export` writes it when the row's categories differ:
 * every line names a category of the row and exactly one source.
 */
function sourcesByCategory(text: string, categories: readonly CategoryDraft[]): Map<CategoryDraft, Source> | undefined {
  const lines = tidy(text).split('\n');
  if (categories.length === 0 || lines.length === 0) return undefined;
  const byName = new Map(categories.map((category) => [words(category.name), category]));
  const read = new Map<CategoryDraft, Source>();
  for (const line of lines) {
    const at = line.lastIndexOf(': ');
    const category = at > 0 ? byName.get(words(line.slice(0, at))) : undefined;
    const sources = at > 0 ? readSourceCell(line.slice(at + 2)) : [];
    if (category === undefined || sources.length !== 1) return undefined;
    read.set(category, sources[0]!);
  }
  return read;
}

/** A source given for this one category: it outweighs what its name or a row-wide cell suggested. */
function setGivenSource(builder: RecordBuilder, category: CategoryDraft, value: Source, cell: CellValue): void {
  const before = category.source;
  if (category.sourceFrom === 'cell') {
    if (before !== value) builder.report('unmapped', cell.place, `data category ${quote(category.name)}: source ${value} differs from ${before} read before; the first was kept`);
    return;
  }
  category.source = value;
  category.sourceFrom = 'cell';
  // The column confirming what was read before says nothing new.
  if (before === value) return;
  const over = before !== undefined ? ` (its name suggested ${before})` : '';
  builder.report('inferred', cell.place, `data category ${quote(category.name)}: source ${value}, as the source column gives it${over}`);
}

/**
 * The ids an ids column gives for the items of a list cell, one per line in the same order
 * (as `ropa-lint export` writes them); none when the counts differ, which is reported.
 */
function idsFor(builder: RecordBuilder, cell: CellValue | undefined, count: number, what: readonly [string, string]): readonly (string | undefined)[] {
  if (cell === undefined) return [];
  const ids = splitList(cell.text);
  if (ids.length === count) return ids;
  builder.report('unmapped', cell.place, `${quote(cell.heading, 40)} gives ${ids.length} ids for ${count} ${what[count === 1 ? 0 : 1]}: their ids are made from their names instead`);
  return [];
}

/** The category with this name, read for Art. 9 kinds, criminal data and source the first time it is seen. */
function categoryNamed(builder: RecordBuilder, name: string, place: SourcePlace, wantedId?: string): CategoryDraft {
  const { category, isNew } = builder.category(name, place, wantedId);
  if (!isNew) return category;
  const reading = readCategoryName(name);
  if (reading.special.length > 0) {
    addKinds(
      category,
      reading.special.map((found) => found.kind),
    );
    builder.report('inferred', place, `data category ${quote(name)}: special ${reading.special.map((found) => `${found.kind} ("${found.words}")`).join(', ')}`);
  }
  if (reading.maybeSpecial !== undefined) {
    builder.report('inferred', place, `data category ${quote(name)}: "${reading.maybeSpecial}" may or may not mean Art. 9 data; not marked special (set \`special\` if it is)`);
  }
  if (reading.criminal !== undefined) {
    category.criminal = true;
    builder.report('inferred', place, `data category ${quote(name)}: criminal: true ("${reading.criminal}")`);
  }
  if (reading.source !== undefined) {
    category.source = reading.source.source;
    category.sourceFrom = 'name';
    builder.report('inferred', place, `data category ${quote(name)}: source ${reading.source.source} ("${reading.source.words}")`);
  }
  return category;
}

function addKinds(category: CategoryDraft, kinds: readonly SpecialKind[]): void {
  const list = category.special ?? [];
  for (const kind of kinds) if (!list.includes(kind)) list.push(kind);
  category.special = list;
}

function readSharing(builder: RecordBuilder, activity: ActivityDraft, get: Getter): void {
  const recipients = get('recipients');
  if (recipients) {
    activity.recipients ??= [];
    if (!isNothing(recipients.text)) {
      for (const item of splitList(recipients.text)) if (!activity.recipients.some((known) => fold(known) === fold(item))) activity.recipients.push(item);
    }
  }

  const processors = get('processors');
  if (processors) {
    activity.processors ??= [];
    if (!isNothing(processors.text)) {
      for (const item of splitList(processors.text)) {
        // "Payroll Co (US)": the country in brackets.
        const { name, countries } = readProcessorName(item);
        if (activity.processors.some((known) => fold(known.name) === fold(name))) continue;
        const country = countries[0];
        activity.processors.push({ name, ...(country ? { country } : {}), x: new Map() });
        if (country) {
          const others = countries.length > 1 ? ` (it names ${countries.join(', ')}; a processor has one country, the first was taken)` : '';
          builder.report('inferred', processors.place, `processor ${quote(name)}: country ${country} from ${quote(item)}${others}`);
        }
      }
    }
  }

  const contract = get('processors.contract');
  if (contract && !isNothing(contract.text)) {
    const only = activity.processors?.length === 1 ? activity.processors[0] : undefined;
    // "Payroll Co: contracts/payroll.pdf", one line per processor; the name may hold a colon of its own.
    const named = splitList(contract.text).map((line) => contractLine(line, activity.processors ?? []));
    if (named.length > 0 && named.every((entry) => entry !== undefined) && !only) {
      for (const entry of named) entry!.processor.dpaReference ??= entry!.reference;
      builder.report('inferred', contract.place, `processor contracts tied to the processors they name: ${quote(contract.text)}`);
    } else if (only && only.dpaReference === undefined) {
      only.dpaReference = tidy(contract.text);
      builder.report('inferred', contract.place, `processor ${quote(only.name)}: dpa_reference ${quote(contract.text)} (dpa is left for you to confirm)`);
    } else {
      activity.x.set('x-processor-contract', tidy(contract.text));
      builder.report('unmapped', contract.place, `processor contract ${quote(contract.text)} cannot be tied to one named processor; kept as x-processor-contract`);
    }
  }

  const transfers = get('transfers');
  if (transfers) {
    activity.transfers ??= [];
    if (!isNothing(transfers.text)) readTransfers(builder, activity.transfers, transfers);
  }
  const safeguards = get('transfers.safeguards');
  const byCountry = safeguards && activity.transfers ? referencesByCountry(safeguards.text, activity.transfers) : undefined;
  if (safeguards && byCountry) {
    for (const [transfer, reference] of byCountry) transfer.safeguardReference ??= reference;
    builder.report('inferred', safeguards.place, `transfer safeguards tied to the countries they name: ${quote(safeguards.text)}`);
  } else if (safeguards && !isNothing(safeguards.text)) {
    const mechanisms = findMechanisms(safeguards.text);
    const list = activity.transfers ?? [];
    const open = list.filter((transfer) => transfer.mechanism === undefined);
    if (mechanisms.length === 1 && open.length > 0) {
      for (const transfer of open) transfer.mechanism = mechanisms[0];
      builder.report('inferred', safeguards.place, `transfer mechanism ${mechanisms[0]} from ${quote(safeguards.text)}`);
    }
    if (looksLikeReference(safeguards.text) && list.length > 0) {
      for (const transfer of list) transfer.safeguardReference ??= tidy(safeguards.text);
    } else if (!(mechanisms.length === 1 && open.length > 0)) {
      activity.x.set('x-transfer-safeguards', tidy(safeguards.text));
      builder.report('unmapped', safeguards.place, `transfer safeguards ${quote(safeguards.text)} could not be tied to a transfer; kept as x-transfer-safeguards`);
    }
  }

  const retention = get('retention');
  if (retention && !isNothing(retention.text)) builder.setActivityField(activity, 'retention', tidy(retention.text), retention.place, 'retention');

  const security = get('security');
  if (security && !isNothing(security.text)) {
    activity.security ??= [];
    for (const item of splitList(security.text)) if (!activity.security.some((known) => fold(known) === fold(item))) activity.security.push(item);
  }

  readDpia(builder, activity, get);

  const automated = get('automatedDecisions');
  if (automated) {
    const answer = isNothing(automated.text) ? false : readBoolean(automated.text);
    if (answer !== undefined) builder.setActivityField(activity, 'automatedDecisions', answer, automated.place, 'automated decision-making');
    else {
      activity.x.set('x-automated-decision-making', tidy(automated.text));
      builder.report('unmapped', automated.place, `automated decision-making ${quote(automated.text)} is not yes or no; kept as x-automated-decision-making`);
    }
  }
}

/**
 * A safeguards cell with one line per country, "United States (US): https://…/scc", as
 * `ropa-lint export` writes it when the transfers have different references: each line names
 * exactly one country the activity transfers to, and a reference.
 */
function referencesByCountry(text: string, transfers: readonly TransferDraft[]): Map<TransferDraft, string> | undefined {
  const lines = tidy(text).split('\n');
  const read = new Map<TransferDraft, string>();
  for (const line of lines) {
    const at = line.indexOf(': ');
    const countries = at > 0 ? findCountries(line.slice(0, at)) : [];
    const transfer = countries.length === 1 ? transfers.find((candidate) => candidate.country === countries[0]) : undefined;
    const reference = at > 0 ? line.slice(at + 2).trim() : '';
    if (transfer === undefined || !looksLikeReference(reference) || read.has(transfer)) return undefined;
    read.set(transfer, reference);
  }
  return read;
}

/** "Payroll Co: contracts/payroll.pdf": the processor the line starts with (the longest name that fits), and the rest. */
function contractLine(line: string, processors: readonly ProcessorDraft[]): { processor: ProcessorDraft; reference: string } | undefined {
  const folded = fold(line);
  let found: ProcessorDraft | undefined;
  for (const processor of processors) {
    const name = fold(processor.name);
    if (folded.startsWith(`${name}:`) && name.length > (found ? found.name.length : -1)) found = processor;
  }
  const reference = found ? line.slice(found.name.length + 1).trim() : '';
  return found && reference !== '' ? { processor: found, reference } : undefined;
}

function readTransfers(builder: RecordBuilder, list: TransferDraft[], cell: CellValue): void {
  for (const item of splitList(cell.text)) {
    const countries = findCountries(item);
    const mechanisms = findMechanisms(item);
    const mechanism = mechanisms.length === 1 ? mechanisms[0] : undefined;
    if (countries.length === 0) {
      if (mechanism !== undefined) {
        list.push({ mechanism });
        builder.report('inferred', cell.place, `transfer ${quote(item)}: mechanism ${mechanism}, no country named`);
      } else builder.report('unmapped', cell.place, `transfer ${quote(item)} names no country ropa-lint knows; left out (add it to transfers)`);
      continue;
    }
    for (const country of countries) {
      const existing = list.find((transfer) => transfer.country === country);
      if (existing) {
        existing.mechanism ??= mechanism;
        continue;
      }
      list.push({ country, ...(mechanism ? { mechanism } : {}) });
    }
    builder.report('inferred', cell.place, `transfer ${quote(item)}: ${countries.join(', ')}${mechanism ? ` by ${mechanism}` : ', no mechanism named in the cell'}`);
  }
}

function readDpia(builder: RecordBuilder, activity: ActivityDraft, get: Getter): void {
  const required = get('dpia.required');
  const status = get('dpia.status');
  const reference = get('dpia.reference');
  if (!required && !status && !reference) return;
  const dpia = activity.dpia ?? {};
  const statusText = status?.text;
  let read: DpiaStatus | undefined;
  if (statusText !== undefined) {
    if (looksLikeReference(statusText)) dpia.reference ??= tidy(statusText);
    else read = readDpiaStatus(statusText);
    if (read === undefined && !looksLikeReference(statusText)) {
      activity.x.set('x-dpia', tidy(statusText));
      builder.report('unmapped', status!.place, `DPIA ${quote(statusText)} is no status ropa-lint knows (completed, in progress, not required, missing); kept as x-dpia`);
    }
  }
  if (required) {
    const answer = readBoolean(required.text);
    if (answer === false) read ??= 'not-required';
    else if (answer === true && read === undefined) {
      read = 'missing';
      builder.report('inferred', required.place, 'DPIA required and no progress given: dpia status missing');
    }
  }
  if (read !== undefined) dpia.status ??= read;
  if (reference && !isNothing(reference.text)) dpia.reference ??= tidy(reference.text);
  if (Object.keys(dpia).length > 0) activity.dpia = dpia;
}

/** Words that only restate a basis' article ("Art. 6(1)(c) UK GDPR"): what is left names the law relied on. */
const ARTICLE_WORDS = new Set(['art', 'article', 'artikel', 'articulo', 'abs', 'lit', 'gdpr', 'rgpd', 'dsgvo', 'uk', 'eu', 'ue', 'of', 'the', 'du', 'de', 'der', 'del', 'la', 'le', 'under', 'en', 'und', 'et', 'y', 'and', 's', 'para', 'al', 'point', 'letra', 'to', 'a', 'with', 'comply', 'compliance', 'necessary', 'for']);

/** The words of a basis cell that neither name the basis nor its article: the law relied on, if anything. */
function lawWords(text: string, basis: LawfulBasis): string[] {
  let rest = ` ${words(text)} `;
  const wordings = [...(LAWFUL_BASIS_WORDINGS.find(([value]) => value === basis)?.[1] ?? [])].sort((a, b) => b.length - a.length);
  for (const phrase of wordings) rest = rest.split(` ${phrase} `).join(' ');
  return rest.split(' ').filter((word) => word.length > 1 && !ARTICLE_WORDS.has(word) && !/^\d+$/u.test(word) && !/^[a-j]$/u.test(word));
}

/** Where a basis cell may turn from the basis to the law: "Legal obligation – Companies Act 2006", "Legal obligation (PAYE Regulations)". */
const LAW_SEPARATOR = /\s+[-–—]\s+|\s*:\s+|\s*;\s*|,\s+|\s+\(/gu;

/**
 * The law a basis cell names beside the basis ("Art. 6(1)(c) legal obligation – Income Tax (PAYE)
 * Regulations 2003" names the Regulations): the part after the basis when the cell reads basis
 * first, else the whole cell; nothing when the cell only restates the basis and its article.
 */
function basisRemainderOnce(text: string, basis: LawfulBasis): string | undefined {
  const cell = tidy(text).replace(/\s+/g, ' ');
  if (lawWords(cell, basis).length < 2) return undefined;
  for (const match of cell.matchAll(LAW_SEPARATOR)) {
    const head = cell.slice(0, match.index);
    if (lawWords(head, basis).length > 0) break;
    let tail = cell.slice(match.index + match[0].length).trim();
    // "(PAYE Regulations)" loses its brackets; "(PAYE) Regulations" keeps its own.
    if (match[0].trim() === '(' && tail.endsWith(')') && !tail.slice(0, -1).includes(')')) tail = tail.slice(0, -1).trim();
    if (lawWords(tail, basis).length >= 2) return tail;
  }
  return cell;
}

const REMAINDERS = new Map(LAWFUL_BASIS_WORDINGS.map(([basis]) => [basis, memoise((text) => basisRemainderOnce(text, basis))]));

/** basisRemainderOnce, read once per wording and basis. */
function basisRemainder(text: string, basis: LawfulBasis): string | undefined {
  return REMAINDERS.get(basis)!(text);
}

/** The labels of the CNIL's sheet and of templates like it before each purpose: "Finalité principale :", "Sous-finalité 2 :". */
const PURPOSE_LABEL =
  /^((?:finalit[ée]s?\s+principales?|sous[\s-]*finalit[ée]s?|main\s+purpose|primary\s+purpose|secondary\s+purposes?|sub[\s-]*purposes?|hauptzweck|nebenzwecke?|finalidad\s+principal|finalidad(?:es)?\s+secundarias?)(?:\s*\d+)?)\s*:\s*(?=\S)/iu;

/** A purpose without the label a template puts before it, which is reported: the text after it is the purpose. */
function withoutPurposeLabel(builder: RecordBuilder, description: string, place: SourcePlace): string {
  const label = PURPOSE_LABEL.exec(description);
  if (label === null) return description;
  const after = description.slice(label[0].length);
  const rest = after.charAt(0).toUpperCase() + after.slice(1);
  builder.report('inferred', place, `purpose ${quote(rest)}: the label "${label[1]}" before it is the template's, not part of the purpose; taken off`);
  return rest;
}

function readPurposes(builder: RecordBuilder, activity: ActivityDraft, row: RowValues, get: Getter): PurposeDraft[] {
  const purposeCell = get('purpose.description');
  const basisCell = get('purpose.lawfulBasis');
  const conditionCell = get('purpose.specialCondition');
  const interestCell = get('purpose.interest');
  const assessmentCell = get('purpose.interestAssessment');
  const referenceCell = get('purpose.legalReference');
  const aiCell = get('purpose.aiTraining');
  const purposeLevel = [basisCell, conditionCell, interestCell, assessmentCell, referenceCell, aiCell].some((cell) => cell !== undefined);

  let bases: LawfulBasis[] = [];
  let unreadBasis: string | undefined;
  if (basisCell) {
    const read = readLawfulBases(basisCell.text);
    if (read.unknown) unreadBasis = tidy(basisCell.text);
    else bases = read.bases;
  }

  // A purpose cell is one purpose unless it is laid out as a list (lines, bullets): a semicolon
  // also joins the clauses of one sentence. It separates purposes when the basis cell names as
  // many bases as it makes parts ("Pay staff; report to HMRC" beside "Contract; legal obligation").
  let descriptions = purposeCell ? splitSentences(purposeCell.text, { atSemicolons: false }) : [];
  if (purposeCell && descriptions.length === 1 && bases.length > 1) {
    const parts = splitSentences(purposeCell.text);
    if (parts.length === bases.length) descriptions = parts;
  }
  descriptions = descriptions.map((description) => withoutPurposeLabel(builder, description, purposeCell!.place));
  if (descriptions.length === 0) {
    // A continuation row (more data for the activity above) adds no purpose.
    if (activity.purposes.length > 0 && !purposeLevel) return [];
    const fallback = activity.description ?? activity.name;
    descriptions = [fallback];
    builder.report('inferred', row.place, `no purpose given: the purpose is described as ${activity.description ? 'the activity description' : 'the activity'}, ${quote(fallback)}`);
  }

  const plans: { description: string; basis?: LawfulBasis }[] = [];
  let unpaired = false;
  if (bases.length === 0) for (const description of descriptions) plans.push({ description });
  else if (descriptions.length === 1) for (const basis of bases) plans.push({ description: descriptions[0]!, basis });
  else if (bases.length === 1) for (const description of descriptions) plans.push({ description, basis: bases[0]! });
  else if (bases.length === descriptions.length) {
    descriptions.forEach((description, index) => plans.push({ description, basis: bases[index]! }));
    builder.report('inferred', basisCell!.place, `${descriptions.length} purposes and ${bases.length} bases in the row: paired in the order written`);
  } else {
    for (const description of descriptions) plans.push({ description });
    unreadBasis = tidy(basisCell!.text);
    unpaired = true;
  }
  if (bases.length > 1 && descriptions.length === 1) {
    builder.report('inferred', basisCell!.place, `${quote(basisCell!.text)} names ${bases.length} lawful bases: one purpose for each (${bases.join(', ')})`);
  } else if (bases.length > 0 && !unpaired) {
    builder.report('inferred', basisCell!.place, `lawful_basis ${unique(bases).join(', ')} from ${quote(basisCell!.text)}`);
  }
  if (unpaired) {
    builder.report(
      'unmapped',
      basisCell!.place,
      `${descriptions.length} purposes and ${bases.length} lawful bases in the row cannot be paired; the bases are kept as x-lawful-basis on each purpose, lawful_basis left absent`,
    );
  } else if (unreadBasis !== undefined) {
    builder.report('unmapped', basisCell!.place, `lawful basis ${quote(unreadBasis)} names no Art. 6 basis ropa-lint can be sure of; kept as x-lawful-basis, lawful_basis left absent`);
  }
  const wantedIds = idsFor(builder, get('purpose.id'), plans.length, ['purpose', 'purposes']);

  const condition = conditionCell && !isNothing(conditionCell.text) ? readSpecialCondition(conditionCell.text) : undefined;
  if (conditionCell && !isNothing(conditionCell.text)) {
    if (condition) builder.report('inferred', conditionCell.place, `special_category_condition ${condition} from ${quote(conditionCell.text)}`);
    else builder.report('unmapped', conditionCell.place, `Art. 9 condition ${quote(conditionCell.text)} names no one condition ropa-lint can be sure of; kept as x-special-category-condition`);
  }

  const aiAnswer = aiCell ? readBoolean(aiCell.text) : undefined;
  if (aiCell && aiAnswer === undefined) builder.report('unmapped', aiCell.place, `AI training ${quote(aiCell.text)} is not yes or no; kept as x-ai-training`);

  const created: PurposeDraft[] = [];
  for (const [index, plan] of plans.entries()) {
    const description = tidy(plan.description);
    const duplicate = activity.purposes.find((purpose) => fold(purpose.description) === fold(description) && purpose.lawfulBasis === plan.basis);
    if (duplicate) {
      if (!samePlace(duplicate.place, row.place)) builder.report('skipped', row.place, `purpose ${quote(description)} repeats one read before (${duplicate.id}); not written twice`);
      continue;
    }
    const hint = bases.length > 1 && descriptions.length === 1 ? `${shortName(description, 40)} ${plan.basis}` : shortName(description, 60);
    const purpose = builder.purpose(activity, description, purposeCell?.place ?? row.place, hint, wantedIds[index]);
    if (plan.basis) purpose.lawfulBasis = plan.basis;
    if (unreadBasis !== undefined) purpose.x.set('x-lawful-basis', unreadBasis);
    // The law or contract relied on is the purpose's, whether or not its basis could be read.
    if (referenceCell && !isNothing(referenceCell.text)) purpose.legalBasisReference = tidy(referenceCell.text);
    else if (plan.basis && (plan.basis === 'legal-obligation' || plan.basis === 'public-task') && basisCell) {
      const remainder = basisRemainder(basisCell.text, plan.basis);
      if (remainder !== undefined) {
        purpose.legalBasisReference = remainder;
        builder.report('inferred', basisCell.place, `legal_basis_reference ${quote(remainder)}: the basis cell names the law relied on`);
      }
    }
    if (condition) purpose.specialCondition = condition;
    else if (conditionCell && !isNothing(conditionCell.text)) purpose.x.set('x-special-category-condition', tidy(conditionCell.text));
    for (const [cell, field] of [
      [interestCell, 'interest'],
      [assessmentCell, 'interestAssessment'],
    ] as const) {
      if (!cell || isNothing(cell.text)) continue;
      if (plan.basis === 'legitimate-interests') purpose[field] = tidy(cell.text);
      else {
        const key = field === 'interest' ? 'x-legitimate-interests' : 'x-legitimate-interests-assessment';
        purpose.x.set(key, tidy(cell.text));
        builder.report('unmapped', cell.place, `${quote(cell.heading, 40)} given for a purpose whose basis is ${plan.basis ?? 'not given'}; kept as ${key}`);
      }
    }
    // AI training: a yes/no column says it; otherwise the description is read as ai-training-undeclared reads it.
    if (aiAnswer !== undefined) purpose.aiTraining = aiAnswer;
    else if (aiCell) purpose.x.set('x-ai-training', tidy(aiCell.text));
    const phrase = trainingPhrase(description);
    if (phrase !== undefined && !purpose.aiTraining) {
      if (aiAnswer === false) {
        builder.report('unmapped', purpose.place, `purpose ${purpose.id} says "${phrase}" but the AI-training column says no; ai_training kept false (ai-training-undeclared will ask)`);
      } else {
        purpose.aiTraining = true;
        builder.report('inferred', purpose.place, `purpose ${purpose.id}: ai_training: true, the description says "${phrase}"`);
      }
    }
    created.push(purpose);
  }
  if (descriptions.length > 1) builder.report('inferred', purposeCell?.place ?? row.place, `${descriptions.length} purposes in one cell: written as ${descriptions.length} purposes`);
  return created;
}

function readExtensions(builder: RecordBuilder, activity: ActivityDraft, purposes: PurposeDraft[], row: RowValues): void {
  const extensions: [string, CellValue][] = [];
  for (const [field, key] of Object.entries(EXTENSION_FIELDS) as [FieldKey, string][]) {
    const value = row.fields.get(field);
    if (value && tidy(value.text) !== '') extensions.push([key, value]);
  }
  for (const { key, value } of row.extensions) if (tidy(value.text) !== '') extensions.push([key, value]);
  for (const [key, value] of extensions) {
    const text = tidy(value.text);
    if (purposes.length > 0) for (const purpose of purposes) purpose.rowX.set(key, text);
    else if (!activity.x.has(key)) activity.x.set(key, text);
    else if (activity.x.get(key) !== text) {
      builder.report('unmapped', value.place, `${key} ${quote(text)} differs from ${quote(String(activity.x.get(key)))} for the same activity; the first was kept`);
    }
  }
}

function samePlace(a: SourcePlace, b: SourcePlace): boolean {
  return a.file === b.file && a.sheet === b.sheet && a.row === b.row && a.line === b.line;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** The DPIA status a cell names, read once per wording (see readDpiaStatusOnce). */
export const readDpiaStatus: (text: string) => DpiaStatus | undefined = memoise(readDpiaStatusOnce);
