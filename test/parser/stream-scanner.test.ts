/**
 * The stream scanner (`yaml-block-scanner.ts`) against its yardstick, js-yaml's list of events
 * read by the same Builder (`parseYamlEventList`): on every text, the scanner either hands
 * over or returns exactly what that path returns — the same value (key order, -0, NaN, merge
 * results, shared aliases), the same node table and locations, the same problems — and it
 * never reads a text that path refuses. Real files, the benchmark's generated inventory, a
 * property over generated block documents full of odd corners, and hostile input.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generateInventory } from '../../scripts/bench/generate.mjs';
import { scanYaml } from '../../src/parser/yaml-block-scanner.js';
import { parseYamlEventList, parseYamlEvents } from '../../src/parser/yaml-event-source.js';
import { LazyLocations } from '../../src/parser/yaml-locations.js';
import { parseYaml } from '../../src/parser/yaml-source.js';
import { type ParsedYaml, defaultParseLimits } from '../../src/parser/yaml-types.js';

interface Outcome {
  /** Whether the scanner read the text (else it handed over, for `reason`). */
  read: boolean;
  reason?: string;
  differences: string[];
}

/** The scanner's answer on `text` against js-yaml's list's, in words (empty differences when they agree). */
function compare(text: string): Outcome {
  let reason: string | undefined;
  const streamed = scanYaml(text, defaultParseLimits, (why) => (reason = why));
  const listed = parseYamlEventList(text, defaultParseLimits);
  const differences: string[] = [];
  // The reader the rest of the code calls must give the list's answer whichever path it takes.
  const combined = parseYamlEvents(text, defaultParseLimits);
  if ((combined === undefined) !== (listed === undefined)) differences.push('parseYamlEvents and the list disagree on handing over');
  else if (combined !== undefined) differences.push(...resultDifferences(combined, listed!).map((d) => `parseYamlEvents: ${d}`));
  if (streamed === undefined) return { read: false, reason: reason ?? '(no reason)', differences };
  if (listed === undefined) return { read: true, differences: [...differences, 'the scanner read a text js-yaml’s list hands over'] };
  return { read: true, differences: [...differences, ...resultDifferences(streamed, listed)] };
}

function resultDifferences(a: ParsedYaml, b: ParsedYaml): string[] {
  const found: string[] = [];
  if (!sameValue(a.value, b.value, new Map())) found.push(`value: ${show(a.value)} but the list has ${show(b.value)}`);
  if (!isDeepStrictEqual(a.problems, b.problems)) found.push(`problems: ${JSON.stringify(a.problems)} but the list has ${JSON.stringify(b.problems)}`);
  if (a.locations instanceof LazyLocations && b.locations instanceof LazyLocations) {
    // The whole node table, which lookups walk before the map is filled.
    const [x, y] = [a.locations.table, b.locations.table];
    if (x.count !== y.count) found.push(`${x.count} nodes but the list has ${y.count}`);
    for (const field of ['kind', 'parent', 'valueStart', 'valueEnd', 'keyStart', 'keyEnd', 'next'] as const) {
      if (!isDeepStrictEqual([...x[field].subarray(0, x.count)], [...y[field].subarray(0, y.count)])) found.push(`node table ${field} differs`);
    }
    for (let id = 0; id < Math.max(x.count, y.count); id += 1) {
      if (x.name[id] !== y.name[id]) found.push(`node ${id} named ${x.name[id]} but the list has ${y.name[id]}`);
    }
  }
  if (!isDeepStrictEqual([...a.locations], [...b.locations])) found.push('locations differ');
  return found;
}

/** Deep equality with key order, -0 and NaN, and aliases sharing one value where the list's share one. */
function sameValue(a: unknown, b: unknown, seen: Map<unknown, unknown>): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (seen.has(a)) return seen.get(a) === b;
  seen.set(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Object.getOwnPropertyNames(a);
  const keysB = Object.getOwnPropertyNames(b);
  if (keysA.join('\u0000') !== keysB.join('\u0000')) return false;
  return keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], seen));
}

