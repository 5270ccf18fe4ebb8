import { describeLocation, type PurposeView, stringsOf } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { atBase } from './shared/comparison.js';
import { isAiTraining } from './shared/consent.js';

/** The ids the purpose's activity lists under `key` (a purpose uses all of them), in order. */
function idsOf(purpose: PurposeView, key: 'data_categories' | 'data_subjects'): string[] {
  return [...new Set(stringsOf(purpose.activity.value[key]))];
}

function listed(ids: string[]): string {
  return ids.map((id) => `\`${id}\``).join(', ');
}

export default defineRule({
  meta: {
    id: 'purpose-scope-expanded',
    severity: 'warning',
    reference: 'Art. 6(4), 7',
    aiOnly: true,
    comparison: true,
    description: 'A change makes an existing AI-training purpose reach data categories or data subjects it did not reach before: what it rests on does not cover them.',
    messages: {
      categories: {
        message: '{purpose} now also trains on data categories {categories}, which it did not {atBase}',
        help: 'consent given before, or the compatibility assessment, does not cover the new data: ask for consent that names it (or record a new `compatibility_assessment`), or keep the new data in a purpose of its own',
      },
      subjects: {
        message: '{purpose} now also trains on the data of data subjects {subjects}, which it did not {atBase}',
        help: 'nobody asked these people yet: ask them for consent (or record a `compatibility_assessment` that covers them) before their data is used, or keep them in a purpose of its own',
      },
      both: {
        message: '{purpose} now also trains on data categories {categories} and data subjects {subjects}, which it did not {atBase}',
        help: 'consent given before, or the compatibility assessment, covers neither the new data nor the new people: ask for consent that names them (or record a new `compatibility_assessment`), or keep them in a purpose of its own',
      },
    },
  },
  *check({ comparison, model, file }) {
    for (const pair of comparison?.pairs ?? []) {
      // An AI-training purpose that is new, or newly AI-training, is new-ai-training-purpose's finding.
      if (pair.base === undefined || !isAiTraining(pair.base) || !isAiTraining(pair.head)) continue;
      const gained = (key: 'data_categories' | 'data_subjects') => {
        const before = new Set(idsOf(pair.base!, key));
        return idsOf(pair.head, key).filter((id) => !before.has(id));
      };
      const categories = gained('data_categories');
      const subjects = gained('data_subjects');
      if (categories.length === 0 && subjects.length === 0) continue;
      // Point at the first id the activity gained, in the head.
      const key = categories.length > 0 ? 'data_categories' : 'data_subjects';
      const first = categories[0] ?? subjects[0]!;
      const list: unknown = pair.head.activity.value[key];
      const index = Array.isArray(list) ? list.indexOf(first) : -1;
      yield {
        messageId: categories.length > 0 && subjects.length > 0 ? 'both' : categories.length > 0 ? 'categories' : 'subjects',
        pointer: joinPointer(joinPointer(pair.head.activity.pointer, key), index),
        data: { purpose: describeLocation(model.root, pair.head.pointer), categories: listed(categories), subjects: listed(subjects), atBase: atBase(pair, file) },
      };
    }
  },
});
