import type { FlowChange } from '../datamap/diff-flows.js';
import type { SourceRange } from './locate.js';

export type Severity = 'error' | 'warning' | 'notice';
export type RuleSetting = Severity | 'off';
export type FailOn = Severity | 'never';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

const SEVERITY_RANK: Record<Severity, number> = { notice: 1, warning: 2, error: 3 };

export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

export function isAtLeast(severity: Severity, threshold: FailOn): boolean {
  return threshold !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

/** One problem found in one file, ready for every output format. */
export interface Finding extends SourceRange {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The legal reference (article, recital, guideline), or null for structural rules. */
  reference: string | null;
  help: string;
  file: string;
  /** JSON Pointer into the document, e.g. `/processing_activities/0/purposes/1/lawful_basis`. */
  pointer: string;
  /** The pointer with list indexes replaced by ids where items have one: stable when items move. */
  stablePath: string;
  docsUrl: string;
  /** Set only when a base was given: true when the base did not have this finding (same rule, file and `stablePath`). */
  isNew?: boolean;
  /** The one safe edit that fixes this finding, when there is one (`ropa-lint --fix`, SARIF `fixes`, review suggestions). */
  fix?: Fix;
}

/**
 * A replacement of one token of the source: `start` and `end` are offsets into the file's source
 * (as `FileReport.source`, without a byte-order mark), and the range is where they are.
 */
export interface TextEdit extends SourceRange {
  start: number;
  end: number;
  text: string;
}

/** A fix: what it does in words ("rename `lawfull_basis` to `lawful_basis`") and its edits, in order, none overlapping. */
export interface Fix {
  description: string;
  edits: TextEdit[];
}

/** A finding that an `x-ropa-lint-ignore` entry suppressed, with the reason given. */
export interface SuppressedFinding extends Finding {
  reason: string;
  until: string | null;
}

export interface FileReport {
  /** The path as given or found, relative to the working directory where possible. */
  file: string;
  /** The source text (without a byte-order mark), for code frames. */
  source: string;
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** With a baseline (`--baseline`): the findings it covers, left out of `findings`. */
  baselined?: Finding[];
}

export interface Summary {
  errors: number;
  warnings: number;
  notices: number;
  files: number;
}

export interface LintReport {
  files: FileReport[];
  summary: Summary;
  /** The base the run was compared with (`--base`), when one was given. */
  base?: string;
  /** The baseline the run was filtered by (`--baseline`, SPEC §7), when one was given. */
  baseline?: BaselineSummary;
  /** With a base: the inventories whose data flows the change alters (none listed: no flow changed). */
  flows?: FlowChange[];
  /** With `--quiet`: the warnings and notices left out of `files` and `summary`, so no report calls the record clean. */
  hidden?: { warnings: number; notices: number };
}

/** What a baseline did to a run: `summary` and `findings` count only what it did not cover. */
export interface BaselineSummary {
  /** The baseline file as the user named it. */
  file: string;
  /** Findings of this run that the baseline covers, left out of the report's findings. */
  baselined: number;
  /** Baselined findings that no longer occur: `--write-baseline` drops them from the file. */
  fixed: number;
}

export function summarize(files: FileReport[]): Summary {
  const summary: Summary = { errors: 0, warnings: 0, notices: 0, files: files.length };
  for (const file of files) {
    for (const finding of file.findings) {
      if (finding.severity === 'error') summary.errors += 1;
      else if (finding.severity === 'warning') summary.warnings += 1;
      else summary.notices += 1;
    }
  }
  return summary;
}
