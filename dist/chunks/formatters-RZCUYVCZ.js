import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  displayLine,
  isFormatName,
  oneLine,
  plural,
  stripControlCharacters
} from "./chunk-O7G54A27.js";
import {
  LineIndex
} from "./chunk-3C5OL5C6.js";
import "./chunk-3NTWQZSC.js";

// src/formatters/github.ts
var COMMAND = { error: "error", warning: "warning", notice: "notice" };
function escapeData(text) {
  return stripControlCharacters(text.replace(/\r/g, "\n")).replace(/%/g, "%25").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var formatGithub = (report) => {
  const lines = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      const properties = [`file=${escapeProperty(finding.file)}`, `line=${finding.line}`, `endLine=${finding.endLine}`];
      if (finding.line === finding.endLine) properties.push(`col=${finding.column}`, `endColumn=${finding.endColumn}`);
      properties.push(`title=${escapeProperty(`ropa-lint ${finding.ruleId}`)}`);
      const reference = finding.reference ? `
Why: ${finding.reference}` : "";
      const message = `${finding.message}${reference}
Help: ${finding.help}
Docs: ${finding.docsUrl}`;
      lines.push(`::${COMMAND[finding.severity]} ${properties.join(",")}::${escapeData(message)}`);
    }
  }
  for (const file of report.files) {
    for (const finding of file.suppressed) {
      const until = finding.until ? `, until ${finding.until}` : "";
      lines.push(oneLine(`ropa-lint: suppressed ${finding.ruleId} at ${finding.file}:${finding.line}:${finding.column} (reason: ${finding.reason}${until})`));
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
};

// src/formatters/html.ts
import { createHash } from "node:crypto";

// src/formatters/code-frame.ts
function codeFrame(lines, range, context = 0) {
  const text = displayLine(lines.lineText(range.line));
  const caretStart = Math.min(range.column - 1, text.length);
  const end = range.endLine === range.line ? Math.min(range.endColumn - 1, text.length) : text.length;
  const around = (from, to) => {
    const result = [];
    for (let number = Math.max(1, from); number <= Math.min(lines.lineCount, to); number += 1) result.push({ number, text: displayLine(lines.lineText(number)) });
    return result;
  };
  return {
    line: { number: range.line, text },
    caretStart,
    caretLength: Math.max(1, end - caretStart),
    before: context > 0 ? around(range.line - context, range.line - 1) : [],
    after: context > 0 ? around(range.line + 1, range.line + context) : []
  };
}

// src/formatters/rich-text.ts
function segments(message) {
  const parts = message.split(/(?<!`)`(?!`)/);
  const closed = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  const result = [];
  parts.forEach((text, index) => {
    const code = index % 2 === 1 && index < closed;
    const piece = !code && index % 2 === 1 ? `\`${text}` : text;
    if (piece !== "") result.push({ code, text: piece });
  });
  return result;
}
function truncate(text, max) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}

// src/formatters/html.ts
var SEVERITIES = ["error", "warning", "notice"];
var FRAME_CONTEXT = 2;
var STYLE = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa; --code: #eff2f5;
  --error: #cf222e; --warning: #9a6700; --notice: #0969da; --focus: #fff8c5; }
@media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23; --code: #1f2630;
  --error: #ff7b72; --warning: #d29922; --notice: #58a6ff; --focus: #3b2e00; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; background: var(--bg); color: var(--fg); }
h1 { font-size: 1.5rem; margin: 0; }
h2 { font-size: 1.1rem; margin: 2rem 0 .75rem; }
h2 code { font-size: 1rem; }
h3 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
code, pre { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
code { background: var(--code); padding: .1em .3em; border-radius: 4px; overflow-wrap: anywhere; }
.meta { color: var(--muted); margin: .25rem 0 1rem; }
.summary { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
.count { border: 1px solid var(--line); border-radius: 8px; padding: .5rem 1rem; min-width: 7rem; background: var(--panel); }
.count .number { display: block; font-size: 1.6rem; font-weight: 600; }
.count .label { display: block; }
.count.error .number { color: var(--error); } .count.warning .number { color: var(--warning); } .count.notice .number { color: var(--notice); }
.filters { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; padding: .75rem 1rem; border: 1px solid var(--line); border-radius: 8px; background: var(--panel); }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .75rem; align-items: center; }
.filters legend { float: left; margin-right: .5rem; font-weight: 600; }
.filters select { font: inherit; }
#showing { margin: 0; color: var(--muted); }
ol.findings { list-style: none; padding: 0; margin: 0; }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--muted); border-radius: 6px; padding: .75rem 1rem; margin: 0 0 .75rem; }
.finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); } .finding.notice { border-left-color: var(--notice); }
.finding[hidden], section.file[hidden] { display: none; }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; padding: 0 .4rem; border-radius: 4px; color: var(--bg); }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.notice { background: var(--notice); }
.badge.new { background: var(--fg); }
.title { font-weight: 600; }
.title a { font-weight: 400; color: var(--muted); }
.location { color: var(--muted); font-size: .85rem; margin: .25rem 0 .5rem; }
pre.frame { margin: .5rem 0; padding: .5rem 0; background: var(--panel); border-radius: 6px; overflow-x: auto; }
pre.frame code { display: block; padding: 0; background: none; border-radius: 0; }
pre.frame .row { display: block; padding: 0 .75rem; white-space: pre; }
pre.frame .at { background: var(--focus); }
pre.frame .gutter { color: var(--muted); user-select: none; }
pre.frame .caret { font-weight: 700; }
.finding.error .caret { color: var(--error); } .finding.warning .caret { color: var(--warning); } .finding.notice .caret { color: var(--notice); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem .75rem; margin: .5rem 0 0; }
dt { color: var(--muted); } dd { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: .4rem .5rem; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
`;
var SCRIPT = `
(() => {
  const findings = Array.from(document.querySelectorAll('li.finding'));
  const boxes = Array.from(document.querySelectorAll('input[name="severity"]'));
  const rule = document.getElementById('rule-filter');
  const showing = document.getElementById('showing');
  const apply = () => {
    const severities = new Set(boxes.filter((box) => box.checked).map((box) => box.value));
    let shown = 0;
    for (const finding of findings) {
      const visible = severities.has(finding.dataset.severity) && (rule.value === '' || finding.dataset.rule === rule.value);
      finding.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const file of document.querySelectorAll('section.file')) {
      file.hidden = file.querySelector('li.finding') !== null && file.querySelector('li.finding:not([hidden])') === null && file.querySelector('.suppressed') === null;
    }
    showing.textContent = 'Showing ' + shown + ' of ' + findings.length + ' findings';
  };
  for (const box of boxes) box.addEventListener('change', apply);
  rule.addEventListener('change', apply);
  document.getElementById('filters').hidden = false;
  apply();
})();
`;
var hash = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
var CSP = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
function escapeHtml(text) {
  return stripControlCharacters(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
function richHtml(text) {
  return segments(oneLine(text)).map((segment) => segment.code ? `<code>${escapeHtml(segment.text)}</code>` : escapeHtml(segment.text)).join("");
}
function frameHtml(lines, finding) {
  const frame = codeFrame(lines, finding, FRAME_CONTEXT);
  const width = String(frame.after.at(-1)?.number ?? frame.line.number).length;
  const row = (number, text, className = "") => `<span class="row${className ? ` ${className}` : ""}"><span class="gutter">${escapeHtml(number.padStart(width))} | </span>${text}</span>`;
  return [
    '<pre class="frame"><code>',
    ...frame.before.map((line) => row(String(line.number), escapeHtml(line.text))),
    row(String(frame.line.number), escapeHtml(frame.line.text), "at"),
    row("", `${" ".repeat(frame.caretStart)}<span class="caret">${"^".repeat(frame.caretLength)}</span>`, "caret-row"),
    ...frame.after.map((line) => row(String(line.number), escapeHtml(line.text))),
    "</code></pre>"
  ].join("");
}
function findingHtml(finding, lines) {
  const isNew = finding.isNew === true ? ' <span class="badge new">new</span>' : "";
  return [
    `<li class="finding ${finding.severity}" data-severity="${finding.severity}" data-rule="${escapeHtml(finding.ruleId)}">`,
    `<div class="title"><span class="badge ${finding.severity}">${finding.severity}</span>${isNew} <span class="message">${richHtml(finding.message)}</span> <a class="rule" href="${escapeHtml(finding.docsUrl)}" rel="noreferrer">${escapeHtml(finding.ruleId)}</a></div>`,
    `<div class="location">${escapeHtml(oneLine(finding.file))}:${finding.line}:${finding.column}</div>`,
    frameHtml(lines, finding),
    "<dl>",
    finding.reference ? `<dt>Why</dt><dd>${richHtml(finding.reference)}</dd>` : "",
    `<dt>Help</dt><dd>${richHtml(finding.help)}</dd>`,
    "</dl>",
    "</li>"
  ].join("");
}
function suppressedHtml(suppressed) {
  const rows = suppressed.map(
    (finding) => `<tr><td><a href="${escapeHtml(finding.docsUrl)}" rel="noreferrer">${escapeHtml(finding.ruleId)}</a></td><td>${finding.line}:${finding.column}</td><td>${richHtml(finding.message)}</td><td>${richHtml(finding.reason)}</td><td>${finding.until ? escapeHtml(finding.until) : "\u2014"}</td></tr>`
  );
  return `<div class="suppressed"><h3>Suppressed in place (${suppressed.length})</h3><table><thead><tr><th>Rule</th><th>Line</th><th>Finding</th><th>Reason</th><th>Until</th></tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}
