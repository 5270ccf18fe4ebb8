import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);

// src/core/pointer.ts
function escapePointerSegment(segment) {
  const text = String(segment);
  if (!text.includes("~") && !text.includes("/")) return text;
  return text.replace(/~/g, "~0").replace(/\//g, "~1");
}
function joinPointer(parent, segment) {
  return `${parent}/${escapePointerSegment(segment)}`;
}
function pointerOf(...segments) {
  return segments.map((segment) => `/${escapePointerSegment(segment)}`).join("");
}
function parentPointer(pointer) {
  const slash = pointer.lastIndexOf("/");
  return slash <= 0 ? "" : pointer.slice(0, slash);
}
function lastSegment(pointer) {
  const slash = pointer.lastIndexOf("/");
  return pointer.slice(slash + 1).replace(/~1/g, "/").replace(/~0/g, "~");
}

// src/core/inventory.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function recordsOf(list, pointer) {
  if (!Array.isArray(list)) return [];
  const located = [];
  list.forEach((item, index) => {
    if (isRecord(item)) located.push({ value: item, pointer: joinPointer(pointer, index) });
  });
  return located;
}
var PLACEHOLDER = /^\s*(?:todo|tbd|\?+|-+|\[\s*(?:confirm|needs)(?:[\s:][^\]]*)?\])\s*$/i;
function isStated(value) {
  if (typeof value === "string") return value.trim() !== "" && !PLACEHOLDER.test(value);
  return value !== void 0 && value !== null && value !== false;
}
var LAWFUL_BASES = ["consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"];
function isMalformed(value, shape) {
  if (!isStated(value)) return false;
  if (shape === "mapping") return !isRecord(value);
  if (shape === "list") return !Array.isArray(value);
  if (shape === "boolean") return typeof value !== "boolean";
  return typeof value !== "string" || !shape.includes(value);
}
function fileNameFor(id, fallback) {
  return typeof id === "string" && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? id : fallback;
}
function hasMalformedEntries(list) {
  return isMalformed(list, "list") || Array.isArray(list) && list.some((item) => isMalformed(item, "mapping"));
}
function stringsOf(list) {
  return Array.isArray(list) ? list.filter((item) => typeof item === "string") : [];
}
var InventoryModel = class {
  root;
  subjects;
  categories;
  activities;
  purposes;
  /** First definition of each id; duplicates are the duplicate-id rule's concern. */
  subjectById = /* @__PURE__ */ new Map();
  categoryById = /* @__PURE__ */ new Map();
  constructor(value) {
    this.root = isRecord(value) ? value : {};
    this.subjects = recordsOf(this.root.data_subjects, pointerOf("data_subjects"));
    this.categories = recordsOf(this.root.data_categories, pointerOf("data_categories"));
    for (const subject of this.subjects) indexFirst(this.subjectById, subject);
    for (const category of this.categories) indexFirst(this.categoryById, category);
    this.activities = recordsOf(this.root.processing_activities, pointerOf("processing_activities")).map((activity) => {
      const view = {
        ...activity,
        subjects: resolve(stringsOf(activity.value.data_subjects), this.subjectById),
        categories: resolve(stringsOf(activity.value.data_categories), this.categoryById),
        purposes: []
      };
      view.purposes = recordsOf(activity.value.purposes, joinPointer(activity.pointer, "purposes")).map((purpose) => ({ ...purpose, activity: view }));
      return view;
    });
    this.purposes = this.activities.flatMap((activity) => activity.purposes);
  }
};
function indexFirst(index, item) {
  const id = item.value.id;
  if (typeof id === "string" && !index.has(id)) index.set(id, item);
}
function resolve(ids, index) {
  const found = [];
  for (const id of new Set(ids)) {
    const item = index.get(id);
    if (item) found.push(item);
  }
  return found;
}
var LIST_KINDS = {
  data_subjects: "data subject",
  data_categories: "data category",
  processing_activities: "activity",
  purposes: "purpose",
  processors: "processor",
  joint_controllers: "joint controller",
  on_behalf_of: "controller acted for",
  transfers: "transfer",
  "x-ropa-lint-ignore": "ignore entry"
};
var ROOT_DESCRIPTION = "the inventory";
var walks = /* @__PURE__ */ new WeakMap();
function walk(root, pointer) {
  if (pointer === "") return { node: root, description: ROOT_DESCRIPTION, listKind: void 0, stablePath: "" };
  let cache;
  if (typeof root === "object" && root !== null) {
    cache = walks.get(root);
    if (!cache) walks.set(root, cache = /* @__PURE__ */ new Map());
    const hit = cache.get(pointer);
    if (hit) return hit;
  }
  const slash = pointer.lastIndexOf("/");
  const parent = walk(root, pointer.slice(0, slash));
  const raw = pointer.slice(slash + 1);
  const segment = raw.includes("~") ? raw.replace(/~1/g, "/").replace(/~0/g, "~") : raw;
  let step;
  if (Array.isArray(parent.node)) {
    const node = parent.node[Number(segment)];
    const id = isRecord(node) && typeof node.id === "string" ? node.id : void 0;
    const name = id ?? (isRecord(node) && typeof node.name === "string" ? node.name : void 0);
    const description = parent.listKind ? name === void 0 ? `${parent.listKind} #${Number(segment) + 1}` : `${parent.listKind} \`${name}\`` : parent.description;
    step = { node, description, listKind: void 0, stablePath: `${parent.stablePath}/${id === void 0 ? raw : escapeId(id)}` };
  } else if (isRecord(parent.node)) {
    const node = Object.prototype.hasOwnProperty.call(parent.node, segment) ? parent.node[segment] : void 0;
    const description = segment === "controller" ? "the controller" : parent.description;
    step = { node, description, listKind: Array.isArray(node) ? LIST_KINDS[segment] : void 0, stablePath: `${parent.stablePath}/${raw}` };
  } else {
    step = { node: void 0, description: parent.description, listKind: void 0, stablePath: `${parent.stablePath}/${raw}` };
  }
  cache?.set(pointer, step);
  return step;
}
function describeLocation(root, pointer) {
  return walk(root, pointer).description;
}
function stablePathOf(root, pointer) {
  return walk(root, pointer).stablePath;
}
function escapeId(id) {
  return `[${id.replace(/~/g, "~0").replace(/\//g, "~1")}]`;
}

export {
  escapePointerSegment,
  joinPointer,
  pointerOf,
  parentPointer,
  lastSegment,
  isRecord,
  recordsOf,
  isStated,
  LAWFUL_BASES,
  isMalformed,
  fileNameFor,
  hasMalformedEntries,
  stringsOf,
  InventoryModel,
  describeLocation,
  stablePathOf
};
