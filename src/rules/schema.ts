import { defineRule } from '../core/rule.js';
import { type SchemaMessageId, validateInventory } from '../core/schema-check.js';

type MessageId = SchemaMessageId | 'syntax';

export default defineRule<MessageId>({
  meta: {
    id: 'schema',
    severity: 'error',
    reference: null,
    aiOnly: false,
    description: 'The file is valid YAML and follows the inventory format (schemas/inventory.schema.json).',
    messages: {
      syntax: { message: '{problem}', help: 'fix the YAML at this position; the rest of the file is checked once it parses' },
      unknownKey: { message: 'unknown key `{key}` in {where}', help: '{fix}' },
      missing: { message: '{where} lacks the required key `{key}`', help: 'add `{key}:` here: {description}' },
      enum: { message: '{subject} is `{given}`, which is not one of the allowed values', help: '{fix}' },
      enumItem: { message: '`{given}` in `{list}` of {where} is not one of the allowed values', help: '{fix}' },
      type: { message: '{subject} must be {expected}, but it is {given}', help: '{fix}' },
      notMapping: { message: '{subject} must be a mapping of keys to values, but it is {given}', help: '{fix}' },
      notList: { message: '{subject} must be a list, each entry starting with `- `, but it is {given}', help: '{fix}' },
      pattern: { message: '{subject} is `{given}`, which is not {expected}', help: '{fix}' },
      patternItem: { message: '`{given}` in `{list}` of {where} is not {expected}', help: '{fix}' },
      country: { message: '`{given}` in `country` of {where} is not a two-letter ISO 3166-1 code', help: '{fix}' },
      format: { message: '{subject} is `{given}`, which is not a valid {format}', help: 'write a {format} as YYYY-MM-DD, e.g. 2027-01-31' },
      const: { message: '`{field}` must be {expected}, but it is {given}', help: 'write `{field}: {expected}`: it is the only version of the format' },
      empty: { message: '{subject} is empty', help: '{fix}' },
      tooFew: { message: '`{field}` in {where} is an empty list, but needs at least one entry', help: 'add at least one entry to `{field}`{example}' },
      unique: { message: '{subject} lists the same value twice', help: 'remove the repeated value' },
      invalid: { message: '{subject} {detail}', help: 'see schemas/inventory.schema.json and docs/inventory-format.md for the expected form' },
    },
  },
  *check({ document }) {
    for (const problem of document.problems) {
      yield { messageId: 'syntax', pointer: '', span: problem.span, data: { problem: problem.message } };
    }
    if (document.problems.some((problem) => problem.fatal)) return;
    for (const violation of validateInventory(document.value)) {
      yield { messageId: violation.messageId, pointer: violation.pointer, target: violation.target, data: violation.data, ...(violation.fix ? { fix: violation.fix } : {}) };
    }
  },
});
