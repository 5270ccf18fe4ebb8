/**
 * A large record imports in linear time: 10,000 rows well within seconds, and four times the
 * rows in about four times the time (no step that compares every row with every other).
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

function timed(rows: number): { ms: number; purposes: number } {
  const bytes = record(rows);
  const started = performance.now();
  const result = importRecords([{ file: 'big.csv', bytes }]);
  return { ms: performance.now() - started, purposes: result.report.purposes };
}

describe('a large record', () => {
  it('imports 10,000 rows in linear time', () => {
    timed(500); // warm up the compiler
    const quarter = timed(2_500);
    const full = timed(10_000);
    expect([quarter.purposes, full.purposes]).toEqual([2_500, 10_000]);
    expect(full.ms).toBeLessThan(5_000);
    expect(full.ms).toBeLessThan(quarter.ms * 8 + 250);
  });
});
