import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/core/line-index.js';
import { hasKeyAnywhere, parseYaml, stripByteOrderMark } from '../../src/parser/yaml-source.js';
import type { Span } from '../../src/parser/yaml-types.js';
import { yaml } from '../support/dedent.js';
import { expectFastAndSame, readBoth } from './oracle.js';

/** [line, column, endLine, endColumn], 1-based, end column just past the last character. */
type Range = [number, number, number, number];

interface LocationCase {
  name: string;
  text: string;
  pointer: string;
  kind: 'map' | 'seq' | 'scalar' | 'alias';
  value: Range;
  /** The key span, or null when the node is not the value of a mapping key. */
  key: Range | null;
  /** The value read, when worth checking. */
  read?: unknown;
}

function rangeOf(lines: LineIndex, span: Span): Range {
  const start = lines.position(span.start);
  const end = lines.position(span.end);
  return [start.line, start.column, end.line, end.column];
}

function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const segment of pointer.split('/').slice(1)) {
    const name = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    value = Array.isArray(value) ? value[Number(name)] : (value as Record<string, unknown>)[name];
  }
  return value;
}

const activity = yaml`
  processing_activities:
    - id: smart-replies   # the activity
      purposes:
        - id: train
          lawful_basis: "consent"
          consent:
            collection: 'opt-in'
        - {id: flow, lawful_basis: contract}
      data_subjects: [members, "guests"]
`;

