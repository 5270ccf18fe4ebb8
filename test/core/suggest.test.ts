/**
 * suggestClosest skips candidates that cannot be nearer than the best so far (their length alone
 * differs by more). It must give exactly what measuring every candidate gives, ties included:
 * the first candidate at the least distance.
 */
import fc from 'fast-check';
import { closest, distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { suggestClosest } from '../../src/core/suggest.js';

function measuringEvery(input: string, candidates: string[]): string | undefined {
  if (candidates.length === 0 || input.length === 0) return undefined;
  const best = closest(input, candidates);
  return distance(input.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

describe('suggestClosest', () => {
  it('suggests the near id and nothing for a far one', () => {
    expect(suggestClosest('purpose-12', ['purpose-120', 'purpose-1', 'purpose-13'])).toBe('purpose-120');
    expect(suggestClosest('lawfull_basis', ['lawful_basis', 'legitimate_interests'])).toBe('lawful_basis');
    expect(suggestClosest('zzz', ['lawful_basis'])).toBeUndefined();
  });

  it('equals measuring every candidate (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', 'A', '1'), maxLength: 9 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 30 }), (input, candidates) => {
        expect(suggestClosest(input, candidates)).toBe(measuringEvery(input, candidates));
      }),
      { numRuns: 3000 },
    );
  });
});
