import { type Consent, describeLocation } from '../core/inventory.js';
import { pointerOf } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { rejectedBlocks } from './shared/consent.js';

/** What each non-opt-in way of collecting treats as consent, for the message. */
const TAKEN_AS_CONSENT: Record<string, string> = {
  'opt-out': 'not opting out',
  'pre-ticked': 'a pre-ticked box',
  implied: 'continued use of the service',
  'terms-acceptance': 'acceptance of the terms of service',
};

export default defineRule({
  meta: {
    id: 'consent-not-opt-in',
    severity: 'error',
    reference: 'Art. 4(11), Recital 32; CJEU C-673/17 Planet49',
    aiOnly: false,
    description: 'Consent is collected by a clear affirmative act (opt-in), not by silence, a pre-ticked box, continued use or accepting the terms.',
    messages: {
      notOptIn: {
        message: '{purpose} takes {taken} as consent (collection: {collection}), which is not a clear affirmative act',
        help: 'ask before processing with an unticked choice the person must actively make and set `collection: opt-in`, or rely on another lawful basis',
      },
    },
  },
  *check({ model }) {
    for (const { purpose, consent } of rejectedBlocks(model.purposes, 'consent-not-opt-in')) {
      const collection = String(consent.collection);
      yield {
        messageId: 'notOptIn',
        pointer: `${purpose.pointer}${pointerOf('consent', 'collection')}`,
        data: { purpose: describeLocation(model.root, purpose.pointer), taken: TAKEN_AS_CONSENT[collection] ?? collection, collection },
      };
    }
  },
});
