import { describeLocation, isStated } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';

export default defineRule({
  meta: {
    id: 'retention-missing',
    severity: 'warning',
    reference: 'Art. 5(1)(e)',
    aiOnly: false,
    description: 'Every activity says how long its data is kept.',
    messages: {
      missing: {
        message: '{activity} does not say how long its data is kept',
        help: 'add `retention:` with an ISO 8601 duration (`retention: P90D`) or a sentence naming what ends it (`retention: until the account is deleted`)',
      },
    },
  },
  *check({ model }) {
    for (const activity of model.activities) {
      const retention: unknown = activity.value.retention;
      if (isStated(retention)) continue;
      yield { messageId: 'missing', pointer: joinPointer(activity.pointer, 'retention'), data: { activity: describeLocation(model.root, activity.pointer) } };
    }
  },
});
