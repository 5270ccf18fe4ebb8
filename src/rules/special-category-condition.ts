import { type ActivityView, describeLocation, isMalformed, isStated, misspeltKey, stringsOf } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule, type Report } from '../core/rule.js';
import { ART9_CONDITIONS, hasSpecialCategoryData, isAiTraining } from './shared/consent.js';

/** The Art. 9(2) conditions that can cover training a model on special-category data. */
const TRAINING_CONDITIONS = new Set(['explicit-consent', 'archiving-research']);

export default defineRule({
  meta: {
    id: 'special-category-condition',
    severity: 'error',
    reference: 'Art. 9(1)–(2)',
    aiOnly: false,
    description: 'Special-category data needs an Art. 9(2) condition; AI training only fits explicit consent or archiving and research.',
    messages: {
      missing: {
        message: '{purpose} processes special-category data ({kinds}) without an Art. 9(2) condition',
        help: 'name the Art. 9(2) condition that applies, e.g. `special_category_condition: explicit-consent` (with `explicit: true` in the consent block); for AI training only `explicit-consent` or `archiving-research` fit',
      },
      notForTraining: {
        message: '{purpose} trains on special-category data ({kinds}) under `{condition}`, a condition that does not cover AI training',
        help: 'set `special_category_condition: explicit-consent` (with `explicit: true` in the consent block) or `archiving-research` (with Art. 89(1) safeguards), or train without the special-category data',
      },
    },
  },
  *check({ model }): Generator<Report<'missing' | 'notForTraining'>> {
    // The data categories are the activity's: whether any is special, and which kinds, is asked once for all its purposes.
    for (const activity of model.activities) {
      if (!hasSpecialCategoryData(activity)) continue;
      const kinds = kindsOf(activity);
      for (const purpose of activity.purposes) {
        const pointer = joinPointer(purpose.pointer, 'special_category_condition');
        const condition: unknown = purpose.value.special_category_condition;
        // A placeholder (`TODO`, `[CONFIRM …]`) names no condition (SPEC §2.1 "Not written"); one outside
        // the format (`Explicit-consent`) is the schema rule's finding, not a condition that does not fit.
        if (!isStated(condition)) {
          // A condition under a misspelt key (`special_category_conditon:`) is written: the schema rule names the key.
          if (misspeltKey(purpose.value, 'special_category_condition', 'purpose') === undefined) {
            yield { messageId: 'missing', pointer, data: { purpose: describeLocation(model.root, purpose.pointer), kinds } };
          }
        } else if (isAiTraining(purpose) && typeof condition === 'string' && !TRAINING_CONDITIONS.has(condition) && !isMalformed(condition, ART9_CONDITIONS)) {
          yield { messageId: 'notForTraining', pointer, data: { purpose: describeLocation(model.root, purpose.pointer), kinds, condition } };
        }
      }
    }
  },
});

/** The special-category kinds of the activity's data categories, for the message. */
function kindsOf(activity: ActivityView): string {
  const kinds = new Set<string>();
  for (const category of activity.categories) for (const kind of stringsOf(category.value.special)) kinds.add(kind);
  return kinds.size > 0 ? [...kinds].join(', ') : 'kinds not named';
}
