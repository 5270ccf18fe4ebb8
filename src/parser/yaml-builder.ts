/**
 * Builds the plain value and the pointer → span index of a document from its parse events,
 * one at a time, with the spans the complete reader (`yaml-document-source.ts`, on the `yaml`
 * package's Document model) gives: the same value span for every node and key span for every
 * mapping key. Two sources feed it: the stream scanner (`yaml-block-scanner.ts`), which reads
 * the plain block YAML inventories are made of without ever holding a list of events, and
 * js-yaml's list of events (`yaml-event-source.ts`) for the rest.
 *
 * It reads each event's fields at once and keeps none of them, so a source may hand it the
 * same event object every time. On anything the complete reader would treat differently — a
 * duplicate key, a tag, a directive, several documents, a missing anchor, an odd key — it
 * throws `HandOver`. Its only own problems are the depth and alias limits, which it checks
 * exactly as the complete reader does.
 */
import { type Event, type ScalarEvent, getScalarValue } from 'js-yaml';
import { ALIAS as ALIAS_NODE, LazyLocations, MAP, NodeTable, SCALAR as SCALAR_NODE, SEQ } from './yaml-locations.js';
import {
  type ParsedYaml,
  type ParseLimits,
  type Span,
  aliasBudget,
  aliasExpansionProblem,
  applyMerges,
  setOwn,
} from './yaml-types.js';

// js-yaml's event ids and styles (EVENT_ID, SCALAR_STYLE, COLLECTION_STYLE, CHOMPING_MODE).
const DOCUMENT = 1;
const SEQUENCE = 2;
const MAPPING = 3;
const SCALAR = 4;
const ALIAS = 5;
const POP = 6;
export const PLAIN = 1;
export const SINGLE_QUOTED = 2;
export const DOUBLE_QUOTED = 3;
export const LITERAL_BLOCK = 4;
export const FOLDED_BLOCK = 5;
export const BLOCK = 1;
export const FLOW = 2;
export const CLIP = 1;
export const STRIP = 2;
export const KEEP = 3;

/** Longest implicit key taken here; the complete reader warns about keys over 1024 characters. */
const MAX_KEY_LENGTH = 1000;

/** Slots of the cache of plain keys (a power of two). */
const KEY_CACHE_SIZE = 256;

/** Thrown (and caught by the readers) when the document needs another reader. */
export class HandOver {
  constructor(readonly reason: string) {}
}

/** The fields of a collection's start event the Builder reads (offsets are -1 when absent). */
export interface CollectionFields {
  start: number;
  anchorStart: number;
  anchorEnd: number;
  tagStart: number;
  style: number;
}

/** The fields of a scalar event the Builder reads, js-yaml's `getScalarValue` included. */
export interface ScalarFields {
  valueStart: number;
  valueEnd: number;
  anchorStart: number;
  anchorEnd: number;
  tagStart: number;
  style: number;
  chomping: number;
  indent: number;
  fast: boolean;
}

export interface AliasFields {
  anchorStart: number;
  anchorEnd: number;
}

/** js-yaml's decoding of a scalar, which reads only the fields `ScalarFields` has. */
function decode(text: string, event: ScalarFields): string {
  return getScalarValue(text, event as ScalarEvent);
}

/** Why neither event source may read `text`, if so. */
export function refusal(text: string): string | undefined {
  // A byte-order mark is the complete reader's anywhere: at the start of the first content line
  // (after comments) it reads one as a mark, where js-yaml makes it part of the key.
  if (text.indexOf('\uFEFF') !== -1) return 'byte-order mark';
  // js-yaml breaks lines at a lone carriage return; the complete reader (and our line index) does not.
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return 'carriage return without a line feed';
  }
  return undefined;
}

interface AnchorEntry {
  value: unknown;
  size: number;
}

/**
 * An open collection. Only one collection is open at each depth, so each depth has one frame,
 * reused by every collection opened there (a large document opens tens of thousands).
 */
class Frame {
  id = 0;
  isMap = false;
  flow = false;
  /** Mapping only: its value, filled as its entries are read. */
  object: Record<string, unknown> = {};
  /**
   * Sequence only: its items so far, from 0 to `index` (the rest is left from earlier
   * sequences). Its value is made when it closes: an array grown item by item took room for
   * 17 items, most of it unused and soon copied.
   */
  readonly items: unknown[] = [];
  anchor: string | null = null;
  /** Items so far (for a mapping, values), and the nodes they hold. */
  index = 0;
  size = 1;
  /** Offset just past the last thing read inside the collection. */
  cursor = 0;
  /** For a block collection: where its last item ends, trailing comment and line break included. */
  itemEnd = 0;
  /** Mapping only: the pending key (null while a key is expected), its span, and whether it is a merge key (`<<`). */
  key: string | null = null;
  keyStart = -1;
  keyEnd = -1;
  isMerge = false;
  merged: unknown[] | null = null;

