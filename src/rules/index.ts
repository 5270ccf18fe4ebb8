/** The registry: every rule of ropa-lint, sorted by id. */
import type { Rule } from '../core/rule.js';
import duplicateId from './duplicate-id.js';
import schema from './schema.js';
import unknownReference from './unknown-reference.js';

export const rules: readonly Rule[] = [duplicateId, schema, unknownReference];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule]));
