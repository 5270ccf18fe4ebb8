/**
 * The registry: every rule of ropa-lint, one import per line, exported sorted by id.
 * A test keeps it, the rules' tests, their docs pages and SPEC.md's rule table in step.
 */
import type { Rule } from '../core/rule.js';
import duplicateId from './duplicate-id.js';
import schema from './schema.js';
import unknownReference from './unknown-reference.js';

const all: Rule[] = [
  duplicateId,
  schema,
  unknownReference,
];

export const rules: readonly Rule[] = all.sort((a, b) => a.meta.id.localeCompare(b.meta.id));

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule]));
