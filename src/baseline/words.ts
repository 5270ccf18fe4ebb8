/** What every format says about a baseline, in the same words; `name` quotes the file name for the format. */
import type { BaselineSummary } from '../core/types.js';

export function baselineWords(summary: BaselineSummary, name: (file: string) => string = (file) => file): string[] {
  const words = [`${summary.baselined} in the baseline ${name(summary.file)}`];
  if (summary.fixed > 0) words.push(`${summary.fixed} baselined ${summary.fixed === 1 ? 'finding is' : 'findings are'} fixed: --write-baseline drops ${summary.fixed === 1 ? 'it' : 'them'}`);
  return words;
}
