import { describeLocation } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { isAiTraining } from './shared/consent.js';

export default defineRule({
  meta: {
    id: 'processor-own-purpose',
    severity: 'error',
    reference: 'Art. 28(10)',
    aiOnly: true,
    description: 'A processor that trains models on its customers\' data for its own purposes becomes a controller of that processing.',
    messages: {
      ownPurpose: {
        message: '{purpose} trains models in {activity}, where the organisation is a processor: training for its own ends makes it a controller of that processing',
        help: 'move this purpose to an activity with `role: controller` and its own `lawful_basis`, or train only for the customer on the customer\'s documented instructions (Art. 28(3)(a)) and record that with `x-ropa-lint-ignore` and a reason',
      },
    },
  },
  *check({ model }) {
    for (const activity of model.activities) {
      if (activity.value.role !== 'processor') continue;
      for (const purpose of activity.purposes) {
        if (!isAiTraining(purpose)) continue;
        yield {
          messageId: 'ownPurpose',
          pointer: joinPointer(purpose.pointer, 'ai_training'),
          data: { purpose: describeLocation(model.root, purpose.pointer), activity: describeLocation(model.root, activity.pointer) },
        };
      }
    }
  },
});
