import { type Consent, describeLocation } from '../core/inventory.js';
import { pointerOf } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { rejectedBlocks } from './shared/consent.js';

export default defineRule({
  meta: {
    id: 'consent-given-by-third-party',
    severity: 'error',
    reference: 'Art. 4(11)',
    aiOnly: false,
    description: 'Consent comes from the people whose data it is, not from an account administrator or customer on their behalf.',
    messages: {
      accountAdmin: {
        message: '{purpose} takes consent from an account administrator (given_by: account-admin), who cannot consent for the people whose data it is',
        help: 'ask each person whose data is used (`given_by: data-subject`, or `given_by: all-participants` for communications), or rely on another lawful basis',
      },
    },
  },
  *check({ model }) {
    for (const { purpose, consent } of rejectedBlocks(model.purposes, 'consent-given-by-third-party')) {
      yield {
        messageId: 'accountAdmin',
        pointer: `${purpose.pointer}${pointerOf('consent', 'given_by')}`,
        data: { purpose: describeLocation(model.root, purpose.pointer) },
      };
    }
  },
});
