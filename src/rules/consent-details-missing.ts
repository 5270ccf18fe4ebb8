import { type DataCategory, describeLocation, type Located, type PurposeView } from '../core/inventory.js';
import { pointerOf } from '../core/pointer.js';
import { defineRule, type Report } from '../core/rule.js';
import {
  categoriesFrom,
  COMMUNICATIONS_SOURCES,
  consentBlock,
  consentRequired,
  consentUnreadable,
  involvesChildren,
  namesExplicitConsent,
  needsCommunicationsConsent,
  needsExplicitConsent,
  TERMINAL_SOURCES,
  usesCommunications,
} from './shared/consent.js';

function idsOf(categories: Located<DataCategory>[]): string {
  return categories.map((category) => (typeof category.value.id === 'string' ? `\`${category.value.id}\`` : 'a data category')).join(', ');
}

/**
 * The consent block that would pass every consent rule for this purpose, as the help line shows
 * it. This finding is the only one a purpose without a block gets (SPEC §2.1 "One finding per
 * fact"), so it names at once what the other rules would ask of the block once it is written.
 */
function suggestedBlock(purpose: PurposeView): string {
  // Art. 9(2)(a) for special-category data, Art. 22(2)(c) for solely automated decisions.
  const explicit = namesExplicitConsent(purpose) || needsExplicitConsent(purpose) || purpose.activity.value.automated_decision_making === true;
  const fields = [
    'collection: opt-in',
    ...(explicit ? ['explicit: true'] : []),
    'granular: true',
    'required_for_service: false',
    `given_by: ${usesCommunications(purpose) ? 'all-participants' : 'data-subject'}`,
    'withdrawal: in-product',
    'records: <where proof is kept>',
    ...(involvesChildren(purpose) ? ['age_verification: <how age and parental consent are checked>'] : []),
  ];
  return fields.join(', ');
}

type MessageId = 'basisConsent' | 'explicitCondition' | 'communicationsConsent' | 'terminalConsent';

export default defineRule({
  meta: {
    id: 'consent-details-missing',
    severity: 'error',
    reference: 'Art. 7(1)',
    aiOnly: false,
    description: 'A purpose that needs consent (basis consent, explicit consent as its Art. 9(2) condition, or ePrivacy Art. 5(1) / 5(3) for training) has a consent block that describes how it is obtained.',
    messages: {
      basisConsent: {
        message: '{purpose} has lawful_basis: consent but no `consent` block saying how consent is obtained, withdrawn and recorded',
        help: 'add a `consent` block to the purpose: {block}',
      },
      explicitCondition: {
        message: '{purpose} names explicit consent as its Art. 9(2) condition (special_category_condition: explicit-consent) but has no `consent` block saying how that consent is obtained, withdrawn and recorded',
        help: 'add a `consent` block to the purpose: {block}; if the purpose rests on another Art. 9(2) condition, name that one instead',
      },
      communicationsConsent: {
        message: '{purpose} trains on communications data ({categories}), which needs the consent of the users concerned under ePrivacy Art. 5(1), but has no `consent` block',
        help: 'ask every participant before training and add a `consent` block to the purpose: {block}',
      },
      terminalConsent: {
        message: '{purpose} trains on data read from users\' devices ({categories}), which needs consent under ePrivacy Art. 5(3), but has no `consent` block',
        help: 'ask before reading the data for training and add a `consent` block to the purpose: {block}',
      },
    },
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      // A malformed block, or one under a misspelt key (`consnet:`), is the schema rule's to name.
      // Unreadable is asked last: looking for a misspelt key lists the purpose's keys.
      if (consentBlock(purpose) || !consentRequired(purpose) || consentUnreadable(purpose)) continue;
      const pointer = `${purpose.pointer}${pointerOf('consent')}`;
      const data = { purpose: describeLocation(model.root, purpose.pointer), block: suggestedBlock(purpose) };
      // One finding per purpose, naming the first reason in SPEC order: the Art. 6 basis, the
      // Art. 9(2) condition, then ePrivacy Art. 5(1) before 5(3).
      let report: Report<MessageId>;
      if (purpose.value.lawful_basis === 'consent') {
        report = { messageId: 'basisConsent', pointer, data };
      } else if (namesExplicitConsent(purpose)) {
        report = { messageId: 'explicitCondition', pointer, data };
      } else if (needsCommunicationsConsent(purpose)) {
        report = { messageId: 'communicationsConsent', pointer, data: { ...data, categories: idsOf(categoriesFrom(purpose, COMMUNICATIONS_SOURCES)) } };
      } else {
        report = { messageId: 'terminalConsent', pointer, data: { ...data, categories: idsOf(categoriesFrom(purpose, TERMINAL_SOURCES)) } };
      }
      yield report;
    }
  },
});
