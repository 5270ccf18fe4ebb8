import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  condense,
  escapeXml,
  renderSvg
} from "./chunk-6JQXWF4J.js";
import {
  buildDataMap
} from "./chunk-NUYI22UY.js";
import {
  parseSource
} from "./chunk-KDRPI6PD.js";
import {
  oneLine,
  stripControlCharacters
} from "./chunk-AM75H7XY.js";

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
  const mark = (name, id) => classes.set(name, [...classes.get(name) ?? [], id]);
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
  for (const [name, members] of classes) {
    lines.push(`  classDef ${name} ${styles[name]}`);
    lines.push(`  class ${members.join(",")} ${name}`);
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
    const name = `<code>${escapeXml(oneLine(file.file))}</code>`;
    const mermaid = renderMermaid(map);
    const block = mermaid === void 0 ? void 0 : `<details><summary>Data map of ${name}</summary>

\`\`\`mermaid
${mermaid}\`\`\`

</details>

`;
    const instead = `<sub>The data map of ${name} is too large for this report: \`ropa-lint export --format html\` draws one per activity.</sub>

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
    const name = escapeXml(oneLine(file.file));
    const svg = renderSvg(map, { title: `Data map of ${oneLine(file.file)}`, idPrefix: `report-map-${index + 1}` });
    figures.push(`<figure class="data-map"><figcaption>Data map of <code>${name}</code></figcaption><div class="drawing">${svg}</div></figure>`);
  });
  return figures.length === 0 ? "" : `<section class="data-maps" aria-label="Data maps"><h2>Data maps</h2>${figures.join("")}</section>`;
}

export {
  dataMapsMarkdown,
  dataMapsHtml
};
