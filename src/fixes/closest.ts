/**
 * When a misspelt key or value may be fixed without asking: the schema rule's suggestion
 * (src/core/suggest.ts, the "did you mean" of its help line), and only when it is the one value
 * the text can stand for. Two tests on top of the suggestion keep a fix from changing what the
 * record says:
 * - nothing else is as close: `bcc` is as near `scc` as `bcr`, so it is left to the person;
 * - the text is one slip from the suggestion (a letter added, left out, changed, or two swapped),
 *   once case and `_`, `-` and spaces are set aside. Two edits are how words turn into their
 *   opposites (`implicit` and `explicit`, `inexplicit`): the help line still suggests those, a fix
 *   does not make them.
 */
import { distance } from 'fastest-levenshtein';
import { suggestClosest } from '../core/suggest.js';

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, '-');
}

/** Optimal string alignment distance: Levenshtein with a swap of two neighbours counted as one edit. */
export function slipDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The one candidate `given` is a slip of, or undefined: when the schema rule would suggest none,
 * when another candidate is as close, or when it is more than one slip away.
 */
export function fixableClosest(given: string, candidates: readonly string[]): string | undefined {
  const suggestion = suggestClosest(given, candidates);
  if (suggestion === undefined) return undefined;
  const lower = given.toLowerCase();
  const far = distance(lower, suggestion.toLowerCase());
  const shape = normalise(given);
  for (const candidate of candidates) {
    if (candidate === suggestion) continue;
    // Both distances are at least the difference in length: most candidates are ruled out by it alone.
    const lowered = candidate.toLowerCase();
    if (Math.abs(lowered.length - lower.length) <= far && distance(lower, lowered) <= far) return undefined;
    const other = normalise(candidate);
    if (Math.abs(other.length - shape.length) <= 1 && slipDistance(shape, other) <= 1) return undefined;
  }
  return slipDistance(shape, normalise(suggestion)) <= 1 ? suggestion : undefined;
}
