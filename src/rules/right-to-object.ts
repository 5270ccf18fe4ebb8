import { describeLocation, isRecord } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';

export default defineRule({
  meta: {
    id: 'right-to-object',
    severity: 'error',
    reference: 'Art. 21',
    aiOnly: false,
    description: 'A purpose based on legitimate interests offers a way to object; for AI training, before the training starts.',
    messages: {
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
  *check({ model }) {
    for (const purpose of model.purposes) {
      if (purpose.value.lawful_basis !== 'legitimate-interests') continue;
      const interests = isRecord(purpose.value.legitimate_interests) ? purpose.value.legitimate_interests : {};
      const block = joinPointer(purpose.pointer, 'legitimate_interests');
      const data = { purpose: describeLocation(model.root, purpose.pointer) };
      const objection: unknown = interests.objection;
      if (objection === undefined || objection === null || objection === 'none' || (typeof objection === 'string' && objection.trim() === '')) {
        yield { messageId: 'noObjection', pointer: joinPointer(block, 'objection'), data };
      } else if (purpose.value.ai_training === true && interests.objection_before_processing !== true) {
        yield { messageId: 'objectionTooLate', pointer: joinPointer(block, 'objection_before_processing'), data, severity: 'warning' };
      }
    }
  },
});
