import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import type { Finding, LintReport, Severity } from '../core/types.js';
import { jsonPieces, LazyArray } from './json-chunks.js';
import { stripControlCharacters } from './text.js';
import type { Formatter, PieceFormatter } from './types.js';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', notice: 'note' };

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function toUriReference(file: string): string {
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * Identifies a finding by rule, file and the id-based path of its node, not by line: code
 * scanning then follows it when lines above it change or items are reordered.
 */
function fingerprint(finding: Finding): string {
  return createHash('sha256').update(`${finding.ruleId}\u0000${finding.file}\u0000${finding.stablePath}\u0000${finding.message}`).digest('hex').slice(0, 32);
}

function toResult(finding: Finding, ruleIndex: number, suppression?: { reason: string }): Sarif.Result {
  const result: Sarif.Result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: stripControlCharacters(`${finding.message}. ${finding.help}`) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUriReference(finding.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
        },
      },
    ],
    partialFingerprints: { 'ropaLintFinding/v1': fingerprint(finding) },
    properties: { pointer: finding.pointer, ...(finding.reference ? { reference: finding.reference } : {}) },
  };
  // With a base: whether the base had this finding already (same rule, file and id-based path).
  if (finding.isNew !== undefined) result.baselineState = finding.isNew ? 'new' : 'unchanged';
  if (suppression) result.suppressions = [{ kind: 'inSource', justification: stripControlCharacters(suppression.reason) }];
  return result;
}

function* resultsOf(report: LintReport, index: ReadonlyMap<string, number>): Generator<Sarif.Result> {
  for (const file of report.files) {
    for (const finding of file.findings) yield toResult(finding, index.get(finding.ruleId) ?? -1);
    for (const finding of file.suppressed) yield toResult(finding, index.get(finding.ruleId) ?? -1, finding);
  }
}

/** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers, in pieces (see json-chunks.ts). */
export const formatSarifPieces: PieceFormatter = (report, context) => {
  const reportedRules = new Set(report.files.flatMap((file) => [...file.findings, ...file.suppressed].map((finding) => finding.ruleId)));
  const rules = [...context.rules].filter((rule) => !rule.comparison || reportedRules.has(rule.id));
  const index = new Map(rules.map((rule, position) => [rule.id, position]));
  // The results are written one by one as the log is: the type holds them as an array.
  const results = new LazyArray(resultsOf(report, index)) as unknown as Sarif.Result[];
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ropa-lint',
            version: context.version,
            semanticVersion: context.version,
            informationUri: 'https://github.com/ropa-lint/ropa-lint',
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z0-9])/g, (_whole, _dash, letter: string) => letter.toUpperCase()),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.reference ? `${rule.description} (${rule.reference})` : rule.description },
              help: {
                text: `${rule.description}${rule.reference ? ` Legal reference: ${rule.reference}.` : ''} See ${rule.docsUrl}`,
                markdown: `${rule.description}${rule.reference ? `\n\n**Legal reference:** ${rule.reference}` : ''}\n\n[Documentation](${rule.docsUrl})`,
              },
              helpUri: rule.docsUrl,
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { tags: ['privacy', 'gdpr', ...(rule.aiOnly ? ['ai-training'] : [])], precision: 'very-high' },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The folder ropa-lint ran in (the repository root in CI).' } } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return jsonPieces(log);
};

/** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. */
export const formatSarif: Formatter = (report, context) => [...formatSarifPieces(report, context)].join('');
