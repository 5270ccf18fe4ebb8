import type { Formatter } from './types.js';

/**
 * SPEC §5: findings with exactly the documented keys, and the summary. With a base (`--base`),
 * each finding also says whether it is new since the base (`isNew`), and `base` names the ref.
 */
export const formatJson: Formatter = (report) => {
  const findings = report.files.flatMap((file) =>
    file.findings.map((finding) => ({
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
      ...(finding.isNew === undefined ? {} : { isNew: finding.isNew }),
    })),
  );
  const suppressed = report.files.flatMap((file) =>
    file.suppressed.map((finding) => ({
      ruleId: finding.ruleId,
      message: finding.message,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      pointer: finding.pointer,
      reason: finding.reason,
      until: finding.until,
    })),
  );
  return `${JSON.stringify({ findings, summary: report.summary, suppressed, ...(report.base === undefined ? {} : { base: report.base }) }, null, 2)}\n`;
};
