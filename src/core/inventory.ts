/**
 * Types of the inventory format (SPEC §1) and a defensive view of a parsed document.
 * Rules run even when the schema check fails, so every list and object is read through
 * guards: a wrongly typed field is the schema rule's finding, never a crash elsewhere.
 */
import { schema as inventorySchema } from '../generated/inventory-validator.js';
import { joinPointer, pointerOf } from './pointer.js';
import { suggestClosest } from './suggest.js';

export type DataSource =
  | 'communications-content'
  | 'communications-metadata'
  | 'terminal-equipment'
  | 'provided-by-subject'
  | 'observed'
  | 'inferred'
  | 'third-party'
  | 'public';

export type LawfulBasis = 'consent' | 'contract' | 'legal-obligation' | 'vital-interests' | 'public-task' | 'legitimate-interests';
export type Route = 'in-product' | 'email' | 'support-request' | 'none';

export interface DataSubject {
  id?: string;
  name?: string;
  children?: boolean;
  'x-ropa-lint-ignore'?: IgnoreEntry[];
}

export interface DataCategory {
  id?: string;
  name?: string;
  source?: DataSource;
  special?: string[];
  criminal?: boolean;
  /** When criminal is true: the official authority or the law that authorises the processing (Art. 10). */
  criminal_condition?: string | null;
  /** This category's own retention; given on every category an activity uses, it is the activity's. */
  retention?: string | null;
  collected_for?: string[];
  anonymised?: boolean;
  anonymisation_assessment?: string | null;
  'x-ropa-lint-ignore'?: IgnoreEntry[];
}

export interface Consent {
  collection?: 'opt-in' | 'opt-out' | 'pre-ticked' | 'implied' | 'terms-acceptance';
  explicit?: boolean;
  granular?: boolean;
  required_for_service?: boolean;
  given_by?: 'data-subject' | 'all-participants' | 'account-admin' | 'parent-or-guardian';
  withdrawal?: Route;
  records?: string | null;
  age_verification?: string | null;
}

export interface LegitimateInterests {
  interest?: string;
  assessment?: string | null;
  objection?: Route;
  objection_before_processing?: boolean;
}

export interface IgnoreEntry {
  rule?: string;
  reason?: string;
  until?: string;
}

export interface Purpose {
  id?: string;
  description?: string;
  ai_training?: boolean;
  lawful_basis?: LawfulBasis;
  /** The law (Art. 6(3)) or contract relied on. */
  legal_basis_reference?: string | null;
  special_category_condition?: string | null;
  consent?: Consent;
  legitimate_interests?: LegitimateInterests;
  compatibility_assessment?: string | null;
  'x-ropa-lint-ignore'?: IgnoreEntry[];
}

export interface Processor {
  name?: string;
  dpa?: boolean;
  /** Where the Art. 28(3) contract is; metadata only: `dpa: true` is what the record states. */
  dpa_reference?: string | null;
  country?: string;
  mechanism?: string;
}

export interface Transfer {
  country?: string;
  mechanism?: string;
  /** Where the SCCs, BCRs or transfer assessment are. */
  safeguard_reference?: string | null;
}

/** A controller named in the record: one a processor acts for, or a joint controller. */
export interface Party {
  name?: string;
  contact?: string;
}

export interface JointController extends Party {
  /** The Art. 26 arrangement. */
  arrangement?: string | null;
}

export interface Activity {
  id?: string;
  name?: string;
  description?: string;
  role?: 'controller' | 'joint-controller' | 'processor';
  /** Role processor: the controllers it acts for (Art. 30(2)(a)). */
  on_behalf_of?: Party[];
  data_subjects?: string[];
  data_categories?: string[];
  purposes?: Purpose[];
  recipients?: string[];
  processors?: Processor[];
  transfers?: Transfer[];
  retention?: string;
  security_measures?: string[];
  dpia?: { status?: string; reference?: string | null; criteria?: string[] };
  automated_decision_making?: boolean;
  'x-ropa-lint-ignore'?: IgnoreEntry[];
}

export interface Inventory {
  version?: number;
  controller?: { name?: string; contact?: string; dpo?: string; representative?: string; joint_controllers?: JointController[] };
  notice?: string | string[];
  /** The record's own bookkeeping: who keeps it, and the date (YYYY-MM-DD) of its last review. */
  record?: { owner?: string; updated?: string };
  data_subjects?: DataSubject[];
  data_categories?: DataCategory[];
  processing_activities?: Activity[];
  'x-ropa-lint-ignore'?: IgnoreEntry[];
}

