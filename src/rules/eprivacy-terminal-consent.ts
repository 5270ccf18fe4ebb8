import { describeLocation, type PurposeView } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { TERMINAL_SOURCES, categoriesFrom, consentBlock, consentUnreadable, needsTerminalConsent, rejectedBy } from './shared/consent.js';

export default defineRule({
  meta: {
    id: 'eprivacy-terminal-consent',
    severity: 'error',
    reference: 'ePrivacy Art. 5(3)',
    aiOnly: true,
    description: 'Training on data read from users\' devices (cookies, identifiers, telemetry) needs valid consent: it is never strictly necessary for the service.',
    messages: {
      noConsent: {
        message: '{purpose} trains on data read from users\' devices ({categories}) without their consent',
        help: 'add a `consent` block to the purpose: collection: opt-in, granular: true, required_for_service: false, withdrawal: in-product, records: <where proof is kept>; training is never strictly necessary for the service the user asked for, so no `lawful_basis` replaces this consent',
      },
      rejected: {
        message: '{purpose} trains on data read from users\' devices ({categories}) under consent that is not valid (rejected by {rules})',
        help: 'fix the findings of {rules} on this consent block so that users give free, specific opt-in consent before their device data is used for training',
      },
    },
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      // A consent block in another shape is the schema rule's finding: there is one, it cannot be read.
      if (!needsTerminalConsent(purpose) || consentUnreadable(purpose)) continue;
      const consentPointer = joinPointer(purpose.pointer, 'consent');
      if (!consentBlock(purpose)) {
        yield { messageId: 'noConsent', pointer: consentPointer, data: dataOf(model.root, purpose) };
        continue;
      }
      const rejecting = rejectedBy(purpose);
      if (rejecting.length > 0) {
        yield { messageId: 'rejected', pointer: consentPointer, target: 'key', data: { ...dataOf(model.root, purpose), rules: rejecting.map((id) => `\`${id}\``).join(', ') } };
      }
    }
  },
});

/** What every message names: made only when there is a finding, not for every purpose the rule looks at. */
function dataOf(root: unknown, purpose: PurposeView): { purpose: string; categories: string } {
  return {
    purpose: describeLocation(root, purpose.pointer),
    categories: categoriesFrom(purpose, TERMINAL_SOURCES)
      .map((category) => `\`${String(category.value.id)}\``)
      .join(', '),
  };
}
