/**
 * A run with a baseline, the same for the CLI and the Action: read the file, optionally replace
 * the entries of the files this run checked with today's findings, and filter the report by it.
 * Writing the new file is the caller's (the CLI writes it atomically; the Action never writes).
 */
import type { LintReport } from '../core/types.js';
import { UsageError } from '../workspace/usage-error.js';
import { applyBaseline, baselineOf, findingCount } from './baseline.js';
import { serializeBaseline } from './file.js';
import { type BaselineLocation, readBaseline, scopeOf } from './read.js';

export interface BaselineOptions {
  location: BaselineLocation;
  /** The folder the report's file names are relative to. */
  cwd: string;
  /** Largest baseline file read, in bytes. */
  maxBytes: number;
  /** Record today's findings (`--write-baseline`) instead of only reading the file. */
  write?: boolean;
  /** Files outside this folder are never looked for on disk (the Action's workspace). */
  root?: string;
}

export interface BaselineResult {
  report: LintReport;
  /** With `write`: the new file's text and how many findings it holds. */
  written?: { text: string; findings: number };
}

export function useBaseline(report: LintReport, options: BaselineOptions): BaselineResult {
  const { location } = options;
  const previous = readBaseline(location, options.maxBytes);
  if (previous === undefined && !options.write) {
    throw new UsageError(`baseline file not found: ${location.shown}; record today's findings in it first: npx ropa-lint --baseline ${location.shown} --write-baseline`);
  }
  const scope = scopeOf(location, options.cwd, report.files.map((file) => file.file), options.root);
  if (!options.write) return { report: applyBaseline(report, previous!, location.shown, scope) };
  const baseline = baselineOf(
    report.files.flatMap((file) => file.findings),
    previous,
    scope,
  );
  return { report: applyBaseline(report, baseline, location.shown, scope), written: { text: serializeBaseline(baseline), findings: findingCount(baseline) } };
}

export { applyBaseline, type Baseline, type BaselineEntry, baselineOf, splitFindings } from './baseline.js';
export { parseBaseline, serializeBaseline } from './file.js';
export { locateBaseline, locateConfinedBaseline } from './read.js';