/** A value of the document together with the JSON Pointer it sits at. */
export interface Located<T> {
  value: T;
  pointer: string;
}

export interface ActivityView extends Located<Activity> {
  /** The data subjects this activity names that are defined in the inventory. */
  subjects: Located<DataSubject>[];
  /** The data categories this activity names that are defined in the inventory. */
  categories: Located<DataCategory>[];
  purposes: PurposeView[];
}

export interface PurposeView extends Located<Purpose> {
  activity: ActivityView;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The items of a list that are mappings, with their pointers; anything else yields nothing. */
export function recordsOf<T>(list: unknown, pointer: string): Located<T>[] {
  if (!Array.isArray(list)) return [];
  const located: Located<T>[] = [];
  list.forEach((item, index) => {
    if (isRecord(item)) located.push({ value: item as T, pointer: joinPointer(pointer, index) });
  });
  return located;
}

/**
 * A value that only holds the place of an answer (SPEC §2.1 "Not written"): `TODO`, `TBD`, `?`,
 * `-`, `[CONFIRM …]`, `[NEEDS …]`, in any case, with any whitespace around. A run of `?` or `-`
 * is read as the same mark. Text that merely starts with such a word ("TODO app logs") is written.
 */
const PLACEHOLDER = /^\s*(?:todo|tbd|\?+|-+|\[\s*(?:confirm|needs)(?:[\s:][^\]]*)?\])\s*$/i;

/**
 * Whether a free-text field (a reference, a method, a duration) is written down: absent, null,
 * false, blank text and a placeholder are not. A value of another type counts as written: it is
 * the schema rule's finding.
 */
export function isStated(value: unknown): boolean {
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return false;
    // A placeholder starts with t, ?, - or [: most texts are told by their first character.
    const first = text.charCodeAt(0) | 0x20;
    return (first !== 0x74 && first !== 0x3f && first !== 0x2d && first !== 0x7b) || !PLACEHOLDER.test(text);
  }
  return value !== undefined && value !== null && value !== false;
}

/** The Art. 6(1) bases of the format (SPEC §1), in the article's order. */
export const LAWFUL_BASES: readonly LawfulBasis[] = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'];

/** The shape the format gives a field: a mapping, a list, true or false, or one of a set of values. */
export type Shape = 'mapping' | 'list' | 'boolean' | readonly string[];

/**
 * Whether a field is written, but not in the shape the format gives it: a text or a list where a
 * mapping belongs (`dpia: completed`), a mapping where a list belongs (entries without their `- `),
 * `yes` where true or false belongs, a value outside its set (`lawful_basis: Consent`). That is the
 * schema rule's finding. A rule cannot tell what such a field says, so it neither reports it absent
 * nor judges it: no finding contradicts what the user wrote. A field that is absent, null or only a
 * placeholder is not written (SPEC §2.1 "Not written"), and stays the rules' to report.
 */
export function isMalformed(value: unknown, shape: Shape): boolean {
  if (!isStated(value)) return false;
  if (shape === 'mapping') return !isRecord(value);
  if (shape === 'list') return !Array.isArray(value);
  if (shape === 'boolean') return typeof value !== 'boolean';
  return typeof value !== 'string' || !shape.includes(value);
}

/**
 * A file name for the example path of a help line (`docs/dpia/{name}.md`), from an element's id:
 * the id when it is a kebab-case id, `fallback` otherwise. An id the schema rejects
 * (`Smart_Replies`) is the schema rule's finding, and a help line never offers it back.
 */
export function fileNameFor(id: unknown, fallback: string): string {
  return typeof id === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? id : fallback;
}

/** A list of mappings written in another shape, or with an entry that is not a mapping (`- GPU Cloud Inc`): what it lists cannot be told. */
export function hasMalformedEntries(list: unknown): boolean {
  return isMalformed(list, 'list') || (Array.isArray(list) && list.some((item) => isMalformed(item, 'mapping')));
}

/** The kinds of mapping of the format: the file itself, its controller, and the mappings the schema defines by name. */
export type MappingKind =
  | 'inventory'
  | 'controller'
  | 'activity'
  | 'purpose'
  | 'consent'
  | 'legitimateInterests'
  | 'dataSubject'
  | 'dataCategory'
  | 'processor'
  | 'transfer'
  | 'dpia'
  | 'party'
  | 'jointController';

interface SchemaMapping {
  properties?: Record<string, SchemaMapping>;
  $defs?: Record<string, SchemaMapping>;
}

const allowedKeys = new Map<MappingKind, { list: string[]; set: ReadonlySet<string> }>();

