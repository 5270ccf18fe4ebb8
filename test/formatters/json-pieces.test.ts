import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/formatters/github.js';
import { formatHtml } from '../../src/formatters/html.js';
import { formatJson } from '../../src/formatters/json.js';
import { formatMarkdown } from '../../src/formatters/markdown.js';
import { type FormatName, FORMAT_NAMES } from '../../src/formatters/names.js';
import { formatSarif } from '../../src/formatters/sarif.js';
import { formatStylish } from '../../src/formatters/stylish.js';
import type { Formatter } from '../../src/formatters/types.js';
import { jsonPieces, LazyArray } from '../../src/formatters/json-chunks.js';
import { loadFormatter } from '../../src/formatters/load.js';
import { UsageError } from '../../src/workspace/usage-error.js';
import { writeFileAtomically } from '../../src/workspace/write-file.js';
import { yaml } from '../support/dedent.js';
import { plainContext, reportOf } from '../support/report.js';

/** Replaces the outermost arrays of `value` by LazyArrays (of plain items), so that jsonPieces writes them item by item. */
function withLazyArrays(value: unknown): unknown {
  if (Array.isArray(value)) return new LazyArray(value);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, withLazyArrays(field)]));
  return value;
}

describe('jsonPieces', () => {
  it('writes, byte for byte, what JSON.stringify(value, null, 2) writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonPieces(withLazyArrays(value))].join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });

  it('is not fooled by data that spells its marker', () => {
    const value = { text: '\u0000lazy-0-0', also: '"\\u0000lazy-', items: new LazyArray(['\u0000lazy-x-1', { deep: '\u0000lazy-' }]) };
    expect([...jsonPieces(value)].join('')).toBe(`${JSON.stringify({ ...value, items: ['\u0000lazy-x-1', { deep: '\u0000lazy-' }] }, null, 2)}\n`);
  });

  it('writes arrays nested deep in the document, empty or not, at their indentation', () => {
    const value = { a: { b: [{ c: new LazyArray([1, [2, { d: [] }], 'e']) }, { f: new LazyArray([]) }] }, g: new LazyArray([{}]) };
    const plain = { a: { b: [{ c: [1, [2, { d: [] }], 'e'] }, { f: [] }] }, g: [{}] };
    expect([...jsonPieces(value)].join('')).toBe(`${JSON.stringify(plain, null, 2)}\n`);
  });

  it('hands out a long array in pieces of about 64 KB, not as one string', () => {
    const items = Array.from({ length: 5000 }, (_, index) => ({ index, message: 'x'.repeat(100) }));
    const pieces = [...jsonPieces({ findings: new LazyArray(items), summary: { files: 1 } })];
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeLessThan(2 * 64 * 1024);
    expect(JSON.parse(pieces.join(''))).toEqual({ findings: items, summary: { files: 1 } });
  });

  it('makes each item only as the pieces are read', () => {
    let made = 0;
    function* items() {
      for (let index = 0; index < 3000; index += 1) {
        made += 1;
        yield { index, padding: 'y'.repeat(100) };
      }
    }
    const pieces = jsonPieces({ findings: new LazyArray(items()) });
    pieces.next();
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThan(3000);
  });
});

describe('formatters written in pieces', () => {
  const report = reportOf({
    'privacy/ropa.yaml': yaml`
      version: 1
      controller: {name: Acme}
      processing_activities:
        - id: a
          name: A
          purposes:
            - id: p
              lawfull_basis: consent
    `,
  });

  const whole: Record<FormatName, Formatter> = { github: formatGithub, html: formatHtml, json: formatJson, markdown: formatMarkdown, sarif: formatSarif, stylish: formatStylish };

  it.each(FORMAT_NAMES)('%s: the loaded formatter writes what the formatter returns', async (name) => {
    const formatter = await loadFormatter(name);
    const text = [...formatter(report, plainContext)].join('');
    expect(text).toBe(whole[name](report, plainContext));
    // The two written in pieces are the pretty JSON of what they hold, as JSON.stringify prints it.
    if (name === 'json' || name === 'sarif') expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });
});

describe('writeFileAtomically with pieces', () => {
  let folder: string;
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes every piece, in order', () => {
    folder = mkdtempSync(path.join(tmpdir(), 'ropa-write-'));
    writeFileAtomically('out.json', folder, ['{"a":', '"é"', '}\n']);
    expect(readFileSync(path.join(folder, 'out.json'), 'utf8')).toBe('{"a":"é"}\n');
  });

  it('leaves neither the file nor a temporary file when a piece fails', () => {
    folder = mkdtempSync(path.join(tmpdir(), 'ropa-write-'));
    function* failing() {
      yield 'half a report';
      throw new Error('EPIPE');
    }
    expect(() => writeFileAtomically('out.json', folder, failing())).toThrow(UsageError);
    expect(existsSync(path.join(folder, 'out.json'))).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });
});
