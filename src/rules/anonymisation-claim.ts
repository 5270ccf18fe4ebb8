import { describeLocation, fileNameFor, isStated } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';

export default defineRule({
  meta: {
    id: 'anonymisation-claim',
    severity: 'warning',
    reference: 'Recital 26; EDPB Opinion 28/2024',
    aiOnly: false,
    description: 'A data category claimed to be anonymised links the assessment that backs the claim.',
    messages: {
      unsupported: {
        message: '{category} is claimed anonymised without an anonymisation assessment',
        help: 'link the assessment showing that no one can reasonably be identified, e.g. `anonymisation_assessment: docs/anonymisation/{file}.md`, or set `anonymised: false` and treat the data as personal data',
      },
    },
  },
  *check({ model }) {
    for (const category of model.categories) {
      if (category.value.anonymised !== true) continue;
      if (isStated(category.value.anonymisation_assessment)) continue;
      const id = category.value.id;
      yield {
        messageId: 'unsupported',
        pointer: joinPointer(category.pointer, 'anonymised'),
        data: { category: describeLocation(model.root, category.pointer), file: fileNameFor(id, 'category') },
      };
    }
  },
});
