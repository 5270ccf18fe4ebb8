/**
 * From the facts of a data map to a picture a person can read, for both renderers:
 *
 * - Purposes beyond a few per activity fold into one "N more purposes" box; AI-training purposes
 *   and purposes a change adds or removes are the last to fold.
 * - A record with many purposes is drawn without them: each activity box counts its purposes and
 *   says how many train a model (one picture per activity shows them, see the html export).
 * - Where a set of boxes all flow to the same set of boxes (every purpose of an activity reaches
 *   every recipient of it), the n × m lines become n + m through one junction dot.
 * - Boxes sit in fixed columns: subjects, categories, activities, purposes, recipients, countries.
 */
import type { Change, DataMap, MapNode, NodeKind } from './graph.js';

export interface CondenseOptions {
  /** Purposes drawn one by one per activity; the rest fold into one box. Default 12. */
  maxPurposesPerActivity?: number;
  /** Above this many purpose boxes in the whole map (after folding), purposes are not drawn. Default 40. */
  maxPurposes?: number;
}

export type PictureKind = NodeKind | 'group' | 'junction';

export interface PictureNode {
  key: string;
  kind: PictureKind;
  label: string;
  detail?: string;
  aiTraining?: boolean;
  change?: Change;
  /** 0 for the leftmost column, consecutive (empty columns are dropped). */
  column: number;
  /** The longer text for a tooltip: a folded group lists its purposes. */
  title?: string;
}

export interface PictureEdge {
  from: string;
  to: string;
  label?: string;
  change?: Change;
}

export interface Picture {
  nodes: PictureNode[];
  edges: PictureEdge[];
  /** The headings of the columns in use, left to right. */
  columns: string[];
  /** Purposes left out of the picture because the map has too many (they are counted on their activities). */
  purposesHidden: number;
}

const COLUMN_OF: Record<NodeKind | 'group', number> = { subject: 0, category: 2, activity: 4, purpose: 6, group: 6, processor: 8, recipient: 8, country: 10 };
const HEADINGS: Record<number, string> = { 0: 'Data subjects', 2: 'Data categories', 4: 'Activities', 6: 'Purposes', 8: 'Processors and recipients', 10: 'Countries' };

