import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  dataMapsMarkdown,
  flowChangesMarkdown
} from "./chunk-BV27YPSC.js";
import {
  segments,
  truncate
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
  baselineWords
} from "./chunk-MBA2RPRZ.js";
import "./chunk-KBX44QPI.js";
import {
  oneLine,
  plural
} from "./chunk-AM75H7XY.js";
import "./chunk-3NTWQZSC.js";

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
var MARKDOWN_TEXT = { text: escapeMarkdown, code: inlineCode };
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
    ...suppressedCount > 0 ? [`${suppressedCount} suppressed in place`] : [],
    ...report.baseline === void 0 ? [] : baselineWords(report.baseline, (file) => inlineCode(truncate(file, 300))).map((words) => words.replace("--write-baseline", "`--write-baseline`"))
  ];
  head.push(total === 0 ? `\u2705 **No ${report.baseline === void 0 ? "" : "new "}problems** in ${plural(files, "file")}${extras.length > 0 ? ` \xB7 ${extras.join(" \xB7 ")}` : ""}` : `**${counts}** in ${plural(files, "file")}${extras.length > 0 ? ` \xB7 ${extras.join(" \xB7 ")}` : ""}`, "");
  const byRule = /* @__PURE__ */ new Map();
  for (const finding of report.files.flatMap((file) => file.findings)) {
    const key = `${finding.ruleId}\0${finding.severity}`;
    byRule.set(key, { severity: finding.severity, count: (byRule.get(key)?.count ?? 0) + 1 });
  }
  if (byRule.size > 0) {
    head.push("| Rule | Severity | Findings |", "|---|---|--:|");
    const rows = [...byRule.entries()].sort(([a, left], [b, right]) => SEVERITY_ORDER[left.severity] - SEVERITY_ORDER[right.severity] || right.count - left.count || compareStrings(a, b));
    for (const [key, { severity, count }] of rows) head.push(`| \`${key.split("\0")[0]}\` | ${SEVERITY_LABEL[severity]} | ${count} |`);
    head.push("");
  }
  let output = `${head.join("\n")}
`;
  const headLength = output.length;
  const footer = (findingsLeft2, suppressedLeft2) => {
    const parts = [...findingsLeft2 > 0 ? [plural(findingsLeft2, "more finding")] : [], ...suppressedLeft2 > 0 ? [plural(suppressedLeft2, "more suppression")] : []];
    return `
---
**${parts.join(" and ")} not shown**: the report is cut to fit GitHub's limit of 65,536 characters. Run \`npx ropa-lint\` or read the job log for all of them.
`;
  };
  const flowWords = flowChangesMarkdown(report.flows ?? [], 0, MARKDOWN_TEXT).length;
  const budget = MARKDOWN_LIMIT - footer(999999, 999999).length - 64 - flowWords;
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
  const flows = flowChangesMarkdown(report.flows ?? [], flowWords + (cut ? 0 : budget - output.length), MARKDOWN_TEXT);
  output = `${output.slice(0, headLength)}${flows}${output.slice(headLength)}`;
  if (!cut) output += dataMapsMarkdown(report.files, budget + flowWords - output.length);
  if (findingsLeft > 0 || suppressedLeft > 0) output += footer(findingsLeft, suppressedLeft);
  return output;
};
export {
  MARKDOWN_LIMIT,
  escapeMarkdown,
  formatMarkdown,
  inlineCode,
  richText
};