/** The keys the schema allows in a kind of mapping, read from the schema so that the two never drift apart. */
function keysOf(kind: MappingKind): { list: string[]; set: ReadonlySet<string> } {
  let keys = allowedKeys.get(kind);
  if (keys === undefined) {
    const root = inventorySchema as SchemaMapping;
    const node = kind === 'inventory' ? root : kind === 'controller' ? root.properties?.controller : root.$defs?.[kind];
    const list = Object.keys(node?.properties ?? {});
    allowedKeys.set(kind, (keys = { list, set: new Set(list) }));
  }
  return keys;
}

/**
 * The key of a mapping that misspells `key` (`lawfull_basis:` for `lawful_basis:`), when `key`
 * itself is not written: an unknown key (not an `x-` extension) whose closest allowed key is
 * `key`, by the measure the schema rule uses for its "did you mean" (src/core/suggest.ts). The
 * schema rule reports it, with the key to write; a rule that asks for `key` stays quiet, since
 * "has no lawful basis" beside `lawfull_basis: consent` tells the user what is not so.
 */
export function misspeltKey(mapping: unknown, key: string, kind: MappingKind): string | undefined {
  if (!isRecord(mapping) || Object.prototype.hasOwnProperty.call(mapping, key)) return undefined;
  // Rules ask this of every purpose, often of its every field: the common answer (every key is allowed) comes from a set.
  const known = keysOf(kind);
  return Object.keys(mapping).find((written) => !written.startsWith('x-') && !known.set.has(written) && suggestClosest(written, known.list) === key);
}

export function stringsOf(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}

/** Indexes a parsed inventory once, so that every rule reads it without re-walking. */
export class InventoryModel {
  readonly root: Inventory;
  readonly subjects: Located<DataSubject>[];
  readonly categories: Located<DataCategory>[];
  readonly activities: ActivityView[];
  readonly purposes: PurposeView[];
  /** First definition of each id; duplicates are the duplicate-id rule's concern. */
  readonly subjectById = new Map<string, Located<DataSubject>>();
  readonly categoryById = new Map<string, Located<DataCategory>>();

  constructor(value: unknown) {
    this.root = isRecord(value) ? (value as Inventory) : {};
    this.subjects = recordsOf<DataSubject>(this.root.data_subjects, pointerOf('data_subjects'));
    this.categories = recordsOf<DataCategory>(this.root.data_categories, pointerOf('data_categories'));
    for (const subject of this.subjects) indexFirst(this.subjectById, subject);
    for (const category of this.categories) indexFirst(this.categoryById, category);

    // Views are written out field by field, never spread: spread copies gave nearly every view a
    // hidden class of its own (9,992 among 10,000 purposes), and every rule's read of a view's
    // field became a megamorphic lookup — a third of the rules' time on a large record.
    this.activities = recordsOf<Activity>(this.root.processing_activities, pointerOf('processing_activities')).map(({ value, pointer }) => {
      const view: ActivityView = {
        value,
        pointer,
        subjects: resolve(stringsOf(value.data_subjects), this.subjectById),
        categories: resolve(stringsOf(value.data_categories), this.categoryById),
        purposes: [],
      };
      view.purposes = recordsOf<Purpose>(value.purposes, joinPointer(pointer, 'purposes')).map((purpose) => ({ value: purpose.value, pointer: purpose.pointer, activity: view }));
      return view;
    });
    this.purposes = this.activities.flatMap((activity) => activity.purposes);
  }
}

function indexFirst<T extends { id?: string }>(index: Map<string, Located<T>>, item: Located<T>): void {
  const id = item.value.id;
  if (typeof id === 'string' && !index.has(id)) index.set(id, item);
}

function resolve<T>(ids: string[], index: Map<string, Located<T>>): Located<T>[] {
  const found: Located<T>[] = [];
  for (const id of new Set(ids)) {
    const item = index.get(id);
    if (item) found.push(item);
  }
  return found;
}

const LIST_KINDS: Record<string, string> = {
  data_subjects: 'data subject',
  data_categories: 'data category',
  processing_activities: 'activity',
  purposes: 'purpose',
  processors: 'processor',
  joint_controllers: 'joint controller',
  on_behalf_of: 'controller acted for',
  transfers: 'transfer',
  'x-ropa-lint-ignore': 'ignore entry',
};

const ROOT_DESCRIPTION = 'the inventory';

/*
 * Both functions below step through a pointer from the root, one segment at a time. Nothing is
 * cached: a walk is a handful of property reads, cheaper than hashing the pointer to look it up
 * (a memo keyed by pointer cost more than it saved: each finding's pointer is a new string to
 * flatten and hash, and the memo grew by one entry per finding). They are written as two plain
 * loops rather than one walker with callbacks: they run once or twice per finding, and the
 * callbacks made up most of their time.
 */

