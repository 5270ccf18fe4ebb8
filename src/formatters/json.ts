import type { Finding, LintReport, SuppressedFinding } from '../core/types.js';
import { jsonPieces, LazyArray } from './json-chunks.js';
import type { Formatter, PieceFormatter } from './types.js';

function* findingsOf(report: LintReport): Generator<object> {
  for (const file of report.files) for (const finding of file.findings) yield toJsonFinding(finding);
}

function* suppressedOf(report: LintReport): Generator<object> {
  for (const file of report.files) for (const finding of file.suppressed) yield toJsonSuppressed(finding);
}

function toJsonFinding(finding: Finding): object {
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
    ...(finding.isNew === undefined ? {} : { isNew: finding.isNew }),
  };
}

function toJsonSuppressed(finding: SuppressedFinding): object {
  return {
    ruleId: finding.ruleId,
    message: finding.message,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    pointer: finding.pointer,
    reason: finding.reason,
    until: finding.until,
  };
}

/**
 * SPEC §5: findings with exactly the documented keys, and the summary. With a base (`--base`),
 * each finding also says whether it is new since the base (`isNew`), and `base` names the ref.
 * With a baseline (`--baseline`), `findings` and `summary` leave its findings out, and `baseline`
 * says how many it covered and how many of it are fixed.
 * Written in pieces: a report of many thousand findings is never one string in memory.
 */
export const formatJsonPieces: PieceFormatter = (report) =>
  jsonPieces({
    findings: new LazyArray(findingsOf(report)),
    summary: report.summary,
    suppressed: new LazyArray(suppressedOf(report)),
    ...(report.base === undefined ? {} : { base: report.base }),
    ...(report.baseline === undefined ? {} : { baseline: report.baseline }),
  });

export const formatJson: Formatter = (report, context) => [...formatJsonPieces(report, context)].join('');
