/**
 * The data flows a change alters, in words, for the reviewer who reads before looking at the
 * picture: "This change lets the AI-training purpose `rank-candidates` use `criminal-records`;
 * adds processor GPU Cloud Inc in United States (US) (SCCs)."
 *
 * It reads a compared map (diffDataMaps) alone: the head's flows are those not removed, the
 * base's those not added. A purpose uses the data categories of its activity (SPEC §2), so "lets
 * `p` use `c`" is said when a category reaches the activity of an existing purpose, or a purpose
 * joins an activity that has it. Ids are code parts, names of parties and countries plain text;
 * each renderer escapes both for its format. Nothing here depends on a format.
 */
import { compareStrings } from '../core/order.js';
import { type Segment, truncate } from '../formatters/rich-text.js';
import { oneLine } from '../formatters/text.js';
import type { DataMap, MapEdge, MapNode } from './graph.js';

export interface DescribeOptions {
  /** Clauses said one by one; the rest are counted. Default 12. */
  maxClauses?: number;
  /** Items named in one list (`a`, `b` and 3 more). Default 5. */
  maxItems?: number;
}

type Side = 'base' | 'head';

/** A name or id from the record, cut to a length a sentence can carry. */
const MAX_NAME = 80;

function onSide(edge: MapEdge, side: Side): boolean {
  return side === 'head' ? edge.change !== 'removed' : edge.change !== 'added';
}

/** The part of a key after its kind: the id (or, for an element without one, its pointer). */
function idOf(node: MapNode): string {
  return node.key.slice(node.kind.length + 1);
}

function code(text: string): Segment {
  return { code: true, text: truncate(oneLine(text), MAX_NAME) };
}

function plain(text: string): Segment {
  return { code: false, text };
}

function name(text: string): Segment {
  return plain(truncate(oneLine(text), MAX_NAME));
}

class Reader {
  readonly nodes: Map<string, MapNode>;
  constructor(readonly map: DataMap) {
    this.nodes = new Map(map.nodes.map((node) => [node.key, node]));
  }

  kindOf(key: string): MapNode['kind'] | undefined {
    return this.nodes.get(key)?.kind;
  }

  edges(side: Side, test: (edge: MapEdge) => boolean): MapEdge[] {
    return this.map.edges.filter((edge) => onSide(edge, side) && test(edge));
  }

  /** The data categories a purpose uses on one side: those that flow into its activity there. */
  categoriesOf(purpose: string, side: Side): Set<string> {
    const activities = new Set(this.edges(side, (edge) => edge.to === purpose && this.kindOf(edge.from) === 'activity').map((edge) => edge.from));
    return new Set(this.edges(side, (edge) => activities.has(edge.to) && this.kindOf(edge.from) === 'category').map((edge) => edge.from));
  }
}

/** `a`, `b` and `c`; beyond `max` items, `a`, `b` and 3 more. */
function list(items: Segment[][], max: number): Segment[] {
  const shown = items.length > max ? items.slice(0, max - 1) : items;
  const rest = items.length - shown.length;
  const parts: Segment[][] = [...shown, ...(rest > 0 ? [[plain(`${rest} more`)]] : [])];
  const result: Segment[] = [];
  parts.forEach((part, index) => {
    if (index > 0) result.push(plain(index === parts.length - 1 ? ' and ' : ', '));
    result.push(...part);
  });
  return result;
}

/** A category as `id`, with what makes it sensitive in words: `criminal-records` (criminal records). */
function category(node: MapNode | undefined, key: string): Segment[] {
  const id = node ? idOf(node) : key;
  return node?.detail ? [code(id), plain(` (${node.detail})`)] : [code(id)];
}

function purposeName(node: MapNode): Segment[] {
  return node.aiTraining ? [plain('the AI-training purpose '), code(idOf(node))] : [plain('purpose '), code(idOf(node))];
}

/** The words for the element a flow starts from: a purpose by its id, an activity by its id. */
function source(node: MapNode | undefined, key: string): Segment[] {
  return [code(node ? idOf(node) : key)];
}

function sorted<T>(items: Iterable<T>, key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareStrings(key(a), key(b)));
}

/**
 * The clauses of the description, most important first: what purposes gain or lose (AI training
 * before the rest), then who receives the data, then where it goes, then anything else the
 * change adds or removes. Each clause is a verb phrase ("adds processor …"); an empty list means
 * no flow changed.
 */
