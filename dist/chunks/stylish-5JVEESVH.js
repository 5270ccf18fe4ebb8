import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
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
  plural
} from "./chunk-AM75H7XY.js";
import "./chunk-3NTWQZSC.js";

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
      if (finding.fix) out.push(`${pad} ${paint.dim("=")} fix: ${oneLine(finding.fix.description)} (fixable with --fix)`);
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
  const baselineNote = report.baseline === void 0 ? "" : baselineWords(report.baseline, oneLine).map((words) => `; ${words}`).join("");
  const hidden = report.hidden ? [plural(report.hidden.warnings, "warning"), plural(report.hidden.notices, "notice")].filter((words) => !words.startsWith("0 ")).join(" and ") : "";
  if (total === 0 && hidden !== "") {
    out.push(`${paint.bold("\u2714")} ${plural(files, "file")} checked: no ${report.baseline === void 0 ? "" : "new "}errors (${hidden} not shown: --quiet)${suppressedNote}${baselineNote}`);
  } else if (total === 0) {
    out.push(`${paint.bold("\u2714")} ${plural(files, "file")} checked: no ${report.baseline === void 0 ? "" : "new "}problems${suppressedNote}${baselineNote}`);
  } else {
    const worst = errors > 0 ? "error" : warnings > 0 ? "warning" : "notice";
    out.push(paint.severity[worst](`\u2716 ${plural(total, "problem")} (${counts}) in ${plural(files, "file")}${newNote}${suppressedNote}${baselineNote}`));
    const fixable = fixableWords(report.files.flatMap((file) => file.findings.filter((finding) => finding.fix !== void 0)));
    if (fixable !== void 0) out.push(`  ${fixable} fixable with --fix`);
  }
  return `${out.join("\n")}
`;
};
function fixableWords(findings) {
  if (findings.length === 0) return void 0;
  const counts = ["error", "warning", "notice"].map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length]).filter(([, count]) => count > 0);
  const words = counts.map(([severity, count]) => plural(count, severity));
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
function suppressedLine(finding, paint) {
  const until = finding.until ? `, until ${finding.until}` : "";
  return paint.dim(`suppressed[${finding.ruleId}] ${oneLine(finding.file)}:${finding.line}:${finding.column}: ${oneLine(finding.message)} (reason: ${oneLine(finding.reason)}${until})`);
}
export {
  formatStylish
};
