import { type Activity, describeLocation, isRecord, isStated, type Located, type MappingKind, misspeltKey, type Party, recordsOf, type Transfer } from '../core/inventory.js';
import { joinPointer, parentPointer, pointerOf } from '../core/pointer.js';
import { defineRule, type Report } from '../core/rule.js';
import { validateInventory } from '../core/schema-check.js';

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

/** The roles of the format (SPEC §1). */
const ROLES: readonly unknown[] = ['controller', 'joint-controller', 'processor'];

/**
 * Where the schema rule speaks. A field it reports (a required key that is missing, a value or an
 * entry of the wrong type or form, a key written with a typo) is its finding alone: this rule keeps
 * to what the schema leaves to the rules, an optional field that is absent, left empty, blank or
 * only a placeholder, and an empty list that records nothing (SPEC §2.1 "One finding per fact",
 * "Not written"). Asking the schema itself, rather than repeating its types here, keeps the two
 * from drifting apart.
 */
interface SchemaReports {
  /** The schema reports this node or one that contains it (a missing or mistyped parent). */
  at(pointer: string): boolean;
  /** The schema reports this node, one that contains it, or anything inside it (an entry of a list). */
  within(pointer: string): boolean;
}

/** Indexed once, so that a record with thousands of schema findings is not searched per field. */
function schemaReports(value: unknown): SchemaReports {
  const reported = new Set<string>();
  const containing = new Set<string>();
  for (const { pointer } of validateInventory(value)) {
    reported.add(pointer);
    for (let parent = parentPointer(pointer); parent !== ''; parent = parentPointer(parent)) containing.add(parent);
  }
  const at = (pointer: string) => {
    for (let node = pointer; node !== ''; node = parentPointer(node)) if (reported.has(node)) return true;
    return false;
  };
  return { at, within: (pointer) => containing.has(pointer) || at(pointer) };
}

/**
 * How a field the schema accepts falls short: absent (missing, or an empty list where that does
 * not mean "none"), or written with nothing but placeholders (SPEC §2.1 "Not written").
 * Undefined: recorded.
 */
function gapOf(value: unknown, emptyMeansNone: boolean): Gap | undefined {
  if (value === undefined || value === null) return 'absent';
  if (!Array.isArray(value)) return undefined;
  if (value.length === 0) return emptyMeansNone ? undefined : 'absent';
  return value.every((item) => typeof item === 'string' && !isStated(item)) ? 'placeholder' : undefined;
}

/** The entries of a list of parties (joint controllers, controllers a processor acts for) that name one. */
function namedParties(list: unknown, pointer: string): Located<Party>[] {
  return recordsOf<Party>(list, pointer).filter((party) => isStated(party.value.name));
}

/**
 * The schema reports the list of parties (not a list, or under a misspelt key) or the name of one of
 * its entries (not a text, or under a misspelt key such as `nmae:`): the list may name a party, so
 * "names none" would contradict it.
 */
function partiesReported(schema: SchemaReports, owner: unknown, key: string, ownerKind: MappingKind, partyKind: MappingKind, pointer: string): boolean {
  if (schema.at(pointer) || misspeltKey(owner, key, ownerKind) !== undefined) return true;
  const list = isRecord(owner) ? owner[key] : undefined;
  return Array.isArray(list) && list.some((party, index) => schema.at(joinPointer(joinPointer(pointer, index), 'name')) || misspeltKey(party, 'name', partyKind) !== undefined);
}

