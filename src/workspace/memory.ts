/**
 * Memory of a large run. V8's defaults suit a long-lived server; a check is one parse of a few
 * megabytes followed by the rules. On a 3.4 MB inventory of 10,000 purposes, two of those
 * defaults took the peak from 117 to 179 MB (issue 9's note has the measurements):
 *
 * - The young generation doubles up to 16 MB per semi-space while a parse runs. Most of what a
 *   parse allocates lives to its end, so a large young generation only copies it more before it
 *   is promoted anyway. Kept at its starting size, the peak fell by 25 MB for 5–10 % more time.
 * - js-yaml's event list (a quarter of a million objects, 26 MB) lives through the whole parse,
 *   so it reaches the old generation, whose limit V8 raises to match. Once the list is dead, V8
 *   would not collect it again before the run ends: every allocation of the rules and reports
 *   grew the heap on top of it. One full collection right after the parse (about 40 ms) returns
 *   that space first.
 *
 * Runs on less text than WORTH_TUNING keep the defaults: there is little to gain, and a
 * collection would only slow the start.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ParseObserver } from '../core/compare.js';

/**
 * About 750 purposes. At 2,000 purposes (0.7 MB) the tuning took the peak from 100 to 71 MB at
 * no cost in time; below this, the start of the process is most of the run.
 */
const WORTH_TUNING = 256 * 1024;

let collect: (() => void) | undefined;

/** Before the parse of `characters` of YAML text. */
function prepareForParsing(characters: number): void {
  if (characters >= WORTH_TUNING) v8.setFlagsFromString('--semi-space-growth-factor=1');
}

/** After the parse, before the rules. */
function releaseParserGarbage(characters: number): void {
  if (characters < WORTH_TUNING) return;
  if (collect === undefined) {
    // Node offers no collection without --expose-gc; the flag applies to contexts made after it.
    v8.setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}

/** For `RunOptions.parsing`: the two steps around the parse of a run. */
export const parserMemory: ParseObserver = { before: prepareForParsing, after: releaseParserGarbage };
