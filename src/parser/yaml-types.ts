/**
 * The shapes shared by the YAML readers (`yaml-event-source.ts`, the fast path, and
 * `yaml-document-source.ts`, the complete one). Everything outside `src/parser/`
 * imports them through `yaml-source.ts`.
 */

/** A half-open range of character offsets into the source text. */
export interface Span {
  start: number;
  end: number;
}

export interface NodeLocation {
  /** The value node. For a block collection it covers every line of the collection. */
  value: Span;
  /** The key of the mapping pair that holds the value, when there is one. */
  key?: Span;
  kind: 'map' | 'seq' | 'scalar' | 'alias';
}

export interface YamlProblem {
  code: string;
  message: string;
  span: Span;
  /** A fatal problem leaves no trustworthy value: only syntax findings are reported. */
  fatal: boolean;
}

export interface ParsedYaml {
  value: unknown;
  locations: Map<string, NodeLocation>;
  problems: YamlProblem[];
}

export interface ParseLimits {
  /** Deepest nesting of collections accepted. */
  maxDepth: number;
  /** Nodes that aliases may add on top of the written ones, as a multiple of the written ones. */
  aliasExpansionFactor: number;
}

export const defaultParseLimits: ParseLimits = { maxDepth: 200, aliasExpansionFactor: 10 };

export function tooDeepProblem(limits: ParseLimits, span: Span): YamlProblem {
  return { code: 'TOO_DEEP', message: `nesting is deeper than ${limits.maxDepth} levels: an inventory never needs that, so the file is not read further`, span, fatal: true };
}

export function aliasExpansionProblem(written: number, expanded: number, span: Span): YamlProblem {
  return {
    code: 'ALIAS_EXPANSION',
    message: `aliases expand ${written} written nodes to more than ${expanded} (an alias bomb?): the file is not read further`,
    span,
    fatal: true,
  };
}

/** The most nodes aliases may expand to before the file is refused. */
export function aliasBudget(written: number, limits: ParseLimits): number {
  return written * limits.aliasExpansionFactor + 10_000;
}

/** Assigns an own property even for `__proto__`, so no key can reach a prototype. */
export function setOwn(object: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') {
    Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
  } else {
    object[name] = value;
  }
}

/**
 * Applies YAML merge keys (`<<`) the way both readers do: keys written in the mapping win,
 * then each merged mapping in order adds the keys not yet present. Anything that is not a
 * mapping is ignored.
 */
export function applyMerges(object: Record<string, unknown>, merged: unknown[]): void {
  for (const item of merged) {
    if (Array.isArray(item)) {
      for (const source of item) mergeInto(object, source);
    } else {
      mergeInto(object, item);
    }
  }
}

function mergeInto(object: Record<string, unknown>, source: unknown): void {
  if (source === null || typeof source !== 'object' || Array.isArray(source)) return;
  const record = source as Record<string, unknown>;
  for (const name of Object.keys(record)) {
    if (!Object.prototype.hasOwnProperty.call(object, name)) setOwn(object, name, record[name]);
  }
}
