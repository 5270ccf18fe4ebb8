import { describeLocation, isStated, type PurposeView } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { COMMUNICATIONS_SOURCES, CONSENT_GIVERS, type ConsentDefect, categoriesFrom, consentBlock, consentFieldUnreadable, consentUnreadable, needsCommunicationsConsent, rejectedBy } from './shared/consent.js';

/** The consent rule that already reports a wrong `given_by`; this rule points at `given_by` itself instead. */
const GIVEN_BY_DEFECT: ConsentDefect = 'consent-given-by-third-party';

export default defineRule({
  meta: {
    id: 'eprivacy-communications-consent',
    severity: 'error',
    reference: 'ePrivacy Art. 5(1), 6',
    aiOnly: true,
    description: 'Training on communications content or metadata needs valid consent given by everyone taking part, whatever the lawful basis.',
    messages: {
      noConsent: {
        message: '{purpose} trains on communications data ({categories}) without the consent of the people communicating',
        help: 'add a `consent` block to the purpose: collection: opt-in, granular: true, required_for_service: false, given_by: all-participants, withdrawal: in-product, records: <where proof is kept>; legitimate interests or a contract do not replace this consent',
      },
      rejected: {
        message: '{purpose} trains on communications data ({categories}) under consent that is not valid (rejected by {rules})',
        help: 'fix the findings of {rules} on this consent block so that every participant gives free, specific opt-in consent (`given_by: all-participants`)',
      },
      givenBy: {
        message: '{purpose} trains on communications data ({categories}) with consent given by {givenBy} instead of all participants',
        help: 'ask every sender and recipient and set `given_by: all-participants`: an admin, host or account owner cannot agree for the others in the conversation',
      },
    },
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      // A consent block in another shape is the schema rule's finding: there is one, it cannot be read.
      if (!needsCommunicationsConsent(purpose) || consentUnreadable(purpose)) continue;
      const consentPointer = joinPointer(purpose.pointer, 'consent');
      const consent = consentBlock(purpose);
      if (!consent) {
        yield { messageId: 'noConsent', pointer: consentPointer, data: dataOf(model.root, purpose) };
        continue;
      }
      const rejecting = rejectedBy(purpose);
      if (rejecting.some((id) => id !== GIVEN_BY_DEFECT)) {
        yield { messageId: 'rejected', pointer: consentPointer, target: 'key', data: { ...dataOf(model.root, purpose), rules: rejecting.map((id) => `\`${id}\``).join(', ') } };
      } else if (consent.given_by !== 'all-participants' && !consentFieldUnreadable(consent, 'given_by', CONSENT_GIVERS)) {
        // Left empty or a placeholder (SPEC §2.1 "Not written"), `given_by` names nobody.
        const givenBy = isStated(consent.given_by) ? `\`${String(consent.given_by)}\`` : 'nobody named';
        yield { messageId: 'givenBy', pointer: joinPointer(consentPointer, 'given_by'), data: { ...dataOf(model.root, purpose), givenBy } };
      }
    }
  },
});

/** What every message names: made only when there is a finding, not for every purpose the rule looks at. */
function dataOf(root: unknown, purpose: PurposeView): { purpose: string; categories: string } {
  return {
    purpose: describeLocation(root, purpose.pointer),
    categories: categoriesFrom(purpose, COMMUNICATIONS_SOURCES)
      .map((category) => `\`${String(category.value.id)}\``)
      .join(', '),
  };
}
