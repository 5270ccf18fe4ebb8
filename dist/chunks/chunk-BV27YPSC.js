import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  condense,
  escapeXml,
  renderSvg,
  truncate
} from "./chunk-DXSWGV4H.js";
import {
  parseSource
} from "./chunk-YLN6BJUR.js";
import {
  compareStrings
} from "./chunk-V2HEZWUS.js";
import {
  changedPart
} from "./chunk-KLOQ42NG.js";
import {
  buildDataMap
} from "./chunk-VZ6X3ZMH.js";
import {
  oneLine,
  stripControlCharacters
} from "./chunk-AM75H7XY.js";

// src/datamap/describe-diff.ts
var MAX_NAME = 80;
function onSide(edge, side) {
  return side === "head" ? edge.change !== "removed" : edge.change !== "added";
}
function idOf(node) {
  return node.key.slice(node.kind.length + 1);
}
function code(text) {
  return { code: true, text: truncate(oneLine(text), MAX_NAME) };
}
function plain(text) {
  return { code: false, text };
}
function name(text) {
  return plain(truncate(oneLine(text), MAX_NAME));
}
var Reader = class {
  constructor(map) {
    this.map = map;
    this.nodes = new Map(map.nodes.map((node) => [node.key, node]));
  }
  map;
  nodes;
  kindOf(key) {
    return this.nodes.get(key)?.kind;
  }
  edges(side, test) {
    return this.map.edges.filter((edge) => onSide(edge, side) && test(edge));
  }
  /** The data categories a purpose uses on one side: those that flow into its activity there. */
  categoriesOf(purpose, side) {
    const activities = new Set(this.edges(side, (edge) => edge.to === purpose && this.kindOf(edge.from) === "activity").map((edge) => edge.from));
    return new Set(this.edges(side, (edge) => activities.has(edge.to) && this.kindOf(edge.from) === "category").map((edge) => edge.from));
  }
};
function list(items, max) {
  const shown = items.length > max ? items.slice(0, max - 1) : items;
  const rest = items.length - shown.length;
  const parts = [...shown, ...rest > 0 ? [[plain(`${rest} more`)]] : []];
  const result = [];
  parts.forEach((part, index) => {
    if (index > 0) result.push(plain(index === parts.length - 1 ? " and " : ", "));
    result.push(...part);
  });
  return result;
}
function category(node, key) {
  const id = node ? idOf(node) : key;
  return node?.detail ? [code(id), plain(` (${node.detail})`)] : [code(id)];
}
function purposeName(node) {
  return node.aiTraining ? [plain("the AI-training purpose "), code(idOf(node))] : [plain("purpose "), code(idOf(node))];
}
function source(node, key) {
  return [code(node ? idOf(node) : key)];
}
function sorted(items, key) {
  return [...items].sort((a, b) => compareStrings(key(a), key(b)));
}
function describeFlowClauses(map, options = {}) {
  const max = options.maxItems ?? 5;
  const read = new Reader(map);
  const mentioned = /* @__PURE__ */ new Set();
  const clauses = [];
  const say = (rank, words, ...keys) => {
    clauses.push({ rank, words });
    for (const key of keys) mentioned.add(key);
  };
  const nodesOf = (kind) => sorted(
    map.nodes.filter((node) => node.kind === kind),
    (node) => `${node.aiTraining ? 0 : 1}${node.key}`
  );
  const categoryList = (keys) => list(sorted(keys, (key) => key).map((key) => category(read.nodes.get(key), key)), max);
  for (const node of nodesOf("activity")) {
    if (node.change === "added") say(0, [plain("adds activity "), code(idOf(node))], node.key);
  }
  for (const node of nodesOf("purpose")) {
    const ai = node.aiTraining ? 0 : 1;
    if (node.change === "added") {
      const uses = read.categoriesOf(node.key, "head");
      say(1 + ai, [plain("adds "), ...purposeName(node), ...uses.size > 0 ? [plain(", which uses "), ...categoryList(uses)] : []], node.key, ...uses);
    } else if (node.change === "removed") {
      const used = read.categoriesOf(node.key, "base");
      say(7, [plain("removes "), ...purposeName(node), ...used.size > 0 ? [plain(", which used "), ...categoryList(used)] : []], node.key, ...used);
    } else {
      const before = read.categoriesOf(node.key, "base");
      const after = read.categoriesOf(node.key, "head");
      const gained = [...after].filter((key) => !before.has(key));
      const lost = [...before].filter((key) => !after.has(key));
      const who = node.aiTraining ? [plain("the AI-training purpose "), code(idOf(node))] : [code(idOf(node))];
      if (gained.length > 0) say(1 + ai, [plain("lets "), ...who, plain(" use "), ...categoryList(gained)], ...gained);
      if (lost.length > 0) say(6, [plain("stops "), ...who, plain(" from using "), ...categoryList(lost)], ...lost);
    }
  }
  const countriesOf = (party, side) => read.edges(side, (edge) => edge.from === party && read.kindOf(edge.to) === "country");
  for (const kind of ["processor", "recipient"]) {
    for (const node of nodesOf(kind)) {
      const what = `${kind} `;
      if (node.change === "added" || node.change === "removed") {
        const side = node.change === "added" ? "head" : "base";
        const flows = sorted(countriesOf(node.key, side), (edge) => edge.to);
        const places = flows.map((edge) => [name(read.nodes.get(edge.to)?.label ?? edge.to), ...edge.label ? [plain(` (${edge.label})`)] : []]);
        const where = places.length > 0 ? [plain(" in "), ...list(places, max)] : [];
        say(node.change === "added" ? 3 : 8, [plain(node.change === "added" ? "adds " : "removes "), plain(what), name(node.label), ...where], node.key, ...flows.map((edge) => edge.to));
        continue;
      }
      const from = (change) => sorted(
        map.edges.filter((edge) => edge.to === node.key && edge.change === change && read.nodes.get(edge.from)?.change === void 0),
        (edge) => edge.from
      ).map((edge) => source(read.nodes.get(edge.from), edge.from));
      const gained = from("added");
      const lost = from("removed");
      if (gained.length > 0) say(4, [plain("sends the data of "), ...list(gained, max), plain(` to ${what}`), name(node.label)]);
      if (lost.length > 0) say(8, [plain("stops sending the data of "), ...list(lost, max), plain(` to ${what}`), name(node.label)]);
    }
  }
  const transfers = /* @__PURE__ */ new Map();
  for (const edge of map.edges) {
    if (edge.change === void 0 || read.kindOf(edge.to) !== "country" || read.nodes.get(edge.from)?.change !== void 0) continue;
    const key = `${edge.from}\0${edge.to}`;
    transfers.set(key, { ...transfers.get(key), [edge.change]: edge });
  }
  const viaProcessor = (country, change) => map.edges.some((edge) => edge.to === country && edge.change === change && read.kindOf(edge.from) === "processor");
  for (const [key, { added, removed }] of sorted(transfers, ([key2]) => key2)) {
    const [from, to] = key.split("\0");
    if (read.kindOf(from) === "activity" && !(added && removed) && viaProcessor(to, added ? "removed" : "added")) continue;
    const country = name(read.nodes.get(to)?.label ?? to);
    const through = read.kindOf(from) === "processor" ? [plain(" through processor "), name(read.nodes.get(from)?.label ?? from)] : [];
    if (added && removed) {
      say(5, [plain("changes the safeguard of the transfer to "), country, ...through, plain(` from ${removed.label ?? "none named"} to ${added.label ?? "none named"}`)], to);
    } else if (added) {
      say(5, [plain("adds a transfer to "), country, ...through, ...added.label ? [plain(` (${added.label})`)] : []], to);
    } else if (removed) {
      say(8, [plain("ends the transfer to "), country, ...through], to);
    }
  }
  for (const kind of ["subject", "category", "country", "activity"]) {
    for (const change of ["added", "removed"]) {
      const left = nodesOf(kind).filter((node) => node.change === change && !mentioned.has(node.key));
      if (left.length === 0) continue;
      const noun = { subject: "data subjects", category: "data categories", country: "countries", activity: "activities" }[kind];
      const items = left.map((node) => kind === "country" ? [name(node.label)] : kind === "category" ? category(node, node.key) : [code(idOf(node))]);
      say(change === "added" ? 9 : 10, [plain(`${change === "added" ? "adds" : "removes"} ${left.length === 1 ? noun.replace(/ies$/, "y").replace(/s$/, "") : noun} `), ...list(items, max)]);
    }
  }
  return clauses.map((clause, index) => ({ ...clause, index })).sort((a, b) => a.rank - b.rank || a.index - b.index).map((clause) => clause.words);
}
function describeFlowChanges(map, options = {}) {
  const clauses = describeFlowClauses(map, options);
  if (clauses.length === 0) return [];
  const maxClauses = options.maxClauses ?? 12;
  const shown = clauses.length > maxClauses ? clauses.slice(0, maxClauses - 1) : clauses;
  const rest = clauses.length - shown.length;
  const words = [plain("This change ")];
  shown.forEach((clause, index) => {
    if (index > 0) words.push(plain("; "));
    words.push(...clause);
  });
  if (rest > 0) words.push(plain(`; and makes ${rest} more ${rest === 1 ? "change" : "changes"} to the flows`));
  words.push(plain("."));
  return merge(words);
}
function merge(words) {
  const merged = [];
  for (const word of words) {
    const last = merged.at(-1);
    if (last && !last.code && !word.code) last.text += word.text;
    else merged.push({ ...word });
  }
  return merged;
}

