import { type Consent, describeLocation } from '../core/inventory.js';
import { pointerOf } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { rejectedBlocks } from './shared/consent.js';

export default defineRule({
  meta: {
    id: 'consent-not-granular',
    severity: 'error',
    reference: 'Recitals 32, 43',
    aiOnly: false,
    description: 'Consent is asked separately for each purpose, not once for a bundle of purposes.',
    messages: {
      notGranular: {
        message: '{purpose} asks for consent together with other purposes (granular: false) instead of on its own',
        help: 'ask for this purpose with its own choice, which people can accept or refuse separately, and set `granular: true`',
      },
    },
  },
  *check({ model }) {
    for (const { purpose, consent } of rejectedBlocks(model.purposes, 'consent-not-granular')) {
      yield {
        messageId: 'notGranular',
        pointer: `${purpose.pointer}${pointerOf('consent', 'granular')}`,
        data: { purpose: describeLocation(model.root, purpose.pointer) },
      };
    }
  },
});
