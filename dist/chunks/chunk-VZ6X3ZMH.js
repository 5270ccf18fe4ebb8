import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  isRecord,
  isStated,
  recordsOf,
  stringsOf
} from "./chunk-F4WG2D33.js";
import {
  joinPointer
} from "./chunk-4UDDO77X.js";

// src/datamap/graph.ts
var LAWFUL_BASIS_WORDS = {
  consent: "consent",
  contract: "contract",
  "legal-obligation": "legal obligation",
  "vital-interests": "vital interests",
  "public-task": "public task",
  "legitimate-interests": "legitimate interests"
};
var MECHANISM_WORDS = {
  adequacy: "adequacy decision",
  scc: "SCCs",
  bcr: "BCRs",
  derogation: "derogation",
  none: "no safeguard"
};
var regionNames;
function countryName(code) {
  const trimmed = code.trim();
  if (!/^[A-Za-z]{2}$/.test(trimmed)) return trimmed;
  const upper = trimmed.toUpperCase();
  const iso = upper === "EL" ? "GR" : upper === "UK" ? "GB" : upper;
  try {
    regionNames ??= new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
    const name = iso === "ZZ" ? void 0 : regionNames.of(iso);
    return name ? `${name} (${upper})` : upper;
  } catch {
    return upper;
  }
}
function text(value) {
  return typeof value === "string" && isStated(value) ? value.trim() : void 0;
}
function activityKey(activity) {
  return `activity:${text(activity.value.id) ?? activity.pointer}`;
}
var Builder = class {
  nodes = /* @__PURE__ */ new Map();
  edges = /* @__PURE__ */ new Map();
  node(node) {
    if (!this.nodes.has(node.key)) this.nodes.set(node.key, node);
    return node.key;
  }
  edge(from, to, label) {
    const key = edgeKey(from, to);
    const existing = this.edges.get(key);
    if (!existing) this.edges.set(key, label === void 0 ? { from, to } : { from, to, label });
    else if (label !== void 0 && existing.label === void 0) existing.label = label;
  }
  map() {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
};
function edgeKey(from, to) {
  return `${from}\0${to}`;
}
function addActivity(builder, activity) {
  const { value } = activity;
  const key = builder.node({ key: activityKey(activity), kind: "activity", label: text(value.name) ?? text(value.id) ?? "Unnamed activity", ...roleDetail(value.role) });
  const subjects = activity.subjects.map(
    (subject) => builder.node({
      key: `subject:${subject.value.id}`,
      kind: "subject",
      label: text(subject.value.name) ?? String(subject.value.id),
      ...subject.value.children === true ? { detail: "includes children" } : {}
    })
  );
  const categories = activity.categories.map((category) => {
    const special = stringsOf(category.value.special).filter((kind) => isStated(kind));
    const marks = [...special.length > 0 ? [`special: ${special.join(", ")}`] : [], ...category.value.criminal === true ? ["criminal records"] : []];
    return builder.node({
      key: `category:${category.value.id}`,
      kind: "category",
      label: text(category.value.name) ?? String(category.value.id),
      ...marks.length > 0 ? { detail: marks.join("; ") } : {}
    });
  });
  for (const subject of subjects) for (const category of categories) builder.edge(subject, category);
  for (const category of categories) builder.edge(category, key);
  const purposes = activity.purposes.map((purpose) => {
    const id = text(purpose.value.id);
    const basis = typeof purpose.value.lawful_basis === "string" ? LAWFUL_BASIS_WORDS[purpose.value.lawful_basis] : void 0;
    const aiTraining = purpose.value.ai_training === true;
    const fallback = value.role === "processor" ? "for the controller" : "no lawful basis";
    const detail = [...aiTraining ? ["AI training"] : [], basis ?? fallback].join(" \xB7 ");
    const node = builder.node({
      key: `purpose:${id ?? purpose.pointer}`,
      kind: "purpose",
      label: firstSentence(text(purpose.value.description)) ?? id ?? "Unnamed purpose",
      detail,
      ...aiTraining ? { aiTraining: true } : {},
      activity: key
    });
    builder.edge(key, node);
    return node;
  });
  const sources = purposes.length > 0 ? purposes : [key];
  const transfers = /* @__PURE__ */ new Map();
  for (const transfer of recordsOf(value.transfers, joinPointer(activity.pointer, "transfers"))) {
    const country = text(transfer.value.country);
    if (country === void 0) continue;
    const mechanism = text(transfer.value.mechanism);
    transfers.set(country.toUpperCase(), { country, mechanism: mechanism === void 0 ? "no safeguard named" : MECHANISM_WORDS[mechanism] ?? mechanism });
  }
  const reached = /* @__PURE__ */ new Set();
  for (const processor of recordsOf(value.processors, joinPointer(activity.pointer, "processors"))) {
    const name = text(processor.value.name);
    if (name === void 0) continue;
    const party = builder.node({ key: `processor:${name}`, kind: "processor", label: name, detail: processor.value.dpa === true ? "processor, contract in place" : "processor, no contract recorded" });
    for (const source of sources) builder.edge(source, party);
    const country = text(processor.value.country);
    if (country === void 0) continue;
    const code = country.toUpperCase();
    builder.edge(party, countryNode(builder, country), transfers.get(code)?.mechanism);
    if (transfers.has(code)) reached.add(code);
  }
  for (const recipient of stringsOf(value.recipients)) {
    const name = text(recipient);
    if (name === void 0) continue;
    const party = builder.node({ key: `recipient:${name}`, kind: "recipient", label: name, detail: "recipient" });
    for (const source of sources) builder.edge(source, party);
  }
  for (const [code, { country, mechanism }] of transfers) if (!reached.has(code)) builder.edge(key, countryNode(builder, country), mechanism);
}
function countryNode(builder, country) {
  const code = country.trim().toUpperCase();
  return builder.node({ key: `country:${code}`, kind: "country", label: countryName(country) });
}
function roleDetail(role) {
  if (role === "joint-controller") return { detail: "joint controller" };
  if (role === "processor") return { detail: "as a processor" };
  return {};
}
function firstSentence(description) {
  if (description === void 0) return void 0;
  const match = /^(.+?[.!?])(?:\s|$)/.exec(description);
  return (match?.[1] ?? description).replace(/\s+/g, " ");
}
function buildDataMap(model, activity) {
  const builder = new Builder();
  for (const view of activity ? [activity] : model.activities) if (isRecord(view.value)) addActivity(builder, view);
  return builder.map();
}
function diffDataMaps(base, head) {
  const headNodes = new Map(head.nodes.map((node) => [node.key, node]));
  const baseNodes = new Map(base.nodes.map((node) => [node.key, node]));
  const nodes = head.nodes.map((node) => baseNodes.has(node.key) ? { ...node } : { ...node, change: "added" });
  for (const node of base.nodes) if (!headNodes.has(node.key)) nodes.push({ ...node, change: "removed" });
  const flowKey = (edge) => `${edgeKey(edge.from, edge.to)}\0${edge.label ?? ""}`;
  const headEdges = new Set(head.edges.map(flowKey));
  const baseEdges = new Set(base.edges.map(flowKey));
  const edges = head.edges.map((edge) => baseEdges.has(flowKey(edge)) ? { ...edge } : { ...edge, change: "added" });
  for (const edge of base.edges) if (!headEdges.has(flowKey(edge))) edges.push({ ...edge, change: "removed" });
  return { nodes, edges };
}

export {
  countryName,
  buildDataMap,
  diffDataMaps
};
