import { describeLocation, fileNameFor, isMalformed, isStated, LAWFUL_BASES, misspeltKey, stringsOf } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { isAiTraining } from './shared/consent.js';

export default defineRule({
  meta: {
    id: 'purpose-compatibility',
    severity: 'error',
    reference: 'Art. 5(1)(b), 6(4)',
    aiOnly: true,
    description: 'Training on data collected for other purposes needs consent or a documented Art. 6(4) compatibility assessment.',
    messages: {
      reuse: {
        message: '{purpose} trains on data collected for other purposes ({reuse}) without consent or a compatibility assessment',
        help: 'document the Art. 6(4) test (link between the purposes, context of collection, nature of the data, consequences, safeguards) and link it, e.g. `compatibility_assessment: docs/compatibility/{file}.md`, or ask for consent (`lawful_basis: consent`)',
      },
    },
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      if (!isAiTraining(purpose) || purpose.value.lawful_basis === 'consent' || isStated(purpose.value.compatibility_assessment)) continue;
      // A basis outside the format (`Consent`) or under a misspelt key (`lawfull_basis:`) is the schema
      // rule's finding: it may be consent. So is an assessment under a misspelt key: it is written.
      if (isMalformed(purpose.value.lawful_basis, LAWFUL_BASES) || misspeltKey(purpose.value, 'lawful_basis', 'purpose') !== undefined) continue;
      if (misspeltKey(purpose.value, 'compatibility_assessment', 'purpose') !== undefined) continue;
      const id = purpose.value.id;
      const reused = purpose.activity.categories.flatMap((category) => {
        const collectedFor = stringsOf(category.value.collected_for);
        if (collectedFor.length === 0 || (typeof id === 'string' && collectedFor.includes(id))) return [];
        return [`\`${String(category.value.id)}\` collected for ${collectedFor.map((other) => `\`${other}\``).join(', ')}`];
      });
      if (reused.length === 0) continue;
      yield {
        messageId: 'reuse',
        pointer: joinPointer(purpose.pointer, 'compatibility_assessment'),
        data: { purpose: describeLocation(model.root, purpose.pointer), reuse: reused.join('; '), file: fileNameFor(id, 'purpose') },
      };
    }
  },
});
