import { describeLocation, misspeltKey } from '../core/inventory.js';
import { pointerOf } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { consentBlocks, recordsKept } from './shared/consent.js';

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
    for (const { purpose, consent } of consentBlocks(model.purposes)) {
      if (recordsKept(consent.records)) continue;
      // Records under a misspelt key (`recods:`) are written: the schema rule names the key to write.
      if (misspeltKey(consent, 'records', 'consent') !== undefined) continue;
      yield {
        messageId: 'noRecords',
        pointer: `${purpose.pointer}${pointerOf('consent', 'records')}`,
        data: { purpose: describeLocation(model.root, purpose.pointer) },
      };
    }
  },
});
