/**
 * `JSON.stringify(value, null, 2)` handed out in pieces of at most 64 items. A report of 14,000
 * findings is 9 MB of JSON: built as one string, then copied into one buffer to be written,
 * it doubled the check's peak memory. Here the long arrays (the findings, SARIF's results)
 * are given as iterables that are turned into text item by item, as the pieces are written.
 * The text is the same, byte for byte, as `JSON.stringify` of the whole.
 */

/** A long array of the document, produced lazily. Its items are plain JSON values. */
export class LazyArray {
  constructor(readonly items: Iterable<unknown>) {}
}

/** Items turned into text by one call of JSON.stringify, and written as one piece (about 32 KB of findings): one call per item took twice as long. */
const BATCH = 64;

/**
 * The lines of `items` as JSON.stringify prints them inside an array `depth` levels deep,
 * without the brackets: stringified nested that deep, so that no line needs re-indenting.
 */
function itemLines(items: unknown[], depth: number): string {
  let nested: unknown = items;
  for (let level = 0; level < depth; level += 1) nested = [nested];
  const text = JSON.stringify(nested, null, 2);
  let start = 0;
  for (let level = 0; level <= depth; level += 1) start = text.indexOf('\n', start) + 1;
  let end = text.length;
  for (let level = 0; level <= depth; level += 1) end = text.lastIndexOf('\n', end - 1);
  return text.slice(start, end);
}

/**
 * The pretty-printed JSON of `value`, in pieces. `value` may hold `LazyArray`s anywhere; the
 * rest of it is small (summary, rule metadata) and is printed at once.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  const lazy: LazyArray[] = [];
  // A marker no data can spell: it holds a nonce, and data strings are escaped around it.
  const nonce = `\u0000lazy-${Math.random().toString(36).slice(2)}-`;
  const skeleton = JSON.stringify(value, (_key, field: unknown) => (field instanceof LazyArray ? `${nonce}${lazy.push(field) - 1}` : field), 2);
  const escapedNonce = JSON.stringify(nonce).slice(1, -1);
  const marker = new RegExp(`"${escapedNonce.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}(\\d+)"`, 'g');

  let pending = '';
  let last = 0;
  for (let match = marker.exec(skeleton); match !== null; match = marker.exec(skeleton)) {
    pending += skeleton.slice(last, match.index);
    last = match.index + match[0].length;
    const lineStart = skeleton.lastIndexOf('\n', match.index) + 1;
    const indent = /^ */.exec(skeleton.slice(lineStart, match.index))![0];
    let batch: unknown[] = [];
    let written = false;
    for (const item of lazy[Number(match[1])]!.items) {
      batch.push(item);
      if (batch.length < BATCH) continue;
      // A batch is a piece of its own: appended to the text before it, it was copied once more to be written.
      yield `${pending}${written ? ',\n' : '[\n'}`;
      yield itemLines(batch, indent.length / 2);
      pending = '';
      written = true;
      batch = [];
    }
    if (batch.length > 0) {
      yield `${pending}${written ? ',\n' : '[\n'}`;
      yield itemLines(batch, indent.length / 2);
      pending = '';
      written = true;
    }
    pending += written ? `\n${indent}]` : '[]';
  }
  pending += `${skeleton.slice(last)}\n`;
  yield pending;
}
