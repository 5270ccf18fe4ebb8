/**
 * What the comparison rules (SPEC §4) share: how a base value is shown in a message, and where
 * the base purpose was when it moved.
 */
import type { PurposePair } from '../../core/compare.js';

/** A value as a message shows it: `opt-in`, `true`, or `not set` when the field is absent. */
export function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'not set';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * `at base`, and where the purpose was when that is not where it is now: another file
 * (`at base (in other.ropa.yaml)`) or another activity (`at base (under activity \`chat\`)`).
 */
export function atBase(pair: PurposePair, headFile: string): string {
  const places: string[] = [];
  if (pair.baseFile !== undefined && pair.baseFile !== headFile) places.push(`in ${pair.baseFile}`);
  const before = pair.base?.activity.value.id;
  if (before !== undefined && before !== pair.head.activity.value.id) places.push(`under activity \`${shown(before)}\``);
  return places.length === 0 ? 'at base' : `at base (${places.join(', ')})`;
}
