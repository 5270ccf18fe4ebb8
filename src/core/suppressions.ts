/**
 * In-place exemptions (SPEC §2): `x-ropa-lint-ignore: [{rule, reason, until}]` on a purpose, an
 * activity, a data category, a data subject or at the top of the file. An entry covers the
 * findings of its rule about the element it stands on and everything inside it (by JSON Pointer
 * prefix), and a finding about an activity that its purposes cause when every causing purpose is
 * covered. Only an entry that names a known rule, gives a reason and has not passed its `until`
 * suppresses anything; the others are the invalid-ignore rule's to report.
 */
import { describeLocation, type IgnoreEntry, type InventoryModel, isRecord, type Located } from './inventory.js';
import { joinPointer } from './pointer.js';
import { hasKeyAnywhere, type ParsedYaml } from '../parser/yaml-source.js';

export const IGNORE_KEY = 'x-ropa-lint-ignore';

/**
 * invalid-ignore's own findings are never suppressed: an ignore of it would hide the very
 * entries that do not work, so such an entry is reported instead.
 */
export const INVALID_IGNORE = 'invalid-ignore';

export interface IgnoreDirective {
  rule: string;
  reason: string;
  until: string | null;
  /** The element the entry stands on ('' for the top of the file): findings at or below it are covered. */
  scope: string;
  /** The entry itself. */
  pointer: string;
  /** Where the entry stands, for messages: `on purpose \`train\``, `at the top of the file`. */
  where: string;
  /** The element it stands on, for messages: `purpose \`train\``, `the inventory`. */
  element: string;
}

export type IgnoreProblem = 'noReason' | 'expired' | 'unknownRule' | 'noRule' | 'notIgnorable';

/** An `x-ropa-lint-ignore` on a place that cannot carry one (a consent block, the controller, a processor). */
export interface MisplacedIgnore {
  /** The misplaced key. */
  pointer: string;
  /** Its path below the nearest element that can carry ignores: `consent`, `processors[0]`. */
  path: string;
  /** That element, where the entries belong instead. */
  owner: { scope: string; element: string };
}

export interface IgnoreRead {
  /** The entries that suppress. */
  directives: IgnoreDirective[];
  problems: { directive: IgnoreDirective; problem: IgnoreProblem }[];
}

/**
 * Whether the record writes an ignore key anywhere. Most records write none, and then neither
 * the entries nor the misplaced keys need a walk of the whole record.
 */
export function writesIgnores(document: ParsedYaml): boolean {
  let writes = ignoresWritten.get(document);
  if (writes === undefined) ignoresWritten.set(document, (writes = hasKeyAnywhere(document, IGNORE_KEY)));
  return writes;
}

/** Asked by invalid-ignore and by the engine: the document's keys are looked through once. */
const ignoresWritten = new WeakMap<ParsedYaml, boolean>();

/**
 * The elements that may carry ignores, outermost first: the top of the file, then each listed
 * element. Given list by list: joined into one list, they were copied on every run.
 */
function placeListsOf(model: InventoryModel): readonly (readonly Located<object>[])[] {
  return [[{ value: model.root, pointer: '' }], model.subjects, model.categories, model.activities, model.purposes];
}

/** How messages name the element at `scope`. */
export function elementOf(root: unknown, scope: string): { where: string; element: string } {
  if (scope === '') return { where: 'at the top of the file', element: 'the inventory' };
  const element = describeLocation(root, scope);
  return { where: `on ${element}`, element };
}

