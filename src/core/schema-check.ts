/**
 * JSON Schema validation of an inventory, with ajv errors turned into findings that say
 * what is wrong in words a DPO understands and what to write instead.
 */
import type { ErrorObject } from 'ajv';
import { validate } from '../generated/inventory-validator.js';
import { describeLocation } from './inventory.js';
import { joinPointer, lastSegment } from './pointer.js';
import { suggestClosest } from './suggest.js';

export type SchemaMessageId = 'unknownKey' | 'missing' | 'enum' | 'type' | 'pattern' | 'format' | 'const' | 'empty' | 'tooFew' | 'unique' | 'invalid';

export interface SchemaViolation {
  messageId: SchemaMessageId;
  pointer: string;
  target: 'node' | 'key';
  data: Record<string, string>;
}

export function validateInventory(value: unknown): SchemaViolation[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => toViolation(error, value));
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  object: 'a mapping of keys to values',
  array: 'a list',
  null: 'empty (null)',
  integer: 'a whole number',
  number: 'a number',
};

function typeOfValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}

interface SchemaNode {
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
  examples?: unknown[];
}

/**
 * A field's description as a help line reads it: the schema's descriptions end with the rules
 * the field drives (`Drives: ...`), which editors show and a fix does not need.
 */
export function plainDescription(description: string | undefined): string {
  return (description ?? '').replace(/\s*Drives: [^]*$/, '');
}

/** A value in YAML flow style for a help line: `{id: a, ai_training: false}`. */
function flowYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(', ')}]`;
  if (typeof value === 'object' && value !== null) return `{${Object.entries(value).map(([key, item]) => `${key}: ${flowYaml(item)}`).join(', ')}}`;
  return String(value);
}

function toViolation(error: ErrorObject, root: unknown): SchemaViolation {
  const where = describeLocation(root, error.instancePath);
  const field = lastSegment(error.instancePath) || 'the inventory';
  const parentSchema = (error.parentSchema ?? {}) as SchemaNode;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(parentSchema.properties ?? {});
      const suggestion = suggestClosest(key, known);
      return {
        messageId: 'unknownKey',
        pointer: joinPointer(error.instancePath, key),
        target: 'key',
        data: {
          key,
          where,
          fix: suggestion ? `did you mean \`${suggestion}\`? (Keys starting with \`x-\` are free for your own use.)` : `use one of ${known.map((name) => `\`${name}\``).join(', ')}, or prefix your own keys with \`x-\``,
        },
      };
    }
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      const property = parentSchema.properties?.[missing];
      const values = property?.enum?.filter((option) => option !== null);
      const description = `${plainDescription(property?.description)}${values ? ` One of: ${values.join(', ')}.` : ''}`;
      return { messageId: 'missing', pointer: joinPointer(error.instancePath, missing), target: 'key', data: { key: missing, where, description } };
    }
    case 'enum': {
      const allowed = (error.schema as unknown[]).map((option) => (option === null ? 'null' : String(option)));
      const given = typeof error.data === 'string' ? error.data : typeOfValue(error.data);
      const suggestion = typeof error.data === 'string' ? suggestClosest(error.data, allowed) : undefined;
      return {
        messageId: 'enum',
        pointer: error.instancePath,
        target: 'node',
        data: { field, where, given, allowed: allowed.join(', '), fix: suggestion ? `did you mean \`${suggestion}\`?` : `use one of: ${allowed.join(', ')}` },
      };
    }
    case 'type': {
      const expected = ([] as string[]).concat((error.params as { type: string | string[] }).type);
      return {
        messageId: 'type',
        pointer: error.instancePath,
        target: 'node',
        data: { field, where, expected: expected.map((type) => TYPE_WORDS[type] ?? type).join(' or '), given: typeOfValue(error.data) },
      };
    }
    case 'pattern': {
      const given = String(error.data);
      const isId = (error.schema as string).startsWith('^[a-z0-9]+');
      const kebab = given.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
      return {
        messageId: 'pattern',
        pointer: error.instancePath,
        target: 'node',
        data: {
          field,
          where,
          given,
          expected: isId ? 'a kebab-case id (lowercase letters and digits joined by single hyphens)' : firstSentence(parentSchema.description) || `text matching ${String(error.schema)}`,
          fix: isId && kebab ? `write \`${kebab}\`` : `write ${firstSentence(parentSchema.description) || 'a value in the documented form'}`,
        },
      };
    }
    case 'format':
      return { messageId: 'format', pointer: error.instancePath, target: 'node', data: { field, where, given: String(error.data), format: String(error.schema) } };
    case 'const':
      return { messageId: 'const', pointer: error.instancePath, target: 'node', data: { field, where, expected: String(error.schema), given: typeOfValue(error.data) } };
    case 'minLength':
      return { messageId: 'empty', pointer: error.instancePath, target: 'node', data: { field, where } };
    case 'minItems': {
      const example = parentSchema.examples?.[0];
      const entry = Array.isArray(example) && example.length > 0 ? `, e.g. \`- ${flowYaml(example[0])}\`` : '';
      return { messageId: 'tooFew', pointer: error.instancePath, target: 'node', data: { field, where, example: entry } };
    }
    case 'uniqueItems':
      return { messageId: 'unique', pointer: error.instancePath, target: 'node', data: { field, where } };
    default:
      return { messageId: 'invalid', pointer: error.instancePath, target: 'node', data: { field, where, detail: error.message ?? 'is invalid' } };
  }
}

/** A description's opening clause, up to its first stop, semicolon or parenthesis: `ISO 3166-1 alpha-2 code of the destination country`. */
function firstSentence(description: string | undefined): string {
  return plainDescription(description).split(/;|\s\(|\.\s|\.$/)[0]!;
}