var formatHtml = (report, context) => {
  const all = report.files.flatMap((file) => file.findings);
  const { errors, warnings, notices, files } = report.summary;
  const suppressedCount = report.files.reduce((sum, file) => sum + file.suppressed.length, 0);
  const counts = { error: errors, warning: warnings, notice: notices };
  const byRule = /* @__PURE__ */ new Map();
  for (const finding of all) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
  const newCount = all.filter((finding) => finding.isNew === true).length;
  const summary = [
    ...SEVERITIES.map((severity) => `<div class="count ${severity}" data-count="${severity}"><span class="number">${counts[severity]}</span><span class="label">${severity}${counts[severity] === 1 ? "" : "s"}</span></div>`),
    `<div class="count" data-count="files"><span class="number">${files}</span><span class="label">file${files === 1 ? "" : "s"}</span></div>`,
    `<div class="count" data-count="suppressed"><span class="number">${suppressedCount}</span><span class="label">suppressed</span></div>`,
    ...report.base === void 0 ? [] : [`<div class="count" data-count="new"><span class="number">${newCount}</span><span class="label">new since <code>${escapeHtml(oneLine(report.base))}</code></span></div>`]
  ].join("");
  const filters = [
    '<section id="filters" class="filters" aria-label="Filters" hidden>',
    "<fieldset><legend>Severity</legend>",
    ...SEVERITIES.map((severity) => `<label><input type="checkbox" name="severity" value="${severity}" checked> ${severity}s (${counts[severity]})</label>`),
    "</fieldset>",
    '<label>Rule <select id="rule-filter"><option value="">all rules</option>',
    ...[...byRule.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([rule, count]) => `<option value="${escapeHtml(rule)}">${escapeHtml(rule)} (${count})</option>`),
    "</select></label>",
    `<p id="showing" aria-live="polite">Showing ${all.length} of ${all.length} findings</p>`,
    "</section>"
  ].join("");
  const sections = report.files.filter((file) => file.findings.length > 0 || file.suppressed.length > 0).map((file) => {
    const lines = new LineIndex(file.source);
    const findings = file.findings.length > 0 ? `<ol class="findings">${file.findings.map((finding) => findingHtml(finding, lines)).join("")}</ol>` : "";
    const suppressed = file.suppressed.length > 0 ? suppressedHtml(file.suppressed) : "";
    return `<section class="file"><h2><code>${escapeHtml(oneLine(file.file))}</code></h2>${findings}${suppressed}</section>`;
  });
  const total = errors + warnings + notices;
  const verdict = total === 0 ? `No problems in ${plural(files, "file")}.` : `${plural(total, "problem")} in ${plural(files, "file")}.`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ropa-lint report</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>ropa-lint report</h1><p class="meta">${escapeHtml(verdict)} ropa-lint ${escapeHtml(context.version)}</p></header>
<section class="summary" aria-label="Summary">${summary}</section>
${filters}
<main>${sections.join("\n")}</main>
<footer>Each finding links to its rule's documentation. This page runs no code but its own filter script and loads nothing from the network.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
};