/** The segment of `pointer` from `start` to `end`, unescaped. */
function segmentAt(pointer: string, start: number, end: number): string {
  const raw = pointer.slice(start, end);
  const tilde = raw.indexOf('~');
  return tilde === -1 ? raw : raw.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The child of `node` at `segment`: an item of a list or an own field of a mapping. */
function childAt(node: unknown, segment: string): unknown {
  if (Array.isArray(node)) return node[Number(segment)];
  if (isRecord(node)) return Object.prototype.hasOwnProperty.call(node, segment) ? node[segment] : undefined;
  return undefined;
}

/** `purpose` `train-model` or the activity, category or subject a pointer is inside, for messages. */
export function describeLocation(root: unknown, pointer: string): string {
  // The innermost named place: the controller, or an item of a list of named things.
  let controller = false;
  let itemKind: string | undefined;
  let item: unknown;
  let itemIndex = '';
  // The kind of items of the list just stepped into, when it is a list of named things.
  let listKind: string | undefined;
  let node = root;
  for (let start = 1; start > 0 && start <= pointer.length; ) {
    const slash = pointer.indexOf('/', start);
    const end = slash === -1 ? pointer.length : slash;
    const segment = segmentAt(pointer, start, end);
    const parent = node;
    node = childAt(parent, segment);
    if (Array.isArray(parent)) {
      if (listKind !== undefined) {
        itemKind = listKind;
        item = node;
        itemIndex = segment;
        controller = false;
      }
      listKind = undefined;
    } else if (isRecord(parent)) {
      if (segment === 'controller') {
        controller = true;
        itemKind = undefined;
      }
      listKind = Array.isArray(node) ? LIST_KINDS[segment] : undefined;
    } else {
      listKind = undefined;
    }
    start = slash === -1 ? 0 : slash + 1;
  }
  if (controller) return 'the controller';
  if (itemKind === undefined) return ROOT_DESCRIPTION;
  const name = itemName(item);
  return name === undefined ? `${itemKind} #${Number(itemIndex) + 1}` : `${itemKind} \`${name}\``;
}

/** The `id` of a list item, or else its `name`, when it is a string. */
function itemName(node: unknown): string | undefined {
  if (!isRecord(node)) return undefined;
  if (typeof node.id === 'string') return node.id;
  return typeof node.name === 'string' ? node.name : undefined;
}

/**
 * The pointer with each list index replaced by the item's id where it has one
 * (`/processing_activities/smart-replies/purposes/train/lawful_basis`): it stays the same
 * when items are reordered, so code scanning can follow a finding across commits.
 */
export function stablePathOf(root: unknown, pointer: string): string {
  // The pointer is kept as it is written between the indexes an id replaces, and the pieces are
  // joined once: a path made by `+` was a chain of pieces, and thousands of findings keep theirs.
  let pieces: string[] | undefined;
  let copiedTo = 0;
  let node = root;
  for (let start = 1; start > 0 && start <= pointer.length; ) {
    const slash = pointer.indexOf('/', start);
    const end = slash === -1 ? pointer.length : slash;
    if (Array.isArray(node)) {
      const item: unknown = node[indexAt(pointer, start, end)];
      if (isRecord(item) && typeof item.id === 'string') {
        pieces ??= [];
        pieces.push(pointer.slice(copiedTo, start), '[', escapeId(item.id), ']');
        copiedTo = end;
      }
      node = item;
    } else {
      node = isRecord(node) ? childAt(node, segmentAt(pointer, start, end)) : undefined;
    }
    start = slash === -1 ? 0 : slash + 1;
  }
  if (pieces === undefined) return pointer;
  pieces.push(pointer.slice(copiedTo));
  return pieces.join('');
}

/** The list index a pointer segment names, read as `Number` reads it; digits, the usual case, without cutting the segment out. */
function indexAt(pointer: string, start: number, end: number): number {
  if (end - start > 0 && end - start < 10) {
    let index = 0;
    for (let at = start; at < end; at += 1) {
      const digit = pointer.charCodeAt(at) - 48;
      if (digit < 0 || digit > 9) return Number(segmentAt(pointer, start, end));
      index = index * 10 + digit;
    }
    return index;
  }
  return Number(segmentAt(pointer, start, end));
}

function escapeId(id: string): string {
  if (id.indexOf('~') === -1 && id.indexOf('/') === -1) return id;
  return id.replace(/~/g, '~0').replace(/\//g, '~1');
}
