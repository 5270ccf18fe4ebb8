import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/core/line-index.js';
import { Locator } from '../../src/core/locate.js';
import { parseYaml, stripByteOrderMark } from '../../src/parser/yaml-source.js';
import { yaml } from '../support/dedent.js';

function locatorFor(text: string): Locator {
  const source = stripByteOrderMark(text);
  return new Locator(parseYaml(source).locations, new LineIndex(source));
}

const inventory = yaml`
  version: 1
  controller:
    name: Acme
  processing_activities:
    - id: smart-replies
      name: Smart replies
      purposes:
        - id: train
          consent:
            collection: opt-out
          lawful_basis: "consent"
        - {id: flow, lawful_basis: contract}
`;

describe('locator', () => {
  const locator = locatorFor(inventory);
  const cases: [string, string, 'node' | 'key', [number, number, number, number]][] = [
    ['a scalar value', '/processing_activities/0/purposes/0/consent/collection', 'node', [10, 23, 10, 30]],
    ['a quoted scalar with its quotes', '/processing_activities/0/purposes/0/lawful_basis', 'node', [11, 23, 11, 32]],
    ['the key of a value', '/processing_activities/0/purposes/0/lawful_basis', 'key', [11, 9, 11, 21]],
    ['a block mapping: its key', '/processing_activities/0/purposes/0/consent', 'node', [9, 9, 9, 16]],
    ['a missing field: the key of the mapping that lacks it', '/processing_activities/0/purposes/0/consent/withdrawal', 'node', [9, 9, 9, 16]],
    ['a missing field of a list item: the item id', '/processing_activities/0/purposes/0/dpia', 'node', [8, 13, 8, 18]],
    ['a value in a flow mapping', '/processing_activities/0/purposes/1/lawful_basis', 'node', [12, 34, 12, 42]],
    ['a single-line flow mapping as a whole', '/processing_activities/0/purposes/1', 'node', [12, 9, 12, 43]],
    ['a missing top-level key: the first line', '/data_categories', 'node', [1, 1, 1, 11]],
  ];
  it.each(cases)('%s', (_name, pointer, target, [line, column, endLine, endColumn]) => {
    expect(locator.locate(pointer, target)).toEqual({ line, column, endLine, endColumn });
  });

  it('counts columns the same with CRLF line ends and a byte-order mark', () => {
    const crlf = locatorFor(`\uFEFF${inventory.replace(/\n/g, '\r\n')}`);
    for (const [, pointer, target] of cases) expect(crlf.locate(pointer, target)).toEqual(locator.locate(pointer, target));
  });

  it('escapes keys with / and ~ as JSON Pointer does', () => {
    const odd = locatorFor('a/b: 1\nc~d: 2\n');
    expect(odd.locate('/a~1b')).toEqual({ line: 1, column: 6, endLine: 1, endColumn: 7 });
    expect(odd.locate('/c~0d')).toEqual({ line: 2, column: 6, endLine: 2, endColumn: 7 });
  });
});

describe('parser safety', () => {
  it('keeps __proto__, constructor and prototype as plain own keys', () => {
    const { value } = parseYaml('__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(value as object)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('stops an alias bomb with a fatal problem at an alias', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level += 1) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(',')}]`);
    }
    const { problems, value } = parseYaml(`${levels.join('\n')}\n`);
    expect(value).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ code: 'ALIAS_EXPANSION', fatal: true })]);
  });

  it('refuses nesting beyond the limit without a crash', () => {
    const { problems } = parseYaml(`${'['.repeat(300)}${']'.repeat(300)}\n`);
    expect(problems[0]).toMatchObject({ fatal: true });
  });
});
