import { describeLocation } from '../core/inventory.js';
import { pointerOf } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { rejectedBlocks } from './shared/consent.js';

export default defineRule({
  meta: {
    id: 'consent-bundled',
    severity: 'error',
    reference: 'Art. 7(4), Recital 43',
    aiOnly: false,
    description: 'The service is not refused to people who decline consent: consent that is a condition of the service is not freely given.',
    messages: {
      bundled: {
        message: '{purpose} makes the service conditional on consent (required_for_service: true), so the consent is not freely given',
        help: 'let people keep using the service when they decline (a real "No" beside the "Yes") and set `required_for_service: false`',
      },
    },
  },
  *check({ model }) {
    for (const { purpose, consent } of rejectedBlocks(model.purposes, 'consent-bundled')) {
      yield {
        messageId: 'bundled',
        pointer: `${purpose.pointer}${pointerOf('consent', 'required_for_service')}`,
        data: { purpose: describeLocation(model.root, purpose.pointer) },
      };
    }
  },
});
