import type { LineIndex } from './line-index.js';
import { parentPointer } from './pointer.js';
import type { NodeLocation, Span } from '../parser/yaml-source.js';

/** 1-based; `endColumn` is the column just after the last character, as in SARIF. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Where a finding is shown:
 * - `node`: the value at fault (for a block collection, the key that introduces it);
 * - `key`: the key of the mapping entry (for a list item, its `id` or `name`), used when a field is missing.
 */
export type Target = 'node' | 'key';

/**
 * Maps JSON Pointers to source ranges. A pointer to something that is not written in the
 * file (a missing field) resolves to the closest ancestor that is, at its key.
 */
export class Locator {
  constructor(
    private readonly locations: Map<string, NodeLocation>,
    private readonly lines: LineIndex,
  ) {}

  locate(pointer: string, target: Target = 'node'): SourceRange {
    let current = pointer;
    let location = this.locations.get(current);
    let effectiveTarget = target;
    while (location === undefined && current !== '') {
      current = parentPointer(current);
      location = this.locations.get(current);
      effectiveTarget = 'key';
    }
    if (location === undefined) return this.toRange({ start: 0, end: 0 });
    return this.toRange(this.pick(current, location, effectiveTarget));
  }

  private pick(pointer: string, location: NodeLocation, target: Target): Span {
    const isCollection = location.kind === 'map' || location.kind === 'seq';
    const isEmpty = location.value.end <= location.value.start;
    if (target === 'key' || isEmpty || (isCollection && !this.isSingleLine(location.value))) {
      if (location.key) return location.key;
      // A list item has no key: it is named by its `id`, or else by its `name` (processors).
      const label = this.locations.get(`${pointer}/id`) ?? this.locations.get(`${pointer}/name`);
      if (location.kind === 'map' && label) return label.value;
    }
    return this.firstLineOf(location.value);
  }

  private isSingleLine(span: Span): boolean {
    const text = this.lines.text;
    const newline = text.indexOf('\n', span.start);
    return newline === -1 || newline >= span.end;
  }

  private firstLineOf(span: Span): Span {
    const text = this.lines.text;
    const newline = text.indexOf('\n', span.start);
    if (newline === -1 || newline >= span.end) return span;
    const end = newline > span.start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    return { start: span.start, end };
  }

  toRange(span: Span): SourceRange {
    return this.lines.range(span.start, span.end);
  }
}
