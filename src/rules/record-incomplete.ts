import { type Activity, describeLocation, isRecord, isStated } from '../core/inventory.js';
import { pointerOf } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';

/** The Art. 30(1) fields an activity must record, with an example of each for the help line. */
const REQUIRED_FIELDS: { field: keyof Activity; emptyMeansNone: boolean; example: string }[] = [
  { field: 'data_subjects', emptyMeansNone: false, example: '`data_subjects: [customers]`' },
  { field: 'data_categories', emptyMeansNone: false, example: '`data_categories: [contact-details]`' },
  { field: 'recipients', emptyMeansNone: true, example: '`recipients: [payment-provider]` (or `recipients: []` when there are none)' },
  { field: 'transfers', emptyMeansNone: true, example: '`transfers: [{country: US, mechanism: scc}]` (or `transfers: []` when there are none)' },
  { field: 'security_measures', emptyMeansNone: false, example: '`security_measures: [encryption-at-rest, access-control]`' },
];

/** Not written down: absent, null, or (where an empty list does not mean "none") an empty list. */
function isMissing(value: unknown, emptyMeansNone: boolean): boolean {
  if (value === undefined || value === null) return true;
  return !emptyMeansNone && Array.isArray(value) && value.length === 0;
}


/** `a`, `a` and `b`, `a`, `b` and `c`. */
function listInWords(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export default defineRule({
  meta: {
    id: 'record-incomplete',
    severity: 'warning',
    reference: 'Art. 30(1)(a)–(g)',
    aiOnly: false,
    description: 'The record names the controller contact and, for each activity, its data subjects, data categories, recipients, transfers and security measures.',
    messages: {
      controllerContact: {
        message: 'the record of processing activities gives no contact details for the controller',
        help: 'add a contact under `controller`, e.g. `contact: privacy@example.com` (Art. 30(1)(a))',
      },
      activityFields: {
        message: '{activity} does not record {fields}',
        help: 'add {examples} to the activity',
      },
    },
  },
  *check({ document, model }) {
    if (isRecord(document.value)) {
      const controller = model.root.controller;
      if (!isRecord(controller) || !isStated(controller.contact)) {
        yield { messageId: 'controllerContact', pointer: pointerOf('controller', 'contact') };
      }
    }
    for (const activity of model.activities) {
      const missing = REQUIRED_FIELDS.filter(({ field, emptyMeansNone }) => isMissing(activity.value[field], emptyMeansNone));
      if (missing.length === 0) continue;
      yield {
        messageId: 'activityFields',
        pointer: activity.pointer,
        target: 'key',
        data: {
          activity: describeLocation(model.root, activity.pointer),
          fields: listInWords(missing.map(({ field }) => `\`${field}\``)),
          examples: listInWords(missing.map(({ example }) => example)),
        },
      };
    }
  },
});
