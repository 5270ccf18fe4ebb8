/**
 * The complete YAML reader, on the `yaml` package's Document model: it reports every syntax
 * problem with its position and whether it is fatal. It is about ten times slower than the
 * fast path of `yaml-event-source.ts`, which hands over to it whenever a file holds anything
 * that path does not handle (a syntax error, a duplicate key, a tag, several documents...);
 * the parser tests also use it as the oracle the fast path must agree with.
 */
import {
  type Document,
  type Node as YamlNode,
  type Pair,
  type YAMLError,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
} from 'yaml';
import { joinPointer } from '../core/pointer.js';
import {
  type NodeLocation,
  type ParsedYaml,
  type ParseLimits,
  type Span,
  type YamlProblem,
  aliasBudget,
  aliasExpansionProblem,
  applyMerges,
  defaultParseLimits,
  setOwn,
  tooDeepProblem,
} from './yaml-types.js';

const NON_FATAL_CODES = new Set(['DUPLICATE_KEY', 'MULTIPLE_DOCS', 'TAG_RESOLVE_FAILED', 'KEY_OVER_1024_CHARS']);

/**
 * A document end marker (`...`) before any content ends no document (YAML 1.2's l-yaml-stream:
 * the first document is optional), but the `yaml` package reads an empty document there and the
 * record after it as a second one, which it would drop. Written over with spaces, such a marker
 * reads as a blank line and every offset stays where it was.
 */
