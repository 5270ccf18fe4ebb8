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
      enum: { message: '`{field}` in {where} is `{given}`, which is not one of the allowed values', help: '{fix}' },
      type: { message: '`{field}` in {where} must be {expected}, but it is {given}', help: 'write `{field}` as {expected}' },
      pattern: { message: '`{field}` in {where} is `{given}`, which is not {expected}', help: '{fix}' },
      format: { message: '`{field}` in {where} is `{given}`, which is not a valid {format}', help: 'write a {format} such as 2027-01-31' },
      const: { message: '`{field}` must be {expected}, but it is {given}', help: 'write `{field}: {expected}`: it is the only version of the format' },
      empty: { message: '`{field}` in {where} is empty', help: 'fill in `{field}` or remove the key' },
      tooFew: { message: '`{field}` in {where} is an empty list, but needs at least one entry', help: 'add at least one entry to `{field}`{example}' },
      unique: { message: '`{field}` in {where} lists the same value twice', help: 'remove the repeated value' },
      invalid: { message: '`{field}` in {where} {detail}', help: 'see schemas/inventory.schema.json for the expected form' },
    },
  },
  *check({ document }) {
    for (const problem of document.problems) {
      yield { messageId: 'syntax', pointer: '', span: problem.span, data: { problem: problem.message } };
    }
    if (document.problems.some((problem) => problem.fatal)) return;
    for (const violation of validateInventory(document.value)) {
      yield { messageId: violation.messageId, pointer: violation.pointer, target: violation.target, data: violation.data };
    }
  },
});
