import { describeLocation, type Processor, recordsOf } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';

export default defineRule({
  meta: {
    id: 'processor-dpa',
    severity: 'error',
    reference: 'Art. 28(3)',
    aiOnly: false,
    description: 'Every processor works under an Art. 28(3) data processing agreement.',
    messages: {
      missing: {
        message: '{processor} of {activity} has no data processing agreement',
        help: 'sign an Art. 28(3) contract with {name} that binds it to your instructions, then set `dpa: true`',
      },
    },
  },
  *check({ model }) {
    for (const activity of model.activities) {
      for (const processor of recordsOf<Processor>(activity.value.processors, joinPointer(activity.pointer, 'processors'))) {
        if (processor.value.dpa === true) continue;
        const name = processor.value.name;
        const named = typeof name === 'string' && name !== '';
        yield {
          messageId: 'missing',
          // Missing `dpa` falls back to the processor, which the locator shows by its name.
          pointer: joinPointer(processor.pointer, 'dpa'),
          data: {
            processor: describeLocation(model.root, processor.pointer),
            activity: describeLocation(model.root, activity.pointer),
            name: named ? name : 'the processor',
          },
        };
      }
    }
  },
});
