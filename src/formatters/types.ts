import type { RuleMeta } from '../core/rule.js';
import type { LintReport } from '../core/types.js';

export interface FormatContext {
  /** Metadata of every rule that may appear, for SARIF's rule table. */
  rules: readonly (RuleMeta & { docsUrl: string })[];
  /** ANSI colours in the stylish format. */
  color: boolean;
  version: string;
}

export type Formatter = (report: LintReport, context: FormatContext) => string;
