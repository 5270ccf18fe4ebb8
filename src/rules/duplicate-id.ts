import { describeLocation, type Located, type PurposeView } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule, type Report } from '../core/rule.js';

/** An id for the second purpose that no purpose has yet: the id qualified by its activity, or numbered. */
function freeId(id: string, activityId: unknown, taken: ReadonlySet<string>): string {
  if (typeof activityId === 'string' && activityId !== '' && !taken.has(`${id}-${activityId}`)) return `${id}-${activityId}`;
  let number = 2;
  while (taken.has(`${id}-${number}`)) number += 1;
  return `${id}-${number}`;
}

/** The pointer to an item's `id`, where a duplicate is shown. */
function idPointer(item: Located<unknown>): string {
  return joinPointer(item.pointer, 'id');
}

export default defineRule({
  meta: {
    id: 'duplicate-id',
    severity: 'error',
    reference: null,
    aiOnly: false,
    description: 'Every purpose id is defined once in the file, and every other id once in its list, so that references and reviews are unambiguous.',
    messages: {
      duplicate: {
        message: '{kind} id `{id}` is defined twice in the same list (first at line {relatedLine})',
        help: 'give this {kind} its own id, or merge the two entries into one',
      },
      duplicatePurpose: {
        message: 'purpose id `{id}` is already defined in {firstActivity} (line {relatedLine}); purpose ids are unique in the whole file',
        help: 'give this purpose its own id, e.g. `{suggestion}`: `collected_for`, notices and ignores name a purpose by its id alone',
      },
    },
  },
  *check({ model }): Generator<Report<'duplicate' | 'duplicatePurpose'>> {
    const lists: { kind: string; items: Located<{ id?: unknown }>[] }[] = [
      { kind: 'data subject', items: model.subjects },
      { kind: 'data category', items: model.categories },
      { kind: 'activity', items: model.activities },
    ];
    // The first item of each id is kept, not its pointer: a pointer is made only for a duplicate.
    for (const { kind, items } of lists) {
      const first = new Map<string, Located<unknown>>();
      for (const item of items) {
        const id = item.value.id;
        if (typeof id !== 'string') continue;
        const earlier = first.get(id);
        if (earlier === undefined) first.set(id, item);
        else yield { messageId: 'duplicate', pointer: idPointer(item), related: idPointer(earlier), data: { kind, id } };
      }
    }

    // Purposes are referenced across activities (collected_for, notices, ignores), so one id names one purpose in the file.
    const firstPurpose = new Map<string, PurposeView>();
    // Every purpose id, for the suggestions: gathered at the first duplicate, as most records have none.
    let taken: Set<string> | undefined;
    for (const purpose of model.purposes) {
      const id = purpose.value.id;
      if (typeof id !== 'string') continue;
      const earlier = firstPurpose.get(id);
      if (earlier === undefined) {
        firstPurpose.set(id, purpose);
        continue;
      }
      taken ??= new Set(model.purposes.map((other) => other.value.id).filter((other): other is string => typeof other === 'string'));
      const firstActivity = earlier.activity === purpose.activity ? 'the same activity' : describeLocation(model.root, earlier.activity.pointer);
      const suggestion = freeId(id, purpose.activity.value.id, taken);
      taken.add(suggestion);
      yield { messageId: 'duplicatePurpose', pointer: idPointer(purpose), related: idPointer(earlier), data: { id, firstActivity, suggestion } };
    }
  },
});
