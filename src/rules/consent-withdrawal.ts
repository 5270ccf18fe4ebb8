import { describeLocation, isStated } from '../core/inventory.js';
import { pointerOf } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { rejectedBlocks } from './shared/consent.js';

const ROUTE_NAMES: Record<string, string> = { email: 'sending an e-mail', 'support-request': 'filing a support request' };

export default defineRule({
  meta: {
    id: 'consent-withdrawal',
    severity: 'error',
    reference: 'Art. 7(3)',
    aiOnly: false,
    description: 'Consent can be withdrawn in the product, as easily as it was given.',
    messages: {
      noWithdrawal: {
        message: '{purpose} offers no way to withdraw consent (withdrawal: none)',
        help: 'let people withdraw where they gave consent, e.g. a switch in the product settings, and set `withdrawal: in-product`',
      },
      harderThanGiving: {
        message: '{purpose} lets people withdraw consent only by {route} (withdrawal: {withdrawal}), which is harder than giving it in the product',
        help: 'let people withdraw where they gave consent, e.g. a switch in the product settings, and set `withdrawal: in-product`',
      },
      notStated: {
        message: '{purpose} does not say how consent is withdrawn',
        help: 'offer withdrawal where consent is given, e.g. a switch in the product settings, and add `withdrawal: in-product` to the consent block',
      },
    },
  },
  *check({ model }) {
    for (const { purpose, consent } of rejectedBlocks(model.purposes, 'consent-withdrawal')) {
      const withdrawal: unknown = consent.withdrawal;
      const data = { purpose: describeLocation(model.root, purpose.pointer) };
      const pointer = `${purpose.pointer}${pointerOf('consent', 'withdrawal')}`;
      if (!isStated(withdrawal)) yield { messageId: 'notStated', pointer, data };
      else if (withdrawal === 'none') yield { messageId: 'noWithdrawal', pointer, data };
      else yield { messageId: 'harderThanGiving', pointer, data: { ...data, withdrawal: String(withdrawal), route: ROUTE_NAMES[String(withdrawal)] ?? String(withdrawal) } };
    }
  },
});
