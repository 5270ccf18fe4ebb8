import { lintSource } from '../../src/core/engine.js';
import type { LintReport } from '../../src/core/types.js';
import { summarize } from '../../src/core/types.js';
import type { FormatContext } from '../../src/formatters/types.js';
import type { Rule } from '../../src/core/rule.js';
import { rules, rulesById } from '../../src/rules/index.js';

/** Lints the given files; formatter tests use the schema rule alone so that their findings stay put. */
export function reportOf(files: Record<string, string>, only: readonly Rule[] = [rulesById.get('schema')!]): LintReport {
  const reports = Object.entries(files).map(([file, text]) => lintSource(text, file, { rules: only, knownRuleIds: [...rulesById.keys()] }));
  return { files: reports, summary: summarize(reports) };
}

export const plainContext: FormatContext = { rules: rules.map((rule) => rule.meta), color: false, version: '0.0.0-test' };
