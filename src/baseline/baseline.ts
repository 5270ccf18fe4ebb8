/**
 * The baseline (SPEC §7): the findings a team accepted when it adopted ropa-lint, so that a run
 * reports only what is not in it. A finding is identified by its fingerprint: rule, file and the
 * id-based path of its element (`stablePath`), never a line, so a baselined finding that moves
 * lines stays baselined, and one that moves to another file or element is new.
 *
 * Pure functions over findings; reading and writing the file is file.ts and read.ts. Each run is
 * one pass over the findings and one over the baseline, with a Map between: linear in both.
 */
import { compareStrings } from '../core/order.js';
import type { FileReport, Finding, LintReport } from '../core/types.js';
import { summarize } from '../core/types.js';

export type { BaselineSummary } from '../core/types.js';

/** One fingerprint of the baseline and how many findings carry it. */
export interface BaselineEntry {
  rule: string;
  /** The file, relative to the baseline file's folder, with forward slashes. */
  file: string;
  /** The finding's `stablePath`: a JSON Pointer with list indexes replaced by the items' ids. */
  path: string;
  /** How many findings of this run carry the fingerprint: 1 or more. */
  count: number;
}

export interface Baseline {
  entries: readonly BaselineEntry[];
}

/** What a baseline does to the findings of one run. */
export interface BaselineSplit {
  /** Findings not in the baseline: the ones to report. */
  kept: Finding[];
  /** Findings the baseline covers. */
  baselined: Finding[];
  /** Baselined findings of the files this run speaks for that no longer occur. */
  fixed: number;
}

/**
 * Where the fingerprints of a run live: `fileOf` turns a finding's file into the baseline's
 * notation, and `covers` says whether this run speaks for a file of the baseline (it checked the
 * file, or the file is gone). Entries of other files are neither matched nor fixed: a run on one
 * inventory says nothing about the findings of another.
 */
export interface BaselineScope {
  fileOf(file: string): string;
  covers(file: string): boolean;
}

const SAME_FILE: BaselineScope = { fileOf: (file) => file, covers: () => true };

/** The fingerprint as one string; NUL cannot occur in a rule id or a path. */
export function fingerprintKey(rule: string, file: string, path: string): string {
  return `${rule}\u0000${file}\u0000${path}`;
}

/**
 * Splits findings into the ones to report and the ones the baseline covers. Several findings with
 * one fingerprint are counted: a baseline with one of them and a run with two keeps one, the later
 * in report order (the first is taken to be the one that was baselined).
 */
export function splitFindings(findings: Iterable<Finding>, baseline: Baseline, scope: BaselineScope = SAME_FILE): BaselineSplit {
  const left = new Map<string, number>();
  for (const entry of baseline.entries) {
    if (!scope.covers(entry.file)) continue;
    const key = fingerprintKey(entry.rule, entry.file, entry.path);
    left.set(key, (left.get(key) ?? 0) + entry.count);
  }
  const kept: Finding[] = [];
  const baselined: Finding[] = [];
  for (const finding of findings) {
    const key = fingerprintKey(finding.ruleId, scope.fileOf(finding.file), finding.stablePath);
    const count = left.get(key) ?? 0;
    if (count > 0) {
      left.set(key, count - 1);
      baselined.push(finding);
    } else {
      kept.push(finding);
    }
  }
  let fixed = 0;
  for (const count of left.values()) fixed += count;
  return { kept, baselined, fixed };
}

/**
 * The report with the baselined findings moved out of `findings` into `baselined` (for SARIF,
 * which keeps them as externally suppressed results), the summary counting only what is left,
 * and `baseline` saying how many were baselined and how many of the baseline are fixed.
 */
export function applyBaseline(report: LintReport, baseline: Baseline, file: string, scope: BaselineScope = SAME_FILE): LintReport {
  // One split over the whole run: a fingerprint's count is shared by every finding that has it.
  const { kept, baselined, fixed } = splitFindings(
    report.files.flatMap((entry) => entry.findings),
    baseline,
    scope,
  );
  const isKept = new Set(kept);
  const files: FileReport[] = report.files.map((entry) => {
    const own = entry.findings.filter((finding) => isKept.has(finding));
    return { ...entry, findings: own, baselined: entry.findings.filter((finding) => !isKept.has(finding)) };
  });
  return { ...report, files, summary: summarize(files), baseline: { file, baselined: baselined.length, fixed } };
}

/**
 * The baseline of this run's findings: the entries of the files the run speaks for are replaced
 * by today's findings, the others are kept as they were. Sorted by file, path and rule, so that
 * the file diffs well.
 */
export function baselineOf(findings: Iterable<Finding>, previous: Baseline | undefined, scope: BaselineScope = SAME_FILE): Baseline {
  const counts = new Map<string, BaselineEntry>();
  const add = (rule: string, file: string, path: string, count: number) => {
    const key = fingerprintKey(rule, file, path);
    const entry = counts.get(key);
    if (entry) entry.count += count;
    else counts.set(key, { rule, file, path, count });
  };
  for (const entry of previous?.entries ?? []) if (!scope.covers(entry.file)) add(entry.rule, entry.file, entry.path, entry.count);
  for (const finding of findings) add(finding.ruleId, scope.fileOf(finding.file), finding.stablePath, 1);
  return { entries: sortEntries([...counts.values()]) };
}

export function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  return entries.sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.path, b.path) || compareStrings(a.rule, b.rule));
}

/** How many findings a baseline holds (each entry counts its `count`). */
export function findingCount(baseline: Baseline): number {
  return baseline.entries.reduce((sum, entry) => sum + entry.count, 0);
}
