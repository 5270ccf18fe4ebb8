import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  buildDataMap,
  diffDataMaps
} from "./chunk-VZ6X3ZMH.js";

// src/datamap/diff-flows.ts
var EMPTY = { nodes: [], edges: [] };
function hasFlowChanges(map) {
  return map.nodes.some((node) => node.change !== void 0) || map.edges.some((edge) => edge.change !== void 0);
}
function flowChangesOf(head, base) {
  const baseByFile = new Map(base.map((entry) => [entry.file, entry]));
  const headFiles = new Set(head.map((entry) => entry.file));
  const changes = [];
  const add = (file, status, before, after) => {
    const map = diffDataMaps(before, after);
    if (hasFlowChanges(map)) changes.push({ file, status, map });
  };
  for (const entry of head) {
    const before = baseByFile.get(entry.file);
    if (entry.unparsable || before?.unparsable) continue;
    add(entry.file, before === void 0 ? "added" : "changed", before === void 0 ? EMPTY : buildDataMap(before.model), buildDataMap(entry.model));
  }
  for (const entry of base) {
    if (headFiles.has(entry.file) || entry.unparsable) continue;
    add(entry.file, "removed", buildDataMap(entry.model), EMPTY);
  }
  return changes;
}
function changedPart(map) {
  const byKey = new Map(map.nodes.map((node) => [node.key, node]));
  const edges = map.edges.filter((edge) => edge.change !== void 0);
  const fed = new Set(edges.filter((edge) => byKey.get(edge.from)?.kind === "category" && byKey.get(edge.to)?.kind === "activity").map((edge) => edge.to));
  for (const edge of map.edges) {
    if (edge.change === void 0 && fed.has(edge.from) && byKey.get(edge.to)?.kind === "purpose") edges.push(edge);
  }
  const kept = /* @__PURE__ */ new Set();
  for (const node of map.nodes) if (node.change !== void 0) kept.add(node.key);
  for (const edge of edges) kept.add(edge.from).add(edge.to);
  return { nodes: map.nodes.filter((node) => kept.has(node.key)), edges };
}

export {
  hasFlowChanges,
  flowChangesOf,
  changedPart
};
