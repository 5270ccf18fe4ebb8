import { isStated } from '../core/inventory.js';
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

/** How one kind of reference is resolved and explained: where its ids are defined, and how to define one. */
interface Target {
  kind: string;
  known: KnownIds;
  /** Where the message says the id is not defined. */
  place: string;
  /** What to do for an id that is not a typo. */
  define: (id: string) => string;
}

export default defineRule({
  meta: {
    id: 'unknown-reference',
    severity: 'error',
    reference: null,
    aiOnly: false,
    description: 'Every id an activity or data category refers to is defined: data subjects and data categories in their lists, collected_for purposes in any activity.',
    messages: {
      unknown: {
        message: '{where} refers to {kind} `{id}`, which is not defined {place}',
        help: '{fix}',
      },
    },
  },
  *check({ model }) {
    const subjects: Target = {
      kind: 'data subject',
      known: new KnownIds(model.subjectById.keys()),
      place: 'in `data_subjects`',
      define: (id) => `define \`${id}\` under \`data_subjects\``,
    };
    const categories: Target = {
      kind: 'data category',
      known: new KnownIds(model.categoryById.keys()),
      place: 'in `data_categories`',
      define: (id) => `define \`${id}\` under \`data_categories\``,
    };
    // collected_for may name the purpose of any activity: the data was collected elsewhere and is reused here.
    const purposes: Target = {
      kind: 'purpose',
      known: new KnownIds(model.purposes.map((purpose) => purpose.value.id).filter((id): id is string => typeof id === 'string')),
      place: 'as a purpose of any activity',
      define: (id) => `record the purpose the data was collected for, with \`id: ${id}\`, under the \`purposes\` of the activity that collects it`,
    };

    function* unknownIn(list: unknown, pointer: string, where: string, target: Target) {
      if (!Array.isArray(list)) return;
      for (const [index, id] of list.entries()) {
        // A placeholder is not a reference yet (SPEC §2.1 "Not written"); a value of another type is the schema rule's.
        if (typeof id !== 'string' || !isStated(id) || target.known.has(id)) continue;
        const suggestion = target.known.closest(id);
        const fix = suggestion ? `did you mean \`${suggestion}\`? Otherwise ${target.define(id)}` : `${target.define(id)}, or remove it from this list`;
        yield { messageId: 'unknown' as const, pointer: joinPointer(pointer, index), data: { where, kind: target.kind, id, place: target.place, fix } };
      }
    }

    for (const activity of model.activities) {
      const name = typeof activity.value.id === 'string' ? `activity \`${activity.value.id}\`` : 'an activity';
      yield* unknownIn(activity.value.data_subjects, joinPointer(activity.pointer, 'data_subjects'), name, subjects);
      yield* unknownIn(activity.value.data_categories, joinPointer(activity.pointer, 'data_categories'), name, categories);
    }
    for (const category of model.categories) {
      const name = typeof category.value.id === 'string' ? `data category \`${category.value.id}\`` : 'a data category';
      yield* unknownIn(category.value.collected_for, joinPointer(category.pointer, 'collected_for'), name, purposes);
    }
  },
});
