import { type ActivityView, describeLocation, isRecord, type Processor, recordsOf, type Transfer } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';

/**
 * The European Economic Area: the 27 EU member states plus Iceland, Liechtenstein and Norway.
 * `EL` is the EU's own code for Greece, accepted next to the ISO code `GR`.
 */
const EEA = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'EL', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

function countryOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().toUpperCase() : undefined;
}

/** A mechanism is named, and it is not `none`. */
function hasMechanism(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '' && value !== 'none';
}

export default defineRule({
  meta: {
    id: 'transfer-mechanism',
    severity: 'error',
    reference: 'Art. 44–46',
    aiOnly: false,
    description: 'Every transfer, and every processor outside the EEA, rests on an Art. 45–46 transfer mechanism.',
    messages: {
      transfer: {
        message: '{activity} transfers data to `{country}` without a transfer mechanism',
        help: 'name the safeguard the transfer rests on, e.g. `mechanism: scc` (or `adequacy` when the Commission has found `{country}` adequate, `bcr` within a corporate group); without one, do not transfer',
      },
      processor: {
        message: '{processor} of {activity} processes data in `{country}`, outside the EEA, without a transfer mechanism',
        help: 'give the processor its safeguard, e.g. `mechanism: scc`, or add a transfer to the activity: `transfers: [{country: {country}, mechanism: scc}]`',
      },
    },
  },
  *check({ model }) {
    for (const activity of model.activities) {
      const activityName = describeLocation(model.root, activity.pointer);
      const transfers = recordsOf<Transfer>(activity.value.transfers, joinPointer(activity.pointer, 'transfers'));
      for (const transfer of transfers) {
        const country = countryOf(transfer.value.country);
        if (country !== undefined && EEA.has(country)) continue;
        if (hasMechanism(transfer.value.mechanism)) continue;
        const mechanismWritten = Object.prototype.hasOwnProperty.call(transfer.value, 'mechanism');
        const pointer = joinPointer(transfer.pointer, !mechanismWritten && country !== undefined ? 'country' : 'mechanism');
        yield { messageId: 'transfer', pointer, data: { activity: activityName, country: country ?? 'an unnamed country' } };
      }
      yield* uncoveredProcessors(activity, activityName, transfers.map((transfer) => transfer.value), model.root);
    }
  },
});

function* uncoveredProcessors(activity: ActivityView, activityName: string, transfers: Transfer[], root: unknown) {
  const covered = new Set(transfers.filter((transfer) => hasMechanism(transfer.mechanism)).map((transfer) => countryOf(transfer.country)));
  for (const processor of recordsOf<Processor>(activity.value.processors, joinPointer(activity.pointer, 'processors'))) {
    if (!isRecord(processor.value)) continue;
    const country = countryOf(processor.value.country);
    if (country === undefined || EEA.has(country)) continue;
    if (hasMechanism(processor.value.mechanism) || covered.has(country)) continue;
    yield {
      messageId: 'processor' as const,
      pointer: joinPointer(processor.pointer, 'country'),
      data: { processor: describeLocation(root, processor.pointer), activity: activityName, country },
    };
  }
}
