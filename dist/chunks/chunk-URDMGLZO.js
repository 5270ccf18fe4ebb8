import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  displayLine
} from "./chunk-AM75H7XY.js";

// src/formatters/code-frame.ts
function codeFrame(lines, range, context = 0) {
  const text = displayLine(lines.lineText(range.line));
  const caretStart = Math.min(range.column - 1, text.length);
  const end = range.endLine === range.line ? Math.min(range.endColumn - 1, text.length) : text.length;
  const around = (from, to) => {
    const result = [];
    for (let number = Math.max(1, from); number <= Math.min(lines.lineCount, to); number += 1) result.push({ number, text: displayLine(lines.lineText(number)) });
    return result;
  };
  return {
    line: { number: range.line, text },
    caretStart,
    caretLength: Math.max(1, end - caretStart),
    before: context > 0 ? around(range.line - context, range.line - 1) : [],
    after: context > 0 ? around(range.line + 1, range.line + context) : []
  };
}

export {
  codeFrame
};
