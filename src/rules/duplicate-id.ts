import { type Located, recordsOf } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';

export default defineRule({
  meta: {
    id: 'duplicate-id',
    severity: 'error',
    reference: null,
    aiOnly: false,
    description: 'Every id is defined once in its list, so that references and reviews are unambiguous.',
    messages: {
      duplicate: {
        message: '{kind} id `{id}` is defined twice in the same list (first at line {relatedLine})',
        help: 'give this {kind} its own id, or merge the two entries into one',
      },
    },
  },
  *check({ model }) {
    const lists: { kind: string; items: Located<{ id?: unknown }>[] }[] = [
      { kind: 'data subject', items: model.subjects },
      { kind: 'data category', items: model.categories },
      { kind: 'activity', items: model.activities },
      ...model.activities.map((activity) => ({
        kind: 'purpose',
        items: recordsOf<{ id?: unknown }>(activity.value.purposes, joinPointer(activity.pointer, 'purposes')),
      })),
    ];
    for (const { kind, items } of lists) {
      const first = new Map<string, string>();
      for (const item of items) {
        const id = item.value.id;
        if (typeof id !== 'string') continue;
        const pointer = joinPointer(item.pointer, 'id');
        const earlier = first.get(id);
        if (earlier === undefined) first.set(id, pointer);
        else yield { messageId: 'duplicate', pointer, related: earlier, data: { kind, id } };
      }
    }
  },
});
