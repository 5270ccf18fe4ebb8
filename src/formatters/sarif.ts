import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import type { Finding, Fix, LintReport, Severity } from '../core/types.js';
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

/** Why a result is reported but suppressed: an ignore entry in the inventory, or the baseline file. */
type Suppression = { kind: 'inSource'; reason: string } | { kind: 'external'; baseline: string };

/**
 * The category code scanning files the results under: the part of the id before its last slash.
 * Fixed, so that every upload of ropa-lint's one run replaces the last one of the same category
 * (code scanning rejects several runs of one category in an upload).
 */
export const AUTOMATION_ID = 'ropa-lint/';

function toResult(finding: Finding, ruleIndex: number, baseline: boolean, suppression?: Suppression): Sarif.Result {
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
  // With a baseline file and no base: whether the baseline covers it.
  if (suppression?.kind === 'external') result.baselineState = 'unchanged';
  else if (finding.isNew !== undefined) result.baselineState = finding.isNew ? 'new' : 'unchanged';
  else if (baseline) result.baselineState = 'new';
  if (suppression?.kind === 'inSource') result.suppressions = [{ kind: 'inSource', justification: stripControlCharacters(suppression.reason) }];
  // A baselined finding is still there: code scanning keeps its alert, closed as accepted, rather
  // than closing it as fixed, which it would do if the result were left out.
  if (suppression?.kind === 'external') result.suppressions = [{ kind: 'external', status: 'accepted', justification: stripControlCharacters(`In the baseline ${suppression.baseline}`) }];
  // The safe fix (`ropa-lint --fix`), unless an ignore in the record says to leave the finding as it is.
  if (finding.fix && suppression?.kind !== 'inSource') result.fixes = [toSarifFix(finding.file, finding.fix)];
  return result;
}

/** A fix as SARIF's: each edit replaces its region of the file (lines and columns as the result's) with its text. */
function toSarifFix(file: string, fix: Fix): Sarif.Fix {
  return {
    description: { text: stripControlCharacters(fix.description) },
    artifactChanges: [
      {
        artifactLocation: { uri: toUriReference(file), uriBaseId: '%SRCROOT%' },
        replacements: fix.edits.map((edit) => ({
          deletedRegion: { startLine: edit.line, startColumn: edit.column, endLine: edit.endLine, endColumn: edit.endColumn },
          insertedContent: { text: edit.text },
        })),
      },
    ],
  };
}

function* resultsOf(report: LintReport, index: ReadonlyMap<string, number>): Generator<Sarif.Result> {
  const baseline = report.baseline?.file;
  for (const file of report.files) {
    for (const finding of file.findings) yield toResult(finding, index.get(finding.ruleId) ?? -1, baseline !== undefined);
    for (const finding of file.baselined ?? []) yield toResult(finding, index.get(finding.ruleId) ?? -1, true, { kind: 'external', baseline: baseline ?? '' });
    for (const finding of file.suppressed) yield toResult(finding, index.get(finding.ruleId) ?? -1, false, { kind: 'inSource', reason: finding.reason });
  }
}

/** A rule's name for people, `ConsentNotOptIn`; none where it would only repeat the id (SARIF1001: `schema`). */
function nameOf(id: string): { name?: string } {
  const name = id.replace(/(^|-)([a-z0-9])/g, (_whole, _dash, letter: string) => letter.toUpperCase());
  return name.toLowerCase() === id.toLowerCase() ? {} : { name };
}

/** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers, in pieces (see json-chunks.ts). */
export const formatSarifPieces: PieceFormatter = (report, context) => {
  const reportedRules = new Set(report.files.flatMap((file) => [...file.findings, ...(file.baselined ?? []), ...file.suppressed].map((finding) => finding.ruleId)));
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
              ...nameOf(rule.id),
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
        automationDetails: { id: AUTOMATION_ID },
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
