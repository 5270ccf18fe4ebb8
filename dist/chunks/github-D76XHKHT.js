import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  oneLine,
  stripControlCharacters
} from "./chunk-AM75H7XY.js";
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
export {
  escapeData,
  escapeProperty,
  formatGithub
};
