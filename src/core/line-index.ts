/** A 1-based line and column; columns count UTF-16 code units, as editors and SARIF do. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Maps character offsets to line/column positions with a binary search over line starts,
 * so that positions are computed only for the nodes that end up in a finding.
 */
export class LineIndex {
  readonly #lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.#lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.#lineStarts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const index = this.lineIndexOf(clamped);
    return { line: index + 1, column: clamped - this.#lineStarts[index]! + 1 };
  }

  /** The 0-based line of an offset within the text. */
  private lineIndexOf(offset: number): number {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.#lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /**
   * The range from `start` to `end` (clamped to the text, `end` never before `start`), as one
   * object: findings are made by the thousand, each with a range.
   */
  range(start: number, end: number): { line: number; column: number; endLine: number; endColumn: number } {
    const from = Math.max(0, Math.min(start, this.text.length));
    const to = Math.max(0, Math.min(Math.max(start, end), this.text.length));
    const line = this.lineIndexOf(from);
    // Most ranges end on the line they start on: look there before searching.
    const next = this.#lineStarts[line + 1];
    const endLine = next === undefined || to < next ? line : this.lineIndexOf(to);
    return { line: line + 1, column: from - this.#lineStarts[line]! + 1, endLine: endLine + 1, endColumn: to - this.#lineStarts[endLine]! + 1 };
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    const start = this.#lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.#lineStarts[line];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end -= 1;
    return this.text.slice(start, end);
  }
}
