/**
 * The one module the rest of the code asks for YAML. It turns source text into the plain
 * value the rules read and an index from JSON Pointer to source spans, so that the parser
 * can be swapped without touching rules, the engine or the formatters.
 *
 * Two readers stand behind it and give the same value and spans: the fast one
 * (`yaml-event-source.ts`: parse events, from our stream scanner or js-yaml's list, built into
 * the value by `yaml-builder.ts`) reads the plain data inventories are made of; whenever a
 * file holds anything it does not handle — a syntax error, a duplicate key, a tag, several
 * documents — the complete one (`yaml-document-source.ts`, the `yaml` package's Document
 * model) reads it again and reports every problem with its position.
 */
import { parseYamlDocument } from './yaml-document-source.js';
import { parseYamlEvents } from './yaml-event-source.js';
import { hasKeyInPointers, LazyLocations } from './yaml-locations.js';
import { type ParsedYaml, type ParseLimits, defaultParseLimits } from './yaml-types.js';

export type { NodeLocation, ParsedYaml, ParseLimits, Span, YamlProblem } from './yaml-types.js';
export { defaultParseLimits } from './yaml-types.js';

/** Editors hide a UTF-8 byte-order mark; columns are counted as they show them. */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Whether a mapping anywhere in the document has the key `name`. A key that reaches the value
 * through a merge or an alias is written in the document too, so the answer holds for the value:
 * a caller looking for a key most documents never write can skip its walk of the whole value.
 */
export function hasKeyAnywhere(document: ParsedYaml, name: string): boolean {
  const locations = document.locations;
  return locations instanceof LazyLocations ? locations.hasKey(name) : hasKeyInPointers(locations, name);
}

export function parseYaml(text: string, limits: ParseLimits = defaultParseLimits): ParsedYaml {
  return parseYamlEvents(text, limits) ?? parseYamlDocument(text, limits);
}
