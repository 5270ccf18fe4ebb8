import { describeLocation } from '../core/inventory.js';
import { pointerOf } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { rejectedBlocks } from './shared/consent.js';

export default defineRule({
  meta: {
    id: 'consent-not-explicit',
    severity: 'error',
    reference: 'Art. 9(2)(a)',
    aiOnly: false,
    description: 'Special-category data processed under consent needs explicit consent: an express statement, not just an affirmative act.',
    messages: {
      notExplicit: {
        message: '{purpose} processes special-category data ({categories}) under consent that is not explicit',
        help: 'ask for an express statement that names the data (a separate confirmation) and set `explicit: true`, or name another Art. 9(2) condition in `special_category_condition`',
      },
      explicitMissing: {
        message: '{purpose} processes special-category data ({categories}) under consent but does not say that the consent is explicit',
        help: 'ask for an express statement that names the data (a separate confirmation) and add `explicit: true` to the consent block',
      },
    },
  },
  *check({ model }) {
    for (const { purpose, consent } of rejectedBlocks(model.purposes, 'consent-not-explicit')) {
      const categories = purpose.activity.categories
        .filter((category) => Array.isArray(category.value.special) && category.value.special.length > 0)
        .map((category) => {
          const kinds = (category.value.special as unknown[]).filter((kind) => typeof kind === 'string').join(', ');
          const id = typeof category.value.id === 'string' ? `\`${category.value.id}\`` : 'a data category';
          return kinds === '' ? id : `${id}: ${kinds}`;
        })
        .join('; ');
      yield {
        messageId: consent.explicit === undefined || consent.explicit === null ? 'explicitMissing' : 'notExplicit',
        pointer: `${purpose.pointer}${pointerOf('consent', 'explicit')}`,
        data: { purpose: describeLocation(model.root, purpose.pointer), categories },
      };
    }
  },
});