const cases: LocationCase[] = [
  { name: 'a plain scalar in a block mapping', text: 'name: Acme Chat\n', pointer: '/name', kind: 'scalar', value: [1, 7, 1, 16], key: [1, 1, 1, 5], read: 'Acme Chat' },
  { name: 'a plain scalar without its trailing comment and spaces', text: 'name: Acme   # legal name\n', pointer: '/name', kind: 'scalar', value: [1, 7, 1, 11], key: [1, 1, 1, 5] },
  { name: 'the root mapping from its first key', text: '# comment\n\nversion: 1\n', pointer: '', kind: 'map', value: [3, 1, 4, 1], key: null },
  { name: 'a nested block mapping from its first key', text: 'controller:\n  name: Acme\n  contact: a@b.c\n', pointer: '/controller', kind: 'map', value: [2, 3, 4, 1], key: [1, 1, 1, 11] },
  { name: 'a value of a nested mapping', text: 'controller:\n  name: Acme\n  contact: a@b.c\n', pointer: '/controller/contact', kind: 'scalar', value: [3, 12, 3, 17], key: [3, 3, 3, 10] },
  { name: 'an indented block sequence from its first dash', text: 'list:\n  - a\n  - b\n', pointer: '/list', kind: 'seq', value: [2, 3, 4, 1], key: [1, 1, 1, 5] },
  { name: 'an item of a block sequence', text: 'list:\n  - a\n  - b\n', pointer: '/list/1', kind: 'scalar', value: [3, 5, 3, 6], key: null, read: 'b' },
  { name: 'a block sequence at the column of its key', text: 'list:\n- a\n- b\nnext: 1\n', pointer: '/list', kind: 'seq', value: [2, 1, 4, 1], key: [1, 1, 1, 5] },
  { name: 'a mapping in a list from its first key', text: activity, pointer: '/processing_activities/0', kind: 'map', value: [2, 5, 10, 1], key: null },
  { name: 'the id of a list item, before a comment', text: activity, pointer: '/processing_activities/0/id', kind: 'scalar', value: [2, 9, 2, 22], key: [2, 5, 2, 7] },
  { name: 'a nested list of mappings', text: activity, pointer: '/processing_activities/0/purposes', kind: 'seq', value: [4, 7, 9, 1], key: [3, 5, 3, 13] },
  { name: 'a double-quoted scalar with its quotes', text: activity, pointer: '/processing_activities/0/purposes/0/lawful_basis', kind: 'scalar', value: [5, 23, 5, 32], key: [5, 9, 5, 21], read: 'consent' },
  { name: 'a single-quoted scalar with its quotes', text: activity, pointer: '/processing_activities/0/purposes/0/consent/collection', kind: 'scalar', value: [7, 23, 7, 31], key: [7, 11, 7, 21], read: 'opt-in' },
  { name: 'a flow mapping in a block sequence', text: activity, pointer: '/processing_activities/0/purposes/1', kind: 'map', value: [8, 9, 8, 43], key: null },
  { name: 'a value in a flow mapping', text: activity, pointer: '/processing_activities/0/purposes/1/lawful_basis', kind: 'scalar', value: [8, 34, 8, 42], key: [8, 20, 8, 32] },
  { name: 'a flow sequence with its brackets', text: activity, pointer: '/processing_activities/0/data_subjects', kind: 'seq', value: [9, 20, 9, 39], key: [9, 5, 9, 18] },
  { name: 'a quoted item of a flow sequence', text: activity, pointer: '/processing_activities/0/data_subjects/1', kind: 'scalar', value: [9, 30, 9, 38], key: null, read: 'guests' },
  { name: 'a flow sequence over several lines', text: 'ids: [a,\n  b,\n  c]\n', pointer: '/ids', kind: 'seq', value: [1, 6, 3, 5], key: [1, 1, 1, 4] },
  { name: 'a nested flow collection', text: 'x: {a: [1, {b: 2}], c: []}\n', pointer: '/x/a/1/b', kind: 'scalar', value: [1, 16, 1, 17], key: [1, 13, 1, 14], read: 2 },
  { name: 'an empty flow sequence', text: 'special: []\n', pointer: '/special', kind: 'seq', value: [1, 10, 1, 12], key: [1, 1, 1, 8], read: [] },
  { name: 'an empty flow mapping', text: 'dpia: {}\n', pointer: '/dpia', kind: 'map', value: [1, 7, 1, 9], key: [1, 1, 1, 5], read: {} },
  { name: 'a double-quoted scalar with escapes', text: 'd: "say \\"hi\\"\\n\\u00e9"\n', pointer: '/d', kind: 'scalar', value: [1, 4, 1, 24], key: [1, 1, 1, 2], read: 'say "hi"\né' },
  { name: "a single-quoted scalar with ''", text: "d: 'it''s'\n", pointer: '/d', kind: 'scalar', value: [1, 4, 1, 11], key: [1, 1, 1, 2], read: "it's" },
  { name: 'a quoted scalar over two lines', text: 'd: "first\n  second"\nn: 1\n', pointer: '/d', kind: 'scalar', value: [1, 4, 2, 10], key: [1, 1, 1, 2], read: 'first second' },
  { name: 'a plain scalar over two lines', text: 'd: first\n  second\nn: 1\n', pointer: '/d', kind: 'scalar', value: [1, 4, 2, 9], key: [1, 1, 1, 2], read: 'first second' },
  { name: 'a literal block scalar from its indicator, without trailing blank lines', text: 'd: |\n  one\n  two\n\nn: 1\n', pointer: '/d', kind: 'scalar', value: [1, 4, 4, 1], key: [1, 1, 1, 2], read: 'one\ntwo\n' },
  { name: 'a folded block scalar with a header comment', text: 'd: >- # folded\n  one\n  two\nn: 1\n', pointer: '/d', kind: 'scalar', value: [1, 4, 4, 1], key: [1, 1, 1, 2], read: 'one two' },
  { name: 'a kept block scalar with its trailing blank lines', text: 'd: |+\n  one\n\n\nn: 1\n', pointer: '/d', kind: 'scalar', value: [1, 4, 5, 1], key: [1, 1, 1, 2], read: 'one\n\n\n' },
  { name: 'a block scalar in a list', text: '- |\n  one\n- >2\n   two\n', pointer: '/1', kind: 'scalar', value: [3, 3, 5, 1], key: null, read: ' two\n' },
  { name: 'a block scalar at the end of the text', text: 'd: |-\n  one', pointer: '/d', kind: 'scalar', value: [1, 4, 2, 6], key: [1, 1, 1, 2], read: 'one' },
  { name: 'an empty value: right after the colon', text: 'consent:\nnext: 1\n', pointer: '/consent', kind: 'scalar', value: [1, 9, 1, 9], key: [1, 1, 1, 8], read: null },
  { name: 'an empty value before a comment: at the comment', text: 'consent:   # later\nnext: 1\n', pointer: '/consent', kind: 'scalar', value: [1, 12, 1, 12], key: [1, 1, 1, 8], read: null },
  { name: 'an empty value in a flow mapping', text: '{a: 1, b: }\n', pointer: '/b', kind: 'scalar', value: [1, 11, 1, 11], key: [1, 8, 1, 9], read: null },
  { name: 'an empty list item', text: '- a\n-\n- c\n', pointer: '/1', kind: 'scalar', value: [2, 2, 2, 2], key: null, read: null },
  { name: 'a mapping whose last value is empty', text: 'a:\n  b: 1\n  c:\n', pointer: '/a', kind: 'map', value: [2, 3, 3, 5], key: [1, 1, 1, 2] },
  { name: 'an anchored scalar without its anchor', text: 'a: &name value\nb: *name\n', pointer: '/a', kind: 'scalar', value: [1, 10, 1, 15], key: [1, 1, 1, 2] },
  { name: 'an alias', text: 'a: &name value\nb: *name\n', pointer: '/b', kind: 'alias', value: [2, 4, 2, 9], key: [2, 1, 2, 2], read: 'value' },
  { name: 'an anchored block mapping from its first key', text: 'base: &base\n  x: 1\nother: *base\n', pointer: '/base', kind: 'map', value: [2, 3, 3, 1], key: [1, 1, 1, 5] },
  { name: 'the value of a merge key, without a key', text: 'base: &base\n  x: 1\nother:\n  <<: *base\n  y: 2\n', pointer: '/other/<<', kind: 'alias', value: [4, 7, 4, 12], key: null },
  { name: 'a mapping with a merge key reads the merged keys', text: 'base: &base\n  x: 1\n  y: 0\nother:\n  <<: *base\n  y: 2\n', pointer: '/other', kind: 'map', value: [5, 3, 7, 1], key: [4, 1, 4, 6], read: { x: 1, y: 2 } },
  { name: 'a merge of a list of mappings', text: 'a: &a {x: 1}\nb: &b {x: 2, z: 3}\nc: {<<: [*a, *b], w: 4}\n', pointer: '/c', kind: 'map', value: [3, 4, 3, 24], key: [3, 1, 3, 2], read: { w: 4, x: 1, z: 3 } },
  { name: 'a compact nested sequence', text: '- - a\n  - b\n', pointer: '/0/1', kind: 'scalar', value: [2, 5, 2, 6], key: null },
  { name: 'a comment line between list items', text: 'l:\n  - a\n  # about b\n\n  - b\n', pointer: '/l/1', kind: 'scalar', value: [5, 5, 5, 6], key: null },
  { name: 'unicode counted in UTF-16 code units', text: 'ü: "🎉 party"\nname: Ünïcödé ✓\n', pointer: '/name', kind: 'scalar', value: [2, 7, 2, 16], key: [2, 1, 2, 5], read: 'Ünïcödé ✓' },
  { name: 'a key with / and ~, escaped in the pointer', text: 'a/b:\n  c~d: 1\n', pointer: '/a~1b/c~0d', kind: 'scalar', value: [2, 8, 2, 9], key: [2, 3, 2, 6] },
  { name: 'a quoted key', text: '"quoted key": 1\n', pointer: '/quoted key', kind: 'scalar', value: [1, 15, 1, 16], key: [1, 1, 1, 13] },
  { name: 'a key read as a number', text: '1.0: one\n', pointer: '/1', kind: 'scalar', value: [1, 6, 1, 9], key: [1, 1, 1, 4] },
  { name: 'a __proto__ key', text: '__proto__:\n  polluted: true\n', pointer: '/__proto__/polluted', kind: 'scalar', value: [2, 13, 2, 17], key: [2, 3, 2, 11], read: true },
  { name: 'an explicit document start and end', text: '---\na: 1\n...\n', pointer: '/a', kind: 'scalar', value: [2, 4, 2, 5], key: [2, 1, 2, 2] },
  { name: 'a sequence at the root', text: '- a\n- b\n', pointer: '', kind: 'seq', value: [1, 1, 3, 1], key: null },
  { name: 'a block sequence on the last line without a line break', text: 'a:\n  - x', pointer: '/a', kind: 'seq', value: [2, 3, 2, 6], key: [1, 1, 1, 2] },
];

