/**
 * `.ropa-lint.yaml`: rule severities, inventory globs and fail-on, validated against
 * schemas/config.schema.json. Every bad entry is reported with its line and column.
 */
import { validate } from '../generated/config-validator.js';
import { ConfigError } from './errors.js';
import { isRecord } from './inventory.js';
import { LineIndex } from './line-index.js';
import { Locator } from './locate.js';
import { joinPointer, lastSegment } from './pointer.js';
import { suggestClosest } from './suggest.js';
import type { FailOn, RuleSetting } from './types.js';
import { parseYaml, stripByteOrderMark } from '../parser/yaml-source.js';

export interface Config {
  rules: Record<string, RuleSetting>;
  inventory: string[] | undefined;
  failOn: FailOn | undefined;
}

export { ConfigError };

/** Parses and validates a config file's text; throws ConfigError naming each bad entry. */
export function parseConfig(text: string, file: string, knownRuleIds: readonly string[]): Config {
  const source = stripByteOrderMark(text);
  const document = parseYaml(source);
  const locator = new Locator(document.locations, new LineIndex(source));
  const at = (pointer: string, target: 'node' | 'key' = 'node') => {
    const range = locator.locate(pointer, target);
    return `${file}:${range.line}:${range.column}`;
  };
  const problems: string[] = [];
  for (const problem of document.problems) {
    const range = locator.toRange(problem.span);
    problems.push(`${file}:${range.line}:${range.column}: ${problem.message}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const value = document.value ?? {};
  if (!validate(value)) {
    for (const error of validate.errors ?? []) {
      if (error.keyword === 'pattern' && error.instancePath === '/rules') continue; // reported below as an unknown rule
      if (error.keyword === 'propertyNames') continue;
      if (error.keyword === 'additionalProperties') {
        const key = String((error.params as { additionalProperty: string }).additionalProperty);
        const suggestion = suggestClosest(key, ['rules', 'inventory', 'fail-on']);
        problems.push(`${at(joinPointer(error.instancePath, key), 'key')}: unknown key \`${key}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}; allowed: rules, inventory, fail-on`);
      } else if (error.keyword === 'enum') {
        const field = error.instancePath.startsWith('/rules/') ? `severity of rule \`${lastSegment(error.instancePath)}\`` : `\`${lastSegment(error.instancePath)}\``;
        problems.push(`${at(error.instancePath)}: ${field} is \`${String(error.data)}\`; allowed: ${(error.schema as string[]).join(', ')}`);
      } else {
        problems.push(`${at(error.instancePath)}: \`${lastSegment(error.instancePath) || 'the config'}\` ${error.message ?? 'is invalid'}`);
      }
    }
  }
  const rules: Record<string, RuleSetting> = {};
  const rawRules = isRecord(value) && isRecord(value.rules) ? value.rules : {};
  for (const [id, setting] of Object.entries(rawRules)) {
    if (!knownRuleIds.includes(id)) {
      const suggestion = suggestClosest(id, knownRuleIds);
      problems.push(`${at(joinPointer('/rules', id), 'key')}: unknown rule \`${id}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}; \`ropa-lint --list-rules\` lists them all`);
    } else if (typeof setting === 'string') {
      rules[id] = setting as RuleSetting;
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const record = isRecord(value) ? value : {};
  const inventory = record.inventory === undefined ? undefined : ([] as string[]).concat(record.inventory as string | string[]);
  return { rules, inventory, failOn: record['fail-on'] as FailOn | undefined };
}
