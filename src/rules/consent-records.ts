import { type Consent, describeLocation, isRecord } from '../core/inventory.js';
import { pointerOf } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { consentBlock } from './shared/consent.js';

/** Missing, null, blank, or an empty list or mapping: nothing says where proof of consent is kept. */
function lacksRecords(consent: Consent): boolean {
  const records: unknown = consent.records;
  if (records === undefined || records === null) return true;
  if (typeof records === 'string') return records.trim() === '';
  if (Array.isArray(records)) return records.length === 0;
  if (isRecord(records)) return Object.keys(records).length === 0;
  return false;
}

export default defineRule({
  meta: {
    id: 'consent-records',
    severity: 'warning',
    reference: 'Art. 7(1)',
    aiOnly: false,
    description: 'A consent block says where proof of consent is kept, so the controller can demonstrate who consented, when and to what.',
    messages: {
      noRecords: {
        message: '{purpose} keeps no record of who consented, when and to what',
        help: 'store each consent (who, when, which wording, what was chosen) and name where, e.g. `records: consent-service`',
      },
    },
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      const consent = consentBlock(purpose);
      if (!consent || !lacksRecords(consent)) continue;
      yield {
        messageId: 'noRecords',
        pointer: `${purpose.pointer}${pointerOf('consent', 'records')}`,
        data: { purpose: describeLocation(model.root, purpose.pointer) },
      };
    }
  },
});
