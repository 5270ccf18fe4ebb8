import { countryCode } from '../core/countries.js';
import { type ActivityView, describeLocation, hasMalformedEntries, isStated, misspeltKey, type Processor, recordsOf, type Transfer } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule, type Report } from '../core/rule.js';

/** The European Economic Area: the 27 EU member states plus Iceland, Liechtenstein and Norway. */
const EEA = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

/**
 * A country field as written, with the ISO code it means: `UK`, `usa` or `Germany` through the
 * table of common names and codes (src/core/countries.ts), undefined for a text the table does
 * not know. Undefined when the field names no country (absent, blank, a placeholder).
 */
function countryOf(value: unknown): { written: string; code: string | undefined } | undefined {
  if (typeof value !== 'string' || !isStated(value)) return undefined;
  return { written: value.trim(), code: countryCode(value) };
}

/** The mechanisms of the format, `none` aside. */
const MECHANISMS = new Set(['adequacy', 'scc', 'bcr', 'derogation']);

/** A mechanism is named, and it is not `none`. */
function hasMechanism(value: unknown): boolean {
  return typeof value === 'string' && isStated(value) && value.trim() !== 'none';
}

type MessageId = 'transfer' | 'processor' | 'processorMechanism';

export default defineRule({
  meta: {
    id: 'transfer-mechanism',
    severity: 'error',
    reference: 'Art. 44–46',
    aiOnly: false,
    description: 'Every transfer outside the EEA rests on a transfer mechanism, and every processor outside the EEA has such a transfer recorded for its country.',
    messages: {
      transfer: {
        message: '{activity} transfers data to {country} without a transfer mechanism',
        help: 'name the safeguard the transfer rests on, e.g. `mechanism: scc` (or `adequacy` when the Commission has found the country adequate, `bcr` within a corporate group); without one, do not transfer',
      },
      processor: {
        message: '{processor} of {activity} processes data in `{country}`, outside the EEA, but the activity records no transfer to `{country}`',
        help: 'record the transfer with the safeguard it rests on, e.g. `transfers: [{country: {country}, mechanism: scc}]` (or `adequacy` when the Commission has found `{country}` adequate), or choose a processor in the EEA',
      },
      processorMechanism: {
        message: '{processor} of {activity} processes data in `{country}` under `{mechanism}`, but the activity records no transfer to `{country}`',
        help: 'record the transfer on the activity, where the record of transfers is kept (Art. 30(1)(e)): `transfers: [{country: {country}, mechanism: {mechanism}}]`',
      },
    },
  },
  *check({ model }): Generator<Report<MessageId>> {
    for (const activity of model.activities) {
      const activityName = describeLocation(model.root, activity.pointer);
      const transfers = recordsOf<Transfer>(activity.value.transfers, joinPointer(activity.pointer, 'transfers'));
      for (const transfer of transfers) {
        const country = countryOf(transfer.value.country);
        if (country?.code !== undefined && EEA.has(country.code)) continue;
        // A mechanism under a misspelt key (`mechansim: scc`) is written: the schema rule names the key to write.
        if (hasMechanism(transfer.value.mechanism) || misspeltKey(transfer.value, 'mechanism', 'transfer') !== undefined) continue;
        const mechanismWritten = Object.prototype.hasOwnProperty.call(transfer.value, 'mechanism');
        const pointer = joinPointer(transfer.pointer, !mechanismWritten && country !== undefined ? 'country' : 'mechanism');
        yield { messageId: 'transfer', pointer, data: { activity: activityName, country: country === undefined ? 'a country it does not name' : `\`${country.code ?? country.written}\`` } };
      }
      yield* processorsWithoutTransfer(activity, activityName, transfers.map((transfer) => transfer.value), model.root);
    }
  },
});

/**
 * Processors outside the EEA whose country has no transfer entry (SPEC §2.1). An entry without a
 * mechanism is that entry's finding: the processor is not reported a second time for it.
 */
function* processorsWithoutTransfer(activity: ActivityView, activityName: string, transfers: Transfer[], root: unknown): Generator<Report<MessageId>> {
  // Transfers written in another shape (a mapping without its `- `, an entry as a bare text) or under a
  // misspelt key (`transfres:`, `counrty: US`) are the schema rule's finding: they may record the
  // processor's country, so nothing is said to be missing.
  if (hasMalformedEntries(activity.value.transfers) || misspeltKey(activity.value, 'transfers', 'activity') !== undefined) return;
  if (transfers.some((transfer) => misspeltKey(transfer, 'country', 'transfer') !== undefined)) return;
  const recorded = new Set(transfers.map((transfer) => countryOf(transfer.country)?.code));
  for (const processor of recordsOf<Processor>(activity.value.processors, joinPointer(activity.pointer, 'processors'))) {
    // A country the table cannot read (`Atlantis`) is the schema rule's finding: where the data goes is unknown.
    const country = countryOf(processor.value.country)?.code;
    if (country === undefined || EEA.has(country) || recorded.has(country)) continue;
    const data = { processor: describeLocation(root, processor.pointer), activity: activityName, country };
    const pointer = joinPointer(processor.pointer, 'country');
    // A mechanism written on the processor (the format's first version allowed it) belongs in a transfer entry.
    const own = processor.value.mechanism;
    if (typeof own === 'string' && MECHANISMS.has(own)) yield { messageId: 'processorMechanism', pointer, data: { ...data, mechanism: own } };
    else yield { messageId: 'processor', pointer, data };
  }
}