  constructor(readonly depth: number) {}

  /** Makes this frame the one of a collection that opens at `start`. */
  begin(id: number, isMap: boolean, flow: boolean, anchor: string | null, start: number): void {
    this.id = id;
    this.isMap = isMap;
    this.flow = flow;
    if (isMap) this.object = {};
    this.anchor = anchor;
    this.index = 0;
    this.size = 1;
    this.cursor = flow ? start + 1 : start;
    this.itemEnd = start;
    this.key = null;
    this.keyStart = -1;
    this.keyEnd = -1;
    this.isMerge = false;
    this.merged = null;
  }
}

export class Builder {
  table: NodeTable;
  readonly anchors = new Map<string, AnchorEntry>();
  /** The frame of each depth yet reached. */
  readonly frames: Frame[] = [];
  /** The innermost open collection. */
  top: Frame | null = null;
  root: unknown = null;
  rootSeen = false;
  documents = 0;
  written = 0;
  expanded = 0;
  largestAlias: Span | null = null;
  largestAliasSize = -1;
  /** The cache of `cachedKeyName`: per slot, a key's source and its name. */
  readonly keySources: string[] = new Array<string>(KEY_CACHE_SIZE).fill('');
  readonly keyNames: string[] = new Array<string>(KEY_CACHE_SIZE).fill('');

  constructor(
    readonly text: string,
    readonly limits: ParseLimits,
    capacity: number,
  ) {
    this.table = new NodeTable(capacity);
  }

  /** One event of js-yaml's list. */
  event(event: Event): void {
    switch (event.type) {
      case SCALAR:
        this.scalar(event);
        break;
      case POP:
        this.close();
        break;
      case MAPPING:
      case SEQUENCE:
        this.open(event, event.type === MAPPING);
        break;
      case ALIAS:
        this.alias(event);
        break;
      case DOCUMENT:
        this.document(event.directives.length);
        break;
      default:
        throw new HandOver('unknown event');
    }
  }

  document(directives: number): void {
    this.documents += 1;
    if (this.documents > 1) throw new HandOver('several documents');
    if (directives > 0) throw new HandOver('directive');
  }

  scalar(event: ScalarFields): void {
    if (this.top === null) throw new HandOver('scalar document');
    if (this.top.isMap && this.top.key === null) this.readKey(this.top, event);
    else this.readScalar(this.top, event);
  }

  /** The result, once every event has been read. */
  finish(): ParsedYaml {
    if (!this.rootSeen) throw new HandOver('no collection at the root');
    if (this.expanded > aliasBudget(this.written, this.limits) && this.largestAlias !== null) {
      return { value: null, locations: new Map(), problems: [aliasExpansionProblem(this.written, this.expanded, this.largestAlias)] };
    }
    return { value: this.root, locations: new LazyLocations(this.table), problems: [] };
  }

  /** Adds a value node under `parent` to the table, with the checks the complete reader's walk makes. */
  addNode(parent: Frame | null, kind: number, start: number, end: number): number {
    if (this.table.count === this.table.kind.length) this.table = this.table.grown();
    if (parent === null) return this.table.add(kind, -1, start, end, -1, -1, undefined);
    if (parent.depth + 1 > this.limits.maxDepth) throw new HandOver('too deep');
    this.written += 1;
    if (!parent.isMap) return this.table.add(kind, parent.id, start, end, -1, -1, undefined);
    // The value of a merge key is recorded without its key, as in the complete reader.
    if (parent.isMerge) return this.table.add(kind, parent.id, start, end, -1, -1, '<<');
    return this.table.add(kind, parent.id, start, end, parent.keyStart, parent.keyEnd, parent.key!);
  }

  open(event: CollectionFields, isMap: boolean): void {
    if (event.tagStart !== -1) throw new HandOver('tag');
    const parent = this.top;
    if (parent === null) {
      if (this.rootSeen) throw new HandOver('second root');
      this.rootSeen = true;
      this.written += 1;
    } else if (parent.isMap && parent.key === null) {
      throw new HandOver('collection as a key');
    }
    const flow = event.style === FLOW;
    if (flow && this.text.charCodeAt(event.start) !== (isMap ? 123 : 91)) throw new HandOver('flow pair without braces');
    const id = this.addNode(parent, isMap ? MAP : SEQ, event.start, event.start);
    const anchor = event.anchorStart === -1 ? null : this.anchorName(event.anchorStart, event.anchorEnd);
    const depth = parent === null ? 0 : parent.depth + 1;
    if (depth === this.frames.length) this.frames.push(new Frame(depth));
    const frame = this.frames[depth]!;
    frame.begin(id, isMap, flow, anchor, event.start);
    this.top = frame;
  }

