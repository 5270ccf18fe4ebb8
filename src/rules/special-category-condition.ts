import { describeLocation, isMalformed, isStated, misspeltKey, stringsOf } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
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
  *check({ model }) {
    for (const purpose of model.purposes) {
      if (!hasSpecialCategoryData(purpose)) continue;
      const kinds = [...new Set(purpose.activity.categories.flatMap((category) => stringsOf(category.value.special)))];
      const data = { purpose: describeLocation(model.root, purpose.pointer), kinds: kinds.length > 0 ? kinds.join(', ') : 'kinds not named' };
      const pointer = joinPointer(purpose.pointer, 'special_category_condition');
      const condition: unknown = purpose.value.special_category_condition;
      // A placeholder (`TODO`, `[CONFIRM …]`) names no condition (SPEC §2.1 "Not written"); one outside
      // the format (`Explicit-consent`) is the schema rule's finding, not a condition that does not fit.
      if (!isStated(condition)) {
        // A condition under a misspelt key (`special_category_conditon:`) is written: the schema rule names the key.
        if (misspeltKey(purpose.value, 'special_category_condition', 'purpose') === undefined) yield { messageId: 'missing', pointer, data };
      } else if (isAiTraining(purpose) && typeof condition === 'string' && !TRAINING_CONDITIONS.has(condition) && !isMalformed(condition, ART9_CONDITIONS)) {
        yield { messageId: 'notForTraining', pointer, data: { ...data, condition } };
      }
    }
  },
});
