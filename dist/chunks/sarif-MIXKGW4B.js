import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  LazyArray,
  jsonPieces
} from "./chunk-ZT73VTZT.js";
import {
  stripControlCharacters
} from "./chunk-AM75H7XY.js";
import "./chunk-3NTWQZSC.js";

// src/formatters/sarif.ts
import { createHash } from "node:crypto";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function toUriReference(file) {
  return file.replace(/\\/g, "/").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function fingerprint(finding) {
  return createHash("sha256").update(`${finding.ruleId}\0${finding.file}\0${finding.stablePath}\0${finding.message}`).digest("hex").slice(0, 32);
}
var AUTOMATION_ID = "ropa-lint/";
function toResult(finding, ruleIndex, baseline, suppression) {
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
  if (suppression?.kind === "external") result.baselineState = "unchanged";
  else if (finding.isNew !== void 0) result.baselineState = finding.isNew ? "new" : "unchanged";
  else if (baseline) result.baselineState = "new";
  if (suppression?.kind === "inSource") result.suppressions = [{ kind: "inSource", justification: stripControlCharacters(suppression.reason) }];
  if (suppression?.kind === "external") result.suppressions = [{ kind: "external", status: "accepted", justification: stripControlCharacters(`In the baseline ${suppression.baseline}`) }];
  if (finding.fix && suppression?.kind !== "inSource") result.fixes = [toSarifFix(finding.file, finding.fix)];
  return result;
}
function toSarifFix(file, fix) {
  return {
    description: { text: stripControlCharacters(fix.description) },
    artifactChanges: [
      {
        artifactLocation: { uri: toUriReference(file), uriBaseId: "%SRCROOT%" },
        replacements: fix.edits.map((edit) => ({
          deletedRegion: { startLine: edit.line, startColumn: edit.column, endLine: edit.endLine, endColumn: edit.endColumn },
          insertedContent: { text: edit.text }
        }))
      }
    ]
  };
}
function* resultsOf(report, index) {
  const baseline = report.baseline?.file;
  for (const file of report.files) {
    for (const finding of file.findings) yield toResult(finding, index.get(finding.ruleId) ?? -1, baseline !== void 0);
    for (const finding of file.baselined ?? []) yield toResult(finding, index.get(finding.ruleId) ?? -1, true, { kind: "external", baseline: baseline ?? "" });
    for (const finding of file.suppressed) yield toResult(finding, index.get(finding.ruleId) ?? -1, false, { kind: "inSource", reason: finding.reason });
  }
}
function nameOf(id) {
  const name = id.replace(/(^|-)([a-z0-9])/g, (_whole, _dash, letter) => letter.toUpperCase());
  return name.toLowerCase() === id.toLowerCase() ? {} : { name };
}
var formatSarifPieces = (report, context) => {
  const reportedRules = new Set(report.files.flatMap((file) => [...file.findings, ...file.baselined ?? [], ...file.suppressed].map((finding) => finding.ruleId)));
  const rules = [...context.rules].filter((rule) => !rule.comparison || reportedRules.has(rule.id));
  const index = new Map(rules.map((rule, position) => [rule.id, position]));
  const results = new LazyArray(resultsOf(report, index));
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
              ...nameOf(rule.id),
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
        automationDetails: { id: AUTOMATION_ID },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The folder ropa-lint ran in (the repository root in CI)." } } },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return jsonPieces(log);
};
var formatSarif = (report, context) => [...formatSarifPieces(report, context)].join("");
export {
  AUTOMATION_ID,
  formatSarif,
  formatSarifPieces,
  toUriReference
};
