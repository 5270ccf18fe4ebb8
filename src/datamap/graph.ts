/**
 * The data map as facts: who the data is about, what data, which activity and purpose uses it,
 * who receives it and in which country it ends up. It is built from the inventory alone and holds
 * every flow the record states; making the picture legible (grouping purposes, bundling edges)
 * is the renderers' job (see condense.ts), so that a comparison of two maps compares flows, not
 * drawings.
 *
 * Nodes are keyed by what they are (`purpose:train-model`, `processor:GPU Cloud Inc`), never by
 * a list index: the same element in the base and the head of a change has the same key.
 */
import { type ActivityView, type InventoryModel, isRecord, isStated, type Processor, recordsOf, stringsOf, type Transfer } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';

export type NodeKind = 'subject' | 'category' | 'activity' | 'purpose' | 'processor' | 'recipient' | 'country';

/** Whether an element or a flow is new or gone in a comparison (see diffDataMaps); unset in one map. */
export type Change = 'added' | 'removed';

export interface MapNode {
  key: string;
  kind: NodeKind;
  /** The name a person reads: a name or description, the id only where the record gives nothing else. */
  label: string;
  /** A second, shorter line: the lawful basis, "AI training", the special categories, a country code. */
  detail?: string;
  /** A purpose that trains, fine-tunes or evaluates a model. */
  aiTraining?: boolean;
  /** The activity a purpose belongs to (its key): purposes are grouped per activity. */
  activity?: string;
  change?: Change;
}

export interface MapEdge {
  from: string;
  to: string;
  /** The transfer mechanism on a flow into a country (`SCC`, `adequacy`, `no mechanism`). */
  label?: string;
  change?: Change;
}

export interface DataMap {
  nodes: MapNode[];
  edges: MapEdge[];
}

const LAWFUL_BASIS_WORDS: Record<string, string> = {
  consent: 'consent',
  contract: 'contract',
  'legal-obligation': 'legal obligation',
  'vital-interests': 'vital interests',
  'public-task': 'public task',
  'legitimate-interests': 'legitimate interests',
};

const MECHANISM_WORDS: Record<string, string> = {
  adequacy: 'adequacy decision',
  scc: 'SCCs',
  bcr: 'BCRs',
  derogation: 'derogation',
  none: 'no safeguard',
};

let regionNames: Intl.DisplayNames | undefined;

/** `United States (US)` for a two-letter code, the text as written for anything else. */
export function countryName(code: string): string {
  const trimmed = code.trim();
  if (!/^[A-Za-z]{2}$/.test(trimmed)) return trimmed;
  const upper = trimmed.toUpperCase();
  // The EU's own codes for Greece and the United Kingdom are common in records.
  const iso = upper === 'EL' ? 'GR' : upper === 'UK' ? 'GB' : upper;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    // ZZ is CLDR's "Unknown Region": a code nobody writes for a real country.
    const name = iso === 'ZZ' ? undefined : regionNames.of(iso);
    return name ? `${name} (${upper})` : upper;
  } catch {
    return upper;
  }
}

/** A written string, trimmed; undefined for anything else (absent, blank, a placeholder, another type). */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && isStated(value) ? value.trim() : undefined;
}

/** The key of an activity: its id, or where it stands when it has none. */
function activityKey(activity: ActivityView): string {
  return `activity:${text(activity.value.id) ?? activity.pointer}`;
}

class Builder {
  readonly nodes = new Map<string, MapNode>();
  readonly edges = new Map<string, MapEdge>();

  node(node: MapNode): string {
    if (!this.nodes.has(node.key)) this.nodes.set(node.key, node);
    return node.key;
  }

  edge(from: string, to: string, label?: string): void {
    const key = edgeKey(from, to);
    const existing = this.edges.get(key);
    if (!existing) this.edges.set(key, label === undefined ? { from, to } : { from, to, label });
    else if (label !== undefined && existing.label === undefined) existing.label = label;
  }

