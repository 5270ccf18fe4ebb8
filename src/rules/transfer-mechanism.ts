import { type ActivityView, describeLocation, isStated, type Processor, recordsOf, type Transfer } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule, type Report } from '../core/rule.js';

/** The European Economic Area: the 27 EU member states plus Iceland, Liechtenstein and Norway. */
const EEA = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

/** Codes in common use that are not the ISO 3166-1 code of the country: the EU's `EL` for Greece, `UK`. */
const ALIASES: Record<string, string> = { EL: 'GR', UK: 'GB' };

/** The ISO code a country field names; undefined when it names none (absent, blank, a placeholder). */
function countryOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || !isStated(value)) return undefined;
  const code = value.trim().toUpperCase();
  return ALIASES[code] ?? code;
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
        if (country !== undefined && EEA.has(country)) continue;
        if (hasMechanism(transfer.value.mechanism)) continue;
        const mechanismWritten = Object.prototype.hasOwnProperty.call(transfer.value, 'mechanism');
        const pointer = joinPointer(transfer.pointer, !mechanismWritten && country !== undefined ? 'country' : 'mechanism');
        yield { messageId: 'transfer', pointer, data: { activity: activityName, country: country === undefined ? 'a country it does not name' : `\`${country}\`` } };
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
  const recorded = new Set(transfers.map((transfer) => countryOf(transfer.country)));
  for (const processor of recordsOf<Processor>(activity.value.processors, joinPointer(activity.pointer, 'processors'))) {
    const country = countryOf(processor.value.country);
    if (country === undefined || EEA.has(country) || recorded.has(country)) continue;
    const data = { processor: describeLocation(root, processor.pointer), activity: activityName, country };
    const pointer = joinPointer(processor.pointer, 'country');
    // A mechanism written on the processor (the format's first version allowed it) belongs in a transfer entry.
    const own = processor.value.mechanism;
    if (typeof own === 'string' && MECHANISMS.has(own)) yield { messageId: 'processorMechanism', pointer, data: { ...data, mechanism: own } };
    else yield { messageId: 'processor', pointer, data };
  }
}
