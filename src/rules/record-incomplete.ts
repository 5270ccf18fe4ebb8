import { type Activity, describeLocation, isRecord, isStated, type Located, type Party, recordsOf } from '../core/inventory.js';
import { joinPointer, pointerOf } from '../core/pointer.js';
import { defineRule, type Report } from '../core/rule.js';

interface RequiredField {
  field: keyof Activity;
  /** `[]` states that there are none (recipients, transfers); elsewhere an empty list records nothing. */
  emptyMeansNone: boolean;
  /** Art. 30(2) asks a processor's record for no recipients: they are the controller's to record. */
  controllerOnly: boolean;
  example: string;
}

/** The Art. 30(1) and 30(2) fields an activity must record, with an example of each for the help line. */
const REQUIRED_FIELDS: RequiredField[] = [
  { field: 'data_subjects', emptyMeansNone: false, controllerOnly: false, example: '`data_subjects: [customers]`' },
  { field: 'data_categories', emptyMeansNone: false, controllerOnly: false, example: '`data_categories: [contact-details]`' },
  { field: 'recipients', emptyMeansNone: true, controllerOnly: true, example: '`recipients: [Payment provider]` (or `recipients: []` when there are none)' },
  { field: 'transfers', emptyMeansNone: true, controllerOnly: false, example: '`transfers: [{country: US, mechanism: scc}]` (or `transfers: []` when there are none)' },
  { field: 'security_measures', emptyMeansNone: false, controllerOnly: false, example: '`security_measures: [encryption-at-rest, access-control]`' },
];

type Gap = 'absent' | 'placeholder';

/**
 * How a field falls short: absent (missing, null, or an empty list where that does not mean
 * "none"), or written with nothing but placeholders (SPEC §2.1 "Not written"). Undefined: recorded.
 * A value of another type counts as recorded: it is the schema rule's finding.
 */
function gapOf(value: unknown, emptyMeansNone: boolean): Gap | undefined {
  if (value === undefined || value === null) return 'absent';
  if (typeof value === 'string') return isStated(value) ? undefined : 'placeholder';
  if (!Array.isArray(value)) return undefined;
  if (value.length === 0) return emptyMeansNone ? undefined : 'absent';
  return value.every((item) => typeof item === 'string' && !isStated(item)) ? 'placeholder' : undefined;
}

/** The entries of a list of parties (joint controllers, controllers a processor acts for) that name one. */
function namedParties(list: unknown, pointer: string): Located<Party>[] {
  return recordsOf<Party>(list, pointer).filter((party) => isStated(party.value.name));
}

/** `a`, `a` and `b`, `a`, `b` and `c`. */
function listInWords(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export default defineRule({
  meta: {
    id: 'record-incomplete',
    severity: 'warning',
    reference: 'Art. 30(1)(a)–(g), 30(2)',
    aiOnly: false,
    description:
      'The record names the controller contact, the joint controllers or the controllers a processor acts for, and for each activity its data subjects, data categories, recipients, transfers and security measures.',
    messages: {
      controllerContact: {
        message: 'the record of processing activities gives no contact details for the controller',
        help: 'add a contact under `controller`, e.g. `contact: privacy@example.com` (Art. 30(1)(a))',
      },
      activityFields: {
        message: '{activity} does not record {fields}',
        help: 'add {examples} to the activity',
      },
      jointControllers: {
        message: '{activity} is run with joint controllers (`role: joint-controller`), but `controller.joint_controllers` names none',
        help: 'name each joint controller under `controller` with its contact details and the Art. 26 arrangement, e.g. `joint_controllers: [{name: Partner Analytics SA, contact: privacy@partner.example, arrangement: docs/contracts/joint-controller.md}]`',
      },
      onBehalfOf: {
        message: '{activity} is carried out as a processor (`role: processor`), but does not name the controllers it acts for',
        help: 'add each controller with its contact details, e.g. `on_behalf_of: [{name: Customer Ltd, contact: privacy@customer.example}]` (Art. 30(2)(a))',
      },
      partyContact: {
        message: '{party} has no contact details in the record',
        help: 'add how to reach its data protection contact, e.g. `contact: privacy@partner.example` ({article})',
      },
    },
  },
  *check({ document, model }): Generator<Report<'controllerContact' | 'activityFields' | 'jointControllers' | 'onBehalfOf' | 'partyContact'>> {
    if (!isRecord(document.value)) return;
    const controller = model.root.controller;
    if (!isRecord(controller) || !isStated(controller.contact)) {
      yield { messageId: 'controllerContact', pointer: pointerOf('controller', 'contact') };
    }

    const jointPointer = pointerOf('controller', 'joint_controllers');
    const jointControllers = isRecord(controller) ? namedParties(controller.joint_controllers, jointPointer) : [];
    for (const party of jointControllers) {
      if (isStated(party.value.contact)) continue;
      yield { messageId: 'partyContact', pointer: joinPointer(party.pointer, 'contact'), data: { party: `joint controller \`${party.value.name}\``, article: 'Art. 30(1)(a)' } };
    }

    for (const activity of model.activities) {
      const name = describeLocation(model.root, activity.pointer);
      const role = activity.value.role;
      const rolePointer = joinPointer(activity.pointer, 'role');
      if (role === 'joint-controller' && jointControllers.length === 0) {
        yield { messageId: 'jointControllers', pointer: rolePointer, data: { activity: name } };
      }
      const actingFor = namedParties(activity.value.on_behalf_of, joinPointer(activity.pointer, 'on_behalf_of'));
      if (role === 'processor' && actingFor.length === 0) {
        yield { messageId: 'onBehalfOf', pointer: rolePointer, data: { activity: name } };
      }
      for (const party of actingFor) {
        if (isStated(party.value.contact)) continue;
        yield { messageId: 'partyContact', pointer: joinPointer(party.pointer, 'contact'), data: { party: `controller \`${party.value.name}\` that ${name} acts for`, article: 'Art. 30(2)(a)' } };
      }

      const gaps = REQUIRED_FIELDS.flatMap(({ field, emptyMeansNone, controllerOnly, example }) => {
        if (controllerOnly && role === 'processor') return [];
        const gap = gapOf(activity.value[field], emptyMeansNone);
        return gap === undefined ? [] : [{ field, gap, example }];
      });
      if (gaps.length === 0) continue;
      yield {
        messageId: 'activityFields',
        pointer: activity.pointer,
        target: 'key',
        data: {
          activity: name,
          fields: listInWords(gaps.map(({ field, gap }) => (gap === 'placeholder' ? `\`${field}\` (only a placeholder)` : `\`${field}\``))),
          examples: listInWords(gaps.map(({ example }) => example)),
        },
      };
    }
  },
});
