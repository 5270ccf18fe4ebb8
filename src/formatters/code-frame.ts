/**
 * The code frame of a finding, shared by the formats that show one (stylish, html): the line
 * at fault as it will be displayed, and where the caret goes under the node.
 */
import type { LineIndex } from '../core/line-index.js';
import type { SourceRange } from '../core/locate.js';
import { displayLine } from './text.js';

export interface FrameLine {
  /** 1-based line number. */
  number: number;
  /** The line as displayed: tabs and control characters become single spaces so carets line up. */
  text: string;
}

export interface CodeFrame {
  /** The line at fault. */
  line: FrameLine;
  /** 0-based display column where the caret starts, and how many characters it underlines (at least 1). */
  caretStart: number;
  caretLength: number;
  /** Up to `context` lines before and after the line at fault. */
  before: FrameLine[];
  after: FrameLine[];
}

/** The frame of a range: a multi-line range is underlined to the end of its first line. */
export function codeFrame(lines: LineIndex, range: SourceRange, context = 0): CodeFrame {
  const text = displayLine(lines.lineText(range.line));
  const caretStart = Math.min(range.column - 1, text.length);
  const end = range.endLine === range.line ? Math.min(range.endColumn - 1, text.length) : text.length;
  const around = (from: number, to: number): FrameLine[] => {
    const result: FrameLine[] = [];
    for (let number = Math.max(1, from); number <= Math.min(lines.lineCount, to); number += 1) result.push({ number, text: displayLine(lines.lineText(number)) });
    return result;
  };
  return {
    line: { number: range.line, text },
    caretStart,
    caretLength: Math.max(1, end - caretStart),
    before: context > 0 ? around(range.line - context, range.line - 1) : [],
    after: context > 0 ? around(range.line + 1, range.line + context) : [],
  };
}
