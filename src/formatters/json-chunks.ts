/**
 * `JSON.stringify(value, null, 2)` handed out in pieces of about 64 KB. A report of 14,000
 * findings is 9 MB of JSON: built as one string, then copied into one buffer to be written,
 * it doubled the check's peak memory. Here the long arrays (the findings, SARIF's results)
 * are given as iterables that are turned into text item by item, as the pieces are written.
 * The text is the same, byte for byte, as `JSON.stringify` of the whole.
 */

/** A long array of the document, produced lazily. */
export class LazyArray {
  constructor(readonly items: Iterable<unknown>) {}
}

const PIECE = 64 * 1024;

/** A lazy array inside an item is written with the item, at once. */
const eager = (_key: string, field: unknown) => (field instanceof LazyArray ? [...field.items] : field);

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
    const itemIndent = `${indent}  `;
    let first = true;
    for (const item of lazy[Number(match[1])]!.items) {
      pending += `${first ? '[\n' : ',\n'}${itemIndent}${JSON.stringify(item, eager, 2).replace(/\n/g, `\n${itemIndent}`)}`;
      first = false;
      if (pending.length >= PIECE) {
        yield pending;
        pending = '';
      }
    }
    pending += first ? '[]' : `\n${indent}]`;
  }
  pending += `${skeleton.slice(last)}\n`;
  yield pending;
}
