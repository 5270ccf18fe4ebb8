/**
 * The record being imported, element by element, shared by every reader: it hands out unique
 * ids (purpose ids unique in the whole file, SPEC §1), merges what several rows or files say
 * about the same activity, subject or category, and keeps the report.
 */
import type { SpecialKind, Source } from './categories.js';
import type { Party } from './cells.js';
import type { Mechanism } from './countries.js';
import type { LawfulBasis, SpecialCondition } from './lawful-basis.js';
import type { ImportReport, ReportKind, ReportLine, SourcePlace } from './report.js';
import { fold, IdScope, isKebabId, quote } from './text.js';

export type Role = 'controller' | 'joint-controller' | 'processor';
export type DpiaStatus = 'completed' | 'in-progress' | 'not-required' | 'missing';

/** An `x-` key and its value, as the source had it. */
export type Extensions = Map<string, unknown>;

export interface SubjectDraft {
  id: string;
  name: string;
  children?: boolean;
  place: SourcePlace;
}

export interface CategoryDraft {
  id: string;
  name: string;
  source?: Source;
  /**
   * Where `source` was read: guessed from the category's name, from a source cell for a whole
   * row, or given for this one category; a later reading replaces only a weaker one.
   */
  sourceFrom?: 'name' | 'row' | 'cell';
  special?: SpecialKind[];
  criminal?: boolean;
  retention?: string;
  place: SourcePlace;
  x: Extensions;
}

export interface PurposeDraft {
  id: string;
  description: string;
  aiTraining: boolean;
  lawfulBasis?: LawfulBasis;
  legalBasisReference?: string;
  specialCondition?: SpecialCondition;
  interest?: string;
  interestAssessment?: string;
  place: SourcePlace;
  /** Extensions of the purpose itself (a basis that could not be read). */
  x: Extensions;
  /**
   * Unmapped columns of the purpose's row: they move to the activity when every purpose of it
   * has the same value (a column about the activity), and stay on each purpose otherwise.
   */
  rowX: Extensions;
}

export interface ProcessorDraft {
  name: string;
  country?: string;
  dpa?: boolean;
  dpaReference?: string;
  x: Extensions;
}

export interface TransferDraft {
  country?: string;
  mechanism?: Mechanism;
  safeguardReference?: string;
}

export interface ActivityDraft {
  key: string;
  id: string;
  name: string;
  place: SourcePlace;
  description?: string;
  role?: Role;
  onBehalfOf: { name: string; contact?: string }[];
  subjects: string[];
  categories: string[];
  purposes: PurposeDraft[];
  /** Absent: the source does not say; empty: it says none. */
  recipients?: string[];
  processors?: ProcessorDraft[];
  transfers?: TransferDraft[];
  retention?: string;
  security?: string[];
  dpia?: { status?: DpiaStatus; reference?: string };
  automatedDecisions?: boolean;
  x: Extensions;
  /** Where each scalar field was first set, to report a later row that disagrees. */
  setAt: Map<string, SourcePlace>;
}

interface Field<T> {
  value: T;
  place: SourcePlace;
}

export class RecordBuilder {
  readonly lines: ReportLine[] = [];
  readonly files: { file: string; format: string }[] = [];
  rowsRead = 0;

  controller: {
    name?: Field<string>;
    contact?: Field<string>;
    dpo?: Field<string>;
    representative?: Field<string>;
  } = {};
  readonly jointControllers = new Map<string, { name: string; contact?: string }>();
  record: { owner?: Field<string>; updated?: Field<string> } = {};
  readonly rootExtensions: Extensions = new Map();

  readonly subjects = new Map<string, SubjectDraft>();
  readonly categories = new Map<string, CategoryDraft>();
  readonly activities = new Map<string, ActivityDraft>();

  private readonly subjectIds = new IdScope('data-subject');
  private readonly categoryIds = new IdScope('data-category');
  private readonly activityIds = new IdScope('activity');
  private readonly purposeIds = new IdScope('purpose');

  report(kind: ReportKind, place: SourcePlace, message: string): void {
    this.lines.push({ kind, place, message });
  }

  /** Sets an organisation field; a second, different value is reported, never silently dropped. */
  setOrganisation(field: 'name' | 'contact' | 'dpo' | 'representative', value: string, place: SourcePlace): void {
    const existing = this.controller[field];
    if (existing === undefined) {
      this.controller[field] = { value, place };
      return;
    }
    if (fold(existing.value) !== fold(value)) {
      this.report('unmapped', place, `controller ${field} ${quote(value)} differs from ${quote(existing.value)} read before; the record has one controller, the first was kept`);
    }
  }

  setRecord(field: 'owner' | 'updated', value: string, place: SourcePlace): void {
    const existing = this.record[field];
    if (existing === undefined) this.record[field] = { value, place };
    else if (existing.value !== value) this.report('unmapped', place, `record ${field} ${quote(value)} differs from ${quote(existing.value)} read before; the first was kept`);
  }

