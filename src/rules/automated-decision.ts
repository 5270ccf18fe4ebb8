import { describeLocation, isRecord, type Purpose } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';

/** Art. 22(2)(a)–(b): a contract, or Union or Member State law authorising the decision. */
const ALLOWED_BASES = new Set(['contract', 'legal-obligation', 'public-task']);

/** Why the purpose's basis does not meet Art. 22(2), in words; undefined when it does. */
function shortfall(purpose: Purpose): string | undefined {
  const basis: unknown = purpose.lawful_basis;
  if (typeof basis === 'string' && ALLOWED_BASES.has(basis)) return undefined;
  if (basis === 'consent') return isRecord(purpose.consent) && purpose.consent.explicit === true ? undefined : 'consent that is not explicit';
  if (typeof basis === 'string' && basis !== '') return `\`${basis}\``;
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
        help: 'rest the decisions on a contract (`lawful_basis: contract`), a law that authorises them, or explicit consent (`lawful_basis: consent` with `explicit: true`); otherwise have a person review each decision and set `automated_decision_making: false`',
      },
    },
  },
  *check({ model }) {
    for (const activity of model.activities) {
      if (activity.value.automated_decision_making !== true) continue;
      for (const purpose of activity.purposes) {
        const basis = shortfall(purpose.value);
        if (basis === undefined) continue;
        yield {
          messageId: 'basis',
          pointer: joinPointer(purpose.pointer, 'lawful_basis'),
          data: { purpose: describeLocation(model.root, purpose.pointer), activity: describeLocation(model.root, activity.pointer), basis },
        };
      }
    }
  },
});
