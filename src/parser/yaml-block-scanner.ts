/**
 * The stream scanner: reads the plain block YAML an inventory is made of and hands the
 * Builder (`yaml-builder.ts`) the events js-yaml's `parseEvents` would give, one at a time,
 * in two reused event objects. js-yaml returns its whole list at once (a quarter of a million
 * objects for a 3.5 MB inventory); that list lived through the whole parse, so the garbage
 * collector promoted and copied all of it, which was most of its share of a check.
 *
 * It covers block mappings and sequences (`- key: value` and `- - x` included), plain and
 * quoted scalars on one line (keys and values), literal and folded block scalars without an
 * indentation indicator, comments, blank lines, flow sequences and mappings written on one
 * line, anchors on collections and scalars, aliases and merge keys, LF and CRLF line breaks.
 * On anything else — tabs, document markers, directives, tags, explicit keys, scalars over
 * several lines, and whatever js-yaml would refuse — it returns `undefined`, and the caller
 * reads the text with js-yaml's list instead; so it needs to recognise what it does not
 * handle, never to report it.
 *
 * The line it is on decides everything: no backtracking, each line scanned once, and a
 * stack of open block collections whose depth, like the recursion into nested flow
 * collections, the Builder limits.
 */
import {
  BLOCK,
  Builder,
  CLIP,
  FLOW,
  FOLDED_BLOCK,
  HandOver,
  KEEP,
  LITERAL_BLOCK,
  PLAIN,
  DOUBLE_QUOTED,
  SINGLE_QUOTED,
  STRIP,
  type CollectionFields,
  type ScalarFields,
  refusal,
} from './yaml-builder.js';
import type { ParsedYaml, ParseLimits } from './yaml-types.js';

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const DOUBLE_QUOTE = 34;
const HASH = 35;
const PERCENT = 37;
const AMPERSAND = 38;
const QUOTE = 39;
const STAR = 42;
const PLUS = 43;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const GREATER = 62;
const QUESTION = 63;
const AT = 64;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const BACKTICK = 96;
const OPEN_BRACE = 123;
const PIPE = 124;
const CLOSE_BRACE = 125;

/** What the line after `key:`, `-` or the document start holds, when the node starts on it. */
const NONE = 0;
const VALUE = 1;
const ITEM = 2;
const ROOT = 3;

/** js-yaml refuses these characters in plain and block scalars (its PATTERN_NON_PRINTABLE). */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** Bytes of source per node a table starts with room for (it grows if a document has more). */
const BYTES_PER_NODE = 24;

/**
 * Reads `text` with the stream scanner, or returns `undefined` when it holds anything the
 * scanner leaves to js-yaml's list of events. `reason` (for tests and the benchmark) receives why.
 */
export function scanYaml(text: string, limits: ParseLimits, reason?: (why: string) => void): ParsedYaml | undefined {
  try {
    return new BlockScanner(text, limits).read();
  } catch (error) {
    if (error instanceof HandOver) {
      reason?.(error.reason);
      return undefined;
    }
    throw error;
  }
}

/** The one event the scanner hands the Builder, filled anew for every node. */
class StreamEvent implements CollectionFields, ScalarFields {
  start = -1;
  valueStart = -1;
  valueEnd = -1;
  anchorStart = -1;
  anchorEnd = -1;
  tagStart = -1;
  style: number = PLAIN;
  chomping: number = CLIP;
  indent = -1;
  fast = true;
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE;
}

