import { describeLocation, isMalformed, isRecord, isStated, misspeltKey } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule, type Report } from '../core/rule.js';

export default defineRule({
  meta: {
    id: 'right-to-object',
    severity: 'error',
    reference: 'Art. 21',
    aiOnly: false,
    description: 'A purpose based on legitimate interests offers a way to object; for AI training, before the training starts.',
    messages: {
      noBlock: {
        message: '{purpose} relies on legitimate interests but has no `legitimate_interests` block saying how people can object',
        help: 'let people object where they use the service, honour each objection, and describe it in a `legitimate_interests` block on the purpose, e.g. `objection: in-product`{beforeProcessing}, with the `assessment` of the balancing test',
      },
      noObjection: {
        message: '{purpose} relies on legitimate interests but offers no way to object',
        help: 'let people object where they use the service, honour each objection, and say so under `legitimate_interests`, e.g. `objection: in-product`',
      },
      objectionTooLate: {
        message: '{purpose} trains a model on legitimate interests but does not let people object before the training',
        help: 'offer the objection before their data goes into a model, and record it with `objection_before_processing: true`',
      },
    },
  },
  *check({ model }): Generator<Report<'noBlock' | 'noObjection' | 'objectionTooLate'>> {
    for (const purpose of model.purposes) {
      if (purpose.value.lawful_basis !== 'legitimate-interests') continue;
      const interests = purpose.value.legitimate_interests;
      // A block in another shape, or under a misspelt key (`legitimate_interets:`), is the schema rule's
      // finding: it is there, it cannot be read.
      if (isMalformed(interests, 'mapping') || misspeltKey(purpose.value, 'legitimate_interests', 'purpose') !== undefined) continue;
      const block = joinPointer(purpose.pointer, 'legitimate_interests');
      if (!isRecord(interests)) {
        const beforeProcessing = purpose.value.ai_training === true ? ' and `objection_before_processing: true`' : '';
        yield { messageId: 'noBlock', pointer: block, data: { purpose: describeLocation(model.root, purpose.pointer), beforeProcessing } };
        continue;
      }
      // A route is an enum: blank text or a placeholder (SPEC §2.1 "Not written") names none.
      const objection: unknown = interests.objection;
      if (!isStated(objection) || objection === 'none') {
        if (misspeltKey(interests, 'objection', 'legitimateInterests') === undefined) {
          yield { messageId: 'noObjection', pointer: joinPointer(block, 'objection'), data: { purpose: describeLocation(model.root, purpose.pointer) } };
        }
      } else if (
        purpose.value.ai_training === true &&
        interests.objection_before_processing !== true &&
        !isMalformed(interests.objection_before_processing, 'boolean') &&
        misspeltKey(interests, 'objection_before_processing', 'legitimateInterests') === undefined
      ) {
        yield { messageId: 'objectionTooLate', pointer: joinPointer(block, 'objection_before_processing'), data: { purpose: describeLocation(model.root, purpose.pointer) }, severity: 'warning' };
      }
    }
  },
});
