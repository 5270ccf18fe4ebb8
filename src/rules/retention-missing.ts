import { describeLocation, hasMalformedEntries, isMalformed, isStated, misspeltKey, stringsOf } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';

export default defineRule({
  meta: {
    id: 'retention-missing',
    severity: 'warning',
    reference: 'Art. 5(1)(e)',
    aiOnly: false,
    description: 'Every activity says how long its data is kept, itself or through the retention of every data category it uses.',
    messages: {
      missing: {
        message: '{activity} does not say how long its data is kept',
        help: 'add `retention:` to the activity with an ISO 8601 duration (`retention: P90D`) or a sentence naming what ends it (`retention: until the account is deleted`), or give every data category it uses its own `retention:`',
      },
      partly: {
        message: '{activity} does not say how long all of its data is kept: it has no `retention`, and none is given on its data {categories}',
        help: 'add `retention:` to the activity (`retention: P90D`, or a sentence naming what ends it), or give each of those data categories its own `retention:`',
      },
    },
  },
  *check({ model }) {
    for (const activity of model.activities) {
      if (isStated(activity.value.retention)) continue;
      // A retention under a misspelt key (`retension: P90D`) is the schema rule's finding, with the key to write.
      if (misspeltKey(activity.value, 'retention', 'activity') !== undefined) continue;
      // Categories written in another shape (`data_categories: chat-messages`, here or at the top: the
      // schema rule's finding) may give the retention, so it is not called missing.
      if (isMalformed(activity.value.data_categories, 'list') || hasMalformedEntries(model.root.data_categories)) continue;
      // So may categories under a misspelt key (`data_categoreis:`), or a category whose `id` is misspelt.
      if (misspeltKey(activity.value, 'data_categories', 'activity') || misspeltKey(model.root, 'data_categories', 'inventory') || model.categories.some((category) => misspeltKey(category.value, 'id', 'dataCategory'))) continue;
      // Retention given on every category the activity uses is the activity's (SPEC §2.1); an id that
      // names no category gives none, so nothing says how long that data is kept.
      const named = [...new Set(stringsOf(activity.value.data_categories))];
      const without = named.filter((id) => {
        const category = model.categoryById.get(id)?.value;
        return !isStated(category?.retention) && misspeltKey(category, 'retention', 'dataCategory') === undefined;
      });
      if (named.length > 0 && without.length === 0) continue;
      const pointer = joinPointer(activity.pointer, 'retention');
      const data = { activity: describeLocation(model.root, activity.pointer) };
      if (without.length < named.length) {
        const categories = `${without.length === 1 ? 'category' : 'categories'} ${without.map((id) => `\`${id}\``).join(', ')}`;
        yield { messageId: 'partly', pointer, data: { ...data, categories } };
      } else {
        yield { messageId: 'missing', pointer, data };
      }
    }
  },
});
