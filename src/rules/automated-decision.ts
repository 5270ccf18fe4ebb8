import { describeLocation, isMalformed, isStated, LAWFUL_BASES, misspeltKey, type PurposeView } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { consentBlock, consentFieldUnreadable } from './shared/consent.js';

/** Art. 22(2)(a)–(b): a contract, or Union or Member State law (SPEC §2.1: legal-obligation or public-task). */
const ALLOWED_BASES = new Set(['contract', 'legal-obligation', 'public-task']);

/**
 * Why the purpose's basis does not meet Art. 22(2), in words; undefined when it does, or when
 * the purpose claims consent without a consent block: that fact is consent-details-missing's
 * alone (SPEC §2.1 "One finding per fact"), and its help already asks for `explicit: true` here.
 */
function shortfall(purpose: PurposeView): string | undefined {
  const basis: unknown = purpose.value.lawful_basis;
  if (typeof basis === 'string' && ALLOWED_BASES.has(basis)) return undefined;
  if (basis === 'consent') {
    const consent = consentBlock(purpose);
    // `explicit: yes` or `explicitt: true` is the schema rule's finding, not consent that is not explicit.
    return consent === undefined || consent.explicit === true || consentFieldUnreadable(consent, 'explicit', 'boolean') ? undefined : 'consent that is not explicit';
  }
  // A basis outside the format (`Contract`) or under a misspelt key (`lawfull_basis: contract`) is the
  // schema rule's finding: it may be one Art. 22(2) allows.
  if (isMalformed(basis, LAWFUL_BASES) || misspeltKey(purpose.value, 'lawful_basis', 'purpose') !== undefined) return undefined;
  if (typeof basis === 'string' && isStated(basis)) return `\`${basis}\``;
  return 'an unstated lawful basis';
}

export default defineRule({
  meta: {
    id: 'automated-decision',
    severity: 'warning',
    reference: 'Art. 22',
    aiOnly: false,
    description: 'Solely automated decisions rest on a contract, a law that authorises them, or explicit consent.',
    messages: {
      basis: {
        message: '{activity} takes solely automated decisions, but {purpose} rests on {basis} instead of a contract, a law or explicit consent',
        help: 'rest the decisions on a contract (`lawful_basis: contract`), a law that authorises them (`lawful_basis: legal-obligation` or `public-task`), or explicit consent (`lawful_basis: consent` with `explicit: true`); otherwise have a person review each decision and set `automated_decision_making: false`',
      },
    },
  },
  *check({ model }) {
    for (const activity of model.activities) {
      if (activity.value.automated_decision_making !== true) continue;
      for (const purpose of activity.purposes) {
        const basis = shortfall(purpose);
        if (basis === undefined) continue;
        // Consent that falls short is fixed in its `explicit` field, any other basis in the basis itself.
        const pointer = purpose.value.lawful_basis === 'consent' ? joinPointer(joinPointer(purpose.pointer, 'consent'), 'explicit') : joinPointer(purpose.pointer, 'lawful_basis');
        yield {
          messageId: 'basis',
          pointer,
          data: { purpose: describeLocation(model.root, purpose.pointer), activity: describeLocation(model.root, activity.pointer), basis },
        };
      }
    }
  },
});
