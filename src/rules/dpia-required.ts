import { describeLocation, isRecord } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { isAiTraining } from './shared/consent.js';

/** DPIA statuses that show the assessment was done or is under way before training. */
const UNDER_WAY = new Set(['completed', 'in-progress']);

export default defineRule({
  meta: {
    id: 'dpia-required',
    severity: 'error',
    reference: 'Art. 35(1), 35(3); WP248',
    aiOnly: true,
    description: 'An activity that trains models on personal data needs a completed or in-progress DPIA.',
    messages: {
      missing: {
        message: '{activity} trains models ({purposes}) but records no data protection impact assessment',
        help: 'carry out a DPIA before training and record it on the activity, e.g. `dpia: {status: in-progress, reference: docs/dpia/{file}.md}`, then set `status: completed` once it is signed off',
      },
      notDone: {
        message: '{activity} trains models ({purposes}) but its DPIA status is `{status}`',
        help: 'training a model on personal data meets several WP248 criteria (new technology, large scale): carry out the DPIA, set `status: in-progress` (then `completed`) and point `reference:` at it',
      },
    },
  },
  *check({ model }) {
    for (const activity of model.activities) {
      const training = activity.purposes.filter(isAiTraining);
      if (training.length === 0) continue;
      const dpia: unknown = activity.value.dpia;
      const status = isRecord(dpia) ? dpia.status : undefined;
      if (typeof status === 'string' && UNDER_WAY.has(status)) continue;
      const data = {
        activity: describeLocation(model.root, activity.pointer),
        file: typeof activity.value.id === 'string' ? activity.value.id : 'activity',
        purposes: training.map((purpose) => (typeof purpose.value.id === 'string' ? `\`${purpose.value.id}\`` : describeLocation(model.root, purpose.pointer))).join(', '),
      };
      const pointer = joinPointer(joinPointer(activity.pointer, 'dpia'), 'status');
      if (typeof status === 'string' && status !== '') yield { messageId: 'notDone', pointer, data: { ...data, status } };
      else yield { messageId: 'missing', pointer, data };
    }
  },
});