/** Reads every ignore entry of the inventory and sorts the usable ones from the rest. */
export function readIgnores(model: InventoryModel, knownRuleIds: ReadonlySet<string>, today: string): IgnoreRead {
  const read: IgnoreRead = { directives: [], problems: [] };
  for (const places of placeListsOf(model)) {
    for (const place of places) {
      // Most elements carry no ignore: asked as an own key, their answer searches no prototype.
      if (!Object.prototype.hasOwnProperty.call(place.value, IGNORE_KEY)) continue;
      // A wrongly typed list or entry is the schema rule's finding: it is read as no entry here.
      const entries: unknown = (place.value as Record<string, unknown>)[IGNORE_KEY];
      if (!Array.isArray(entries)) continue;
      const named = elementOf(model.root, place.pointer);
      entries.forEach((entry: unknown, index) => {
        if (!isRecord(entry)) return;
        const { rule, reason, until } = entry as IgnoreEntry;
        const directive: IgnoreDirective = {
          rule: typeof rule === 'string' ? rule : '',
          reason: typeof reason === 'string' ? reason.trim() : '',
          until: typeof until === 'string' ? until : null,
          scope: place.pointer,
          pointer: joinPointer(joinPointer(place.pointer, IGNORE_KEY), index),
          ...named,
        };
        const problem: IgnoreProblem | undefined =
          directive.rule === ''
            ? 'noRule'
            : !knownRuleIds.has(directive.rule)
              ? 'unknownRule'
              : directive.rule === INVALID_IGNORE
                ? 'notIgnorable'
                : directive.reason === ''
                  ? 'noReason'
                  : directive.until !== null && directive.until < today
                    ? 'expired'
                    : undefined;
        if (problem) read.problems.push({ directive, problem });
        else read.directives.push(directive);
      });
    }
  }
  return read;
}

/**
 * Where a node of the walk of `misplacedIgnores` stands: the top of the file, a place (a data
 * subject, a data category or a purpose) or an activity, both of which carry ignores, a list of
 * places or of activities, or anything else.
 */
type Position = 'top' | 'place' | 'activity' | 'places' | 'activities' | 'inner';

/** The position of a child of a node at `position`, under `segment`: the places are known by where they stand, as the model lists them. */
function positionBelow(position: Position, segment: string | number, child: object): Position {
  switch (position) {
    case 'top':
      if (!Array.isArray(child)) return 'inner';
      return segment === 'processing_activities' ? 'activities' : segment === 'data_subjects' || segment === 'data_categories' ? 'places' : 'inner';
    case 'activity':
      return segment === 'purposes' && Array.isArray(child) ? 'places' : 'inner';
    case 'places':
      return isRecord(child) ? 'place' : 'inner';
    case 'activities':
      return isRecord(child) ? 'activity' : 'inner';
    default:
      return 'inner';
  }
}

/** A node waiting in the walk of `misplacedIgnores`. */
interface Visit {
  node: object;
  segment: string | number;
  depth: number;
  position: Position;
  /** The depth of the nearest element above that can carry ignores. */
  owner: number;
}

function pointerOfTrail(trail: readonly (string | number)[], depth: number): string {
  let pointer = '';
  for (let index = 0; index < depth; index += 1) pointer = joinPointer(pointer, trail[index]!);
  return pointer;
}

/** `consent`, `processors[0].x`: the path of the node at `depth` below the one at `from`. */
function pathOfTrail(trail: readonly (string | number)[], from: number, depth: number): string {
  let path = '';
  for (let index = from; index < depth; index += 1) {
    const segment = trail[index]!;
    path = typeof segment === 'number' ? `${path}[${segment}]` : path === '' ? segment : `${path}.${segment}`;
  }
  return path;
}

/**
 * Every ignore key below the top that is not on an element that can carry one. User extensions
 * (`x-` keys) are the user's data and are not searched. The walk keeps its own stack: a
 * document nested thousands deep must not overflow the call stack. It visits the mappings and
 * lists of the whole record, so it makes nothing per node but its visit: the places are told by
 * their position, and pointers and paths are made from the trail of segments only for a
 * misplaced key (made for every node, or for every place, they were most of this rule's garbage).
 */
