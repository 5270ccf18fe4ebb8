import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { suggestClosest } from '../core/suggest.js';

/** The ids of one list, indexed once per run; a suggestion is computed once per unknown id. */
class KnownIds {
  readonly #ids: Set<string>;
  readonly #suggestions = new Map<string, string | undefined>();

  constructor(ids: Iterable<string>) {
    this.#ids = new Set(ids);
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  closest(id: string): string | undefined {
    if (!this.#suggestions.has(id)) this.#suggestions.set(id, suggestClosest(id, [...this.#ids]));
    return this.#suggestions.get(id);
  }
}

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
    const subjects = new KnownIds(model.subjectById.keys());
    const categories = new KnownIds(model.categoryById.keys());
    const purposes = new KnownIds(model.purposes.map((purpose) => purpose.value.id).filter((id): id is string => typeof id === 'string'));

    function* unknownIn(list: unknown, pointer: string, where: string, kind: string, listName: string, known: KnownIds) {
      if (!Array.isArray(list)) return;
      for (const [index, id] of list.entries()) {
        if (typeof id !== 'string' || known.has(id)) continue;
        const suggestion = known.closest(id);
        const fix = suggestion ? `did you mean \`${suggestion}\`? Otherwise define \`${id}\` under \`${listName}\`` : `define \`${id}\` under \`${listName}\`, or remove it from this list`;
        yield { messageId: 'unknown' as const, pointer: joinPointer(pointer, index), data: { where, kind, id, list: listName, fix } };
      }
    }

    for (const activity of model.activities) {
      const name = typeof activity.value.id === 'string' ? `activity \`${activity.value.id}\`` : 'an activity';
      yield* unknownIn(activity.value.data_subjects, joinPointer(activity.pointer, 'data_subjects'), name, 'data subject', 'data_subjects', subjects);
      yield* unknownIn(activity.value.data_categories, joinPointer(activity.pointer, 'data_categories'), name, 'data category', 'data_categories', categories);
    }
    for (const category of model.categories) {
      const name = typeof category.value.id === 'string' ? `data category \`${category.value.id}\`` : 'a data category';
      yield* unknownIn(category.value.collected_for, joinPointer(category.pointer, 'collected_for'), name, 'purpose', 'purposes', purposes);
    }
  },
});
