import { describeLocation } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { atBase, shown } from './shared/comparison.js';
import { isAiTraining } from './shared/consent.js';

export default defineRule({
  meta: {
    id: 'new-ai-training-purpose',
    severity: 'notice',
    reference: 'Art. 25(1), 35(1)',
    aiOnly: true,
    comparison: true,
    description: 'A change adds an AI-training purpose, or makes an existing purpose train models: it asks for a privacy review before it ships.',
    messages: {
      added: {
        message: '{purpose} is a new AI-training purpose: it was not in the record at base',
        help: 'have the privacy team review it before merging (the DPIA in `dpia:`, the lawful basis and consent, the privacy notice); if the purpose does not train, fine-tune or evaluate a model, set `ai_training: false`',
      },
      becameAiTraining: {
        message: '{purpose} now trains AI models: ai_training was {was} {atBase}, is true now',
        help: 'have the privacy team review the new use before merging: the data was collected for something else, so check the lawful basis, consent or `compatibility_assessment`, the DPIA in `dpia:` and the privacy notice',
      },
    },
  },
  *check({ comparison, model, file }) {
    for (const pair of comparison?.pairs ?? []) {
      const purpose = pair.head;
      if (!isAiTraining(purpose)) continue;
      const data: Record<string, string> = { purpose: describeLocation(model.root, purpose.pointer) };
      if (pair.base === undefined) {
        yield { messageId: 'added', pointer: joinPointer(purpose.pointer, 'id'), data };
        continue;
      }
      if (isAiTraining(pair.base)) continue;
      yield { messageId: 'becameAiTraining', pointer: joinPointer(purpose.pointer, 'ai_training'), data: { ...data, was: shown(pair.base.value.ai_training), atBase: atBase(pair, file) } };
    }
  },
});