export function describeFlowClauses(map: DataMap, options: DescribeOptions = {}): Segment[][] {
  const max = options.maxItems ?? 5;
  const read = new Reader(map);
  const mentioned = new Set<string>();
  const clauses: { rank: number; words: Segment[] }[] = [];
  const say = (rank: number, words: Segment[], ...keys: string[]) => {
    clauses.push({ rank, words });
    for (const key of keys) mentioned.add(key);
  };
  const nodesOf = (kind: MapNode['kind']) => sorted(
    map.nodes.filter((node) => node.kind === kind),
    (node) => `${node.aiTraining ? 0 : 1}${node.key}`,
  );
  const categoryList = (keys: Iterable<string>) => list(sorted(keys, (key) => key).map((key) => category(read.nodes.get(key), key)), max);

  for (const node of nodesOf('activity')) {
    if (node.change === 'added') say(0, [plain('adds activity '), code(idOf(node))], node.key);
  }

  // Purposes: new ones with the data they use, existing ones with the data they gain or lose.
  for (const node of nodesOf('purpose')) {
    const ai = node.aiTraining ? 0 : 1;
    if (node.change === 'added') {
      const uses = read.categoriesOf(node.key, 'head');
      say(1 + ai, [plain('adds '), ...purposeName(node), ...(uses.size > 0 ? [plain(', which uses '), ...categoryList(uses)] : [])], node.key, ...uses);
    } else if (node.change === 'removed') {
      const used = read.categoriesOf(node.key, 'base');
      say(7, [plain('removes '), ...purposeName(node), ...(used.size > 0 ? [plain(', which used '), ...categoryList(used)] : [])], node.key, ...used);
    } else {
      const before = read.categoriesOf(node.key, 'base');
      const after = read.categoriesOf(node.key, 'head');
      const gained = [...after].filter((key) => !before.has(key));
      const lost = [...before].filter((key) => !after.has(key));
      const who = node.aiTraining ? [plain('the AI-training purpose '), code(idOf(node))] : [code(idOf(node))];
      if (gained.length > 0) say(1 + ai, [plain('lets '), ...who, plain(' use '), ...categoryList(gained)], ...gained);
      if (lost.length > 0) say(6, [plain('stops '), ...who, plain(' from using '), ...categoryList(lost)], ...lost);
    }
  }

  // Processors and recipients: new or gone, or reached by purposes that did not reach them before.
  const countriesOf = (party: string, side: Side) => read.edges(side, (edge) => edge.from === party && read.kindOf(edge.to) === 'country');
  for (const kind of ['processor', 'recipient'] as const) {
    for (const node of nodesOf(kind)) {
      const what = `${kind} `;
      if (node.change === 'added' || node.change === 'removed') {
        const side: Side = node.change === 'added' ? 'head' : 'base';
        const flows = sorted(countriesOf(node.key, side), (edge) => edge.to);
        const places = flows.map((edge) => [name(read.nodes.get(edge.to)?.label ?? edge.to), ...(edge.label ? [plain(` (${edge.label})`)] : [])]);
        const where = places.length > 0 ? [plain(' in '), ...list(places, max)] : [];
        say(node.change === 'added' ? 3 : 8, [plain(node.change === 'added' ? 'adds ' : 'removes '), plain(what), name(node.label), ...where], node.key, ...flows.map((edge) => edge.to));
        continue;
      }
      // Only purposes that stay: a new or removed purpose has been named with all it does.
      const from = (change: 'added' | 'removed') =>
        sorted(
          map.edges.filter((edge) => edge.to === node.key && edge.change === change && read.nodes.get(edge.from)?.change === undefined),
          (edge) => edge.from,
        ).map((edge) => source(read.nodes.get(edge.from), edge.from));
      const gained = from('added');
      const lost = from('removed');
      if (gained.length > 0) say(4, [plain('sends the data of '), ...list(gained, max), plain(` to ${what}`), name(node.label)]);
      if (lost.length > 0) say(8, [plain('stops sending the data of '), ...list(lost, max), plain(` to ${what}`), name(node.label)]);
    }
  }

  // Transfers that the clauses on parties did not say: a flow into a country from an element that stays.
  const transfers = new Map<string, { added?: MapEdge; removed?: MapEdge }>();
  for (const edge of map.edges) {
    if (edge.change === undefined || read.kindOf(edge.to) !== 'country' || read.nodes.get(edge.from)?.change !== undefined) continue;
    const key = `${edge.from}\u0000${edge.to}`;
    transfers.set(key, { ...transfers.get(key), [edge.change]: edge });
  }
  // The map starts a transfer at its activity only while no processor takes the data there: a
  // processor that comes or goes moves that flow, which is no transfer begun or ended.
  const viaProcessor = (country: string, change: 'added' | 'removed') => map.edges.some((edge) => edge.to === country && edge.change === change && read.kindOf(edge.from) === 'processor');
  for (const [key, { added, removed }] of sorted(transfers, ([key]) => key)) {
    const [from, to] = key.split('\u0000') as [string, string];
    if (read.kindOf(from) === 'activity' && !(added && removed) && viaProcessor(to, added ? 'removed' : 'added')) continue;
    const country = name(read.nodes.get(to)?.label ?? to);
    const through = read.kindOf(from) === 'processor' ? [plain(' through processor '), name(read.nodes.get(from)?.label ?? from)] : [];
    if (added && removed) {
      say(5, [plain('changes the safeguard of the transfer to '), country, ...through, plain(` from ${removed.label ?? 'none named'} to ${added.label ?? 'none named'}`)], to);
    } else if (added) {
      say(5, [plain('adds a transfer to '), country, ...through, ...(added.label ? [plain(` (${added.label})`)] : [])], to);
    } else if (removed) {
      say(8, [plain('ends the transfer to '), country, ...through], to);
    }
  }

  // Whatever else is new or gone and has not been named: data subjects, categories, countries, activities.
  for (const kind of ['subject', 'category', 'country', 'activity'] as const) {
    for (const change of ['added', 'removed'] as const) {
      const left = nodesOf(kind).filter((node) => node.change === change && !mentioned.has(node.key));
      if (left.length === 0) continue;
      const noun = { subject: 'data subjects', category: 'data categories', country: 'countries', activity: 'activities' }[kind];
      const items = left.map((node) => (kind === 'country' ? [name(node.label)] : kind === 'category' ? category(node, node.key) : [code(idOf(node))]));
      say(change === 'added' ? 9 : 10, [plain(`${change === 'added' ? 'adds' : 'removes'} ${left.length === 1 ? noun.replace(/ies$/, 'y').replace(/s$/, '') : noun} `), ...list(items, max)]);
    }
  }

  // Stable: the same change always reads the same, whatever order the record lists things in.
  return clauses.map((clause, index) => ({ ...clause, index })).sort((a, b) => a.rank - b.rank || a.index - b.index).map((clause) => clause.words);
}