  /** A joint controller of the record (they are the file's, SPEC §1), once per name. */
  addJointController(party: Party, place: SourcePlace): void {
    const key = fold(party.name);
    if (this.jointControllers.has(key)) return;
    this.jointControllers.set(key, { ...party });
    this.report('inferred', place, `joint controller ${quote(party.name)}${party.contact !== undefined ? ` (contact ${quote(party.contact)})` : ''} added to controller.joint_controllers`);
  }

  /**
   * The data subject with this name, made on first use. With the id the source gives for it
   * (`ropa-lint export` writes ids in columns of their own), the subject is that id's.
   */
  subject(name: string, place: SourcePlace, wantedId?: string): SubjectDraft {
    const key = wantedId !== undefined ? `id:${wantedId}` : `name:${fold(name).replace(/\s+/g, ' ').trim()}`;
    let subject = this.subjects.get(key);
    if (subject === undefined) {
      subject = { id: this.claimId(this.subjectIds, name, wantedId, place, 'data subject'), name, place };
      this.subjects.set(key, subject);
    }
    return subject;
  }

  /** The data category with this name (or the id the source gives for it), made on first use. */
  category(name: string, place: SourcePlace, wantedId?: string): { category: CategoryDraft; isNew: boolean } {
    const key = wantedId !== undefined ? `id:${wantedId}` : `name:${fold(name).replace(/\s+/g, ' ').trim()}`;
    const existing = this.categories.get(key);
    if (existing) return { category: existing, isNew: false };
    const category: CategoryDraft = { id: this.claimId(this.categoryIds, name, wantedId, place, 'data category'), name, place, x: new Map() };
    this.categories.set(key, category);
    return { category, isNew: true };
  }

  /** The activity with this key (an id, a reference or a folded name), made on first use. */
  activity(key: string, name: string, place: SourcePlace, wantedId?: string): { activity: ActivityDraft; isNew: boolean } {
    const existing = this.activities.get(key);
    if (existing) return { activity: existing, isNew: false };
    const activity: ActivityDraft = {
      key,
      id: this.claimId(this.activityIds, name, wantedId, place, 'activity'),
      name,
      place,
      onBehalfOf: [],
      subjects: [],
      categories: [],
      purposes: [],
      x: new Map(),
      setAt: new Map(),
    };
    this.activities.set(key, activity);
    return { activity, isNew: true };
  }

  /** A new purpose of `activity`, with an id unique in the whole file. */
  purpose(activity: ActivityDraft, description: string, place: SourcePlace, idHint = description, wantedId?: string): PurposeDraft {
    const id = this.claimId(this.purposeIds, idHint, wantedId, place, 'purpose');
    const purpose: PurposeDraft = { id, description, aiTraining: false, place, x: new Map(), rowX: new Map() };
    activity.purposes.push(purpose);
    return purpose;
  }

  /** An id from `scope`: the source's own when it gives one that can be kept, with a line when it cannot. */
  private claimId(scope: IdScope, name: string, wantedId: string | undefined, place: SourcePlace, what: string): string {
    const id = scope.claim(name, wantedId);
    if (wantedId !== undefined && id !== wantedId) {
      const why = isKebabId(wantedId) ? 'is taken by another one' : 'is not kebab-case';
      this.report('inferred', place, `${what} id ${quote(wantedId)} ${why}: written as ${id}`);
    }
    return id;
  }

  /**
   * Sets a single-valued field of an activity. When another row of the same activity already
   * set a different value, the first is kept and the disagreement reported.
   */
  setActivityField<K extends 'description' | 'role' | 'retention' | 'automatedDecisions'>(
    activity: ActivityDraft,
    field: K,
    value: NonNullable<ActivityDraft[K]>,
    place: SourcePlace,
    label: string,
  ): void {
    const existing = activity[field];
    if (existing === undefined) {
      activity[field] = value;
      activity.setAt.set(field, place);
      return;
    }
    if (typeof existing === 'string' && typeof value === 'string' ? fold(existing) === fold(value) : existing === value) return;
    const first = activity.setAt.get(field);
    this.report(
      'unmapped',
      place,
      `${label} ${quote(String(value))} differs from ${quote(String(existing))}${first ? ` (${where(first)})` : ''} for the same activity ${quote(activity.name)}; the first was kept`,
    );
  }

  addToList(list: string[], ids: readonly string[]): void {
    for (const id of ids) if (!list.includes(id)) list.push(id);
  }

  summary(): ImportReport {
    let purposes = 0;
    for (const activity of this.activities.values()) purposes += activity.purposes.length;
    return { files: this.files, rowsRead: this.rowsRead, activities: this.activities.size, purposes, lines: this.lines };
  }
}

function where(place: SourcePlace): string {
  if (place.line !== undefined) return `line ${place.line}`;
  if (place.row !== undefined) return `row ${place.row}`;
  return place.file;
}
