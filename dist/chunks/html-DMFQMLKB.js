import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  dataMapsHtml,
  flowChangesHtml
} from "./chunk-BV27YPSC.js";
import {
  segments
} from "./chunk-DXSWGV4H.js";
import "./chunk-YLN6BJUR.js";
import "./chunk-NLTGYQNA.js";
import {
  compareStrings
} from "./chunk-V2HEZWUS.js";
import "./chunk-3MYTIAQK.js";
import "./chunk-JI7ZIL3M.js";
import "./chunk-CZFTXMOU.js";
import "./chunk-KLOQ42NG.js";
import "./chunk-VZ6X3ZMH.js";
import "./chunk-F4WG2D33.js";
import "./chunk-4UDDO77X.js";
import "./chunk-IFVXAW5K.js";
import {
  codeFrame
} from "./chunk-URDMGLZO.js";
import {
  baselineWords
} from "./chunk-MBA2RPRZ.js";
import {
  LineIndex
} from "./chunk-KBX44QPI.js";
import {
  oneLine,
  plural,
  stripControlCharacters
} from "./chunk-AM75H7XY.js";
import "./chunk-3NTWQZSC.js";

// src/formatters/html.ts
import { createHash } from "node:crypto";
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
figure.data-map { margin: 0 0 1.5rem; }
figure.data-map figcaption { margin: 0 0 .5rem; color: var(--muted); }
figure.data-map .drawing { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; }
figure.data-map svg { display: block; max-width: 100%; height: auto; }
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
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
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
    ...report.base === void 0 ? [] : [`<div class="count" data-count="new"><span class="number">${newCount}</span><span class="label">new since <code>${escapeHtml(oneLine(report.base))}</code></span></div>`],
    ...report.baseline === void 0 ? [] : [`<div class="count" data-count="baselined"><span class="number">${report.baseline.baselined}</span><span class="label">in the baseline <code>${escapeHtml(oneLine(report.baseline.file))}</code></span></div>`]
  ].join("");
  const filters = [
    '<section id="filters" class="filters" aria-label="Filters" hidden>',
    "<fieldset><legend>Severity</legend>",
    ...SEVERITIES.map((severity) => `<label><input type="checkbox" name="severity" value="${severity}" checked> ${severity}s (${counts[severity]})</label>`),
    "</fieldset>",
    '<label>Rule <select id="rule-filter"><option value="">all rules</option>',
    ...[...byRule.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([rule, count]) => `<option value="${escapeHtml(rule)}">${escapeHtml(rule)} (${count})</option>`),
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
  const fresh = report.baseline === void 0 ? "" : "new ";
  const verdict = `${total === 0 ? `No ${fresh}problems` : `${plural(total, `${fresh}problem`)}`} in ${plural(files, "file")}.${report.baseline === void 0 ? "" : ` ${capitalise(baselineWords(report.baseline).join("; "))}.`}`;
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
${flowChangesHtml(report.flows)}${dataMapsHtml(report.files)}
<footer>Each finding links to its rule's documentation. This page runs no code but its own filter script and loads nothing from the network.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
};
export {
  escapeHtml,
  formatHtml
};
