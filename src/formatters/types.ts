import type { RuleMeta } from '../core/rule.js';
import type { LintReport } from '../core/types.js';

export interface FormatContext {
  /** Metadata of every rule that may appear, for SARIF's rule table. */
  rules: readonly (RuleMeta & { docsUrl: string })[];
  /** ANSI colours in the stylish format. */
  color: boolean;
  version: string;
  /**
   * Where the markdown report's line links point: a base URL that file paths are appended to,
   * e.g. `https://github.com/owner/repo/blob/<sha>`. Without it, links are relative to the report.
   */
  linkBase?: string;
}

export type Formatter = (report: LintReport, context: FormatContext) => string;

/**
 * A formatter whose output comes in pieces, written one after the other: the json and sarif
 * reports of a large inventory run to many megabytes, which are never held whole.
 */
export type PieceFormatter = (report: LintReport, context: FormatContext) => Iterable<string>;
