import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  LazyArray,
  jsonPieces
} from "./chunk-ZT73VTZT.js";
import "./chunk-3NTWQZSC.js";

// src/formatters/json.ts
function* findingsOf(report) {
  for (const file of report.files) for (const finding of file.findings) yield toJsonFinding(finding);
}
function* suppressedOf(report) {
  for (const file of report.files) for (const finding of file.suppressed) yield toJsonSuppressed(finding);
}
function toJsonFinding(finding) {
  return {
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
  };
}
function toJsonSuppressed(finding) {
  return {
    ruleId: finding.ruleId,
    message: finding.message,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    pointer: finding.pointer,
    reason: finding.reason,
    until: finding.until
  };
}
var formatJsonPieces = (report) => jsonPieces({
  findings: new LazyArray(findingsOf(report)),
  summary: report.summary,
  suppressed: new LazyArray(suppressedOf(report)),
  ...report.base === void 0 ? {} : { base: report.base },
  ...report.baseline === void 0 ? {} : { baseline: report.baseline }
});
var formatJson = (report, context) => [...formatJsonPieces(report, context)].join("");
export {
  formatJson,
  formatJsonPieces
};
