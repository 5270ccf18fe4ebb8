import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  lintSource
} from "./chunk-YLN6BJUR.js";
import "./chunk-NLTGYQNA.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-3MYTIAQK.js";
import "./chunk-JI7ZIL3M.js";
import "./chunk-CZFTXMOU.js";
import "./chunk-F4WG2D33.js";
import "./chunk-4UDDO77X.js";
import "./chunk-IFVXAW5K.js";
import "./chunk-KBX44QPI.js";
import "./chunk-3NTWQZSC.js";

// src/fixes/apply.ts
var sameEdit = (a, b) => a.start === b.start && a.end === b.end && a.text === b.text;
function applyFixes(source, findings) {
  const withFix = findings.filter((finding) => finding.fix !== void 0 && finding.fix.edits.length > 0);
  const ordered = [...withFix].sort((a, b) => a.fix.edits[0].start - b.fix.edits[0].start || a.fix.edits[0].end - b.fix.edits[0].end);
  const taken = [];
  const fixed = [];
  for (const finding of ordered) {
    const edits = [...finding.fix.edits].sort((a, b) => a.start - b.start);
    if (edits.some((edit, index) => edit.end < edit.start || edit.end > source.length || index > 0 && edit.start < edits[index - 1].end)) continue;
    const fresh = edits.filter((edit) => !taken.some((other) => sameEdit(edit, other)));
    if (fresh.some((edit) => taken.some((other) => edit.start < other.end && other.start < edit.end))) continue;
    taken.push(...fresh);
    fixed.push(finding);
  }
  taken.sort((a, b) => a.start - b.start);
  let text = "";
  let cursor = 0;
  for (const edit of taken) {
    text += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  text += source.slice(cursor);
  return { text, fixed };
}

// src/fixes/run.ts
var MAX_PASSES = 10;
function fixFiles(files, options) {
  const out = [];
  for (const report of files) {
    let text = report.source;
    let findings = report.findings;
    let fixed = 0;
    for (let pass = 0; pass < MAX_PASSES; pass += 1) {
      const applied = applyFixes(text, findings);
      if (applied.fixed.length === 0 || applied.text === text) break;
      text = applied.text;
      fixed += applied.fixed.length;
      findings = lintSource(text, report.file, options).findings;
    }
    if (text !== report.source) out.push({ file: report.file, before: report.source, after: text, fixed });
  }
  return out;
}
export {
  MAX_PASSES,
  fixFiles
};
