/**
 * A rule's fix request turned into an edit of one token of the source. The token is found by the
 * span the reader recorded for the pointer, and the edit is made only when that span holds a
 * one-line plain or quoted scalar that reads exactly what the rule saw: anything else (an alias,
 * a key merged in with `<<`, an anchored or tagged node, a block or multi-line scalar, an escape)
 * could change more than the one value, so it gets no fix. Comments, order, indentation and line
 * breaks are outside the span and stay as they are.
 */
import type { SourceRange } from '../core/locate.js';
import type { FixRequest } from '../core/rule.js';
import type { Fix } from '../core/types.js';
import type { NodeLocation, Span } from '../parser/yaml-source.js';

type QuoteStyle = 'plain' | 'single' | 'double';

interface ScalarToken {
  value: string;
  style: QuoteStyle;
}

/** Characters that may not start a plain scalar, or that would end it early, in block or flow context. */
const PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const PLAIN_BREAK = /: |\s#|[,[\]{}]|:$|\s$/;
/** Words some YAML readers take for something other than text (YAML 1.1 booleans, null, numbers). */
const NOT_TEXT = /^(?:true|false|yes|no|y|n|on|off|null|~|[-+]?(?:\.?\d[\d_.:eE+-]*|\.inf|\.nan))$/i;

/** What a source token reads as, when it is a one-line scalar whose text is unambiguous. */
export function readScalarToken(raw: string): ScalarToken | undefined {
  if (raw === '' || /[\r\n]/.test(raw)) return undefined;
  if (raw.startsWith("'")) {
    if (raw.length < 2 || !raw.endsWith("'")) return undefined;
    const inner = raw.slice(1, -1);
    if (inner.replace(/''/g, '').includes("'")) return undefined;
    return { value: inner.replace(/''/g, "'"), style: 'single' };
  }
  if (raw.startsWith('"')) {
    if (raw.length < 2 || !raw.endsWith('"')) return undefined;
    const inner = raw.slice(1, -1);
    // Escapes differ between YAML and JSON in places: such a token is left alone.
    if (/["\\]/.test(inner)) return undefined;
    return { value: inner, style: 'double' };
  }
  if (PLAIN_START.test(raw) || PLAIN_BREAK.test(raw)) return undefined;
  return { value: raw, style: 'plain' };
}

/** The token to write for `value`, in the style the old token had where that is safe. */
function tokenFor(value: string | boolean, style: QuoteStyle): string {
  if (typeof value === 'boolean') return String(value);
  if (style === 'single') return `'${value.replace(/'/g, "''")}'`;
  if (style === 'double' || PLAIN_START.test(value) || PLAIN_BREAK.test(value) || NOT_TEXT.test(value) || value === '') return JSON.stringify(value);
  return value;
}

/** An anchor (`&name`) or a tag (`!tag`) written just before the token: the node may be shared or typed. */
function hasProperties(source: string, start: number): boolean {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  return /(?:^|[\s,[{])[&!][^\s,[\]{}]*\s+$/.test(source.slice(lineStart, start));
}

/**
 * The edit a fix request makes, or undefined when the token at `pointer` cannot be replaced
 * alone. `toRange` gives an offset span its line and column.
 */
export function resolveFix(request: FixRequest, pointer: string, locations: ReadonlyMap<string, NodeLocation>, source: string, toRange: (span: Span) => SourceRange): Fix | undefined {
  const location = locations.get(pointer);
  if (location === undefined) return undefined;
  const span = request.replace === 'key' ? location.key : location.kind === 'scalar' ? location.value : undefined;
  if (span === undefined || span.end <= span.start) return undefined;
  const raw = source.slice(span.start, span.end);
  const token = readScalarToken(raw);
  if (token === undefined || token.value !== request.from || hasProperties(source, span.start)) return undefined;
  // A boolean is written as a bare word wherever it stands; a key keeps its quotes, if any.
  const text = tokenFor(request.to, token.style);
  const reads = typeof request.to === 'boolean' ? text === String(request.to) : readScalarToken(text)?.value === request.to;
  if (!reads || text === raw) return undefined;
  const description = request.replace === 'key' ? `rename \`${raw}\` to \`${text}\`` : `replace \`${raw}\` with \`${text}\``;
  return { description, edits: [{ start: span.start, end: span.end, text, ...toRange(span) }] };
}