// src/formatters/json.ts
var formatJson = (report) => {
  const findings = report.files.flatMap(
    (file) => file.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      reference: finding.reference,
      help: finding.help,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      pointer: finding.pointer,
      ...finding.isNew === void 0 ? {} : { isNew: finding.isNew }
    }))
  );
  const suppressed = report.files.flatMap(
    (file) => file.suppressed.map((finding) => ({
      ruleId: finding.ruleId,
      message: finding.message,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      pointer: finding.pointer,
      reason: finding.reason,
      until: finding.until
    }))
  );
  return `${JSON.stringify({ findings, summary: report.summary, suppressed, ...report.base === void 0 ? {} : { base: report.base } }, null, 2)}
`;
};

// src/formatters/markdown.ts
var MARKDOWN_LIMIT = 65536;
var MAX_TEXT = 1e3;
var ZERO_WIDTH_SPACE = "\u200B";
var SEVERITY_LABEL = { error: "\u274C error", warning: "\u26A0\uFE0F warning", notice: "\u2139\uFE0F notice" };
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function escapeMarkdown(text) {
  return oneLine(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~]/g, "\\$&").replace(/@/g, `@${ZERO_WIDTH_SPACE}`).replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`).replace(/(w)(ww\.)/gi, `$1${ZERO_WIDTH_SPACE}$2`).replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`);
}
function inlineCode(text) {
  const content = oneLine(text);
  const longestRun = Math.max(0, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longestRun + 1);
  const padded = content.startsWith("`") || content.endsWith("`") || content.startsWith(" ") || content.endsWith(" ") || content === "" ? ` ${content} ` : content;
  return `${fence}${padded}${fence}`;
}
function richText(text) {
  return segments(truncate(oneLine(text), MAX_TEXT)).map((segment) => segment.code ? inlineCode(segment.text) : escapeMarkdown(segment.text)).join("");
}
function encodePath(file) {
  return file.split("/").map((part) => encodeURIComponent(part).replace(/[()'*!]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function lineLink(file, line, linkBase) {
  const target = `${encodePath(file)}#L${line}`;
  const url = linkBase ? `${linkBase.replace(/\/+$/, "")}/${target.replace(/^\/+/, "")}` : target;
  return `[line ${line}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}
function findingBlock(finding, linkBase) {
  const isNew = finding.isNew === true ? " \xB7 **new**" : "";
  const head = `- ${SEVERITY_LABEL[finding.severity]} [\`${finding.ruleId}\`](<${finding.docsUrl}>) \xB7 ${lineLink(finding.file, finding.line, linkBase)}${isNew}: ${richText(finding.message)}`;
  const why = finding.reference ? `  
  Why: ${richText(finding.reference)}` : "";
  return `${head}${why}  
  Help: ${richText(finding.help)}
`;
}
function suppressedBlock(finding, linkBase) {
  const until = finding.until ? ` (until ${escapeMarkdown(finding.until)})` : "";
  return `- \`${finding.ruleId}\` \xB7 ${lineLink(finding.file, finding.line, linkBase)}: ${richText(finding.message)}  
  Reason: ${richText(finding.reason)}${until}
`;
}
var formatMarkdown = (report, context) => {
  const { errors, warnings, notices, files } = report.summary;
  const total = errors + warnings + notices;
  const suppressedCount = report.files.reduce((sum, file) => sum + file.suppressed.length, 0);
  const newCount = report.files.reduce((sum, file) => sum + file.findings.filter((finding) => finding.isNew === true).length, 0);
  const head = ["## ropa-lint report", ""];
  const counts = `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notices, "notice")}`;
  const extras = [
    ...report.base === void 0 ? [] : [`${newCount} new since ${inlineCode(report.base)}`],
    ...suppressedCount > 0 ? [`${suppressedCount} suppressed in place`] : []
  ];
  head.push(total === 0 ? `\u2705 **No problems** in ${plural(files, "file")}${extras.length > 0 ? ` \xB7 ${extras.join(" \xB7 ")}` : ""}` : `**${counts}** in ${plural(files, "file")}${extras.length > 0 ? ` \xB7 ${extras.join(" \xB7 ")}` : ""}`, "");
  const byRule = /* @__PURE__ */ new Map();
  for (const finding of report.files.flatMap((file) => file.findings)) {
    const key = `${finding.ruleId}\0${finding.severity}`;
    byRule.set(key, { severity: finding.severity, count: (byRule.get(key)?.count ?? 0) + 1 });
  }
  if (byRule.size > 0) {
    head.push("| Rule | Severity | Findings |", "|---|---|--:|");
    const rows = [...byRule.entries()].sort(([a, left], [b, right]) => SEVERITY_ORDER[left.severity] - SEVERITY_ORDER[right.severity] || right.count - left.count || a.localeCompare(b));
    for (const [key, { severity, count }] of rows) head.push(`| \`${key.split("\0")[0]}\` | ${SEVERITY_LABEL[severity]} | ${count} |`);
    head.push("");
  }
  let output = `${head.join("\n")}
`;
  const footer = (findingsLeft2, suppressedLeft2) => {
    const parts = [...findingsLeft2 > 0 ? [plural(findingsLeft2, "more finding")] : [], ...suppressedLeft2 > 0 ? [plural(suppressedLeft2, "more suppression")] : []];
    return `
---
**${parts.join(" and ")} not shown**: the report is cut to fit GitHub's limit of 65,536 characters. Run \`npx ropa-lint\` or read the job log for all of them.
`;
  };
  const budget = MARKDOWN_LIMIT - footer(999999, 999999).length - 64;
  let findingsLeft = report.files.reduce((sum, file) => sum + file.findings.length, 0);
  let suppressedLeft = suppressedCount;
  let cut = false;
  const add = (block) => {
    if (cut || output.length + block.length > budget) {
      cut = true;
      return false;
    }
    output += block;
    return true;
  };
  for (const file of report.files) {
    if (file.findings.length === 0 && file.suppressed.length === 0) continue;
    if (!add(`### ${inlineCode(truncate(file.file, 300))}

`)) break;
    for (const finding of file.findings) {
      if (!add(findingBlock(finding, context.linkBase))) break;
      findingsLeft -= 1;
    }
    if (file.suppressed.length > 0 && add(`
**Suppressed in place** (${file.suppressed.length}):

`)) {
      for (const finding of file.suppressed) {
        if (!add(suppressedBlock(finding, context.linkBase))) break;
        suppressedLeft -= 1;
      }
    }
    add("\n");
  }
  if (findingsLeft > 0 || suppressedLeft > 0) output += footer(findingsLeft, suppressedLeft);
  return output;
};

// src/formatters/sarif.ts
import { createHash as createHash2 } from "node:crypto";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function toUriReference(file) {
  return file.replace(/\\/g, "/").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function fingerprint(finding) {
  return createHash2("sha256").update(`${finding.ruleId}\0${finding.file}\0${finding.stablePath}\0${finding.message}`).digest("hex").slice(0, 32);
}
function toResult(finding, ruleIndex, suppression) {
  const result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: stripControlCharacters(`${finding.message}. ${finding.help}`) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUriReference(finding.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
        }
      }
    ],
    partialFingerprints: { "ropaLintFinding/v1": fingerprint(finding) },
    properties: { pointer: finding.pointer, ...finding.reference ? { reference: finding.reference } : {} }
  };
  if (finding.isNew !== void 0) result.baselineState = finding.isNew ? "new" : "unchanged";
  if (suppression) result.suppressions = [{ kind: "inSource", justification: stripControlCharacters(suppression.reason) }];
  return result;
}
var formatSarif = (report, context) => {
  const reported = (ruleId) => report.files.some((file) => [...file.findings, ...file.suppressed].some((finding) => finding.ruleId === ruleId));
  const rules = [...context.rules].filter((rule) => !rule.comparison || reported(rule.id));
  const index = new Map(rules.map((rule, position) => [rule.id, position]));
  const results = [];
  for (const file of report.files) {
    for (const finding of file.findings) results.push(toResult(finding, index.get(finding.ruleId) ?? -1));
    for (const finding of file.suppressed) results.push(toResult(finding, index.get(finding.ruleId) ?? -1, finding));
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ropa-lint",
            version: context.version,
            semanticVersion: context.version,
            informationUri: "https://github.com/ropa-lint/ropa-lint",
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z0-9])/g, (_whole, _dash, letter) => letter.toUpperCase()),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.reference ? `${rule.description} (${rule.reference})` : rule.description },
              help: {
                text: `${rule.description}${rule.reference ? ` Legal reference: ${rule.reference}.` : ""} See ${rule.docsUrl}`,
                markdown: `${rule.description}${rule.reference ? `

**Legal reference:** ${rule.reference}` : ""}

[Documentation](${rule.docsUrl})`
              },
              helpUri: rule.docsUrl,
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { tags: ["privacy", "gdpr", ...rule.aiOnly ? ["ai-training"] : []], precision: "very-high" }
            }))
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The folder ropa-lint ran in (the repository root in CI)." } } },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};