// src/datamap/mermaid.ts
function escapeMermaid(text) {
  let result = "";
  for (const character of stripControlCharacters(text.replace(/\s+/g, " "))) {
    result += /^[\p{L}\p{N} ,.\-_/()?!']$/u.test(character) && character !== "\xA0" ? character : `#${character.codePointAt(0)};`;
  }
  return result;
}
function label(lines) {
  return `"${lines.filter((line) => line !== "").map(escapeMermaid).join("<br>")}"`;
}
function arrow(change, span) {
  const extra = Math.max(0, span - 1);
  if (change === "added") return `==${"=".repeat(extra)}>`;
  if (change === "removed") return `-.${".".repeat(extra)}->`;
  return `--${"-".repeat(extra)}>`;
}
function renderPictureMermaid(picture) {
  const ids = new Map(picture.nodes.map((node, index) => [node.key, `n${index}`]));
  const column = new Map(picture.nodes.map((node) => [node.key, node.column]));
  const lines = ["flowchart LR"];
  const classes = /* @__PURE__ */ new Map();
  const mark = (name2, id) => classes.set(name2, [...classes.get(name2) ?? [], id]);
  for (const node of picture.nodes) {
    const id = ids.get(node.key);
    if (node.kind === "junction") {
      lines.push(`  ${id}(("\xB7"))`);
      mark("junction", id);
      continue;
    }
    const text = label([node.label, [node.change, node.detail].filter(Boolean).join(" \xB7 ")]);
    const shape = node.kind === "subject" || node.kind === "country" ? `([${text}])` : node.kind === "activity" ? `[[${text}]]` : `[${text}]`;
    lines.push(`  ${id}${shape}`);
    if (node.aiTraining && node.kind !== "activity") mark("ai", id);
    else if (node.aiTraining) mark("aiActivity", id);
    else mark(node.kind, id);
    if (node.change) mark(node.change, id);
  }
  for (const edge of picture.edges) {
    const span = Math.max(1, column.get(edge.to) - column.get(edge.from));
    const text = edge.label === void 0 ? "" : `|${label([edge.label])}|`;
    lines.push(`  ${ids.get(edge.from)} ${arrow(edge.change, span)}${text} ${ids.get(edge.to)}`);
  }
  const styles = {
    subject: "fill:#ddf4ff,stroke:#0969da,color:#0a3069",
    category: "fill:#f6f8fa,stroke:#6e7781,color:#1f2328",
    activity: "fill:#dafbe1,stroke:#1a7f37,color:#033a16",
    aiActivity: "fill:#fff1e5,stroke:#bc4c00,stroke-width:2px,color:#3d1300",
    purpose: "fill:#ffffff,stroke:#8250df,color:#1f2328",
    group: "fill:#fbefff,stroke:#8250df,color:#1f2328",
    ai: "fill:#fff1e5,stroke:#bc4c00,stroke-width:2px,color:#3d1300",
    processor: "fill:#ffffff,stroke:#6e7781,color:#1f2328",
    recipient: "fill:#ffffff,stroke:#6e7781,color:#1f2328",
    country: "fill:#f6f8fa,stroke:#57606a,color:#1f2328",
    junction: "fill:#8c959f,stroke:#8c959f,color:#8c959f",
    added: "stroke:#1a7f37,stroke-width:3px",
    removed: "stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 4"
  };
  const last = (name2) => Number(name2 === "added" || name2 === "removed");
  for (const [name2, members] of [...classes].sort(([a], [b]) => last(a) - last(b))) {
    lines.push(`  classDef ${name2} ${styles[name2]}`);
    lines.push(`  class ${members.join(",")} ${name2}`);
  }
  for (const [change, style] of [["added", "stroke:#1a7f37,stroke-width:3px"], ["removed", "stroke:#cf222e,stroke-width:2px"]]) {
    const indexes = picture.edges.flatMap((edge, index) => edge.change === change ? [index] : []);
    if (indexes.length > 0) lines.push(`  linkStyle ${indexes.join(",")} ${style}`);
  }
  return `${lines.join("\n")}
`;
}
var MERMAID_LIMITS = { edges: 500, characters: 5e4 };
function renderMermaid(map, options = {}) {
  const picture = condense(map, options);
  if (picture.edges.length > MERMAID_LIMITS.edges) return void 0;
  const text = renderPictureMermaid(picture);
  return text.length > MERMAID_LIMITS.characters ? void 0 : text;
}

// src/datamap/diff-report.ts
var MAX_FILES = 10;
var FLOWS_HEADING = "Data flows this change adds or removes";
function paragraph(change, named, render) {
  const words = describeFlowChanges(change.map);
  const intro = !named ? [] : [
    { code: false, text: "In " },
    { code: true, text: truncate(oneLine(change.file), 300) },
    { code: false, text: change.status === "added" ? " (new): " : change.status === "removed" ? " (deleted): " : ": " }
  ];
  return [...intro, ...words].map(render).join("");
}
var LEGEND = "<sub>Thick green lines and boxes marked added are flows the change adds; dotted red lines and boxes marked removed, flows it removes.</sub>\n\n";
var TOO_LARGE = "<sub>Too many flows change to draw them here: `ropa-lint export --format html` draws the record.</sub>\n\n";
var NO_ROOM = "<sub>The picture is left out to keep the report within GitHub's limit of 65,536 characters.</sub>\n\n";
function flowChangesMarkdown(changes, budget, escape) {
  if (changes.length === 0) return "";
  const named = changes.length > 1;
  const shown = changes.slice(0, MAX_FILES);
  const render = (segment) => segment.code ? escape.code(segment.text) : escape.text(segment.text);
  const words = shown.map((change) => `${paragraph(change, named, render)}

`);
  const rest = changes.length - shown.length;
  const more = rest > 0 ? `<sub>${rest} more ${rest === 1 ? "inventory changes its" : "inventories change their"} flows: run \`ropa-lint --base\` on them for the rest.</sub>

` : "";
  const heading = `### ${FLOWS_HEADING}

`;
  const pictures = shown.map((change) => renderMermaid(changedPart(change.map)));
  let length = heading.length + more.length + words.reduce((sum, text, index) => sum + text.length + (pictures[index] === void 0 ? TOO_LARGE : NO_ROOM).length, 0);
  let drawn = false;
  const parts = shown.map((_, index) => {
    const mermaid = pictures[index];
    if (mermaid === void 0) return `${words[index]}${TOO_LARGE}`;
    const block = `\`\`\`mermaid
${mermaid}\`\`\`

`;
    const extra = block.length - NO_ROOM.length + (drawn ? 0 : LEGEND.length);
    if (length + extra > budget) return `${words[index]}${NO_ROOM}`;
    length += extra;
    drawn = true;
    return `${words[index]}${block}`;
  });
  return `${heading}${parts.join("")}${drawn ? LEGEND : ""}${more}`;
}
function flowChangesHtml(changes) {
  if (changes === void 0 || changes.length === 0) return "";
  const named = changes.length > 1;
  const render = (segment) => segment.code ? `<code>${escapeXml(segment.text)}</code>` : escapeXml(segment.text);
  const figures = changes.slice(0, MAX_FILES).map((change, index) => {
    const svg = renderSvg(changedPart(change.map), { title: `Data flows changed in ${oneLine(change.file)}`, idPrefix: `flow-changes-${index + 1}` });
    return `<p class="flow-change">${paragraph(change, named, render)}</p><figure class="data-map"><figcaption>Data flows changed in <code>${escapeXml(oneLine(change.file))}</code></figcaption><div class="drawing">${svg}</div></figure>`;
  });
  const rest = changes.length - MAX_FILES;
  const more = rest > 0 ? `<p>${rest} more ${rest === 1 ? "inventory changes its" : "inventories change their"} flows.</p>` : "";
  return `<section class="data-maps flow-changes" aria-label="${FLOWS_HEADING}"><h2>${FLOWS_HEADING}</h2>${figures.join("")}${more}</section>`;
}

// src/datamap/report.ts
function mapOf(file) {
  const parsed = parseSource(file.source, file.file);
  if (parsed.unparsable || parsed.model.activities.length === 0) return void 0;
  return buildDataMap(parsed.model);
}
function dataMapsMarkdown(files, budget) {
  let output = "";
  for (const file of files) {
    const map = mapOf(file);
    if (!map) continue;
    const name2 = `<code>${escapeXml(oneLine(file.file))}</code>`;
    const mermaid = renderMermaid(map);
    const block = mermaid === void 0 ? void 0 : `<details><summary>Data map of ${name2}</summary>

\`\`\`mermaid
${mermaid}\`\`\`

</details>

`;
    const instead = `<sub>The data map of ${name2} is too large for this report: \`ropa-lint export --format html\` draws one per activity.</sub>

`;
    if (block !== void 0 && output.length + block.length <= budget) output += block;
    else if (output.length + instead.length <= budget) output += instead;
  }
  return output;
}
function dataMapsHtml(files) {
  const figures = [];
  files.forEach((file, index) => {
    const map = mapOf(file);
    if (!map) return;
    const name2 = escapeXml(oneLine(file.file));
    const svg = renderSvg(map, { title: `Data map of ${oneLine(file.file)}`, idPrefix: `report-map-${index + 1}` });
    figures.push(`<figure class="data-map"><figcaption>Data map of <code>${name2}</code></figcaption><div class="drawing">${svg}</div></figure>`);
  });
  return figures.length === 0 ? "" : `<section class="data-maps" aria-label="Data maps"><h2>Data maps</h2>${figures.join("")}</section>`;
}

export {
  flowChangesMarkdown,
  flowChangesHtml,
  dataMapsMarkdown,
  dataMapsHtml
};
