import { distance } from 'fastest-levenshtein';

/**
 * The first candidate at the least edit distance from `input`. A candidate whose length differs
 * from it by at least the best distance so far cannot be nearer and is not measured: a record
 * naming a few unknown ids among 50,000 defined ones measured every one for each.
 */
function closest(input: string, candidates: readonly string[]): string {
  let best = 0;
  let least = Infinity;
  for (let index = 0; index < candidates.length; index += 1) {
    const candidate = candidates[index]!;
    if (Math.abs(candidate.length - input.length) >= least) continue;
    const measured = distance(input, candidate);
    if (measured < least) {
      least = measured;
      best = index;
    }
  }
  return candidates[best]!;
}

/** The candidate closest to `input`, when it is close enough to be a likely typo. */
export function suggestClosest(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || input.length === 0) return undefined;
  const best = closest(input, candidates);
  const limit = Math.max(2, Math.floor(best.length / 3));
  return distance(input.toLowerCase(), best.toLowerCase()) <= limit ? best : undefined;
}
