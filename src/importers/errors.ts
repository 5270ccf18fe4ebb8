import { describePlace, type SourcePlace } from './report.js';

/**
 * A file that cannot be imported (hostile, broken or too large), with the place that shows it.
 * The command turns it into one line on stderr and exit 2, and writes nothing.
 */
export class ImportError extends Error {
  constructor(
    readonly place: SourcePlace,
    readonly reason: string,
  ) {
    super(`${describePlace(place)}: ${reason}`);
  }
}

/** Keys that would reach an object's prototype if a reader ever used them as property names. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * Refuses a column heading or manifest key that names an object's prototype. The importers keep
 * every such name in a Map, so nothing would be polluted; a file that carries one is made to
 * attack a reader and is refused whole rather than partly imported.
 */
export function refusePrototypeKey(name: string, place: SourcePlace, what: string): void {
  if (PROTOTYPE_KEYS.has(name.trim())) throw new ImportError(place, `${what} "${name.trim()}" names an object prototype; the file is refused`);
}
