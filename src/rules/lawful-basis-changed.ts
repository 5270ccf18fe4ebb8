import { describeLocation, isMalformed, isStated, LAWFUL_BASES } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { atBase } from './shared/comparison.js';

export default defineRule({
  meta: {
    id: 'lawful-basis-changed',
    severity: 'error',
    reference: 'Art. 6(1), 13(1)(c); EDPB Guidelines 05/2020 §121–123',
    aiOnly: false,
    comparison: true,
    description: 'A change swaps the lawful basis of an existing purpose, above all away from consent, which cannot be swapped after the fact.',
    messages: {
      fromConsent: {
        message: '{purpose} swaps its lawful basis away from consent: it was consent {atBase}, is {now} now',
        help: 'keep `lawful_basis: consent` for the data collected under consent; to rely on {now} from now on, add a new purpose with its own id, tell people before collecting for it, and stop the consented processing for anyone who withdraws',
      },
      changed: {
        message: '{purpose} changes its lawful basis: it was {was} {atBase}, is {now} now',
        help: 'people were told the basis when their data was collected: keep `lawful_basis: {was}` for that data, or add the new basis as a new purpose and update the privacy notice before relying on it',
      },
    },
  },
  *check({ comparison, model, file }) {
    for (const pair of comparison?.pairs ?? []) {
      const was = pair.base?.value.lawful_basis;
      const now = pair.head.value.lawful_basis;
      // A basis added where there was none is a fix; a removed one is lawful-basis-missing's finding,
      // and a placeholder such as `TBD` is none (SPEC §2.1 "Not written").
      if (pair.base === undefined || typeof was !== 'string' || typeof now !== 'string' || !isStated(was) || !isStated(now) || was === now) continue;
      // A basis outside the format (`Contract` for `contract`) is the schema rule's finding, not a change of basis.
      if (isMalformed(was, LAWFUL_BASES) || isMalformed(now, LAWFUL_BASES)) continue;
      yield {
        messageId: was === 'consent' ? 'fromConsent' : 'changed',
        pointer: joinPointer(pair.head.pointer, 'lawful_basis'),
        data: { purpose: describeLocation(model.root, pair.head.pointer), was, now, atBase: atBase(pair, file) },
      };
    }
  },
});