function withoutLeadingEndMarkers(text: string): string {
  const markers: number[] = [];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    if (/^\.\.\.(?:[ \t\r]|$)/.test(line)) markers.push(start);
    else if (!/^[ \t]*(?:#.*)?\r?$/.test(line)) break;
    start = end + 1;
  }
  if (markers.length === 0) return text;
  // Joined once: a file of nothing but markers must not be rebuilt once per marker.
  const pieces: string[] = [];
  let copied = 0;
  for (const at of markers) {
    pieces.push(text.slice(copied, at), '   ');
    copied = at + 3;
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}

class StopWalk extends Error {
  constructor(readonly problem: YamlProblem) {
    super(problem.message);
  }
}

export function parseYamlDocument(text: string, limits: ParseLimits = defaultParseLimits): ParsedYaml {
  const locations = new Map<string, NodeLocation>();
  const problems: YamlProblem[] = [];
  let document: Document.Parsed;
  try {
    document = parseDocument(withoutLeadingEndMarkers(text), {
      merge: true,
      uniqueKeys: true,
      prettyErrors: false,
      keepSourceTokens: false,
      strict: true,
    });
  } catch (error) {
    // The parser recurses; a pathological nesting depth exhausts the stack before any limit of ours applies.
    const message = error instanceof RangeError ? `nesting is too deep to parse (more than ${limits.maxDepth} levels)` : `YAML cannot be parsed: ${String(error)}`;
    return { value: null, locations, problems: [{ code: 'PARSE_FAILED', message, span: { start: 0, end: 0 }, fatal: true }] };
  }

  for (const error of document.errors) problems.push(toProblem(error, text));
  for (const warning of document.warnings) problems.push(toProblem(warning, text));
  if (problems.some((problem) => problem.fatal)) {
    return { value: null, locations, problems };
  }

  const walker = new Walker(text, locations, limits);
  let value: unknown = null;
  try {
    value = walker.walk(document.contents, '', 0);
    walker.checkAliasBudget();
  } catch (error) {
    if (!(error instanceof StopWalk)) throw error;
    locations.clear();
    return { value: null, locations, problems: [...problems, error.problem] };
  }
  if (document.contents === null) {
    // An empty document: point findings at the start of the file.
    locations.set('', { value: { start: 0, end: 0 }, kind: 'scalar' });
  }
  return { value, locations, problems };
}

function toProblem(error: YAMLError, text: string): YamlProblem {
  const [start, end] = error.pos;
  const span = { start, end: Math.max(start, Math.min(end, text.length)) };
  return { code: error.code, message: describeProblem(error, text, span), span, fatal: !NON_FATAL_CODES.has(error.code) };
}

function describeProblem(error: YAMLError, text: string, span: Span): string {
  const source = text.slice(span.start, Math.min(span.end, span.start + 60));
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return 'duplicate key: the same key appears twice in this mapping and the later value would silently replace the earlier one';
    case 'MULTIPLE_DOCS':
      return 'the file holds more than one YAML document: an inventory is a single document, so everything after the first `---` would be ignored';
    case 'TAG_RESOLVE_FAILED':
      return `unsupported YAML tag ${source.split(/\s/)[0] ?? ''}: an inventory holds plain data only, so the tag is ignored; remove it`;
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation: YAML only allows spaces there';
    default: {
      const firstLine = error.message.split('\n')[0] ?? error.message;
      return `YAML syntax error: ${firstLine.replace(/ at line \d+, column \d+:?$/, '')}`;
    }
  }
}

interface AnchorEntry {
  value: unknown;
  size: number;
}

class Walker {
  readonly #anchors = new Map<string, AnchorEntry>();
  #writtenNodes = 0;
  #expandedNodes = 0;
  #largestAlias: Span | null = null;
  #largestAliasSize = -1;

  constructor(
    readonly text: string,
    readonly locations: Map<string, NodeLocation>,
    readonly limits: ParseLimits,
  ) {}

  /** Sizes are returned through this field to keep the walk allocation-free. */
  #lastSize = 0;

  walk(node: YamlNode | null | undefined, pointer: string, depth: number, key?: Span): unknown {
    if (depth > this.limits.maxDepth) {
      const span = node?.range ? { start: node.range[0], end: node.range[0] } : { start: 0, end: 0 };
      throw new StopWalk(tooDeepProblem(this.limits, span));
    }
    this.#writtenNodes += 1;
    if (node === null || node === undefined) {
      this.#lastSize = 1;
      return null;
    }
    const range = node.range ?? [0, 0, 0];
    const span: Span = { start: range[0], end: range[1] };
    let value: unknown;
    let size = 1;
    if (isScalar(node)) {
      this.locations.set(pointer, key ? { value: span, key, kind: 'scalar' } : { value: span, kind: 'scalar' });
      value = node.value;
      if (typeof value === 'bigint') value = Number(value);
    } else if (isAlias(node)) {
      this.locations.set(pointer, key ? { value: span, key, kind: 'alias' } : { value: span, kind: 'alias' });
      const entry = this.#anchors.get(node.source);
      if (!entry) {
        throw new StopWalk({ code: 'BAD_ALIAS', message: `alias *${node.source} refers to no anchor defined before it`, span, fatal: true });
      }
      value = entry.value;
      size = entry.size;
      this.#expandedNodes += entry.size;
      if (entry.size > this.#largestAliasSize) {
        this.#largestAliasSize = entry.size;
        this.#largestAlias = span;
      }
    } else if (isSeq(node)) {
      this.locations.set(pointer, key ? { value: span, key, kind: 'seq' } : { value: span, kind: 'seq' });
      const items: unknown[] = [];
      node.items.forEach((item, index) => {
        items.push(this.walk(item as YamlNode | null, joinPointer(pointer, index), depth + 1));
        size += this.#lastSize;
      });
      value = items;
    } else if (isMap(node)) {
      this.locations.set(pointer, key ? { value: span, key, kind: 'map' } : { value: span, kind: 'map' });
      const object: Record<string, unknown> = {};
      const merged: unknown[] = [];
      for (const pair of node.items as Pair<unknown, unknown>[]) {
        const keyNode = pair.key as YamlNode | null;
        if (isScalar(keyNode) && typeof keyNode.value === 'symbol') {
          merged.push(this.walk(pair.value as YamlNode | null, joinPointer(pointer, '<<'), depth + 1));
          size += this.#lastSize;
          continue;
        }
        const name = this.keyText(keyNode);
        const keyRange = keyNode?.range;
        const keySpan = keyRange ? { start: keyRange[0], end: keyRange[1] } : span;
        setOwn(object, name, this.walk(pair.value as YamlNode | null, joinPointer(pointer, name), depth + 1, keySpan));
        size += this.#lastSize;
      }
      applyMerges(object, merged);
      value = object;
    } else {
      this.locations.set(pointer, { value: span, kind: 'scalar' });
      value = null;
    }
    if (node.anchor) this.#anchors.set(node.anchor, { value, size });
    this.#lastSize = size;
    return value;
  }

  /** The key a mapping entry is stored under. An alias key (`*name : value`) is the scalar its anchor names, as js-yaml and the `yaml` package read it. */
  keyText(keyNode: YamlNode | null): string {
    if (keyNode === null) return '';
    if (isScalar(keyNode)) return keyNode.value === null ? '' : String(keyNode.value);
    if (isAlias(keyNode)) {
      const anchored = this.#anchors.get(keyNode.source)?.value;
      if (anchored === null) return '';
      if (anchored !== undefined && typeof anchored !== 'object') return String(anchored);
    }
    return String(keyNode);
  }

  checkAliasBudget(): void {
    if (this.#expandedNodes > aliasBudget(this.#writtenNodes, this.limits) && this.#largestAlias) {
      throw new StopWalk(aliasExpansionProblem(this.#writtenNodes, this.#expandedNodes, this.#largestAlias));
    }
  }
}
