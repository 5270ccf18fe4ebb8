import { type Consent, describeLocation, misspeltKey } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule, type Report } from '../core/rule.js';
import { atBase, shown } from './shared/comparison.js';
import { consentBlock, consentUnreadable, recordsKept } from './shared/consent.js';

type Field = 'collection' | 'explicit' | 'granular' | 'required_for_service' | 'withdrawal' | 'given_by' | 'records';

/** The rank of an enumerated value; anything else (a typo, another type, a key such as `toString`) has none. */
function scale(ranks: Record<string, number>): (value: unknown) => number | undefined {
  const table = new Map(Object.entries(ranks));
  return (value) => (typeof value === 'string' ? table.get(value) : undefined);
}

/**
 * Each consent field on the ordered scale of SPEC §2.1 "consent-weakened": a higher rank is
 * stronger consent, and values on one rank are equally strong (the others below opt-in are all
 * not consent, so moving between them weakens nothing). undefined means the value is not on the
 * scale (a typo, the schema rule's finding, or a field left out whose absence says nothing), and
 * such a value is never compared.
 */
const rank: Record<Field, (value: unknown) => number | undefined> = {
  collection: scale({ 'opt-in': 1, 'opt-out': 0, 'pre-ticked': 0, implied: 0, 'terms-acceptance': 0 }),
  // Absent is not explicit (SPEC §1: explicit is "an express statement").
  explicit: (value) => (value === true ? 1 : value === false || value === undefined || value === null ? 0 : undefined),
  granular: (value) => (value === true ? 1 : value === false ? 0 : undefined),
  required_for_service: (value) => (value === false ? 1 : value === true ? 0 : undefined),
  withdrawal: scale({ 'in-product': 3, email: 2, 'support-request': 1, none: 0 }),
  given_by: scale({ 'data-subject': 1, 'all-participants': 1, 'parent-or-guardian': 1, 'account-admin': 0 }),
  // SPEC §1: records "omitted = none"; a placeholder such as `TODO` is none too (§2.1 "Not written").
  records: (value) => (recordsKept(value) ? 1 : 0),
};

const FIELDS = Object.keys(rank) as Field[];

const template = (help: string) => ({ message: '{purpose} weakens its consent: {field} was {was} {atBase}, is {now} now', help });

export default defineRule({
  meta: {
    id: 'consent-weakened',
    severity: 'error',
    reference: 'Art. 4(11), 7',
    aiOnly: false,
    comparison: true,
    description: 'A change moves a consent field of an existing purpose to a weaker value (opt-in to opt-out, explicit to not, easier withdrawal to harder, and so on), or removes the consent block while the purpose still relies on consent.',
    messages: {
      collection: template('keep `collection: {was}`: consent is a clear affirmative act, and silence, a pre-ticked box, continued use or accepting the terms are not one'),
      explicit: template('keep `explicit: true`: an express statement is what special-category data and automated decisions need'),
      granular: template('keep `granular: true`: ask for this purpose separately rather than in one consent for several'),
      required_for_service: template('keep `required_for_service: false`: consent the service is refused without is not freely given'),
      withdrawal: template('keep `withdrawal: {was}`: withdrawing must stay as easy as giving consent, and people were promised this route'),
      given_by: template('keep `given_by: {was}`: an administrator or customer cannot consent for the people whose data it is'),
      records: template('keep `records: {was}`: without records you cannot show that each person consented'),
      removed: {
        message: '{purpose} still relies on consent but no longer describes it: it had a `consent` block {atBase} ({was}), has none now',
        help: 'put the `consent` block back as it was {atBase}, updated to what the product does now: it says how consent is asked, withdrawn and recorded, and without it the consent cannot be demonstrated (Art. 7(1))',
      },
    },
  },
  *check({ comparison, model, file }): Generator<Report<Field | 'removed'>> {
    for (const pair of comparison?.pairs ?? []) {
      if (pair.base === undefined) continue;
      const before = consentBlock(pair.base);
      const after = consentBlock(pair.head);
      const purpose = describeLocation(model.root, pair.head.pointer);
      // A block rewritten in another shape (`consent: yes`) is the schema rule's finding, not a removed one.
      if (before !== undefined && after === undefined && !consentUnreadable(pair.head)) {
        // With the basis changed away from consent, the change is lawful-basis-changed's finding.
        if (pair.base.value.lawful_basis === 'consent' && pair.head.value.lawful_basis === 'consent') {
          yield { messageId: 'removed', pointer: joinPointer(pair.head.pointer, 'consent'), data: { purpose, was: summary(before), atBase: atBase(pair, file) } };
        }
        continue;
      }
      // A block added where there was none strengthens the record; nothing to compare.
      if (before === undefined || after === undefined) continue;
      for (const field of FIELDS) {
        // A field under a misspelt key (`explicitt: true`) is the schema rule's finding: it may say what it said at base.
        if (misspeltKey(after, field, 'consent') !== undefined) continue;
        const was = before[field];
        const now = after[field];
        const wasRank = rank[field](was);
        const nowRank = rank[field](now);
        if (wasRank === undefined || nowRank === undefined || nowRank >= wasRank) continue;
        yield {
          messageId: field,
          pointer: joinPointer(joinPointer(pair.head.pointer, 'consent'), field),
          data: { purpose, field, was: shown(was), now: shown(now), atBase: atBase(pair, file) },
        };
      }
    }
  },
});

/** The fields of a removed block, for the message and the help line: `collection: opt-in, withdrawal: in-product`. */
function summary(consent: Consent): string {
  const fields = FIELDS.filter((field) => consent[field] !== undefined).map((field) => `${field}: ${shown(consent[field])}`);
  return fields.length === 0 ? 'with no fields' : fields.join(', ');
}
