import { describeLocation, isStated, misspeltKey } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';

export default defineRule({
  meta: {
    id: 'lawful-basis-missing',
    severity: 'error',
    reference: 'Art. 6(1)',
    aiOnly: false,
    description: 'Every purpose of a controller names the Art. 6(1) lawful basis it relies on.',
    messages: {
      missing: {
        message: '{purpose} has no lawful basis',
        help: 'add `lawful_basis:` with one of consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests (Art. 6(1)(a)–(f)), e.g. `lawful_basis: consent`',
      },
    },
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      // Blank text or a placeholder such as `TBD` names no basis (SPEC §2.1 "Not written"). Asked
      // first: most purposes name one, and it is read from the purpose alone.
      if (isStated(purpose.value.lawful_basis)) continue;
      // A processor acts on its controllers' basis, and Art. 30(2) gives its record no basis
      // to write; training for its own ends makes it a controller (Art. 28(10)), so that still needs one.
      if (purpose.activity.value.role === 'processor' && purpose.value.ai_training !== true) continue;
      // `lawfull_basis: consent` names one under a misspelt key: the schema rule's finding, with the key to write.
      if (misspeltKey(purpose.value, 'lawful_basis', 'purpose') !== undefined) continue;
      yield { messageId: 'missing', pointer: joinPointer(purpose.pointer, 'lawful_basis'), data: { purpose: describeLocation(model.root, purpose.pointer) } };
    }
  },
});
