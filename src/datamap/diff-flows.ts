/**
 * The data flows a change adds or removes, inventory by inventory: what a pull request's comment
 * draws and describes. It works on the models the comparison already parsed (compare.ts hands
 * them over), so no inventory is parsed a second time for the picture.
 *
 * Each inventory is compared with the same file at the base. An inventory new at the head is
 * compared with nothing (every flow is added), one deleted since the base with nothing at the head
 * (every flow is removed). An inventory that does not parse at either end is left out: a YAML
 * syntax error says nothing about flows, and treating it as empty would report every flow as
 * added or removed. A purpose that moves to another file shows as removed there and added here.
 */
import type { InventoryModel } from '../core/inventory.js';
import { buildDataMap, type DataMap, diffDataMaps, type MapEdge } from './graph.js';

/** One inventory as the comparison parsed it (core/engine.ts's ParsedSource has these fields). */
export interface ParsedInventory {
  file: string;
  model: InventoryModel;
  unparsable: boolean;
}

/** The flows of one inventory that a change alters. */
export interface FlowChange {
  /** The inventory, named as its findings are. */
  file: string;
  /** `added`: the inventory is new; `removed`: it is gone at the head; `changed`: it is at both ends. */
  status: 'added' | 'removed' | 'changed';
  /** Base and head in one map (diffDataMaps): every element and flow, `change` set on what the change added or removed. */
  map: DataMap;
}

const EMPTY: DataMap = { nodes: [], edges: [] };

/** Whether a compared map has anything added or removed. */
export function hasFlowChanges(map: DataMap): boolean {
  return map.nodes.some((node) => node.change !== undefined) || map.edges.some((edge) => edge.change !== undefined);
}

/**
 * The inventories whose flows differ between base and head, in the head's order, then those
 * deleted since the base. Inventories whose flows are the same are not listed: nothing to draw.
 */
export function flowChangesOf(head: readonly ParsedInventory[], base: readonly ParsedInventory[]): FlowChange[] {
  const baseByFile = new Map(base.map((entry) => [entry.file, entry]));
  const headFiles = new Set(head.map((entry) => entry.file));
  const changes: FlowChange[] = [];
  const add = (file: string, status: FlowChange['status'], before: DataMap, after: DataMap) => {
    const map = diffDataMaps(before, after);
    if (hasFlowChanges(map)) changes.push({ file, status, map });
  };
  for (const entry of head) {
    const before = baseByFile.get(entry.file);
    if (entry.unparsable || before?.unparsable) continue;
    add(entry.file, before === undefined ? 'added' : 'changed', before === undefined ? EMPTY : buildDataMap(before.model), buildDataMap(entry.model));
  }
  for (const entry of base) {
    if (headFiles.has(entry.file) || entry.unparsable) continue;
    add(entry.file, 'removed', buildDataMap(entry.model), EMPTY);
  }
  return changes;
}

/**
 * The part of a compared map worth drawing for a review: every flow the change adds or removes,
 * with the boxes at their ends, and where data newly reaches an activity (or stops reaching it),
 * the activity's purposes, so that the picture shows which purposes the data now feeds. Unchanged
 * flows elsewhere are left out: a record of two hundred purposes with one new processor is drawn
 * as that processor and the purposes that reach it.
 */
export function changedPart(map: DataMap): DataMap {
  const byKey = new Map(map.nodes.map((node) => [node.key, node]));
  const edges: MapEdge[] = map.edges.filter((edge) => edge.change !== undefined);
  const fed = new Set(edges.filter((edge) => byKey.get(edge.from)?.kind === 'category' && byKey.get(edge.to)?.kind === 'activity').map((edge) => edge.to));
  for (const edge of map.edges) {
    if (edge.change === undefined && fed.has(edge.from) && byKey.get(edge.to)?.kind === 'purpose') edges.push(edge);
  }
  const kept = new Set<string>();
  for (const node of map.nodes) if (node.change !== undefined) kept.add(node.key);
  for (const edge of edges) kept.add(edge.from).add(edge.to);
  return { nodes: map.nodes.filter((node) => kept.has(node.key)), edges };
}
