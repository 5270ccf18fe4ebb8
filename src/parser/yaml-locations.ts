/**
 * The pointer → span index of the fast YAML reader, kept as a table of nodes in document
 * order instead of a map of pointer strings: building 400,000 pointers and map entries for a
 * large inventory cost more than reading it, while a run looks up only the few hundred
 * pointers its findings name. It is a `Map` all the same: `get` and `has` resolve a pointer
 * by walking the table, and anything else (iteration, `size`, `set`...) first fills the map
 * with every entry, in the order and with the values the complete reader gives.
 */
import { escapePointerSegment } from '../core/pointer.js';
import type { NodeLocation } from './yaml-types.js';

export const MAP = 0;
export const SEQ = 1;
export const SCALAR = 2;
export const ALIAS = 3;
const KINDS = ['map', 'seq', 'scalar', 'alias'] as const;
const LARGE_MAP = 32;

/** The nodes of one document, in document order; node 0 is the root. */
export class NodeTable {
  count = 0;
  readonly valueStart: Int32Array;
  readonly valueEnd: Int32Array;
  /** -1 when the node is not the value of a mapping key (or is the value of a merge key `<<`). */
  readonly keyStart: Int32Array;
  readonly keyEnd: Int32Array;
  readonly parent: Int32Array;
  /** The first node after this node's subtree. */
  readonly next: Int32Array;
  readonly kind: Uint8Array;
  /**
   * The key of each mapping value, as its pointer segment is made from (`<<` for merges).
   * Made with room for every node: grown one key at a time, it was copied a dozen times.
   */
  readonly name: (string | undefined)[];

  constructor(capacity: number) {
    this.name = new Array<string | undefined>(capacity);
    this.valueStart = new Int32Array(capacity);
    this.valueEnd = new Int32Array(capacity);
    this.keyStart = new Int32Array(capacity);
    this.keyEnd = new Int32Array(capacity);
    this.parent = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
  }

  /** Adds a node; `next` is set by `close` for collections. */
  add(kind: number, parent: number, start: number, end: number, keyStart: number, keyEnd: number, name: string | undefined): number {
    const id = this.count;
    this.count += 1;
    this.kind[id] = kind;
    this.parent[id] = parent;
    this.valueStart[id] = start;
    this.valueEnd[id] = end;
    this.keyStart[id] = keyStart;
    this.keyEnd[id] = keyEnd;
    if (name !== undefined) this.name[id] = name;
    this.next[id] = id + 1;
    return id;
  }

  /** A copy with twice the room: a streamed document's size is not known before it is read. */
  grown(): NodeTable {
    const next = new NodeTable(Math.max(16, this.kind.length * 2));
    next.valueStart.set(this.valueStart);
    next.valueEnd.set(this.valueEnd);
    next.keyStart.set(this.keyStart);
    next.keyEnd.set(this.keyEnd);
    next.parent.set(this.parent);
    next.next.set(this.next);
    next.kind.set(this.kind);
    for (let id = 0; id < this.count; id += 1) next.name[id] = this.name[id];
    next.count = this.count;
    return next;
  }

  /** Whether some mapping value of the table is written under the key `name`. */
  hasName(name: string): boolean {
    for (let id = 1; id < this.count; id += 1) if (this.name[id] === name) return true;
    return false;
  }

  close(id: number, end: number): void {
    this.valueEnd[id] = end;
    this.next[id] = this.count;
  }

  location(id: number): NodeLocation {
    const value = { start: this.valueStart[id]!, end: this.valueEnd[id]! };
    const kind = KINDS[this.kind[id]!]!;
    const keyStart = this.keyStart[id]!;
    return keyStart === -1 ? { value, kind } : { value, key: { start: keyStart, end: this.keyEnd[id]! }, kind };
  }
}

export class LazyLocations extends Map<string, NodeLocation> {
  #filled = false;
  /** Per sequence looked into: its items. */
  readonly #items = new Map<number, number[]>();
  /** Per mapping of more than LARGE_MAP keys looked into: its values by key. */
  readonly #largeMaps = new Map<number, Map<string, number | number[]>>();

  constructor(readonly table: NodeTable) {
    super();
  }