describe('locations', () => {
  it.each(cases)('$name', ({ text, pointer, kind, value, key, read }) => {
    const parsed = expectFastAndSame(text);
    const lines = new LineIndex(text);
    const location = parsed.locations.get(pointer);
    expect(location).toBeDefined();
    expect(location!.kind).toBe(kind);
    expect(rangeOf(lines, location!.value)).toEqual(value);
    expect(location!.key === undefined ? null : rangeOf(lines, location!.key)).toEqual(key);
    if (read !== undefined) expect(valueAt(parsed.value, pointer)).toEqual(read);
  });

  it.each(cases)('$name, with CRLF line ends', ({ text, pointer, value, key, read }) => {
    const crlf = text.replace(/\n/g, '\r\n');
    const parsed = expectFastAndSame(crlf);
    const lines = new LineIndex(crlf);
    const location = parsed.locations.get(pointer)!;
    expect(rangeOf(lines, location.value)).toEqual(value);
    expect(location.key === undefined ? null : rangeOf(lines, location.key)).toEqual(key);
    if (read !== undefined && typeof read !== 'string') expect(valueAt(parsed.value, pointer)).toEqual(read);
  });

  it('gives no location to keys brought in by a merge', () => {
    const parsed = expectFastAndSame('base: &base\n  x: 1\nother:\n  <<: *base\n');
    expect(parsed.locations.get('/other/x')).toBeUndefined();
    expect(parsed.value).toEqual({ base: { x: 1 }, other: { x: 1 } });
  });

  it('hands a byte-order mark to the complete reader and counts columns after it', () => {
    const text = '\uFEFFname: Acme\n';
    expect(readBoth(text).handedOver).toBe('byte-order mark');
    const parsed = parseYaml(stripByteOrderMark(text));
    expect(rangeOf(new LineIndex(stripByteOrderMark(text)), parsed.locations.get('/name')!.value)).toEqual([1, 7, 1, 11]);
  });

  it('hands a byte-order mark after the first line to the complete reader, which reads it as a mark before content', () => {
    // Found by the byte mutations of differential.test.ts: js-yaml made it part of the key `\uFEFFversion`.
    const text = '# the record\n\uFEFFversion: 1\nname: Acme\n';
    expect(readBoth(text).handedOver).toBe('byte-order mark');
    expect(parseYaml(text).value).toEqual({ version: 1, name: 'Acme' });
  });

  it('reads a document end marker before any content as no document, in both readers (YAML 1.2 l-yaml-stream)', () => {
    // Found by the byte mutations of differential.test.ts: the yaml package read an empty document there and dropped the record.
    for (const text of ['...\nversion: 1\n', '# the record\n... # no document before\n\nversion: 1\n', `${'...\n'.repeat(1000)}version: 1\n`]) {
      const { oracle } = readBoth(text);
      expect(oracle.value, text).toEqual({ version: 1 });
      expect(oracle.problems, text).toEqual([]);
      expect(expectFastAndSame(text).locations.get('/version')!.value.start, text).toBe(text.indexOf('1\n'));
    }
    // After an explicit start, the marker ends an (empty) document: the record after it is a second one.
    expect(parseYaml('---\n...\nversion: 1\n').problems.map((problem) => problem.code)).toEqual(['MULTIPLE_DOCS']);
  });

  it('lists every pointer in document order, as the complete reader does', () => {
    const parsed = expectFastAndSame(activity);
    expect([...parsed.locations.keys()].slice(0, 6)).toEqual([
      '',
      '/processing_activities',
      '/processing_activities/0',
      '/processing_activities/0/id',
      '/processing_activities/0/purposes',
      '/processing_activities/0/purposes/0',
    ]);
    expect(parsed.locations.size).toBe(16);
  });

  it('resolves the later of two values at one pointer, as a map filled in order would', () => {
    const parsed = expectFastAndSame('<<: {a: {b: 1}}\n<<: {c: 2}\n');
    expect(parsed.locations.get('/<<')!.value.start).toBe(20);
    expect(parsed.locations.get('/<</a/b')).toBeDefined();
  });
});