/**
 * One paragraph: "This change lets …; adds …." Empty when no flow changed. Beyond `maxClauses`,
 * the rest are counted ("and 4 more changes to the flows").
 */
export function describeFlowChanges(map: DataMap, options: DescribeOptions = {}): Segment[] {
  const clauses = describeFlowClauses(map, options);
  if (clauses.length === 0) return [];
  const maxClauses = options.maxClauses ?? 12;
  const shown = clauses.length > maxClauses ? clauses.slice(0, maxClauses - 1) : clauses;
  const rest = clauses.length - shown.length;
  const words: Segment[] = [plain('This change ')];
  shown.forEach((clause, index) => {
    if (index > 0) words.push(plain('; '));
    words.push(...clause);
  });
  if (rest > 0) words.push(plain(`; and makes ${rest} more ${rest === 1 ? 'change' : 'changes'} to the flows`));
  words.push(plain('.'));
  return merge(words);
}

/** Adjacent plain parts joined, so that a renderer sees one text run between code spans. */
function merge(words: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const word of words) {
    const last = merged.at(-1);
    if (last && !last.code && !word.code) last.text += word.text;
    else merged.push({ ...word });
  }
  return merged;
}

/** The paragraph as plain text with ids in backticks: for logs, and for tests to read. */
export function flowChangesText(map: DataMap, options: DescribeOptions = {}): string {
  return describeFlowChanges(map, options)
    .map((segment) => (segment.code ? `\`${segment.text}\`` : segment.text))
    .join('');
}