/** Whether `c` (a character code, NaN past the end of the text) ends a line. */
function endsLine(c: number): boolean {
  return c === LF || c === CR || Number.isNaN(c);
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** The characters js-yaml takes after a backslash on its own (its isSimpleEscape). */
function isSimpleEscape(c: number): boolean {
  switch (c) {
    case 48: // 0
    case 97: // a
    case 98: // b
    case 116: // t
    case TAB:
    case 110: // n
    case 118: // v
    case 102: // f
    case 114: // r
    case 101: // e
    case SPACE:
    case DOUBLE_QUOTE:
    case 47: // /
    case BACKSLASH:
    case 78: // N
    case 95: // _
    case 76: // L
    case 80: // P
      return true;
    default:
      return false;
  }
}

/**
 * Per ASCII character, whether a plain scalar may start with it (js-yaml's canStartPlainScalar).
 * A table: the switch it replaces tested every letter against twenty indicators.
 */
const NEVER = 0;
const ALWAYS = 1;
const UNLESS_SPACE_FOLLOWS = 2;
const PLAIN_START = new Uint8Array(128).fill(ALWAYS);
for (const c of [SPACE, TAB, LF, CR, HASH, AMPERSAND, STAR, BANG, PIPE, GREATER, QUOTE, DOUBLE_QUOTE, PERCENT, AT, BACKTICK, COMMA, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE]) {
  PLAIN_START[c] = NEVER;
}
PLAIN_START[QUESTION] = UNLESS_SPACE_FOLLOWS;
PLAIN_START[DASH] = UNLESS_SPACE_FOLLOWS;

/** Whether a plain scalar may start with `c` followed by `next`. */
function canStartPlain(c: number, next: number, inFlow: boolean): boolean {
  if (!(c < 128)) return c >= 128; // false for NaN, past the end of the text
  const kind = PLAIN_START[c];
  return kind === ALWAYS || (kind === UNLESS_SPACE_FOLLOWS && !(next === SPACE || next === TAB || endsLine(next) || (inFlow && isFlowIndicator(next))));
}

class BlockScanner {
  readonly length: number;
  readonly builder: Builder;
  /** The events handed to the Builder: one for scalars and aliases, one for collections, since a key is scanned before its mapping opens. */
  readonly event = new StreamEvent();
  readonly collectionEvent = new StreamEvent();
  /** The open block collections, outermost first: the column of their items and whether they are mappings. */
  readonly indents: number[] = [];
  readonly isMap: boolean[] = [];
  /** Set while the node of a `key:`, a `-` or the document starts on a later line, with its anchor. */
  pending = ROOT;
  pendingAnchorStart = -1;
  pendingAnchorEnd = -1;
  /** Where the last plain scalar scanned ends (without its trailing spaces). */
  plainEnd = 0;
  /** After `scalarOrKey`: past the key's colon for a key, else where the scalar's scan stopped. */
  after = 0;
  /** Where the line being read starts. */
  lineStart = 0;
  /**
   * After a plain scalar value that ends its line: the column of the collection holding it,
   * which the next content line must not pass (js-yaml would read the scalar on into it); else -1.
   */
  plainOwner = -1;

  constructor(
    readonly text: string,
    limits: ParseLimits,
  ) {
    this.length = text.length;
    this.builder = new Builder(text, limits, Math.ceil(text.length / BYTES_PER_NODE) + 16);
  }

  read(): ParsedYaml {
    const text = this.text;
    const refused = refusal(text);
    if (refused !== undefined) throw new HandOver(refused);
    // js-yaml refuses a null byte anywhere.
    if (text.indexOf('\0') !== -1) throw new HandOver('null byte');
    this.builder.document(0);
    let position = 0;
    while (position < this.length) {
      let i = position;
      let c = text.charCodeAt(i);
      while (c === SPACE) c = text.charCodeAt(++i);
      if (c === LF) position = i + 1;
      else if (c === CR) position = i + 2; // refusal() saw that a line feed follows
      else if (Number.isNaN(c)) position = i;
      else if (c === HASH) {
        this.plainOwner = -1; // a comment line ends a plain scalar
        position = this.nextLine(i);
      } else if (c === TAB) throw new HandOver('tab');
      else {
        if (this.plainOwner !== -1 && i - position > this.plainOwner) throw new HandOver('plain scalar over several lines');
        this.plainOwner = -1;
        this.lineStart = position;
        position = this.line(i);
      }
    }
    if (this.pending === ROOT) throw new HandOver('no content');
    if (this.pending !== NONE) this.empty(this.pendingAnchorStart, this.pendingAnchorEnd);
    while (this.indents.length > 0) this.close();
    return this.builder.finish();
  }

  /** Reads the content line whose first character is at `i`; returns where the next line starts. */
  line(i: number): number {
    const text = this.text;
    const column = i - this.lineStart;
    const c = text.charCodeAt(i);
    if (column === 0 && (c === DASH || c === DOT) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c) {
      const next = text.charCodeAt(i + 3);
      if (next === SPACE || next === TAB || endsLine(next)) throw new HandOver('document marker');
    }
    if (c === AMPERSAND || c === BANG) throw new HandOver('node properties at the start of a line');
    if (this.pending !== NONE) {
      const owner = this.pending === ROOT ? -1 : this.indents[this.indents.length - 1]!;
      if (column > owner) return this.nodeOnOwnLine(i, column);
      if (this.pending === VALUE && column === owner && this.isDashEntry(i)) {
        // A sequence as a mapping value may sit at the key's own column.
        this.openBlock(i, false, column, this.pendingAnchorStart, this.pendingAnchorEnd);
        this.pending = NONE;
        return this.item(i + 1);
      }
      this.empty(this.pendingAnchorStart, this.pendingAnchorEnd);
      this.pending = NONE;
    }
    const indents = this.indents;
    while (indents.length > 0 && column < indents[indents.length - 1]!) this.close();
    if (indents.length > 0 && indents[indents.length - 1] === column && !this.isMap[indents.length - 1] && !this.isDashEntry(i)) this.close();
    const top = indents.length - 1;
    if (top < 0) throw new HandOver('content after the root collection');
    if (indents[top] !== column) throw new HandOver('indentation between levels');
    if (this.isMap[top]) {
      if (!((c === QUOTE || c === DOUBLE_QUOTE || canStartPlain(c, text.charCodeAt(i + 1), false)) && this.scalarOrKey(i))) {
        throw new HandOver('mapping entry without a key');
      }
      this.emitScalar(-1, -1);
      return this.value(this.after);
    }
    if (!this.isDashEntry(i)) throw new HandOver('sequence entry without a dash');
    return this.item(i + 1);
  }

  /** The node of the pending `key:`, `-` or document, which starts at `i` on a line of its own. */
  nodeOnOwnLine(i: number, column: number): number {
    const text = this.text;
    const anchorStart = this.pendingAnchorStart;
    const anchorEnd = this.pendingAnchorEnd;
    const atRoot = this.pending === ROOT;
    this.pending = NONE;
    if (atRoot && column !== 0) throw new HandOver('indented root');
    if (this.isDashEntry(i)) {
      this.openBlock(i, false, column, anchorStart, anchorEnd);
      return this.item(i + 1);
    }
    const c = text.charCodeAt(i);
    if (c === QUOTE || c === DOUBLE_QUOTE || canStartPlain(c, text.charCodeAt(i + 1), false)) {
      if (this.scalarOrKey(i)) {
        this.openBlock(i, true, column, anchorStart, anchorEnd);
        this.emitScalar(-1, -1);
        return this.value(this.after);
      }
      if (atRoot) throw new HandOver('scalar document');
      return this.scalarValue(anchorStart, anchorEnd);
    }
    if (atRoot) throw new HandOver('root that is not a block collection');
    if (c === STAR && anchorStart === -1) return this.lineEnd(this.alias(i, false));
    if (c === OPEN_BRACKET || c === OPEN_BRACE) return this.lineEnd(this.flow(i, anchorStart, anchorEnd));
    throw new HandOver('node on a line of its own');
  }

  /** After `key:` (its colon at `from - 1`). */
  value(from: number): number {
    const i = this.skipSpaces(from);
    const c = this.text.charCodeAt(i);
    if (endsLine(c) || c === HASH) return this.pendUntilNextLine(VALUE, i, -1, -1);
    return this.inline(i, false);
  }

  /** After the `-` of a sequence entry (at `from - 1`). */
  item(from: number): number {
    let i = this.skipSpaces(from);
    // `- - x`: each dash opens a sequence at its own column.
    while (this.isDashEntry(i)) {
      this.openBlock(i, false, this.column(i), -1, -1);
      i = this.skipSpaces(i + 1);
    }
    const c = this.text.charCodeAt(i);
    if (endsLine(c) || c === HASH) return this.pendUntilNextLine(ITEM, i, -1, -1);
    return this.inline(i, true);
  }

  /** A node that starts on the line of its `key:` or `-`, at `i`. */
  inline(i: number, inItem: boolean): number {
    const text = this.text;
    let c = text.charCodeAt(i);
    let anchorStart = -1;
    let anchorEnd = -1;
    if (c === AMPERSAND) {
      anchorStart = i + 1;
      anchorEnd = this.name(i);
      i = this.skipSpaces(anchorEnd);
      c = text.charCodeAt(i);
      if (endsLine(c) || c === HASH) return this.pendUntilNextLine(inItem ? ITEM : VALUE, i, anchorStart, anchorEnd);
      if (c === AMPERSAND || c === STAR || c === BANG || this.isDashEntry(i)) throw new HandOver('anchor before another property or a sequence');
    }
    if (c === STAR) {
      if (anchorStart !== -1) throw new HandOver('anchor on an alias');
      return this.lineEnd(this.alias(i, false));
    }
    if (c === OPEN_BRACKET || c === OPEN_BRACE) return this.lineEnd(this.flow(i, anchorStart, anchorEnd));
    if (c === PIPE || c === GREATER) return this.blockScalar(i, anchorStart, anchorEnd);
    if (c === QUOTE || c === DOUBLE_QUOTE || canStartPlain(c, text.charCodeAt(i + 1), false)) {
      if (this.scalarOrKey(i)) {
        // `- key: value`: a mapping opens at the key's column.
        if (!inItem || anchorStart !== -1) throw new HandOver(inItem ? 'anchor on a key' : 'a key after a key');
        this.openBlock(i, true, this.column(i), -1, -1);
        this.emitScalar(-1, -1);
        return this.value(this.after);
      }
      return this.scalarValue(anchorStart, anchorEnd);
    }
    throw new HandOver('node not handled');
  }

  /** Emits the scalar `scalarOrKey` just scanned as a value; returns where the next line starts. */
  scalarValue(anchorStart: number, anchorEnd: number): number {
    this.emitScalar(anchorStart, anchorEnd);
    const stop = this.after;
    // A plain scalar that ends its line may go on in the next content line: `read` checks it there.
    if (this.event.style === PLAIN && this.text.charCodeAt(stop) !== HASH) this.plainOwner = this.indents[this.indents.length - 1]!;
    return this.lineEnd(stop);
  }

  /**
   * Scans the plain or quoted scalar at `i` into the event's value fields. Returns whether it
   * is a mapping key (followed on its line by a colon and a space), leaving `after` past the
   * colon; otherwise `after` is where the scalar's scan stopped.
   */
  scalarOrKey(i: number): boolean {
    const text = this.text;
    const event = this.event;
    const c = text.charCodeAt(i);
    let stop: number;
    if (c === QUOTE || c === DOUBLE_QUOTE) {
      stop = this.skipSpaces(this.quoted(i));
    } else {
      stop = this.plain(i, false);
      if (this.plainEnd === i) throw new HandOver('empty key');
      event.valueStart = i;
      event.valueEnd = this.plainEnd;
      event.style = PLAIN;
      event.fast = true;
    }
    if (text.charCodeAt(stop) === COLON) {
      const next = text.charCodeAt(stop + 1);
      if (next === SPACE || endsLine(next)) {
        this.after = stop + 1;
        return true;
      }
      if (next === TAB) throw new HandOver('tab');
    }
    this.after = stop;
    return false;
  }

  /**
   * Scans a plain scalar from `i` as js-yaml does on one line: it stops at a colon followed by
   * a space or the line's end, at a `#` after a space, at the line's end and, in a flow
   * collection, at a flow indicator. Sets `plainEnd`; returns where it stopped.
   */
  plain(i: number, inFlow: boolean): number {
    const text = this.text;
    const start = i;
    let end = i;
    let unusual = false;
    for (;; i += 1) {
      const c = text.charCodeAt(i);
      // Letters and most punctuation first: above the colon only a flow indicator may stop the scan.
      if (c > COLON) {
        if (c >= 127) unusual = true;
        else if (inFlow && isFlowIndicator(c)) break;
        end = i + 1;
        continue;
      }
      if (c === COLON) {
        const next = text.charCodeAt(i + 1);
        if (next === SPACE || next === TAB || endsLine(next) || (inFlow && isFlowIndicator(next))) break;
      } else if (c === HASH) {
        if (text.charCodeAt(i - 1) === SPACE) break;
      } else if (c === LF || c === CR || Number.isNaN(c)) {
        break;
      } else if (c === TAB) {
        throw new HandOver('tab');
      } else if (inFlow && isFlowIndicator(c)) {
        break;
      } else if (c < SPACE || c >= 127) {
        unusual = true;
      }
      if (c !== SPACE) end = i + 1;
    }
    if (unusual && NON_PRINTABLE.test(text.slice(start, end))) throw new HandOver('non-printable character');
    this.plainEnd = end;
    return i;
  }

  /** Scans the one-line quoted scalar whose opening quote is at `i` into the event's value fields; returns the offset past its closing quote. */
  quoted(i: number): number {
    const text = this.text;
    const quote = text.charCodeAt(i);
    let fast = true;
    let j = i + 1;
    for (;;) {
      const c = text.charCodeAt(j);
      if (c === quote) {
        if (quote === QUOTE && text.charCodeAt(j + 1) === QUOTE) {
          fast = false;
          j += 2;
          continue;
        }
        break;
      }
      if (c === BACKSLASH && quote === DOUBLE_QUOTE) {
        fast = false;
        j = this.escape(j + 1);
        continue;
      }
      // A line break (a scalar over several lines), another control character (an error for js-yaml) or the end.
      if ((c < SPACE && c !== TAB) || Number.isNaN(c)) throw new HandOver('quoted scalar not closed on its line');
      j += 1;
    }
    const event = this.event;
    event.valueStart = i + 1;
    event.valueEnd = j;
    event.style = quote === QUOTE ? SINGLE_QUOTED : DOUBLE_QUOTED;
    event.fast = fast;
    return j + 1;
  }

  /** Checks the escape whose character after the backslash is at `j`, as js-yaml does; returns the offset past it. */
  escape(j: number): number {
    const text = this.text;
    const c = text.charCodeAt(j);
    if (isSimpleEscape(c)) return j + 1;
    const digits = c === 120 ? 2 : c === 117 ? 4 : c === 85 ? 8 : 0; // \x \u \U
    if (digits === 0) throw new HandOver('escape not handled');
    for (let k = 1; k <= digits; k += 1) {
      if (!isHex(text.charCodeAt(j + k))) throw new HandOver('bad escape');
    }
    return j + digits + 1;
  }

  /** The end of the anchor or alias name after the `&` or `*` at `i`. */
  name(i: number): number {
    const text = this.text;
    let j = i + 1;
    let c = text.charCodeAt(j);
    while (!(c === SPACE || endsLine(c) || isFlowIndicator(c))) {
      if (c === TAB) throw new HandOver('tab');
      c = text.charCodeAt(++j);
    }
    if (j === i + 1) throw new HandOver('empty anchor name');
    return j;
  }

  /** Emits the alias at `i`; returns the offset past its name. */
  alias(i: number, inFlow: boolean): number {
    const end = this.name(i);
    if (!inFlow && isFlowIndicator(this.text.charCodeAt(end))) throw new HandOver('flow indicator after an alias');
    const event = this.event;
    event.anchorStart = i + 1;
    event.anchorEnd = end;
    this.builder.alias(event);
    return end;
  }

  /** Reads the one-line flow sequence or mapping of scalars, aliases and flow collections whose bracket is at `i`; returns the offset past its closing bracket. */
  flow(i: number, anchorStart: number, anchorEnd: number): number {
    const text = this.text;
    const isMap = text.charCodeAt(i) === OPEN_BRACE;
    const closing = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
    this.open(i, isMap, FLOW, anchorStart, anchorEnd);
    let j = this.skipSpaces(i + 1);
    for (;;) {
      if (text.charCodeAt(j) === closing) break;
      if (isMap) {
        j = this.skipSpaces(this.flowScalar(j));
        if (text.charCodeAt(j) !== COLON || text.charCodeAt(j + 1) !== SPACE) throw new HandOver('flow mapping entry not handled');
        j = this.skipSpaces(j + 1);
      }
      const c = text.charCodeAt(j);
      // Nested collections recurse, as deep as the Builder's depth limit lets them.
      j = this.skipSpaces(c === OPEN_BRACKET || c === OPEN_BRACE ? this.flow(j, -1, -1) : this.flowScalar(j));
      const next = text.charCodeAt(j);
      if (next === COMMA) j = this.skipSpaces(j + 1);
      else if (next !== closing) throw new HandOver('flow collection not handled');
    }
    this.builder.close();
    return j + 1;
  }

  /** Emits the scalar or alias at `i` inside a flow collection; returns the offset past it. */
  flowScalar(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === STAR) return this.alias(i, true);
    let end: number;
    if (c === QUOTE || c === DOUBLE_QUOTE) {
      end = this.quoted(i);
    } else {
      if (!canStartPlain(c, text.charCodeAt(i + 1), true)) throw new HandOver('flow item not handled');
      end = this.plain(i, true);
      const event = this.event;
      event.valueStart = i;
      event.valueEnd = this.plainEnd;
      event.style = PLAIN;
      event.fast = true;
    }
    this.emitScalar(-1, -1);
    return end;
  }

  /**
   * Reads the block scalar whose `|` or `>` is at `i`, line by line as js-yaml's
   * readBlockScalar does; returns where the next line starts.
   */
  blockScalar(i: number, anchorStart: number, anchorEnd: number): number {
    const text = this.text;
    const length = this.length;
    const style = text.charCodeAt(i) === PIPE ? LITERAL_BLOCK : FOLDED_BLOCK;
    let j = i + 1;
    let c = text.charCodeAt(j);
    let chomping = CLIP;
    if (c === PLUS || c === DASH) {
      chomping = c === PLUS ? KEEP : STRIP;
      c = text.charCodeAt(++j);
    }
    if ((c >= 48 && c <= 57) || c === PLUS || c === DASH) throw new HandOver('block scalar indicator not handled');
    const header = j;
    while (c === SPACE) c = text.charCodeAt(++j);
    if (c === HASH && j > header) j = text.indexOf('\n', j);
    else if (c === CR || c === LF) j = text.indexOf('\n', j);
    else if (!Number.isNaN(c)) throw new HandOver('text after a block scalar header');
    const valueStart = j === -1 || j >= length ? length : j + 1;
    // The lines taken: all blank ones, and those indented at least as the first with content.
    const parentIndent = this.indents[this.indents.length - 1]! + 1;
    let contentIndent = -1;
    let maxLeadingIndent = 0;
    let valueEnd = valueStart;
    let position = valueStart;
    while (position < length) {
      let column = 0;
      while (text.charCodeAt(position + column) === SPACE) column += 1;
      const first = text.charCodeAt(position + column);
      if (Number.isNaN(first)) {
        if (column > (contentIndent >= 0 ? contentIndent : 0)) valueEnd = position + column;
        position = length;
        break;
      }
      const blank = first === LF || first === CR;
      if (column === 0 && (first === DASH || first === DOT) && text.charCodeAt(position + 1) === first && text.charCodeAt(position + 2) === first) {
        const next = text.charCodeAt(position + 3);
        if (next === SPACE || next === TAB || endsLine(next)) throw new HandOver('document marker');
      }
      if (contentIndent === -1) {
        if (blank) {
          if (column > maxLeadingIndent) maxLeadingIndent = column;
        } else {
          if (first === TAB) throw new HandOver('tab');
          if (column >= parentIndent && column < maxLeadingIndent) throw new HandOver('block scalar indentation');
          if (column < parentIndent) break;
          contentIndent = column;
        }
      } else if (!blank && column < contentIndent) {
        break;
      }
      const newline = text.indexOf('\n', position + column);
      if (newline === -1) {
        valueEnd = length;
        position = length;
        break;
      }
      valueEnd = newline + 1;
      position = newline + 1;
    }
    if (NON_PRINTABLE.test(text.slice(valueStart, valueEnd))) throw new HandOver('non-printable character');
    const event = this.event;
    event.valueStart = valueStart;
    event.valueEnd = valueEnd;
    event.style = style;
    event.fast = false;
    event.anchorStart = anchorStart;
    event.anchorEnd = anchorEnd;
    event.tagStart = -1;
    event.chomping = chomping;
    event.indent = contentIndent;
    this.builder.scalar(event);
    return position;
  }

  /** Emits the scalar whose value fields are set, with the anchor given. */
  emitScalar(anchorStart: number, anchorEnd: number): void {
    const event = this.event;
    event.anchorStart = anchorStart;
    event.anchorEnd = anchorEnd;
    event.tagStart = -1;
    event.chomping = CLIP;
    event.indent = -1;
    this.builder.scalar(event);
  }

  /** Emits an empty scalar (a `key:` or `-` with no node). */
  empty(anchorStart: number, anchorEnd: number): void {
    const event = this.event;
    event.valueStart = -1;
    event.valueEnd = -1;
    event.style = PLAIN;
    event.fast = false;
    this.emitScalar(anchorStart, anchorEnd);
  }

  open(start: number, isMap: boolean, style: number, anchorStart: number, anchorEnd: number): void {
    const event = this.collectionEvent;
    event.start = start;
    event.anchorStart = anchorStart;
    event.anchorEnd = anchorEnd;
    event.tagStart = -1;
    event.style = style;
    this.builder.open(event, isMap);
  }

  openBlock(start: number, isMap: boolean, column: number, anchorStart: number, anchorEnd: number): void {
    this.open(start, isMap, BLOCK, anchorStart, anchorEnd);
    this.indents.push(column);
    this.isMap.push(isMap);
  }

  /** Closes the innermost block collection. */
  close(): void {
    this.indents.pop();
    this.isMap.pop();
    this.builder.close();
  }

  /** Leaves the node of a `key:`, `-` (whose line ends at `i`, maybe with a comment) to the next content line. */
  pendUntilNextLine(kind: number, i: number, anchorStart: number, anchorEnd: number): number {
    this.pending = kind;
    this.pendingAnchorStart = anchorStart;
    this.pendingAnchorEnd = anchorEnd;
    return this.lineEnd(i);
  }

  /** Past the spaces and comment after a node that ends at `i`: where the next line starts. Anything else there is not for this scanner. */
  lineEnd(i: number): number {
    const text = this.text;
    let j = i;
    let c = text.charCodeAt(j);
    while (c === SPACE) c = text.charCodeAt(++j);
    if (c === LF) return j + 1;
    if (c === CR) return j + 2;
    if (Number.isNaN(c)) return j;
    if (c === HASH && text.charCodeAt(j - 1) === SPACE) return this.nextLine(j);
    throw new HandOver(c === TAB ? 'tab' : 'text after a node');
  }

  /** Where the line holding `i` ends, its line feed included. */
  nextLine(i: number): number {
    const newline = this.text.indexOf('\n', i);
    return newline === -1 ? this.length : newline + 1;
  }

  skipSpaces(i: number): number {
    const text = this.text;
    let j = i;
    while (text.charCodeAt(j) === SPACE) j += 1;
    if (text.charCodeAt(j) === TAB) throw new HandOver('tab');
    return j;
  }

  isDashEntry(i: number): boolean {
    const text = this.text;
    if (text.charCodeAt(i) !== DASH) return false;
    const next = text.charCodeAt(i + 1);
    if (next === TAB) throw new HandOver('tab');
    return next === SPACE || endsLine(next);
  }

  column(i: number): number {
    return i - this.lineStart;
  }
}
