import { describeLocation, isMalformed, isStated, misspeltKey, type Processor, recordsOf } from '../core/inventory.js';
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
      unconfirmed: {
        message: '{processor} of {activity} points to a contract (`dpa_reference`) but does not record that it is a data processing agreement',
        help: 'check that the contract covers every point of Art. 28(3) (instructions, confidentiality, security, sub-processors, deletion, audits), then set `dpa: true`',
      },
    },
  },
  *check({ model }) {
    for (const activity of model.activities) {
      for (const processor of recordsOf<Processor>(activity.value.processors, joinPointer(activity.pointer, 'processors'))) {
        // `dpa: true` is what the record states; dpa_reference only says where the contract is. `dpa: yes`
        // (text in YAML 1.2) or `dpaa: true` is the schema rule's finding, not a processor without a contract.
        if (processor.value.dpa === true || isMalformed(processor.value.dpa, 'boolean') || misspeltKey(processor.value, 'dpa', 'processor') !== undefined) continue;
        const name = processor.value.name;
        const named = typeof name === 'string' && isStated(name);
        yield {
          messageId: isStated(processor.value.dpa_reference) ? 'unconfirmed' : 'missing',
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
