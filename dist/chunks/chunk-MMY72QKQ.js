import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);

// src/core/types.ts
var SEVERITY_RANK = { notice: 1, warning: 2, error: 3 };
function isAtLeast(severity, threshold) {
  return threshold !== "never" && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
function summarize(files) {
  const summary = { errors: 0, warnings: 0, notices: 0, files: files.length };
  for (const file of files) {
    for (const finding of file.findings) {
      if (finding.severity === "error") summary.errors += 1;
      else if (finding.severity === "warning") summary.warnings += 1;
      else summary.notices += 1;
    }
  }
  return summary;
}

export {
  isAtLeast,
  summarize
};
