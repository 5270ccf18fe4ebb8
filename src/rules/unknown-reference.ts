import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { suggestClosest } from '../core/suggest.js';

export default defineRule({
  meta: {
    id: 'unknown-reference',
    severity: 'error',
    reference: null,
    aiOnly: false,
    description: 'Every id an activity or data category refers to is defined in its list.',
    messages: {
      unknown: {
        message: '{where} refers to {kind} `{id}`, which is not defined in `{list}`',
        help: '{fix}',
      },
    },
  },
  *check({ model }) {
    const subjectIds = [...model.subjectById.keys()];
    const categoryIds = [...model.categoryById.keys()];
    const purposeIds = [...new Set(model.purposes.map((purpose) => purpose.value.id).filter((id): id is string => typeof id === 'string'))];

    function* unknownIn(list: unknown, pointer: string, where: string, kind: string, listName: string, known: string[]) {
      if (!Array.isArray(list)) return;
      const knownSet = new Set(known);
      for (const [index, id] of list.entries()) {
        if (typeof id !== 'string' || knownSet.has(id)) continue;
        const suggestion = suggestClosest(id, known);
        const fix = suggestion ? `did you mean \`${suggestion}\`? Otherwise define \`${id}\` under \`${listName}\`` : `define \`${id}\` under \`${listName}\`, or remove it from this list`;
        yield { messageId: 'unknown' as const, pointer: joinPointer(pointer, index), data: { where, kind, id, list: listName, fix } };
      }
    }

    for (const activity of model.activities) {
      const name = typeof activity.value.id === 'string' ? `activity \`${activity.value.id}\`` : 'an activity';
      yield* unknownIn(activity.value.data_subjects, joinPointer(activity.pointer, 'data_subjects'), name, 'data subject', 'data_subjects', subjectIds);
      yield* unknownIn(activity.value.data_categories, joinPointer(activity.pointer, 'data_categories'), name, 'data category', 'data_categories', categoryIds);
    }
    for (const category of model.categories) {
      const name = typeof category.value.id === 'string' ? `data category \`${category.value.id}\`` : 'a data category';
      yield* unknownIn(category.value.collected_for, joinPointer(category.pointer, 'collected_for'), name, 'purpose', 'purposes', purposeIds);
    }
  },
});
