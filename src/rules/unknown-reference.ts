import { hasMalformedEntries, isRecord, isStated, type Located } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { suggestClosest } from '../core/suggest.js';

/** The form of every id (SPEC §1). */
const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The ids of one list, as the model or the rule indexed them once per run; a suggestion is computed once per unknown id. */
class KnownIds {
  readonly #ids: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  readonly #suggestions = new Map<string, string | undefined>();
  /** The kebab-case ids, listed on the first unknown id: each one filtered the whole list again. */
  #offered: string[] | undefined;

  constructor(ids: ReadonlySet<string> | ReadonlyMap<string, unknown>) {
    this.#ids = ids;
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  /** The closest defined id that is a kebab-case id: one the schema rejects (`chat_messages`) is its finding, never offered. */
  closest(id: string): string | undefined {
    if (!this.#suggestions.has(id)) this.#suggestions.set(id, suggestClosest(id, (this.#offered ??= [...this.#ids.keys()].filter((known) => KEBAB_ID.test(known)))));
    return this.#suggestions.get(id);
  }
}

/**
 * A list that defines ids cannot be read whole: it is missing (`data_subjects` left out, or written
 * under a misspelt key), written in another shape, or has an entry whose `id` is not written as one
 * (left out, or under a misspelt key such as `idd:`). The schema rule reports each of these; the id
 * a reference names may well be defined there, so no reference to the list is called undefined.
 */
function definitionsUnreadable(list: unknown): boolean {
  return !Array.isArray(list) || hasMalformedEntries(list) || list.some((entry) => isRecord(entry) && typeof entry.id !== 'string');
}

/** How one kind of reference is resolved and explained: where its ids are defined, and how to define one. */
interface Target {
  kind: string;
  known: KnownIds;
  /** Where the message says the id is not defined. */
  place: string;
  /** What to do for an id that is not a typo; undefined for one that is no kebab-case id, which is never offered back. */
  define: (id: string | undefined) => string;
  /** The lists that define these ids cannot be read whole (see `definitionsUnreadable`): asked at the first unknown id only. */
  unreadable: () => boolean;
}

/** The answer of `compute`, computed when first asked. */
function once(compute: () => boolean): () => boolean {
  let answer: boolean | undefined;
  return () => (answer ??= compute());
}

/**
 * A reference to report: an id that is not defined. A placeholder is not a reference yet (SPEC §2.1
 * "Not written"); a value of another type is the schema rule's.
 */
function isUnknown(id: unknown, target: Target): id is string {
  return typeof id === 'string' && !target.known.has(id) && isStated(id);
}

function namesUnknown(list: unknown, target: Target): boolean {
  return Array.isArray(list) && list.some((id) => isUnknown(id, target));
}

/** The name of the element whose list refers to ids, for the message: activity `chat`, or an activity. */
function nameOf(kind: 'activity' | 'data category', element: { id?: unknown }): string {
  return typeof element.id === 'string' ? `${kind} \`${element.id}\`` : kind === 'activity' ? 'an activity' : 'a data category';
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
      known: new KnownIds(model.subjectById),
      place: 'in `data_subjects`',
      define: (id) => (id === undefined ? 'define the data subject under `data_subjects` with a kebab-case id, and refer to it by that id' : `define \`${id}\` under \`data_subjects\``),
      unreadable: once(() => definitionsUnreadable(model.root.data_subjects)),
    };
    const categories: Target = {
      kind: 'data category',
      known: new KnownIds(model.categoryById),
      place: 'in `data_categories`',
      define: (id) => (id === undefined ? 'define the data category under `data_categories` with a kebab-case id, and refer to it by that id' : `define \`${id}\` under \`data_categories\``),
      unreadable: once(() => definitionsUnreadable(model.root.data_categories)),
    };
    const purposeIds = new Set<string>();
    for (const purpose of model.purposes) if (typeof purpose.value.id === 'string') purposeIds.add(purpose.value.id);
    // collected_for may name the purpose of any activity: the data was collected elsewhere and is reused here.
    const purposes: Target = {
      kind: 'purpose',
      known: new KnownIds(purposeIds),
      place: 'as a purpose of any activity',
      define: (id) =>
        `record the purpose the data was collected for, with ${id === undefined ? 'a kebab-case id' : `\`id: ${id}\``}, under the \`purposes\` of the activity that collects it${id === undefined ? ', and refer to it by that id' : ''}`,
      // The activities themselves define no purpose id: only their list's shape, and each list of purposes, count.
      unreadable: once(
        () =>
          !Array.isArray(model.root.processing_activities) ||
          hasMalformedEntries(model.root.processing_activities) ||
          model.activities.some((activity) => definitionsUnreadable(activity.value.purposes)),
      ),
    };

    /** The unknown ids of the list under `key` of an element; what the message needs is made for those only. */
    function* unknownIn(element: Located<{ id?: unknown }>, key: string, kind: 'activity' | 'data category', target: Target) {
      const list: unknown = (element.value as Record<string, unknown>)[key];
      if (!Array.isArray(list) || target.unreadable()) return;
      for (let index = 0; index < list.length; index += 1) {
        const id: unknown = list[index];
        if (!isUnknown(id, target)) continue;
        const suggestion = target.known.closest(id);
        // An id the schema rejects (`Workspace Members`) is not offered back as the one to define.
        const definable = KEBAB_ID.test(id) ? id : undefined;
        const fix = suggestion ? `did you mean \`${suggestion}\`? Otherwise ${target.define(definable)}` : `${target.define(definable)}, or remove it from this list`;
        yield { messageId: 'unknown' as const, pointer: joinPointer(joinPointer(element.pointer, key), index), data: { where: nameOf(kind, element.value), kind: target.kind, id, place: target.place, fix } };
      }
    }

    // Most lists name only defined ids: each is scanned first, and a generator made only for one that names another.
    for (const activity of model.activities) {
      if (namesUnknown(activity.value.data_subjects, subjects)) yield* unknownIn(activity, 'data_subjects', 'activity', subjects);
      if (namesUnknown(activity.value.data_categories, categories)) yield* unknownIn(activity, 'data_categories', 'activity', categories);
    }
    for (const category of model.categories) {
      if (namesUnknown(category.value.collected_for, purposes)) yield* unknownIn(category, 'collected_for', 'data category', purposes);
    }
  },
});
