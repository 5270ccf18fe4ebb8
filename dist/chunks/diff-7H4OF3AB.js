import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import "./chunk-3NTWQZSC.js";

// src/fixes/diff.ts
var CONTEXT = 3;
var NO_NEWLINE = "\\ No newline at end of file";
function linesOf(text) {
  if (text === "") return { lines: [], open: false };
  const lines = text.split("\n");
  const open = lines.at(-1) !== "";
  if (!open) lines.pop();
  return { lines, open };
}
function labels(file) {
  return /^(?:\/|[a-zA-Z]:[\\/]|<)/.test(file) ? [file, file] : [`a/${file}`, `b/${file}`];
}
function line(prefix, source, index) {
  const text = `${prefix}${source.lines[index]}`;
  return source.open && index === source.lines.length - 1 ? [text, NO_NEWLINE] : [text];
}
function range(start, count) {
  return `${count === 0 ? start : start + 1},${count}`;
}
function unifiedDiff(file, before, after) {
  if (before === after) return "";
  const old = linesOf(before);
  const fresh = linesOf(after);
  const [from, to] = labels(file);
  const out = [`--- ${from}`, `+++ ${to}`];
  if (old.lines.length !== fresh.lines.length || old.open !== fresh.open) {
    out.push(`@@ -${range(0, old.lines.length)} +${range(0, fresh.lines.length)} @@`);
    old.lines.forEach((_, index) => out.push(...line("-", old, index)));
    fresh.lines.forEach((_, index) => out.push(...line("+", fresh, index)));
    return `${out.join("\n")}
`;
  }
  const changed = old.lines.flatMap((text, index) => text === fresh.lines[index] ? [] : [index]);
  const hunks = [];
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
        out.push(...line(" ", old, index));
        index += 1;
        continue;
      }
      let stop = index;
      while (stop <= end && old.lines[stop] !== fresh.lines[stop]) stop += 1;
      for (let at = index; at < stop; at += 1) out.push(...line("-", old, at));
      for (let at = index; at < stop; at += 1) out.push(...line("+", fresh, at));
      index = stop;
    }
  }
  return `${out.join("\n")}
`;
}
export {
  unifiedDiff
};
