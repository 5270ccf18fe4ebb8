import { lintSource } from '../../src/core/engine.js';
import type { LintReport } from '../../src/core/types.js';
import { summarize } from '../../src/core/types.js';
import type { FormatContext } from '../../src/formatters/types.js';
import { rules } from '../../src/rules/index.js';

export function reportOf(files: Record<string, string>): LintReport {
  const reports = Object.entries(files).map(([file, text]) => lintSource(text, file));
  return { files: reports, summary: summarize(reports) };
}

export const plainContext: FormatContext = { rules: rules.map((rule) => rule.meta), color: false, version: '0.0.0-test' };
