/**
 * `--fix` and `--fix-dry-run`: the fixes of a run applied to each file's text, the text linted
 * again, and so on until nothing more can be fixed or a bounded number of passes is reached (a
 * fixed key can reveal a misspelt value under it). Everything happens in memory; the caller then
 * writes the files (`writeFixedFiles`) or prints a diff (`unifiedDiff`). Findings suppressed in
 * place are not fixed: the record says they are to stay as they are.
 */
import { lintSource, type LintOptions } from '../core/engine.js';
import type { FileReport } from '../core/types.js';
import { applyFixes } from './apply.js';

/** Passes over one file at most: each pass fixes what the last one revealed; more would mean fixes that undo each other. */
export const MAX_PASSES = 10;

export interface FixedFile {
  /** The file as the report names it. */
  file: string;
  /** The text the run checked (without a byte-order mark), and the text with the fixes. */
  before: string;
  after: string;
  /** How many findings the fixes resolved, over every pass. */
  fixed: number;
}

/**
 * The files of a run that fixes change, with their new text. `options` are the engine's options
 * for the passes after the first (the rules and their settings): the fixes come from the
 * findings, which do not depend on notices or documents.
 */
export function fixFiles(files: readonly FileReport[], options: LintOptions): FixedFile[] {
  const out: FixedFile[] = [];
  for (const report of files) {
    let text = report.source;
    let findings = report.findings;
    let fixed = 0;
    for (let pass = 0; pass < MAX_PASSES; pass += 1) {
      const applied = applyFixes(text, findings);
      if (applied.fixed.length === 0 || applied.text === text) break;
      text = applied.text;
      fixed += applied.fixed.length;
      findings = lintSource(text, report.file, options).findings;
    }
    if (text !== report.source) out.push({ file: report.file, before: report.source, after: text, fixed });
  }
  return out;
}
