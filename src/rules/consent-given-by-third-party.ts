import { describeLocation } from '../core/inventory.js';
import { pointerOf } from '../core/pointer.js';
import { defineRule, type Report } from '../core/rule.js';
import { categoriesFrom, COMMUNICATIONS_SOURCES, rejectedBlocks } from './shared/consent.js';

export default defineRule({
  meta: {
    id: 'consent-given-by-third-party',
    severity: 'error',
    reference: 'Art. 4(11); ePrivacy Art. 5(1)',
    aiOnly: false,
    description: 'Consent comes from the people whose data it is: not from an account administrator or customer on their behalf, and on communications from every participant, not one.',
    messages: {
      accountAdmin: {
        message: '{purpose} takes consent from an account administrator (given_by: account-admin), who cannot consent for the people whose data it is',
        help: 'ask each person whose data is used (`given_by: data-subject`, or `given_by: all-participants` for communications), or rely on another lawful basis',
      },
      oneParticipant: {
        message: '{purpose} uses communications ({categories}) with consent from one participant (given_by: data-subject), who cannot consent for the others in the conversation',
        help: 'ask everyone taking part, senders and recipients alike, before their communications are used and set `given_by: all-participants`, or keep communications out of this purpose',
      },
    },
  },
  *check({ model }): Generator<Report<'accountAdmin' | 'oneParticipant'>> {
    for (const { purpose, consent } of rejectedBlocks(model.purposes, 'consent-given-by-third-party')) {
      const pointer = `${purpose.pointer}${pointerOf('consent', 'given_by')}`;
      const name = describeLocation(model.root, purpose.pointer);
      if (consent.given_by === 'account-admin') {
        yield { messageId: 'accountAdmin', pointer, data: { purpose: name } };
        continue;
      }
      const categories = categoriesFrom(purpose, COMMUNICATIONS_SOURCES)
        .map((category) => (typeof category.value.id === 'string' ? `\`${category.value.id}\`` : 'a data category'))
        .join(', ');
      yield { messageId: 'oneParticipant', pointer, data: { purpose: name, categories } };
    }
  },
});
