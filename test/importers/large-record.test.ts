/**
 * A large record imports whole: every row becomes its purpose, none is merged or lost. How fast
 * (and that it stays linear) is measured by `npm run bench`, never asserted in a timed test.
 */
import { describe, expect, it } from 'vitest';
import { importRecords } from '../../src/importers/index.js';

const BASES = ['Consent', 'Contract', 'Art. 6(1)(f) legitimate interest', 'Legal obligation (HMRC PAYE regulations)'];

/** A CSV with a title row, as a DPO's export has, and `rows` purposes over rows/4 activities. */
function record(rows: number): Uint8Array {
  const lines = ['Record of processing activities', 'Activity;Purpose;Lawful basis;Data subjects;Personal data;Recipients;Transfers;Retention;Security measures;Notes'];
  for (let index = 0; index < rows; index += 1) {
    lines.push(
      [
        `Activity ${Math.floor(index / 4)}`,
        `Purpose ${index}: send invoices and improve the ranking model ${index % 7}`,
        BASES[index % 4],
        `Customers ${index % 50}, Employees`,
        `Name ${index % 300}, Email address, Sickness records`,
        `HMRC, Bank ${index % 10}`,
        'USA (SCCs)',
        '6 years',
        'Encryption, Access control',
        `note ${index}`,
      ].join(';'),
    );
  }
  return new TextEncoder().encode(lines.join('\r\n'));
}

describe('a large record', () => {
  it('imports 10,000 rows as 10,000 purposes of 2,500 activities', () => {
    const { report } = importRecords([{ file: 'big.csv', bytes: record(10_000) }]);
    expect([report.activities, report.purposes]).toEqual([2_500, 10_000]);
  });
});