  close(): void {
    const frame = this.top;
    if (frame === null) return; // the end of the document
    this.top = frame.depth > 0 ? this.frames[frame.depth - 1]! : null;
    if (frame.isMap && frame.key !== null) throw new HandOver('key without a value');
    let end: number;
    let itemEnd: number;
    if (frame.flow) {
      end = this.closingBracket(frame.cursor, frame.isMap ? 125 : 93) + 1;
      itemEnd = this.lineRest(end);
    } else {
      if (frame.index === 0) throw new HandOver('empty block collection');
      end = frame.itemEnd;
      itemEnd = end;
    }
    this.table.close(frame.id, end);
    if (frame.merged !== null) applyMerges(frame.object, frame.merged);
    const value = frame.isMap ? frame.object : frame.items.slice(0, frame.index);
    if (frame.anchor !== null) this.anchors.set(frame.anchor, { value, size: frame.size });
    if (this.top === null) this.root = value;
    else this.addToParent(this.top, value, frame.size, end, itemEnd);
  }

  readScalar(parent: Frame, event: ScalarFields): void {
    if (event.tagStart !== -1) throw new HandOver('tag');
    const text = this.text;
    const style = event.style;
    let start: number;
    let end: number;
    let itemEnd: number;
    let value: unknown;
    if (event.valueStart === -1) {
      start = this.emptyScalarPosition(parent, event);
      end = start;
      itemEnd = text.charCodeAt(start) === 35 ? this.lineRest(start) : this.commentLinesAfter(start);
      value = null;
    } else if (style === PLAIN) {
      start = event.valueStart;
      end = event.valueEnd;
      itemEnd = parent.flow ? end : this.lineRest(end);
      value = resolvePlain(event.fast ? text.slice(start, end) : decode(text, event));
    } else if (style === SINGLE_QUOTED || style === DOUBLE_QUOTED) {
      start = event.valueStart - 1;
      end = event.valueEnd + 1;
      itemEnd = parent.flow ? end : this.lineRest(end);
      value = event.fast ? text.slice(event.valueStart, event.valueEnd) : decode(text, event);
    } else {
      start = this.blockScalarIndicator(parent, event);
      end = this.blockScalarEnd(event, start);
      itemEnd = end;
      value = decode(text, event);
    }
    this.addNode(parent, SCALAR_NODE, start, end);
    if (event.anchorStart !== -1) this.anchors.set(this.anchorName(event.anchorStart, event.anchorEnd), { value, size: 1 });
    this.addToParent(parent, value, 1, end, itemEnd);
  }

  alias(event: AliasFields): void {
    const parent = this.top;
    if (parent === null) throw new HandOver('alias document');
    if (parent.isMap && parent.key === null) throw new HandOver('alias as a key');
    const start = event.anchorStart - 1;
    const end = event.anchorEnd;
    this.addNode(parent, ALIAS_NODE, start, end);
    const entry = this.anchors.get(this.anchorName(event.anchorStart, end));
    if (entry === undefined) throw new HandOver('alias to no anchor');
    this.expanded += entry.size;
    if (entry.size > this.largestAliasSize) {
      this.largestAliasSize = entry.size;
      this.largestAlias = { start, end };
    }
    this.addToParent(parent, entry.value, entry.size, end, parent.flow ? end : this.lineRest(end));
  }

  readKey(parent: Frame, event: ScalarFields): void {
    const text = this.text;
    if (event.tagStart !== -1) throw new HandOver('tag');
    if (event.valueStart === -1) throw new HandOver('empty key');
    if (event.anchorStart !== -1) throw new HandOver('anchor on a key');
    const style = event.style;
    let start: number;
    let end: number;
    let name: string | null;
    if (style === PLAIN) {
      start = event.valueStart;
      end = event.valueEnd;
      name = event.fast ? this.cachedKeyName(start, end) : plainKeyName(decode(text, event));
      if (name === null) {
        parent.isMerge = true;
        parent.key = '<<';
        parent.keyStart = start;
        parent.keyEnd = end;
        parent.cursor = end;
        return;
      }
    } else if (style === SINGLE_QUOTED || style === DOUBLE_QUOTED) {
      start = event.valueStart - 1;
      end = event.valueEnd + 1;
      name = event.fast ? text.slice(event.valueStart, event.valueEnd) : decode(text, event);
    } else {
      throw new HandOver('block scalar as a key');
    }
    if (end - start > MAX_KEY_LENGTH) throw new HandOver('long key');
    // A fast scalar is its source text, which a line break would have folded: only the others can span lines.
    // Searched within the key only: from its start to the line's end would be quadratic on a long flow mapping.
    if (!event.fast) {
      for (let i = start; i < end; i += 1) {
        if (text.charCodeAt(i) === 10) throw new HandOver('multi-line key');
      }
    }
    if (Object.prototype.hasOwnProperty.call(parent.object, name)) throw new HandOver('duplicate key');
    parent.isMerge = false;
    parent.key = name;
    parent.keyStart = start;
    parent.keyEnd = end;
    parent.cursor = end;
  }

