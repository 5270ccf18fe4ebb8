import { describeLocation, fileNameFor, isMalformed, isRecord, isStated, misspeltKey } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';

export default defineRule({
  meta: {
    id: 'legitimate-interests-assessment',
    severity: 'error',
    reference: 'Art. 6(1)(f); EDPB Opinion 28/2024',
    aiOnly: false,
    description: 'A purpose based on legitimate interests links the documented balancing test behind it.',
    messages: {
      missing: {
        message: '{purpose} relies on legitimate interests without a documented assessment',
        help: 'write down the three-step test (legitimate interest, necessity, balancing against the people\'s rights) and link it under `legitimate_interests`, e.g. `assessment: docs/lia/{file}.md`',
      },
    },
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      if (purpose.value.lawful_basis !== 'legitimate-interests') continue;
      const interests = purpose.value.legitimate_interests;
      // Blank text or a placeholder such as `TODO` is no assessment (SPEC §2.1 "Not written").
      if (isRecord(interests) && isStated(interests.assessment)) continue;
      // A block written in another shape (`legitimate_interests: see LIA`) is the schema rule's finding: it may name one.
      if (isMalformed(interests, 'mapping')) continue;
      // So is a block or an assessment under a misspelt key (`legitimate_interest:`, `assesment:`): it names the key to write.
      if (misspeltKey(purpose.value, 'legitimate_interests', 'purpose') !== undefined || misspeltKey(interests, 'assessment', 'legitimateInterests') !== undefined) continue;
      const id = purpose.value.id;
      yield {
        messageId: 'missing',
        pointer: joinPointer(joinPointer(purpose.pointer, 'legitimate_interests'), 'assessment'),
        data: { purpose: describeLocation(model.root, purpose.pointer), file: fileNameFor(id, 'purpose') },
      };
    }
  },
});
