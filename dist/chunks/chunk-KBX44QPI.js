import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);

// src/core/line-index.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
      this.#lineStarts.push(i + 1);
    }
  }
  text;
  #lineStarts = [0];
  get lineCount() {
    return this.#lineStarts.length;
  }
  position(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const index = this.lineIndexOf(clamped);
    return { line: index + 1, column: clamped - this.#lineStarts[index] + 1 };
  }
  /** The 0-based line of an offset within the text. */
  lineIndexOf(offset) {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >>> 1;
      if (this.#lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
  /**
   * The range from `start` to `end` (clamped to the text, `end` never before `start`), as one
   * object: findings are made by the thousand, each with a range.
   */
  range(start, end) {
    const from = Math.max(0, Math.min(start, this.text.length));
    const to = Math.max(0, Math.min(Math.max(start, end), this.text.length));
    const line = this.lineIndexOf(from);
    const next = this.#lineStarts[line + 1];
    const endLine = next === void 0 || to < next ? line : this.lineIndexOf(to);
    return { line: line + 1, column: from - this.#lineStarts[line] + 1, endLine: endLine + 1, endColumn: to - this.#lineStarts[endLine] + 1 };
  }
  /** The text of a 1-based line without its line break. */
  lineText(line) {
    const start = this.#lineStarts[line - 1];
    if (start === void 0) return "";
    const next = this.#lineStarts[line];
    let end = next === void 0 ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end -= 1;
    return this.text.slice(start, end);
  }
};

export {
  LineIndex
};