function show(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && (Number.isNaN(v) || Object.is(v, -0)) ? String(v) : v))?.slice(0, 400) ?? 'undefined';
}

/** Asserts the scanner agrees on `text`; when `mustRead`, also that it read it. */
function expectAgreement(text: string, mustRead = false): Outcome {
  const outcome = compare(text);
  expect(outcome.differences, text).toEqual([]);
  if (mustRead) expect(outcome.reason, `handed over:\n${text}`).toBeUndefined();
  return outcome;
}

// ---------------------------------------------------------------------------------------

function yamlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the stream scanner agrees with js-yaml’s list', () => {
  const files = [...yamlFiles('examples'), ...yamlFiles('test/fixtures'), ...readdirSync('.').filter((name) => /\.ya?ml$/.test(name)), ...yamlFiles('.github')];

  it('on every YAML file of the repository, and reads the examples', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    let read = 0;
    for (const file of files) {
      const outcome = expectAgreement(readFileSync(file, 'utf8'), file.startsWith('examples'));
      if (outcome.read) read += 1;
    }
    expect(read, `read ${read} of ${files.length} repository files`).toBeGreaterThanOrEqual(5);
  });

  it('on the benchmark’s generated inventory, which it reads', () => {
    const text = (generateInventory as (purposes: number) => string)(300);
    expectAgreement(text, true);
    expectAgreement(text.replace(/\n/g, '\r\n'), true);
    expectAgreement(text.slice(0, -1), true);
  });

  const cases: [string, string, boolean][] = [
    ['nested mappings', 'a:\n  b:\n    c: 1\n  d: 2\ne: 3\n', true],
    ['compact mappings in a sequence', '- id: a\n  name: b\n-   id: c\n    x: [1, 2]\n', true],
    ['sequences of sequences', '- - x\n  - y\n- - - z\n', true],
    ['a sequence at its key’s column', 'a:\n- 1\n- 2\nb:\n  - 3\nc: 4\n', true],
    ['empty values', 'a:\nb: ~\nc:   # note\n  # more\nd:\n- \n-\n- # c\ne:\n', true],
    ['a key with nothing at the end', 'a: 1\nb:', true],
    ['a dash with nothing at the end', '- a\n-', true],
    ['quoted keys with colons and hashes', '"a: b": 1\n\'c #d\': 2\n"e\\"f": 3\n\'g\'\'h\': 4\n', true],
    ['values with hashes and colons', 'a: a#b\nb: http://x.example/a#b\nc: a:b\nd: x # c\ne: -x\nf: ?y\ng: :z\nh: [a:b, c#d]\n', true],
    ['core schema scalars', 'a: [-0, .nan, .NaN, -.inf, 0x1F, 0o17, 1e3, 1.5, +12, 012, ~, Null, TRUE, yes, 2024-01-01]\n', true],
    ['quoted escapes', 'a: "\\x41\\u00e9\\U0001F389\\t\\n\\\\\\"\\/\\N\\_\\L\\P\\0\\a\\b\\e\\f\\r\\v\\ "\nb: \'it\'\'s\'\n', true],
    ['anchors, aliases and merges', 'base: &b\n  x: 1\n  y: 2\nlist: &l [a, b]\none: &o 1\nuse:\n  <<: *b\n  y: 3\nmany:\n  <<: [*b, {z: 4}]\nrefs: [*l, *o]\nseq:\n  - *b\n  - &s x\n  - *s\n', true],
    ['anchored empty values and sequences', 'a: &e\nb: *e\nc: &q\n- 1\nd:\n  - &n\n  - *n\n', true],
    ['flow collections', 'a: []\nb: {}\nc: [ a , b , ]\nd: {a: 1, "b": \'c\'}\ne: ["x, y", \'z\']\n', true],
    ['block scalars', 'a: |\n  one\n   two\n\n  three\nb: >-\n  folded\n  text\n\nc: |+\n  keep\n\nd: >\n\n  late\ne: |\nf: |-\n    deep\n  # not content\ng: x\n', true],
    ['a block scalar at the end without a line break', 'a: |\n  x\n  y', true],
    ['a block scalar in a sequence', '- |\n  x\n- >+\n  y\n\n- z\n', true],
    ['comments everywhere', '# top\n\na: 1 # one\n  # indented\n# left\nb:\n  # inside\n  - x # y\n\n  - z\n#end', true],
    ['trailing spaces', 'a: 1   \nb:   \n  - x  \n  -   \nc: "q"  \n', true],
    ['CRLF', 'a: 1\r\nb:\r\n  - x\r\n  - |\r\n    t\r\n\r\nc: d\r\n', true],
    ['odd keys', '__proto__: {polluted: true}\nconstructor: 1\n1: a\ntrue: b\nnull: c\nx y: f\na  : g\n-1: h\n.5: i\n', true],
    ['keys that read as the same', '~: a\n"": b\n', false],
    // The Builder keeps the name of recent plain keys by their text; each text must keep its own name.
    ['keys that repeat across mappings, some resolved', '- 1.0: a\n  true: b\n  null: c\n  x: d\n- 1.0: e\n  "1.0": f\n  \'true\': g\n  x: h\n- 1.5: i\n  x: j\n- 1.50: k\n  "null": l\n  null: m\n', true],
    ['merge keys among repeated keys', 'b: &b {x: 1}\nm:\n  - <<: *b\n    y: 2\n  - "<<": 3\n    y: 4\n  - <<: *b\n    \'<<\': 5\n', true],
    ['keys colliding in the cache', 'm:\n  - ab: 1\n    ba: 2\n    aab: 3\n    abb: 4\n  - ba: 5\n    ab: 6\n    abb: 7\n    aab: 8\n', true],
    // Each depth has one frame, reused by the collections opened there one after another.
    ['sequences of different lengths at one depth', '- [a, b, c]\n- [d]\n- []\n- - x\n  - y\n  - z\n- - w\n- {}\n', true],
    ['an anchored sequence, then others at its depth', 's: &s [a, b, c]\nt: [d]\nu: *s\nv:\n  - &t [e, f]\n  - [g]\n  - *t\n', true],
    ['a value that is a plain on the next line', 'a:\n  some text\nb:\n  [x]\n', true],
    ['a plain scalar followed by a more indented comment', 'a: b\n   # c\nd: e\n', true],
    ['a: b: c', 'a: b: c\n', false],
    ['a plain scalar over two lines', 'a: b\n  c\n', false],
    ['a plain scalar going on after a blank line', 'a: b\n\n  c\nd: e\n', false],
    ['a plain item going on', '- a\n  b\n', false],
    ['a plain value, a comment line, then a less indented line', 'a:\n  b: c\n# d\ne: f\n', true],
    ['a plain value at the end without a line break', 'a:\n  b: c', true],
    ['a quoted scalar over two lines', 'a: "b\n  c"\n', false],
    ['tabs', 'a:\tb\n', false],
    ['a tab in the indentation', 'a:\n\t- b\n', false],
    ['document markers', '---\na: 1\n...\n', false],
    ['a directive', '%YAML 1.2\n---\na: 1\n', false],
    ['tags', 'a: !!str 1\n', false],
    ['explicit keys', '? a\n: b\n', false],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n', false],
    ['a sequence after a mapping', 'a: 1\n- b\n', false],
    ['a key without a value indicator', 'a: 1\nb\n', false],
    ['an unknown escape', 'a: "\\q"\n', false],
    ['a flow pair', 'a: [b: c]\n', false],
    ['a multi-line flow collection', 'a: [b,\n  c]\n', false],
    ['text after a quoted scalar', 'a: \'b\' c\n', false],
    ['a comment without a space', 'a: \'b\'#c\n', false],
    ['a block scalar with an indentation indicator', 'a: |2\n   x\n', false],
    ['a duplicate key', 'a: 1\na: 2\n', false],
    ['an alias to nothing', 'a: *x\n', false],
    ['an anchor on a key', '- &a b: c\n', false],
    ['a scalar document', 'just text\n', false],
    ['a flow root', '[a, b]\n', false],
    ['a null byte', 'a: "\u0000"\n', false],
    ['a lone carriage return', 'a: 1\rb: 2\n', false],
    ['a non-printable character', 'a: b\u0085c\nd: \u0007\n', false],
    ['an empty document', '# nothing\n', false],
  ];

  it.each(cases)('on %s', (_name, text, mustRead) => {
    expectAgreement(text, mustRead);
    expectAgreement(text.replace(/\n/g, '\r\n'));
  });

  it('on generated block documents, reading most', () => {
    let read = 0;
    let runs = 0;
    const reasons = new Map<string, number>();
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 3 }), (seed, oddness) => {
        const text = writeDocument(chooser(seed), oddness);
        const outcome = compare(text);
        expect(outcome.differences, text).toEqual([]);
        runs += 1;
        if (outcome.read) read += 1;
        else reasons.set(outcome.reason!, (reasons.get(outcome.reason!) ?? 0) + 1);
      }),
      { numRuns: 1500 },
    );
    const top = [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 8);
    expect(read / runs, `read ${read} of ${runs} generated documents; hand-overs: ${top.map(([why, n]) => `${why} (${n})`).join(', ')}`).toBeGreaterThan(0.4);
  });

  const sources = [...['examples/acme-chat.ropa.yaml', 'examples/faulty.ropa.yaml', 'examples/hiring-platform.ropa.yaml'].map((file) => readFileSync(file, 'utf8')), (generateInventory as (purposes: number) => string)(20)];
  const insertions = [' ', '\n', '  ', '#', ' # c', ':', ': ', '- ', '-', '"', "'", '[', ']', '{', '}', ',', '&a ', '*a', '!!str ', '|', '>-', '? ', '\t', '\r\n', '---\n', '...\n', '%', '@', 'é', '<<: ', '~', '\\', '\n  ', '\n- ', ': |\n  t\n', '\uFEFF', '\u0000', '\r', '\u2028', '\u0085', '\u00a0', '\u0007', '\uD800'];

  it('on byte mutations of real inventories', () => {
    let read = 0;
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 2 }), fc.constantFrom(...insertions), fc.nat({ max: 6 }));
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.array(edit, { minLength: 1, maxLength: 3 }), (source, edits) => {
        let text = source;
        for (const [at, kind, insertion, length] of edits) {
          const position = at % (text.length + 1);
          if (kind === 0) text = text.slice(0, position) + insertion + text.slice(position);
          else if (kind === 1) text = text.slice(0, position) + text.slice(position + 1 + length);
          else text = text.slice(0, position) + insertion + text.slice(position + 1);
        }
        const outcome = compare(text);
        expect(outcome.differences, text).toEqual([]);
        if (outcome.read) read += 1;
      }),
      { numRuns: 400 },
    );
    // About a third are read (150 of 400 when written): a scanner that handed them all over would agree vacuously.
    expect(read, `read ${read} of 400 mutated inventories`).toBeGreaterThan(60);
  });
});

