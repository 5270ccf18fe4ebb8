/**
 * The parser tests' yardstick: the complete reader (`yaml-document-source.ts`, the `yaml`
 * package's Document model) is the oracle the fast reader (`yaml-event-source.ts`) must agree
 * with, on the value and on every location.
 */
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import { parseYamlDocument } from '../../src/parser/yaml-document-source.js';
import { parseYamlEvents } from '../../src/parser/yaml-event-source.js';
import { type NodeLocation, type ParsedYaml, defaultParseLimits } from '../../src/parser/yaml-types.js';

export interface BothReaders {
  /** `undefined` when the fast reader handed the text over. */
  fast: ParsedYaml | undefined;
  /** Why the fast reader handed over, when it did. */
  handedOver: string | undefined;
  oracle: ParsedYaml;
}

export function readBoth(text: string): BothReaders {
  let handedOver: string | undefined;
  const fast = parseYamlEvents(text, defaultParseLimits, (why) => (handedOver = why));
  return { fast, handedOver, oracle: parseYamlDocument(text, defaultParseLimits) };
}

/**
 * Whether two locations are the same. The one allowance: the complete reader may run the end
 * of a block collection on over the comments and blank space after its last item (how far
 * depends on where its syntax tree hangs each comment), where the fast reader stops after the
 * last item's line. Both start at the same place and both cover more than one line or both
 * one, which is all the locator reads of a collection's span.
 */
export function sameLocation(text: string, fast: NodeLocation | undefined, oracle: NodeLocation | undefined): boolean {
  if (fast === undefined || oracle === undefined) return fast === oracle;
  if (fast.kind !== oracle.kind || fast.value.start !== oracle.value.start) return false;
  if (fast.key?.start !== oracle.key?.start || fast.key?.end !== oracle.key?.end) return false;
  if (fast.value.end === oracle.value.end) return true;
  const isBlockCollection = (fast.kind === 'map' || fast.kind === 'seq') && text[fast.value.start] !== '[' && text[fast.value.start] !== '{';
  if (!isBlockCollection || fast.value.end > oracle.value.end) return false;
  if (!/^(?:[ \t\r\n]|#[^\n]*)*$/.test(text.slice(fast.value.end, oracle.value.end))) return false;
  const multiLine = (location: NodeLocation) => {
    const newline = text.indexOf('\n', location.value.start);
    return newline !== -1 && newline < location.value.end;
  };
  return multiLine(fast) === multiLine(oracle);
}

/** The differences between the fast reader's result and the oracle's, in words (empty when they agree). */
export function differences(text: string, fast: ParsedYaml, oracle: ParsedYaml): string[] {
  const found: string[] = [];
  // Node's strict comparison: prototypes, own keys (`constructor` and `__proto__` included), -0, NaN.
  if (!isDeepStrictEqual(fast.value, oracle.value)) found.push(`value: ${JSON.stringify(fast.value)} but the oracle has ${JSON.stringify(oracle.value)}`);
  if (!isDeepStrictEqual(fast.problems, oracle.problems)) found.push(`problems: ${JSON.stringify(fast.problems)} but the oracle has ${JSON.stringify(oracle.problems)}`);
  // Looked up one by one first (the fast reader resolves pointers lazily), then listed whole.
  for (const [pointer, location] of oracle.locations) {
    const own = fast.locations.get(pointer);
    if (!sameLocation(text, own, location)) found.push(`${pointer}: ${JSON.stringify(own)} but the oracle has ${JSON.stringify(location)}`);
  }
  for (const pointer of ['/not-there', '/0/not-there', 'no-slash', '/', '//']) {
    if ((fast.locations.get(pointer) === undefined) !== (oracle.locations.get(pointer) === undefined)) found.push(`${pointer} is found by one reader only`);
  }
  const fastPointers = [...fast.locations.keys()];
  const oraclePointers = [...oracle.locations.keys()];
  if (fastPointers.join('\n') !== oraclePointers.join('\n')) found.push(`pointers listed: ${fastPointers.join(' ')} but the oracle has ${oraclePointers.join(' ')}`);
  for (const [pointer, location] of fast.locations) {
    if (!sameLocation(text, location, oracle.locations.get(pointer))) found.push(`${pointer} (listed): ${JSON.stringify(location)} but the oracle has ${JSON.stringify(oracle.locations.get(pointer))}`);
  }
  return found;
}

/** Asserts that the fast reader takes `text` and agrees with the oracle. */
export function expectFastAndSame(text: string): ParsedYaml {
  const { fast, handedOver, oracle } = readBoth(text);
  expect(handedOver, `the fast reader handed over: ${handedOver}`).toBeUndefined();
  expect(differences(text, fast!, oracle)).toEqual([]);
  return fast!;
}