describe('lookups', () => {
  it('finds values of a large mapping, and misses what is not there', () => {
    const keys = Array.from({ length: 100 }, (_, index) => `key-${index}`);
    const text = `big:\n${keys.map((key, index) => `  ${key}: ${index}\n`).join('')}`;
    const parsed = expectFastAndSame(text);
    for (const index of [0, 57, 99, 57]) expect(parsed.locations.get(`/big/key-${index}`)!.value.start).toBe(text.indexOf(`: ${index}\n`) + 2);
    expect(parsed.locations.get('/big/key-100')).toBeUndefined();
    expect(parsed.locations.has('/big/key-3')).toBe(true);
  });

  it('reads sequence indexes only as JSON Pointer writes them', () => {
    const parsed = expectFastAndSame('l: [a, b, c]\n');
    expect(parsed.locations.get('/l/2')).toBeDefined();
    for (const pointer of ['/l/02', '/l/-1', '/l/3', '/l/1.0', '/l/', '/l/x']) expect(parsed.locations.get(pointer)).toBeUndefined();
  });

  it('matches escaped keys exactly', () => {
    const parsed = expectFastAndSame('"a/b": 1\n"c~d": 2\n"e~1": 3\n');
    expect(parsed.locations.get('/a~1b')).toBeDefined();
    expect(parsed.locations.get('/c~0d')).toBeDefined();
    expect(parsed.locations.get('/e~01')).toBeDefined();
    for (const pointer of ['/a/b', '/c~d', '/e~1', '/c~2d']) expect(parsed.locations.get(pointer)).toBeUndefined();
  });

  it('answers every pointer, looked up in any order and with misses between, as the filled index does', () => {
    // Any order, a miss or a merge in between: each answer is the one the filled index gives.
    const text = yaml`
      base: &base {x: 1, y: [a, b]}
      a: {b: {c: 1}}
      ab: {b: 2}
      list:
        - id: one
          <<: *base
          z: {deep: {deeper: [1, 2, {k: v}]}}
        - id: two
          "a/b": {"c~d": 3}
          <<: [*base, {w: 2}]
        - [nested, [list, {in: list}]]
        - [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, [11, 12]]
    `;
    const filled = parseYaml(text);
    const expected = [...filled.locations];
    const pointers = expected.map(([pointer]) => pointer);
    const misses = ['/list/4', '/a/bc', '/abc', '/list/0/z/deep/nope', '/list/1/a~1b/c~0e', '/base/y/2', '/nope', 'list', '/list/0/z/deep/deeper/2/k/x'];
    fc.assert(
      fc.property(fc.shuffledSubarray([...pointers, ...misses], { minLength: 1 }), (order) => {
        const fresh = parseYaml(text).locations;
        for (const pointer of order) expect(fresh.get(pointer)).toEqual(filled.locations.get(pointer));
      }),
      { numRuns: 200 },
    );
  });
});