  override get(pointer: string): NodeLocation | undefined {
    if (this.#filled) return super.get(pointer);
    const id = this.#find(pointer);
    return id === -1 ? undefined : this.table.location(id);
  }

  /** Whether a mapping anywhere in the document has the key `name`, told from the table while no entry was set by hand. */
  hasKey(name: string): boolean {
    if (!this.#filled) return this.table.hasName(name);
    return hasKeyInPointers(this, name);
  }

  override has(pointer: string): boolean {
    if (this.#filled) return super.has(pointer);
    return this.#find(pointer) !== -1;
  }

  override get size(): number {
    this.#fill();
    return super.size;
  }

  override set(pointer: string, location: NodeLocation): this {
    this.#fill();
    return super.set(pointer, location);
  }

  override delete(pointer: string): boolean {
    this.#fill();
    return super.delete(pointer);
  }

  override clear(): void {
    this.#filled = true;
    super.clear();
  }

  override forEach(callback: (value: NodeLocation, key: string, map: Map<string, NodeLocation>) => void, thisArg?: unknown): void {
    this.#fill();
    super.forEach(callback, thisArg);
  }

  override keys(): MapIterator<string> {
    this.#fill();
    return super.keys();
  }

  override values(): MapIterator<NodeLocation> {
    this.#fill();
    return super.values();
  }

  override entries(): MapIterator<[string, NodeLocation]> {
    this.#fill();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[string, NodeLocation]> {
    this.#fill();
    return super.entries();
  }

  /** Makes every entry a real one, in document order. */
  #fill(): void {
    if (this.#filled) return;
    this.#filled = true;
    const table = this.table;
    const pointers: string[] = new Array<string>(table.count);
    const indexes = new Int32Array(table.count);
    for (let id = 0; id < table.count; id += 1) {
      let pointer = '';
      if (id > 0) {
        const parent = table.parent[id]!;
        const name = table.name[id];
        pointer = `${pointers[parent]}/${name !== undefined ? escapePointerSegment(name) : indexes[parent]!++}`;
      }
      pointers[id] = pointer;
      super.set(pointer, table.location(id));
    }
  }

  #find(pointer: string): number {
    if (this.table.count === 0) return -1;
    if (pointer === '') return 0;
    if (pointer.charCodeAt(0) !== 47) return -1;
    return this.#descend(0, pointer, 1);
  }

  /**
   * The node at the rest of `pointer` (from offset `from`) below node `id`. Two values of one
   * mapping share a pointer only under repeated merge keys (`<<`); the later one wins, as it
   * did in a map filled in document order, but deeper pointers may still end in the earlier.
   */
  #descend(id: number, pointer: string, from: number): number {
    const table = this.table;
    let node = id;
    let start = from;
    for (;;) {
      const slash = pointer.indexOf('/', start);
      const end = slash === -1 ? pointer.length : slash;
      const kind = table.kind[node];
      let child: number;
      if (kind === SEQ) {
        child = this.#item(node, pointer, start, end);
      } else if (kind === MAP) {
        // A finding's pointer is looked up segment by segment; a segment is cut out of it only where it must be.
        const matches = this.#entries(node, pointer, start, end);
        if (typeof matches !== 'number') {
          for (let index = matches.length - 1; index >= 0; index -= 1) {
            const result = slash === -1 ? matches[index]! : this.#descend(matches[index]!, pointer, slash + 1);
            if (result !== -1) return result;
          }
          return -1;
        }
        child = matches;
      } else {
        return -1;
      }
      if (child === -1 || slash === -1) return child;
      node = child;
      start = slash + 1;
    }
  }

  /** The item of a sequence at the pointer segment from `start` to `end` (a decimal index written without leading zeros). */
  #item(id: number, pointer: string, start: number, end: number): number {
    const length = end - start;
    if (length === 0 || length > 9 || (length > 1 && pointer.charCodeAt(start) === 48)) return -1;
    let index = 0;
    for (let i = start; i < end; i += 1) {
      const digit = pointer.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return -1;
      index = index * 10 + digit;
    }
    let items = this.#items.get(id);
    if (items === undefined) {
      const table = this.table;
      items = [];
      for (let child = id + 1; child < table.next[id]!; child = table.next[child]!) items.push(child);
      this.#items.set(id, items);
    }
    return items[index] ?? -1;
  }

  /** The value (or, rarely, the values) of a mapping at the pointer segment from `start` to `end`; -1 for none. */
  #entries(id: number, pointer: string, start: number, end: number): number | number[] {
    const large = this.#largeMaps.get(id);
    const escaped = pointer.indexOf('~', start);
    if (large !== undefined || (escaped !== -1 && escaped < end)) {
      const segment = pointer.slice(start, end);
      const name = segment.includes('~') ? unescapeSegment(segment) : segment;
      if (name === null) return -1;
      if (large !== undefined) return large.get(name) ?? -1;
      return this.#named(id, name, 0, name.length);
    }
    return this.#named(id, pointer, start, end);
  }

  /**
   * The values of a mapping whose key is `source` from `start` to `end` (compared in place, so
   * that no segment is cut out of a pointer); a large mapping scanned to its end is indexed.
   */
  #named(id: number, source: string, start: number, end: number): number | number[] {
    const table = this.table;
    const length = end - start;
    // The reader hands a duplicate key to the complete reader, so only merge keys (`<<`) can
    // name several values of one mapping: any other key is found at its first match.
    const unique = length !== 2 || source.charCodeAt(start) !== 60 || source.charCodeAt(start + 1) !== 60;
    let found: number | number[] = -1;
    let count = 0;
    for (let child = id + 1; child < table.next[id]!; child = table.next[child]!) {
      count += 1;
      const key = table.name[child];
      if (key === undefined || key.length !== length || !source.startsWith(key, start)) continue;
      if (unique) return child;
      found = found === -1 ? child : typeof found === 'number' ? [found, child] : [...found, child];
    }
    if (count > LARGE_MAP) {
      // Index a large mapping once, so that lookups in it stay cheap.
      const byName = new Map<string, number | number[]>();
      for (let child = id + 1; child < table.next[id]!; child = table.next[child]!) {
        const key = table.name[child]!;
        const earlier = byName.get(key);
        byName.set(key, earlier === undefined ? child : typeof earlier === 'number' ? [earlier, child] : [...earlier, child]);
      }
      this.#largeMaps.set(id, byName);
    }
    return found;
  }
}

/** The key a JSON Pointer segment names, or null when its `~` escapes are not valid. */
function unescapeSegment(segment: string): string | null {
  if (/~(?![01])/.test(segment)) return null;
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Whether some pointer of `locations` ends in the key `name`: every key written in a document has the pointer of its value. */
export function hasKeyInPointers(locations: Map<string, NodeLocation>, name: string): boolean {
  const suffix = `/${escapePointerSegment(name)}`;
  for (const pointer of locations.keys()) if (pointer.endsWith(suffix)) return true;
  return false;
}
