/**
 * V8 settings for the two programs that start, check and exit: the CLI (`src/cli.ts`) and the
 * Action (`src/index.ts`). The library (`src/api.ts`) sets nothing: it runs in its caller's process.
 * Both settings trade code that would pay back only in a long-running process for a sooner answer.
 */
import v8 from 'node:v8';

export function tuneForShortLivedProcess(): void {
  // V8 first interprets a regular expression and compiles it to machine code once it turns hot.
  // A run executes most of marked's expressions a few times only, so each was translated twice;
  // compiling at once cut the first lex of a notice from 42 ms to 17 ms (see issue 9's note).
  v8.setFlagsFromString('--no-regexp-tier-up');
  // V8's optimizing compiler recompiles each hot function with the hot functions it calls copied
  // into it, so a deep call chain (a finding's location: toFinding, locate, get, find, descend) is
  // compiled once per level. In a run of half a second that work never pays back: on a 2-core runner
  // it took 0.25 s of CPU from the check and its garbage collection. Without it a 10,000-purpose check
  // takes 15 % less time on Node 20 and 6 % less on Node 24, and no size measured got slower
  // (issue 17's note, `npm run bench`).
  v8.setFlagsFromString('--no-turbo-inlining');
}