  /**
   * `plainKeyName` of the fast plain key from `start` to `end`. Real records repeat a few
   * dozen keys thousands of times: the last key seen in each slot of a small cache is
   * compared in place, so that a repeated key is neither cut out of the text nor resolved again.
   */
  cachedKeyName(start: number, end: number): string | null {
    const text = this.text;
    const length = end - start;
    const slot = (length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1)) & (KEY_CACHE_SIZE - 1);
    const cached = this.keySources[slot]!;
    if (cached.length === length && text.startsWith(cached, start)) return this.keyNames[slot]!;
    const source = text.slice(start, end);
    const name = plainKeyName(source);
    // Merge keys are never cached, so a hit is always a plain name.
    if (name !== null) {
      this.keySources[slot] = source;
      this.keyNames[slot] = name;
    }
    return name;
  }

  /** The name of an anchor or alias; one ending in `:` is an error for the complete reader. */
  anchorName(start: number, end: number): string {
    if (this.text.charCodeAt(end - 1) === 58) throw new HandOver('anchor name ending in a colon');
    return this.text.slice(start, end);
  }

  addToParent(parent: Frame, value: unknown, size: number, end: number, itemEnd: number): void {
    parent.size += size;
    parent.cursor = end;
    parent.itemEnd = itemEnd;
    if (parent.isMap) {
      if (parent.isMerge) {
        (parent.merged ??= []).push(value);
      } else {
        setOwn(parent.object, parent.key!, value);
      }
      parent.key = null;
      parent.isMerge = false;
    } else {
      parent.items[parent.index] = value;
    }
    parent.index += 1;
  }

  /** Skips spaces, line breaks and comments from `from`; returns the offset of the next other character. */
  skipBlank(from: number): number {
    const text = this.text;
    let i = from;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i += 1;
      else if (c === 35) {
        const newline = text.indexOf('\n', i);
        i = newline === -1 ? text.length : newline;
      } else return i;
    }
  }

  /** Past the spaces, comment and one line break that follow a node in a block collection. */
  lineRest(from: number): number {
    const text = this.text;
    let i = from;
    let c = text.charCodeAt(i);
    while (c === 32 || c === 9) c = text.charCodeAt(++i);
    if (c === 35) {
      const newline = text.indexOf('\n', i);
      if (newline === -1) return text.length;
      return newline + 1;
    }
    if (c === 10) return i + 1;
    if (c === 13 && text.charCodeAt(i + 1) === 10) return i + 2;
    return i;
  }

  /**
   * Where the complete reader ends an empty value at the end of a line: right there, unless
   * comment lines follow before the next content, which it takes in (with the blank lines).
   */
  commentLinesAfter(position: number): number {
    const text = this.text;
    let line = text.indexOf('\n', position) + 1;
    if (line === 0) return position;
    let end = position;
    for (;;) {
      let i = line;
      let c = text.charCodeAt(i);
      while (c === 32 || c === 9) c = text.charCodeAt(++i);
      if (c === 35) {
        const newline = text.indexOf('\n', i);
        end = newline === -1 ? text.length : newline + 1;
        line = end;
      } else if (c === 10 || (c === 13 && text.charCodeAt(i + 1) === 10)) {
        line = text.indexOf('\n', i) + 1;
        if (end !== position) end = line;
      } else {
        return end;
      }
      if (line >= text.length) return end;
    }
  }

  closingBracket(from: number, bracket: number): number {
    const text = this.text;
    let i = from;
    for (;;) {
      i = this.skipBlank(i);
      const c = text.charCodeAt(i);
      if (c === 44) i += 1;
      else if (c === bracket) return i;
      else throw new HandOver('unexpected text before a closing bracket');
    }
  }

  /** Where the complete reader places an empty value: after its indicator or anchor, and the spaces after it. */
  emptyScalarPosition(parent: Frame, event: ScalarFields): number {
    const text = this.text;
    let position: number;
    if (parent.isMap) {
      const colon = this.skipBlank(parent.cursor);
      if (text.charCodeAt(colon) !== 58) throw new HandOver('empty value without a colon');
      position = colon + 1;
    } else {
      if (parent.flow) throw new HandOver('empty item in a flow sequence');
      const dash = parent.index === 0 ? parent.cursor : this.skipBlank(parent.cursor);
      if (text.charCodeAt(dash) !== 45) throw new HandOver('empty item without a dash');
      position = dash + 1;
    }
    if (event.anchorStart !== -1) position = event.anchorEnd;
    let c = text.charCodeAt(position);
    while (c === 32 || c === 9) c = text.charCodeAt(++position);
    return position;
  }

  /** The `|` or `>` that opens a block scalar: the first such character after the key or dash. */
  blockScalarIndicator(parent: Frame, event: ScalarFields): number {
    const text = this.text;
    let i = event.anchorStart !== -1 ? event.anchorEnd : parent.cursor;
    for (;;) {
      i = this.skipBlank(i);
      const c = text.charCodeAt(i);
      if (c === 124 || c === 62) return i;
      if (c === 58 || c === 45 || c === 63) i += 1;
      else throw new HandOver('block scalar indicator not found');
    }
  }

  /**
   * Where the complete reader ends a block scalar: after its last line with content, plus
   * the blank lines after it that are more indented than its content (all of them when the
   * scalar keeps its final line breaks, `|+`).
   */
  blockScalarEnd(event: ScalarFields, indicator: number): number {
    const text = this.text;
    const headerEnd = text.indexOf('\n', indicator);
    const from = headerEnd === -1 ? text.length : headerEnd + 1;
    let indent = 0;
    for (let i = from; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 32) indent += 1;
      else if (c === 10) indent = 0;
      else if (c !== 13 || text.charCodeAt(i + 1) !== 10) break;
    }
    // Where the lines taken by the scalar end: the line break of its last line (of its header
    // when it has none), or the end of the text.
    const valueEnd = event.valueEnd;
    let newline: number;
    if (valueEnd > from && text.charCodeAt(valueEnd - 1) === 10) newline = valueEnd - 1;
    else if (valueEnd >= text.length) newline = text.length;
    else if (valueEnd <= from && headerEnd !== -1) newline = headerEnd;
    else throw new HandOver('block scalar ends inside a line');
    let next = newline + 1;
    while (text.charCodeAt(next) === 32) next += 1;
    if (text.charCodeAt(next) === 9) throw new HandOver('tab after a block scalar');
    if (event.chomping !== KEEP) {
      for (;;) {
        let i = newline - 1;
        let c = text.charCodeAt(i);
        if (c === 13) c = text.charCodeAt(--i);
        const lastChar = i;
        while (c === 32) c = text.charCodeAt(--i);
        if (c === 10 && i >= from && i + 1 + indent > lastChar) newline = i;
        else break;
      }
    }
    return Math.min(newline + 1, text.length);
  }
}