export function misplacedIgnores(model: InventoryModel): MisplacedIgnore[] {
  const root = model.root;
  const found: MisplacedIgnore[] = [];
  // The segments from the root to the node visited: a node's ancestors are all visited before it, and
  // their segments stay in place while their descendants are visited.
  const trail: (string | number)[] = [];
  const stack: Visit[] = [{ node: root, segment: '', depth: 0, position: 'top', owner: 0 }];
  while (stack.length > 0) {
    const { node, segment, depth, position, owner: above } = stack.pop()!;
    if (depth > 0) trail[depth - 1] = segment;
    const isPlace = position === 'top' || position === 'place' || position === 'activity';
    const owner = isPlace ? depth : above;
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) {
        const child: unknown = node[index];
        if (typeof child === 'object' && child !== null) stack.push({ node: child, segment: index, depth: depth + 1, position: positionBelow(position, index, child), owner });
      }
    } else if (isRecord(node)) {
      if (!isPlace && Object.prototype.hasOwnProperty.call(node, IGNORE_KEY)) {
        const scope = pointerOfTrail(trail, owner);
        found.push({ pointer: joinPointer(pointerOfTrail(trail, depth), IGNORE_KEY), path: pathOfTrail(trail, owner, depth), owner: { scope, element: elementOf(root, scope).element } });
      }
      // `for…in` (a parsed mapping inherits no enumerable key) where `Object.keys` made an array per
      // mapping. The children are pushed in order, then turned around: they are visited in the file's order.
      const first = stack.length;
      for (const key in node) {
        const child: unknown = node[key];
        if (!key.startsWith('x-') && typeof child === 'object' && child !== null) stack.push({ node: child, segment: key, depth: depth + 1, position: positionBelow(position, key, child), owner });
      }
      for (let low = first, high = stack.length - 1; low < high; low++, high--) {
        const swap = stack[low]!;
        stack[low] = stack[high]!;
        stack[high] = swap;
      }
    }
  }
  return found;
}

/** Whether `pointer` is the element at `scope` or inside it. */
export function within(pointer: string, scope: string): boolean {
  return pointer === scope || pointer.startsWith(`${scope}/`);
}

/** What the ignores do to one finding. */
export type Coverage =
  /** Suppressed, with the reason and end day to show; `credited` are all the entries that cover the finding. */
  | { suppressed: true; reason: string; until: string | null; credited: IgnoreDirective[] }
  /** Reported: `partial` are entries on some of the causing purposes, `uncovered` the causing purposes without one. */
  | { suppressed: false; partial: IgnoreDirective[]; uncovered: string[] };

/**
 * Applies the usable entries of a finding's rule to it. An entry on the finding's element or
 * above covers it; so do entries on the purposes that cause it, when every one of them has one.
 * The innermost entry's reason is the one shown: it is the most specific.
 */
export function coverageOf(directives: readonly IgnoreDirective[], pointer: string, causes: readonly string[] = []): Coverage {
  const direct = directives.filter((directive) => within(pointer, directive.scope));
  const perCause = causes.map((cause) => directives.filter((directive) => within(cause, directive.scope)));
  const causing = perCause.flat();
  if (direct.length > 0) {
    const inner = innermost(direct);
    return { suppressed: true, reason: inner.reason, until: inner.until, credited: [...direct, ...causing] };
  }
  if (causes.length > 0 && perCause.every((covering) => covering.length > 0)) {
    const shown = perCause.map(innermost);
    const reasons = [...new Set(shown.map((directive) => directive.reason))];
    // The exemption ends when the first of its entries expires.
    const untils = shown.map((directive) => directive.until).filter((until): until is string => until !== null);
    return { suppressed: true, reason: reasons.join('; '), until: untils.length > 0 ? untils.sort()[0]! : null, credited: causing };
  }
  return { suppressed: false, partial: causing, uncovered: causes.filter((_, index) => perCause[index]!.length === 0) };
}

function innermost(directives: readonly IgnoreDirective[]): IgnoreDirective {
  return directives.reduce((best, directive) => (directive.scope.length > best.scope.length ? directive : best));
}

/** Today's date as YYYY-MM-DD in UTC, the form `until` is written in. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