// src/formatters/stylish.ts
var ansi = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
var plain = (text) => text;
function palette(color) {
  if (!color) {
    return { severity: { error: plain, warning: plain, notice: plain }, bold: plain, dim: plain, caret: { error: plain, warning: plain, notice: plain } };
  }
  const red = ansi(31, 39);
  const yellow = ansi(33, 39);
  const cyan = ansi(36, 39);
  const bold = ansi(1, 22);
  return {
    severity: { error: (text) => bold(red(text)), warning: (text) => bold(yellow(text)), notice: (text) => bold(cyan(text)) },
    bold,
    dim: ansi(2, 22),
    caret: { error: red, warning: yellow, notice: cyan }
  };
}
function frameLines(lines, finding, paint) {
  const frame = codeFrame(lines, finding);
  const pad = " ".repeat(String(finding.line).length);
  return [
    `${pad} ${paint.dim("|")}`,
    `${paint.dim(`${finding.line} |`)} ${frame.line.text}`,
    `${pad} ${paint.dim("|")} ${" ".repeat(frame.caretStart)}${paint.caret[finding.severity]("^".repeat(frame.caretLength))}`
  ];
}
var formatStylish = (report, context) => {
  const paint = palette(context.color);
  const out = [];
  for (const file of report.files) {
    if (file.findings.length === 0 && file.suppressed.length === 0) continue;
    const lines = new LineIndex(file.source);
    for (const finding of file.findings) {
      const pad = " ".repeat(String(finding.line).length);
      const isNew = finding.isNew === true ? ` ${paint.caret[finding.severity]("[new]")}` : "";
      out.push(`${paint.severity[finding.severity](`${finding.severity}[${finding.ruleId}]`)}${paint.bold(`: ${oneLine(finding.message)}`)}${isNew}`);
      out.push(`${pad}${paint.dim("-->")} ${oneLine(finding.file)}:${finding.line}:${finding.column}`);
      out.push(...frameLines(lines, finding, paint));
      if (finding.reference) out.push(`${pad} ${paint.dim("=")} why: ${oneLine(finding.reference)}`);
      out.push(`${pad} ${paint.dim("=")} help: ${oneLine(finding.help)}`);
      out.push(`${pad} ${paint.dim("=")} docs: ${finding.docsUrl}`);
      out.push("");
    }
    for (const suppressed of file.suppressed) out.push(suppressedLine(suppressed, paint));
    if (file.suppressed.length > 0) out.push("");
  }
  const { errors, warnings, notices, files } = report.summary;
  const total = errors + warnings + notices;
  const counts = `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notices, "notice")}`;
  const suppressedCount = report.files.reduce((sum, file) => sum + file.suppressed.length, 0);
  const suppressedNote = suppressedCount > 0 ? `; ${suppressedCount} suppressed in place` : "";
  const newCount = report.files.reduce((sum, file) => sum + file.findings.filter((finding) => finding.isNew === true).length, 0);
  const newNote = report.base === void 0 ? "" : `; ${newCount} new since ${oneLine(report.base)}`;
  if (total === 0) {
    out.push(`${paint.bold("\u2714")} ${plural(files, "file")} checked: no problems${suppressedNote}`);
  } else {
    const worst = errors > 0 ? "error" : warnings > 0 ? "warning" : "notice";
    out.push(paint.severity[worst](`\u2716 ${plural(total, "problem")} (${counts}) in ${plural(files, "file")}${newNote}${suppressedNote}`));
  }
  return `${out.join("\n")}
`;
};
function suppressedLine(finding, paint) {
  const until = finding.until ? `, until ${finding.until}` : "";
  return paint.dim(`suppressed[${finding.ruleId}] ${oneLine(finding.file)}:${finding.line}:${finding.column}: ${oneLine(finding.message)} (reason: ${oneLine(finding.reason)}${until})`);
}

// src/formatters/index.ts
var formatters = {
  github: formatGithub,
  html: formatHtml,
  json: formatJson,
  markdown: formatMarkdown,
  sarif: formatSarif,
  stylish: formatStylish
};
export {
  formatters,
  isFormatName
};