// ---------------------------------------------------------------------------------------
// A writer of block documents: what inventories hold, plus, at `oddness` above 0, the
// corners where the scanner must hand over or agree to the character.

/** mulberry32: the writer's choices, from the seed fast-check gives. */
function chooser(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const PLAIN = [
  'opt-in', 'consent', 'Acme Chat Ltd', 'a#b', 'a:b', 'http://x.example/p#q', '100%', 'Ünïcödé ✓', 'emoji 🎉', 'it\'s', 'say "hi"', 'a, b', 'x]', 'a  b',
  '-x', '?x', ':x', '-', '0', '-0', '+1', '012', '0x1F', '0o17', '1e3', '1E-3', '.5', '1.', '.inf', '-.Inf', '.nan', '.NaN', '~', 'null', 'Null',
  'true', 'False', 'yes', 'on', '2024-01-31', '12:30', 'a\'b', 'x-y_z.w', 'P2Y', '<<', 'a=b', 'a;b', '[x', '{x', '*x',
];
const ODD_PLAIN = ['a: b', 'a #b', '@x', '`x', '%x', '!x y', '&x', '| x', '> x', '? x', '- x', 'a\tb', 'x\u0085y', 'a: b: c', '"x', '\'x', '[a, b', '{a: b'];
const KEYS = ['id', 'name', 'description', 'lawful_basis', 'x-notes', '__proto__', 'constructor', 'toString', '1', 'true', 'null', '~', 'key with spaces', 'a/b', 'c~d', 'ü', '<<', '-k', '?k', 'k]'];
const QUOTED_KEYS = ['"a: b"', '\'c #d\'', '"e\\"f"', '\'g\'\'h\'', '""', '"x\\ty"', '\'<<\''];
const ESCAPES = ['\\n', '\\t', '\\\\', '\\"', '\\x41', '\\u00e9', '\\U0001F389', '\\/', '\\0', '\\ ', '\\N', '\\_'];
const ODD_ESCAPES = ['\\q', '\\x4', '\\u12G4', '\\'];

class DocumentWriter {
  readonly lines: string[] = [];
  readonly anchors: string[] = [];
  anchorCount = 0;

  constructor(
    readonly pick: (n: number) => number,
    readonly oddness: number,
  ) {}

  /** True with probability 1/n. */
  chance(n: number): boolean {
    return this.pick(n) === 0;
  }

  odd(n: number): boolean {
    return this.oddness > 0 && this.pick(n * (4 - this.oddness)) === 0;
  }

  spaces(): string {
    return this.chance(6) ? ' '.repeat(1 + this.pick(3)) : ' ';
  }

  trailing(): string {
    if (this.chance(6)) return ` # note${this.chance(3) ? ': x - y' : ''}`;
    if (this.chance(10)) return ' '.repeat(1 + this.pick(3));
    if (this.odd(12)) return ['#c', '\t', ' x', ':', ' #'][this.pick(5)]!;
    return '';
  }

  commentsOrBlanks(indent: number): void {
    while (this.chance(5)) {
      const choice = this.pick(4);
      if (choice === 0) this.lines.push('');
      else if (choice === 1) this.lines.push(' '.repeat(this.pick(indent + 4)));
      else this.lines.push(`${' '.repeat(this.pick(indent + 4))}#${this.chance(2) ? ' comment' : ''}`);
    }
  }

  key(): string {
    if (this.odd(15)) return ['? k', 'a b: c', '[k]', '*x', '&a k', '!t k', 'k\t', '"k\nk"', ': '][this.pick(9)]!;
    if (this.chance(5)) return QUOTED_KEYS[this.pick(QUOTED_KEYS.length)]!;
    const key = KEYS[this.pick(KEYS.length)]!;
    return `${key}${this.chance(12) ? '  ' : ''}`;
  }

  quoted(): string {
    let body = '';
    for (let n = this.pick(4); n > 0; n -= 1) body += ['a', ' ', 'é', '#', ': ', '🎉', ','][this.pick(7)];
    if (this.chance(2)) {
      if (this.chance(2)) body += ESCAPES[this.pick(ESCAPES.length)];
      if (this.odd(6)) body += ODD_ESCAPES[this.pick(ODD_ESCAPES.length)];
      return `"${body}${this.odd(20) ? '\n' : ''}"`;
    }
    if (this.chance(3)) body += "''";
    return `'${body}'`;
  }

  /** A scalar, alias or flow collection written on the current line. */
  inline(): string {
    const choice = this.pick(20);
    if (choice < 8) return this.odd(8) ? ODD_PLAIN[this.pick(ODD_PLAIN.length)]! : PLAIN[this.pick(PLAIN.length)]!;
    if (choice < 11) return this.quoted();
    if (choice < 13 && this.anchors.length > 0) return `*${this.anchors[this.pick(this.anchors.length)]}${this.odd(10) ? ':' : ''}`;
    if (choice < 16) return this.flow();
    if (this.odd(10)) return '*missing';
    return String(this.pick(1000) - 500);
  }

  flow(): string {
    if (this.chance(12)) return ['[a, [b, {c: d}]]', '{a: [b], c: {}}', '[[], {}]'][this.pick(3)]!;
    if (this.odd(8)) return ['[a,, b]', '[a: b]', '{a}', '{a: }', '[&x a]', '{a:b}', '[a b', '[a, #c]', '[, a]', '[-]', '{[a]: b}', '[a]]', '[a] b'][this.pick(13)]!;
    const items: string[] = [];
    for (let n = this.pick(4); n > 0; n -= 1) {
      const choice = this.pick(6);
      if (choice === 0) items.push(this.quoted());
      else if (choice === 1 && this.anchors.length > 0) items.push(`*${this.anchors[this.pick(this.anchors.length)]}`);
      else items.push(['a', 'b c', 'x-y', '1', '-2', 'a:b', 'a#b', '~', 'true', '.nan'][this.pick(10)]!);
    }
    const space = this.chance(3) ? ' ' : '';
    if (this.chance(2)) {
      const entries = items.map((item, index) => `${[`k${index}`, `"q${index}"`, `x y${index}`, `'n${index}'`][index % 4]}: ${item}`);
      return `{${space}${entries.join(this.chance(3) ? ',' : ', ')}${space}}`;
    }
    return `[${space}${items.join(this.chance(3) ? ',' : ', ')}${this.chance(5) && items.length > 0 ? ',' : ''}${space}]`;
  }

  anchor(): string {
    if (!this.chance(7)) return '';
    this.anchorCount += 1;
    return `&a${this.anchorCount}${this.odd(10) ? ':' : ''}`;
  }

  blockScalar(indent: number): string[] {
    const header = `${this.chance(2) ? '|' : '>'}${['', '-', '+'][this.pick(3)]}${this.odd(8) ? ['2', '#c', 'x', '-+'][this.pick(4)] : ''}${this.chance(5) ? ' # c' : ''}`;
    const pad = indent + 1 + this.pick(3);
    const lines = [header];
    for (let n = this.pick(5); n > 0; n -= 1) {
      const choice = this.pick(8);
      if (choice === 0) lines.push('');
      else if (choice === 1) lines.push(' '.repeat(this.pick(pad + 3)));
      else if (choice === 2) lines.push(`${' '.repeat(pad + 1 + this.pick(2))}more indented`);
      else if (choice === 3) lines.push(`${' '.repeat(pad)}# text, not a comment`);
      else if (choice === 4 && this.odd(4)) lines.push(['\tx', '---', `${' '.repeat(pad)}a\u0007`][this.pick(3)]!);
      else lines.push(`${' '.repeat(pad)}${['line', 'two words', 'trailing  ', 'key: value', '- item'][this.pick(5)]}`);
    }
    return lines;
  }

  /** Writes `prefix` (`key:` or `-`) at `indent` and a node after it, on its line or below. */
  entry(prefix: string, indent: number, depth: number, inSequence: boolean): void {
    const pad = ' '.repeat(this.odd(20) ? Math.max(0, indent + this.pick(3) - 1) : indent);
    const choice = this.pick(depth > 3 ? 6 : 10);
    const anchor = this.anchor();
    const withAnchor = anchor === '' ? '' : `${anchor}${this.spaces()}`;
    if (choice < 3) {
      this.lines.push(`${pad}${prefix}${this.spaces()}${withAnchor}${this.inline()}${this.trailing()}`);
    } else if (choice === 3) {
      this.lines.push(`${pad}${prefix}${anchor === '' ? '' : ` ${anchor}`}${this.trailing()}`);
    } else if (choice === 4) {
      const [header, ...rest] = this.blockScalar(indent);
      this.lines.push(`${pad}${prefix}${this.spaces()}${withAnchor}${header}`, ...rest);
    } else if (choice === 5 && prefix === '<<:') {
      this.lines.push(`${pad}${prefix} ${this.anchors.length > 0 ? `*${this.anchors[this.pick(this.anchors.length)]}` : '{}'}`);
    } else if (choice < 8) {
      // A collection on the next lines; a sequence may sit at its key's column.
      this.lines.push(`${pad}${prefix}${anchor === '' ? '' : ` ${anchor}`}${this.trailing()}`);
      const sameColumn = !inSequence && this.chance(3);
      const child = sameColumn ? indent : indent + 1 + this.pick(this.chance(3) ? 4 : 2);
      if (this.chance(2)) this.sequence(child, depth + 1);
      else this.mapping(child, depth + 1);
    } else if (inSequence && this.chance(2)) {
      // `- key: value` or `- - x` on the dash's line.
      const before = this.lines.length;
      const spaces = this.spaces();
      const column = indent + 1 + spaces.length;
      if (this.chance(2)) this.mapping(column, depth + 1, true);
      else this.sequence(column, depth + 1, true);
      this.lines[before] = `${pad}${prefix}${spaces}${this.lines[before]!.slice(column)}`;
    } else {
      this.lines.push(`${pad}${prefix}${this.spaces()}${withAnchor}${this.inline()}`);
      if (this.odd(6)) this.lines.push(`${' '.repeat(indent + 1 + this.pick(3))}${['continued', '# comment', 'k: v', '- x'][this.pick(4)]}`);
    }
    if (anchor !== '' && !anchor.endsWith(':')) this.anchors.push(anchor.slice(1));
  }

  /** Writes a mapping; a `compact` one starts on the line of a dash, so nothing may come before its first key. */
  mapping(indent: number, depth: number, compact = false): void {
    const used = new Set<string>();
    for (let n = 1 + this.pick(4), first = true; n > 0; n -= 1, first = false) {
      if (this.lines.length > 0 && !(compact && first)) this.commentsOrBlanks(indent);
      let key = this.chance(12) ? '<<' : this.key();
      if (used.has(key) && !this.odd(4)) key = `${key.replace(/^["']|["']$/g, '')}${n}`;
      used.add(key);
      this.entry(`${key}:`, indent, depth, false);
    }
  }

  sequence(indent: number, depth: number, compact = false): void {
    for (let n = 1 + this.pick(4), first = true; n > 0; n -= 1, first = false) {
      if (this.lines.length > 0 && !(compact && first)) this.commentsOrBlanks(indent);
      this.entry(this.odd(20) ? '-\t' : '-', indent, depth, true);
    }
  }
}

function writeDocument(pick: (n: number) => number, oddness: number): string {
  const writer = new DocumentWriter(pick, oddness);
  if (pick(3) === 0) writer.lines.push('# yaml-language-server: $schema=../schemas/inventory.schema.json', '');
  if (writer.odd(10)) writer.lines.push(['---', '%YAML 1.2\n---', '--- # doc'][pick(3)]!);
  if (pick(4) === 0) writer.sequence(0, 0);
  else writer.mapping(0, 0);
  if (writer.odd(10)) writer.lines.push(['...', '---', '- tail', 'tail'][pick(4)]!);
  const text = `${writer.lines.join('\n')}${pick(6) === 0 ? '' : '\n'}`;
  return pick(5) === 0 ? text.replace(/\n/g, '\r\n') : text;
}

// ---------------------------------------------------------------------------------------

describe('the stream scanner on hostile input', () => {
  function timed<T>(run: () => T): { result: T; ms: number } {
    const start = performance.now();
    const result = run();
    return { result, ms: performance.now() - start };
  }

  /** Times the scanner alone (the list has its own costs), then checks it agrees. */
  function expectQuick(text: string, limitMs: number): void {
    const { ms } = timed(() => scanYaml(text, defaultParseLimits));
    expect(ms, text.slice(0, 40)).toBeLessThan(limitMs);
    expectAgreement(text);
  }

  it('reads long lines in linear time', () => {
    const long = 'x'.repeat(500_000);
    const texts = [
      `a: ${long}\n`,
      `a: '${long}'\n`,
      `a: "${long.slice(0, 250_000)}\\n${long.slice(0, 250_000)}"\n`,
      `a: [${Array(30_000).fill('ab').join(', ')}]\n`,
      `a: {${Array(20_000).fill(0).map((_, index) => `k${index}: v`).join(', ')}}\n`,
      `a: ${'x '.repeat(250_000)}y\n`,
      `a: ${'a#'.repeat(250_000)}\n`,
      `a: ${'a:'.repeat(250_000)}b\n`,
      `- ${' '.repeat(500_000)}x\n`,
      `a:${' '.repeat(500_000)}# c\n`,
      `${long}: 1\n`,
      `a: |\n  ${long}\n`,
    ];
    for (const text of texts) expectQuick(text, 1500);
  });

  it('reads many short lines in linear time', () => {
    const texts = [
      `a:\n${'  - x\n'.repeat(20_000)}`,
      Array.from({ length: 20_000 }, (_, index) => `k${index}:`).join('\n'),
      `a:\n${'  -\n'.repeat(20_000)}`,
      `a:\n${'  - # c\n  # c\n\n'.repeat(20_000)}`,
      `a: |\n${'  line\n\n'.repeat(50_000)}`,
      `a: b\n${'   # comment\n'.repeat(50_000)}c: d\n`,
      `${'- - - - - x\n'.repeat(4_000)}`,
    ];
    for (const text of texts) expectQuick(text, 1500);
  });

  it('stops at the depth limit through the Builder, without deep recursion', () => {
    let reason: string | undefined;
    const compact = `${'- '.repeat(20_000)}x\n`;
    expect(scanYaml(compact, defaultParseLimits, (why) => (reason = why))).toBeUndefined();
    expect(reason).toBe('too deep');
    expect(scanYaml(`a: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, defaultParseLimits, (why) => (reason = why))).toBeUndefined();
    expect(reason).toBe('too deep');
    const nested = Array.from({ length: 5_000 }, (_, index) => `${' '.repeat(index)}k:`).join('\n');
    expect(scanYaml(nested, defaultParseLimits, (why) => (reason = why))).toBeUndefined();
    expect(reason).toBe('too deep');
    expect(parseYaml(nested).problems).toEqual([expect.objectContaining({ code: 'TOO_DEEP', fatal: true })]);
    expectAgreement(`${'- '.repeat(200)}x\n`, true);
  });

  it('stops alias bombs as the list does', () => {
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let level = 1; level < 9; level += 1) {
      lines.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)}`);
      for (let n = 0; n < 10; n += 1) lines.push(`  - *${String.fromCharCode(96 + level)}`);
    }
    const text = `${lines.join('\n')}\n`;
    const outcome = expectAgreement(text, true);
    expect(outcome.read).toBe(true);
    expect(scanYaml(text, defaultParseLimits)!.problems).toEqual([expect.objectContaining({ code: 'ALIAS_EXPANSION', fatal: true })]);
  });

  it('keeps every key an own property', () => {
    const text = '__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\nx:\n  <<:\n    __proto__:\n      polluted: true\n';
    expectAgreement(text, true);
    const parsed = scanYaml(text, defaultParseLimits)!;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const value = parsed.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(value)).toEqual(['__proto__', 'constructor', 'x']);
    expect(Object.getOwnPropertyNames(value.x)).toEqual(['__proto__']);
  });
});