export function condense(map: DataMap, options: CondenseOptions = {}): Picture {
  const perActivity = options.maxPurposesPerActivity ?? 12;
  const maxPurposes = options.maxPurposes ?? 40;
  const purposes = map.nodes.filter((node) => node.kind === 'purpose');

  // Where each folded or hidden purpose goes: its group box, or its activity.
  const replaced = new Map<string, string>();
  const extra: MapNode[] = [];
  const byActivity = new Map<string, MapNode[]>();
  for (const purpose of purposes) {
    const list = byActivity.get(purpose.activity ?? '') ?? [];
    list.push(purpose);
    byActivity.set(purpose.activity ?? '', list);
  }
  // Drawn one by one, folded beyond the limit of each activity, the purposes would still be too many.
  let drawn = 0;
  for (const list of byActivity.values()) drawn += Math.min(list.length, perActivity);
  const hideAll = drawn > maxPurposes;
  const counts = new Map<string, { all: number; ai: number }>();
  for (const [activity, list] of byActivity) {
    counts.set(activity, { all: list.length, ai: list.filter((purpose) => purpose.aiTraining).length });
    if (hideAll) {
      for (const purpose of list) replaced.set(purpose.key, activity);
      continue;
    }
    if (list.length <= perActivity) continue;
    const rank = (node: MapNode) => (node.change ? 0 : node.aiTraining ? 1 : 2);
    const shown = new Set([...list].sort((a, b) => rank(a) - rank(b)).slice(0, perActivity - 1));
    const folded = list.filter((purpose) => !shown.has(purpose));
    const group = `group:${activity}`;
    const ai = folded.filter((purpose) => purpose.aiTraining).length;
    const changes = new Set(folded.map((purpose) => purpose.change));
    extra.push({
      key: group,
      kind: 'purpose',
      label: `${folded.length} more purposes`,
      detail: ai > 0 ? `${ai} of them AI training` : 'none of them AI training',
      ...(ai > 0 ? { aiTraining: true } : {}),
      ...(changes.size === 1 && folded[0]!.change ? { change: folded[0]!.change } : {}),
    });
    for (const purpose of folded) replaced.set(purpose.key, group);
  }

  const labels = new Map(purposes.map((purpose) => [purpose.key, purpose.label]));
  const titles = new Map<string, string[]>();
  for (const [purpose, group] of replaced) {
    if (!group.startsWith('group:')) continue;
    const list = titles.get(group) ?? [];
    list.push(labels.get(purpose) ?? purpose);
    titles.set(group, list);
  }

  const nodes: Omit<PictureNode, 'column'>[] = [];
  for (const node of [...map.nodes, ...extra]) {
    if (replaced.has(node.key)) continue;
    const isGroup = node.key.startsWith('group:');
    const count = counts.get(node.key);
    const picture: Omit<PictureNode, 'column'> = { key: node.key, kind: isGroup ? 'group' : node.kind, label: node.label };
    if (node.kind === 'activity' && hideAll && count) {
      const purposesText = `${count.all} purpose${count.all === 1 ? '' : 's'}${count.ai > 0 ? `, ${count.ai} AI training` : ''}`;
      picture.detail = node.detail ? `${node.detail} · ${purposesText}` : purposesText;
      if (count.ai > 0) picture.aiTraining = true;
    } else if (node.detail !== undefined) {
      picture.detail = node.detail;
    }
    if (node.aiTraining) picture.aiTraining = true;
    if (node.change) picture.change = node.change;
    if (isGroup) picture.title = (titles.get(node.key) ?? []).join('\n');
    nodes.push(picture);
  }

  // Edges of folded purposes move to their box; an edge inside one box (activity to its own purposes) goes.
  const edges = new Map<string, PictureEdge>();
  for (const edge of map.edges) {
    const from = replaced.get(edge.from) ?? edge.from;
    const to = replaced.get(edge.to) ?? edge.to;
    if (from === to) continue;
    const key = `${from}\u0000${to}\u0000${edge.label ?? ''}`;
    const existing = edges.get(key);
    if (!existing) edges.set(key, { from, to, ...(edge.label === undefined ? {} : { label: edge.label }), ...(edge.change ? { change: edge.change } : {}) });
    // Folded copies of a flow that differ (one added, one unchanged): the flow is there before and after.
    else if (existing.change !== edge.change) delete existing.change;
  }
  const unique = [...edges.values()];

  const columnOf = new Map<string, number>(nodes.map((node) => [node.key, COLUMN_OF[node.kind as NodeKind | 'group']]));
  const { nodes: withJunctions, edges: bundled } = bundle(nodes.map((node) => ({ ...node, column: columnOf.get(node.key)! })), unique);

  // Columns in use, numbered from 0 without gaps.
  const used = [...new Set(withJunctions.map((node) => node.column))].sort((a, b) => a - b);
  const compact = new Map(used.map((column, index) => [column, index]));
  return {
    // Left to right: Mermaid places boxes in the order they are written.
    nodes: withJunctions.map((node) => ({ ...node, column: compact.get(node.column)! })).sort((a, b) => a.column - b.column),
    edges: bundled,
    columns: used.map((column) => HEADINGS[column] ?? ''),
    purposesHidden: hideAll ? purposes.length : 0,
  };
}

/**
 * Replaces each complete set of lines from the same boxes to the same boxes by lines through
 * one junction dot, when that draws fewer lines. Labelled lines (transfers) stay as they are.
 */
function bundle(nodes: PictureNode[], edges: PictureEdge[]): { nodes: PictureNode[]; edges: PictureEdge[] } {
  const columns = new Map(nodes.map((node) => [node.key, node.column]));
  const sourcesOf = new Map<string, string[]>();
  const kept: PictureEdge[] = [];
  for (const edge of edges) {
    if (edge.label !== undefined) {
      kept.push(edge);
      continue;
    }
    const key = `${edge.to}\u0000${edge.change ?? ''}`;
    const sources = sourcesOf.get(key) ?? [];
    sources.push(edge.from);
    sourcesOf.set(key, sources);
  }
  // Targets that are reached from exactly the same boxes, with the same change, form one group.
  const groups = new Map<string, { sources: string[]; targets: string[]; change: Change | undefined }>();
  for (const [key, sources] of sourcesOf) {
    const [target, change] = key.split('\u0000') as [string, string];
    const sorted = [...sources].sort();
    const groupKey = `${sorted.join('\u0001')}\u0000${change}\u0000${columns.get(target)}`;
    const group = groups.get(groupKey) ?? { sources, targets: [], change: change === '' ? undefined : (change as Change) };
    group.targets.push(target);
    groups.set(groupKey, group);
  }
  const junctions: PictureNode[] = [];
  for (const { sources, targets, change } of groups.values()) {
    const mark = change ? { change } : {};
    if (sources.length >= 2 && targets.length >= 2) {
      const key = `junction:${junctions.length}`;
      const column = Math.min(...targets.map((target) => columns.get(target)!)) - 1;
      junctions.push({ key, kind: 'junction', label: '', column, ...mark });
      for (const source of sources) kept.push({ from: source, to: key, ...mark });
      for (const target of targets) kept.push({ from: key, to: target, ...mark });
    } else {
      for (const source of sources) for (const target of targets) kept.push({ from: source, to: target, ...mark });
    }
  }
  return { nodes: [...nodes, ...junctions], edges: kept };
}

