import { describeLocation, isStated } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';

export default defineRule({
  meta: {
    id: 'criminal-data-condition',
    severity: 'error',
    reference: 'Art. 10',
    aiOnly: false,
    description: 'Data on criminal convictions and offences names the official authority or the law that authorises processing it.',
    messages: {
      missing: {
        message: '{category} holds data on criminal convictions or offences but does not name the official authority or the law that authorises processing it',
        help: 'name the Union or Member State law (with its safeguards) or the official authority under whose control the data is processed, e.g. `criminal_condition: "SGB VIII § 72a (certificates of conduct for staff working with children)"`; without one, do not process the data',
      },
    },
  },
  *check({ model }) {
    for (const category of model.categories) {
      if (category.value.criminal !== true) continue;
      if (isStated(category.value.criminal_condition)) continue;
      // An absent condition falls back to the category, which the locator shows by its id.
      yield { messageId: 'missing', pointer: joinPointer(category.pointer, 'criminal_condition'), data: { category: describeLocation(model.root, category.pointer) } };
    }
  },
});
