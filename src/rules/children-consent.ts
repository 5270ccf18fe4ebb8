import { type Consent, describeLocation } from '../core/inventory.js';
import { pointerOf } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { rejectedBlocks } from './shared/consent.js';

export default defineRule({
  meta: {
    id: 'children-consent',
    severity: 'error',
    reference: 'Art. 8',
    aiOnly: false,
    description: 'Consent that may come from children says how age and parental consent are verified.',
    messages: {
      noAgeVerification: {
        message: '{purpose} relies on consent from data subjects who may be children ({subjects}) without checking age or parental consent',
        help: 'verify age and, below the age of digital consent, obtain and verify the consent of a parent; name the method, e.g. `age_verification: parental-consent-check`',
      },
    },
  },
  *check({ model }) {
    for (const { purpose, consent } of rejectedBlocks(model.purposes, 'children-consent')) {
      const subjects = purpose.activity.subjects
        .filter((subject) => subject.value.children === true)
        .map((subject) => (typeof subject.value.id === 'string' ? `\`${subject.value.id}\`` : 'a data subject'))
        .join(', ');
      yield {
        messageId: 'noAgeVerification',
        pointer: `${purpose.pointer}${pointerOf('consent', 'age_verification')}`,
        data: { purpose: describeLocation(model.root, purpose.pointer), subjects },
      };
    }
  },
});
