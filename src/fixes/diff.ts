/**
 * A unified diff of a fixed file, as `diff -u` and `git diff` print it, so that `--fix-dry-run`
 * can be read in a terminal and applied with `git apply` or `patch -p1`. A fix replaces one token
 * and never a line break, so the two texts have the same lines: each changed line is shown
 * against its old self, with three lines of context. Should the lines ever differ in number, the
 * diff replaces the whole file, which is still a correct patch.
 */

const CONTEXT = 3;
const NO_NEWLINE = '\\ No newline at end of file';

interface Lines {
  lines: string[];
  /** The file does not end with a line break. */
  open: boolean;
}

function linesOf(text: string): Lines {
  if (text === '') return { lines: [], open: false };
  const lines = text.split('\n');
  const open = lines.at(-1) !== '';
  if (!open) lines.pop();
  return { lines, open };
}

/** `a/file` and `b/file` for a path relative to the working directory, as git writes them; other names as they are. */
function labels(file: string): [string, string] {
  return /^(?:\/|[a-zA-Z]:[\\/]|<)/.test(file) ? [file, file] : [`a/${file}`, `b/${file}`];
}

/** A line of the diff, with the marker git adds after a last line that has no line break. */
function line(prefix: string, source: Lines, index: number): string[] {
  const text = `${prefix}${source.lines[index]!}`;
  return source.open && index === source.lines.length - 1 ? [text, NO_NEWLINE] : [text];
}

function range(start: number, count: number): string {
  return `${count === 0 ? start : start + 1},${count}`;
}

/** The unified diff turning `before` into `after`, or '' when they are the same. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const old = linesOf(before);
  const fresh = linesOf(after);
  const [from, to] = labels(file);
  const out = [`--- ${from}`, `+++ ${to}`];
  if (old.lines.length !== fresh.lines.length || old.open !== fresh.open) {
    out.push(`@@ -${range(0, old.lines.length)} +${range(0, fresh.lines.length)} @@`);
    old.lines.forEach((_, index) => out.push(...line('-', old, index)));
    fresh.lines.forEach((_, index) => out.push(...line('+', fresh, index)));
    return `${out.join('\n')}\n`;
  }
  const changed = old.lines.flatMap((text, index) => (text === fresh.lines[index] ? [] : [index]));
  // Changed lines whose context would touch or overlap share one hunk.
  const hunks: [number, number][] = [];
  for (const index of changed) {
    const last = hunks.at(-1);
    if (last && index - last[1] <= 2 * CONTEXT + 1) last[1] = index;
    else hunks.push([index, index]);
  }
  for (const [first, lastChanged] of hunks) {
    const start = Math.max(0, first - CONTEXT);
    const end = Math.min(old.lines.length - 1, lastChanged + CONTEXT);
    const count = end - start + 1;
    out.push(`@@ -${range(start, count)} +${range(start, count)} @@`);
    for (let index = start; index <= end; ) {
      if (old.lines[index] === fresh.lines[index]) {
        out.push(...line(' ', old, index));
        index += 1;
        continue;
      }
      // A run of changed lines: the old ones, then the new ones.
      let stop = index;
      while (stop <= end && old.lines[stop] !== fresh.lines[stop]) stop += 1;
      for (let at = index; at < stop; at += 1) out.push(...line('-', old, at));
      for (let at = index; at < stop; at += 1) out.push(...line('+', fresh, at));
      index = stop;
    }
  }
  return `${out.join('\n')}\n`;
}