/** The name of a mapping key written as the plain scalar `source`, or null for a merge key (`<<`). */
function plainKeyName(source: string): string | null {
  if (source === '<<') return null;
  const resolved = resolvePlain(source);
  return resolved === null ? '' : String(resolved);
}

const INT = /^[-+]?[0-9]+$/;
const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * The value of a plain scalar in the YAML 1.2 core schema, exactly as the `yaml` package
 * resolves it: `yes`, `on` and dates stay text.
 */
export function resolvePlain(source: string): unknown {
  const first = source.charCodeAt(0);
  if (Number.isNaN(first)) return null;
  const lower = first | 0x20;
  if (lower >= 97 && lower <= 122) {
    // Most scalars are words, and among words only null, true and false are not text.
    if (source.length > 5 || (lower !== 110 && lower !== 116 && lower !== 102)) return source;
    switch (source) {
      case 'null':
      case 'Null':
      case 'NULL':
        return null;
      case 'true':
      case 'True':
      case 'TRUE':
        return true;
      case 'false':
      case 'False':
      case 'FALSE':
        return false;
      default:
        return source;
    }
  }
  if (first === 126 && source.length === 1) return null; // ~
  // Every number starts with a digit, a sign or a dot.
  if (!((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46)) return source;
  if (OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (HEX.test(source)) return parseInt(source.substring(2), 16);
  if (SPECIAL_FLOAT.test(source)) return source.slice(-3).toLowerCase() === 'nan' ? Number.NaN : source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (EXP_FLOAT.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}
