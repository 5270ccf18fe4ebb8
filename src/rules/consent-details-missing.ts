import { type DataCategory, describeLocation, type Located } from '../core/inventory.js';
import { pointerOf } from '../core/pointer.js';
import { defineRule, type Report } from '../core/rule.js';
import { categoriesFrom, COMMUNICATIONS_SOURCES, consentBlock, consentRequired, needsCommunicationsConsent, TERMINAL_SOURCES } from './shared/consent.js';

function idsOf(categories: Located<DataCategory>[]): string {
  return categories.map((category) => (typeof category.value.id === 'string' ? `\`${category.value.id}\`` : 'a data category')).join(', ');
}

export default defineRule({
  meta: {
    id: 'consent-details-missing',
    severity: 'error',
    reference: 'Art. 7(1)',
    aiOnly: false,
    description: 'A purpose that needs consent (basis consent, or ePrivacy Art. 5(1) / 5(3) for training) has a consent block that describes how it is obtained.',
    messages: {
      basisConsent: {
        message: '{purpose} has lawful_basis: consent but no `consent` block saying how consent is obtained, withdrawn and recorded',
        help: 'add a `consent` block to the purpose: collection: opt-in, granular: true, required_for_service: false, given_by: {givenBy}, withdrawal: in-product, records: <where proof is kept>',
      },
      communicationsConsent: {
        message: '{purpose} trains on communications data ({categories}), which needs the consent of the users concerned under ePrivacy Art. 5(1), but has no `consent` block',
        help: 'ask every participant before training and add a `consent` block to the purpose: collection: opt-in, granular: true, required_for_service: false, given_by: all-participants, withdrawal: in-product, records: <where proof is kept>',
      },
      terminalConsent: {
        message: '{purpose} trains on data read from users\' devices ({categories}), which needs consent under ePrivacy Art. 5(3), but has no `consent` block',
        help: 'ask before reading the data for training and add a `consent` block to the purpose: collection: opt-in, granular: true, required_for_service: false, given_by: data-subject, withdrawal: in-product, records: <where proof is kept>',
      },
    },
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      if (consentBlock(purpose) || !consentRequired(purpose)) continue;
      const pointer = `${purpose.pointer}${pointerOf('consent')}`;
      const name = describeLocation(model.root, purpose.pointer);
      const communications = needsCommunicationsConsent(purpose);
      // One finding per purpose: the lawful basis first, then ePrivacy Art. 5(1), then 5(3).
      let report: Report<'basisConsent' | 'communicationsConsent' | 'terminalConsent'>;
      if (purpose.value.lawful_basis === 'consent') {
        report = { messageId: 'basisConsent', pointer, data: { purpose: name, givenBy: communications ? 'all-participants' : 'data-subject' } };
      } else if (communications) {
        report = { messageId: 'communicationsConsent', pointer, data: { purpose: name, categories: idsOf(categoriesFrom(purpose, COMMUNICATIONS_SOURCES)) } };
      } else {
        report = { messageId: 'terminalConsent', pointer, data: { purpose: name, categories: idsOf(categoriesFrom(purpose, TERMINAL_SOURCES)) } };
      }
      yield report;
    }
  },
});