  map(): DataMap {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}

function edgeKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

function addActivity(builder: Builder, activity: ActivityView): void {
  const { value } = activity;
  const key = builder.node({ key: activityKey(activity), kind: 'activity', label: text(value.name) ?? text(value.id) ?? 'Unnamed activity', ...roleDetail(value.role) });

  const subjects = activity.subjects.map((subject) =>
    builder.node({
      key: `subject:${subject.value.id}`,
      kind: 'subject',
      label: text(subject.value.name) ?? String(subject.value.id),
      ...(subject.value.children === true ? { detail: 'includes children' } : {}),
    }),
  );
  const categories = activity.categories.map((category) => {
    const special = stringsOf(category.value.special).filter((kind) => isStated(kind));
    const marks = [...(special.length > 0 ? [`special: ${special.join(', ')}`] : []), ...(category.value.criminal === true ? ['criminal records'] : [])];
    return builder.node({
      key: `category:${category.value.id}`,
      kind: 'category',
      label: text(category.value.name) ?? String(category.value.id),
      ...(marks.length > 0 ? { detail: marks.join('; ') } : {}),
    });
  });
  for (const subject of subjects) for (const category of categories) builder.edge(subject, category);
  for (const category of categories) builder.edge(category, key);

  const purposes = activity.purposes.map((purpose) => {
    const id = text(purpose.value.id);
    const basis = typeof purpose.value.lawful_basis === 'string' ? LAWFUL_BASIS_WORDS[purpose.value.lawful_basis] : undefined;
    const aiTraining = purpose.value.ai_training === true;
    // A processor acts on the controller's basis: its purposes need none of their own.
    const fallback = value.role === 'processor' ? 'for the controller' : 'no lawful basis';
    const detail = [...(aiTraining ? ['AI training'] : []), basis ?? fallback].join(' · ');
    const node = builder.node({
      key: `purpose:${id ?? purpose.pointer}`,
      kind: 'purpose',
      label: firstSentence(text(purpose.value.description)) ?? id ?? 'Unnamed purpose',
      detail,
      ...(aiTraining ? { aiTraining: true } : {}),
      activity: key,
    });
    builder.edge(key, node);
    return node;
  });
  // A purpose uses every data category of its activity, and so reaches every recipient of it.
  const sources = purposes.length > 0 ? purposes : [key];

  // By country code as the key compares them, with the country as written and the safeguard in words.
  const transfers = new Map<string, { country: string; mechanism: string }>();
  for (const transfer of recordsOf<Transfer>(value.transfers, joinPointer(activity.pointer, 'transfers'))) {
    const country = text(transfer.value.country);
    if (country === undefined) continue;
    const mechanism = text(transfer.value.mechanism);
    transfers.set(country.toUpperCase(), { country, mechanism: mechanism === undefined ? 'no safeguard named' : (MECHANISM_WORDS[mechanism] ?? mechanism) });
  }
  const reached = new Set<string>();
  for (const processor of recordsOf<Processor>(value.processors, joinPointer(activity.pointer, 'processors'))) {
    const name = text(processor.value.name);
    if (name === undefined) continue;
    const party = builder.node({ key: `processor:${name}`, kind: 'processor', label: name, detail: processor.value.dpa === true ? 'processor, contract in place' : 'processor, no contract recorded' });
    for (const source of sources) builder.edge(source, party);
    const country = text(processor.value.country);
    if (country === undefined) continue;
    const code = country.toUpperCase();
    builder.edge(party, countryNode(builder, country), transfers.get(code)?.mechanism);
    if (transfers.has(code)) reached.add(code);
  }
  for (const recipient of stringsOf(value.recipients)) {
    const name = text(recipient);
    if (name === undefined) continue;
    const party = builder.node({ key: `recipient:${name}`, kind: 'recipient', label: name, detail: 'recipient' });
    for (const source of sources) builder.edge(source, party);
  }
  // The record says the activity transfers data to the country, not which recipient takes it there.
  for (const [code, { country, mechanism }] of transfers) if (!reached.has(code)) builder.edge(key, countryNode(builder, country), mechanism);
}

function countryNode(builder: Builder, country: string): string {
  const code = country.trim().toUpperCase();
  return builder.node({ key: `country:${code}`, kind: 'country', label: countryName(country) });
}

function roleDetail(role: unknown): { detail?: string } {
  if (role === 'joint-controller') return { detail: 'joint controller' };
  if (role === 'processor') return { detail: 'as a processor' };
  return {};
}

/** The description up to its first full stop, for a node that should read as a name. */
function firstSentence(description: string | undefined): string | undefined {
  if (description === undefined) return undefined;
  const match = /^(.+?[.!?])(?:\s|$)/.exec(description);
  return (match?.[1] ?? description).replace(/\s+/g, ' ');
}

/**
 * The map of a record, or of one of its activities (pass the activity's view from the model).
 * Elements the record names but does not define are left out: unknown-reference reports them.
 */
export function buildDataMap(model: InventoryModel, activity?: ActivityView): DataMap {
  const builder = new Builder();
  for (const view of activity ? [activity] : model.activities) if (isRecord(view.value)) addActivity(builder, view);
  return builder.map();
}

/**
 * Base and head in one map: what only the head has is `added`, what only the base has is
 * `removed`, the rest as in the head. A flow is an edge between the same two elements; a
 * changed label (a new mechanism) counts as the flow removed and added again.
 */
export function diffDataMaps(base: DataMap, head: DataMap): DataMap {
  const headNodes = new Map(head.nodes.map((node) => [node.key, node]));
  const baseNodes = new Map(base.nodes.map((node) => [node.key, node]));
  const nodes: MapNode[] = head.nodes.map((node) => (baseNodes.has(node.key) ? { ...node } : { ...node, change: 'added' }));
  for (const node of base.nodes) if (!headNodes.has(node.key)) nodes.push({ ...node, change: 'removed' });

  const flowKey = (edge: MapEdge) => `${edgeKey(edge.from, edge.to)}\u0000${edge.label ?? ''}`;
  const headEdges = new Set(head.edges.map(flowKey));
  const baseEdges = new Set(base.edges.map(flowKey));
  const edges: MapEdge[] = head.edges.map((edge) => (baseEdges.has(flowKey(edge)) ? { ...edge } : { ...edge, change: 'added' }));
  for (const edge of base.edges) if (!headEdges.has(flowKey(edge))) edges.push({ ...edge, change: 'removed' });
  return { nodes, edges };
}
