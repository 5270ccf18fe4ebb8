import { describeLocation } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { isAiTraining } from './shared/consent.js';

export default defineRule({
  meta: {
    id: 'ai-training-contract-basis',
    severity: 'error',
    reference: 'Art. 6(1)(b); EDPB Guidelines 2/2019',
    aiOnly: true,
    description: 'Training a model is not necessary to perform a contract with the user, so contract is not a lawful basis for it.',
    messages: {
      contract: {
        message: '{purpose} relies on contract for AI training, but training a model is not necessary to perform the contract with the user',
        help: 'choose `lawful_basis: consent` (with an opt-in `consent` block) or `lawful_basis: legitimate-interests` (with an `assessment` and an objection offered before training under `legitimate_interests`)',
      },
    },
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      if (!isAiTraining(purpose) || purpose.value.lawful_basis !== 'contract') continue;
      yield { messageId: 'contract', pointer: joinPointer(purpose.pointer, 'lawful_basis'), data: { purpose: describeLocation(model.root, purpose.pointer) } };
    }
  },
});