/** `a`, `a` and `b`, `a`, `b` and `c`. */
function listInWords(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

type MessageId = 'controllerContact' | 'activityFields' | 'jointControllers' | 'onBehalfOf' | 'partyContact' | 'transferCountry';

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
        message: '{activity} is carried out as a processor (`role: processor`), but `on_behalf_of` names none of the controllers it acts for',
        help: 'add each controller with its contact details, e.g. `on_behalf_of: [{name: Customer Ltd, contact: privacy@customer.example}]` (Art. 30(2)(a))',
      },
      partyContact: {
        message: '{party} has no contact details in the record',
        help: 'add how to reach its data protection contact, e.g. `contact: privacy@partner.example` ({article})',
      },
      transferCountry: {
        message: '{transfer} of {activity} does not say which country the data goes to',
        help: 'add the destination country as its ISO 3166-1 alpha-2 code, e.g. `country: US`: Art. 30(1)(e) asks for the third country, and whether the transfer needs a safeguard depends on it',
      },
    },
  },
  *check({ document, model }): Generator<Report<MessageId>> {
    if (!isRecord(document.value)) return;
    const schema = schemaReports(document.value);
    const controller = model.root.controller;
    const contactPointer = pointerOf('controller', 'contact');
    if (!(isRecord(controller) && isStated(controller.contact)) && !schema.at(contactPointer) && misspeltKey(controller, 'contact', 'controller') === undefined) {
      yield { messageId: 'controllerContact', pointer: contactPointer };
    }

    const jointPointer = pointerOf('controller', 'joint_controllers');
    const jointList = isRecord(controller) ? controller.joint_controllers : undefined;
    const jointControllers = namedParties(jointList, jointPointer);
    yield* partiesWithoutContact(schema, jointControllers, 'jointController', (party) => `joint controller \`${party}\``, 'Art. 30(1)(a)');

    for (const activity of model.activities) {
      // What messages name the activity by, made only for a finding: most activities have none.
      const name = () => describeLocation(model.root, activity.pointer);
      const role = activity.value.role;
      // A role the schema rejects (`Processor`, `role:` left empty, `rloe: processor`) may be a processor's:
      // what only a controller records is not asked of it.
      const roleUnknown = (Object.prototype.hasOwnProperty.call(activity.value, 'role') && !ROLES.includes(role)) || misspeltKey(activity.value, 'role', 'activity') !== undefined;
      if (role === 'joint-controller' && jointControllers.length === 0 && !partiesReported(schema, controller, 'joint_controllers', 'controller', 'jointController', jointPointer)) {
        yield { messageId: 'jointControllers', pointer: joinPointer(activity.pointer, 'role'), data: { activity: name() } };
      }
      const actingForPointer = joinPointer(activity.pointer, 'on_behalf_of');
      const actingFor = namedParties(activity.value.on_behalf_of, actingForPointer);
      if (role === 'processor' && actingFor.length === 0 && !partiesReported(schema, activity.value, 'on_behalf_of', 'activity', 'party', actingForPointer)) {
        yield { messageId: 'onBehalfOf', pointer: joinPointer(activity.pointer, 'role'), data: { activity: name() } };
      }
      if (actingFor.length > 0) yield* partiesWithoutContact(schema, actingFor, 'party', (party) => `controller \`${party}\` that ${name()} acts for`, 'Art. 30(2)(a)');

      const gaps: { field: string; gap: Gap; example: string }[] = [];
      for (const { field, emptyMeansNone, controllerOnly, example } of REQUIRED_FIELDS) {
        // Asked first: most fields are recorded, and a recorded field needs no other question.
        const gap = gapOf(activity.value[field], emptyMeansNone);
        if (gap === undefined || (controllerOnly && (role === 'processor' || roleUnknown))) continue;
        if (schema.within(joinPointer(activity.pointer, field)) || misspeltKey(activity.value, field, 'activity') !== undefined) continue;
        gaps.push({ field, gap, example });
      }
      if (gaps.length > 0) {
        yield {
          messageId: 'activityFields',
          pointer: activity.pointer,
          target: 'key',
          data: {
            activity: name(),
            fields: listInWords(gaps.map(({ field, gap }) => (gap === 'placeholder' ? `\`${field}\` (only a placeholder)` : `\`${field}\``))),
            examples: listInWords(gaps.map(({ example }) => example)),
          },
        };
      }

      // A country that is not a two-letter code (`USA`), or written under a misspelt key, is the schema's finding.
      const transfers = activity.value.transfers;
      if (!Array.isArray(transfers) || transfers.length === 0) continue;
      for (const transfer of recordsOf<Transfer>(transfers, joinPointer(activity.pointer, 'transfers'))) {
        if (isStated(transfer.value.country)) continue;
        const countryPointer = joinPointer(transfer.pointer, 'country');
        if (schema.at(countryPointer) || misspeltKey(transfer.value, 'country', 'transfer') !== undefined) continue;
        yield { messageId: 'transferCountry', pointer: countryPointer, target: 'key', data: { transfer: describeLocation(model.root, transfer.pointer), activity: name() } };
      }
    }
  },
});

/** The named parties without a contact that the schema does not already report (not a text, or under a misspelt key). */
function* partiesWithoutContact(schema: SchemaReports, parties: Located<Party>[], kind: MappingKind, describe: (name: string) => string, article: string): Generator<Report<MessageId>> {
  for (const party of parties) {
    const pointer = joinPointer(party.pointer, 'contact');
    if (isStated(party.value.contact) || schema.at(pointer) || misspeltKey(party.value, 'contact', kind) !== undefined) continue;
    yield { messageId: 'partyContact', pointer, data: { party: describe(String(party.value.name)), article } };
  }
}