describe('hasKeyAnywhere', () => {
  const cases: { name: string; text: string; found: boolean }[] = [
    { name: 'a key of a nested block mapping', text: 'a:\n  b:\n    - {c: 1, wanted: 2}\n', found: true },
    { name: 'a key written with escapes', text: 'a: {"w\\x61nted": 1}\n', found: true },
    { name: 'a key written only in an anchored mapping merged elsewhere', text: 'x-base: &base {wanted: 1}\nb:\n  <<: *base\n', found: true },
    { name: 'a key that is an alias of a scalar (the complete reader)', text: 'a: &k wanted\nb:\n  *k : 1\n', found: true },
    { name: 'a key of a file the complete reader reads (a tag)', text: 'a: !!map\n  wanted: 1\n', found: true },
    { name: 'the name only as a value', text: 'a: wanted\nb: [wanted]\n', found: false },
    { name: 'the name only inside longer keys', text: 'unwanted: 1\nwanted-not: 2\n', found: false },
    { name: 'the name only in a comment', text: '# wanted: 1\na: 1\n', found: false },
    { name: 'an empty document', text: '', found: false },
  ];
  it.each(cases)('$name: $found', ({ text, found }) => {
    expect(hasKeyAnywhere(parseYaml(text), 'wanted')).toBe(found);
  });

  it('answers the same once every pointer of the fast reader has been made', () => {
    const parsed = expectFastAndSame('a:\n  b: {wanted: 1}\n');
    expect(parsed.locations.size).toBe(4);
    expect(hasKeyAnywhere(parsed, 'wanted')).toBe(true);
    expect(hasKeyAnywhere(parsed, 'b/wanted')).toBe(false);
  });

  it('reads an alias key as the scalar its anchor names, as js-yaml does', () => {
    const text = 'a: &k wanted\nb:\n  *k : 1\nc:\n  *k : 2\n';
    expect(readBoth(text).handedOver).toBeDefined();
    expect(parseYaml(text).value).toEqual({ a: 'wanted', b: { wanted: 1 }, c: { wanted: 2 } });
    expect(parseYaml(text).locations.get('/b/wanted')!.key).toEqual({ start: text.indexOf('*k'), end: text.indexOf('*k') + 2 });
  });
});
