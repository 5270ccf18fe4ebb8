// The YAML facade as it was before the fast reader: every file on the `yaml` Document model.
// bench.mjs bundles the CLI with this module in place of src/core/yaml-source.ts, to time the
// whole check before and after.
import { parseYamlDocument } from '../../src/core/yaml-document-source.js';
import { type ParsedYaml, type ParseLimits, defaultParseLimits } from '../../src/core/yaml-types.js';

export type { NodeLocation, ParsedYaml, ParseLimits, Span, YamlProblem } from '../../src/core/yaml-types.js';
export { defaultParseLimits } from '../../src/core/yaml-types.js';

export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseYaml(text: string, limits: ParseLimits = defaultParseLimits): ParsedYaml {
  return parseYamlDocument(text, limits);
}
