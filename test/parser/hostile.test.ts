/**
 * Hostile and odd input at the parser: bounded in time, no crash, no prototype pollution,
 * and the same answer from the fast reader as from the complete one.
 */
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/parser/yaml-source.js';
import { expectFastAndSame, readBoth } from './oracle.js';

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

function billionLaughs(levels: number): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < levels; level += 1) {
    const previous = String.fromCharCode(96 + level);
    const name = String.fromCharCode(97 + level);
    lines.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('alias bombs', () => {
  it('stops the billion laughs on the fast path, at the largest alias, as the complete reader does', () => {
    const text = billionLaughs(9);
    const { result, ms } = timed(() => readBoth(text));
    expect(result.handedOver).toBeUndefined();
    expect(result.fast!.problems).toEqual([expect.objectContaining({ code: 'ALIAS_EXPANSION', fatal: true })]);
    expect(result.fast!.value).toBeNull();
    expect(result.fast!.problems).toEqual(result.oracle.problems);
    expect(text.slice(result.fast!.problems[0]!.span.start, result.fast!.problems[0]!.span.end)).toBe('*h');
    expect(ms).toBeLessThan(2000);
  });

  it('stops a bomb built from merge keys', () => {
    const lines = ['l0: &l0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8}'];
    for (let level = 1; level < 12; level += 1) lines.push(`l${level}: &l${level} [${Array(10).fill(`{<<: *l${level - 1}}`).join(', ')}]`.replace(/\{<<: \*l(\d+)\}/g, (_, n) => (level === 1 ? `{<<: *l${n}}` : `*l${n}`)));
    const text = `${lines.join('\n')}\n`;
    const { result, ms } = timed(() => parseYaml(text));
    expect(result.problems).toEqual([expect.objectContaining({ code: 'ALIAS_EXPANSION', fatal: true })]);
    expect(ms).toBeLessThan(2000);
  });

  it('reads aliases within the budget', () => {
    const parsed = expectFastAndSame(billionLaughs(3));
    expect((parsed.value as { c: unknown[][] }).c[9]![9]).toEqual(Array(10).fill('lol'));
  });
});

describe('deep nesting', () => {
  const deep = [
    ['flow sequences', `${'['.repeat(20_000)}${']'.repeat(20_000)}\n`],
    ['flow mappings', `${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\n`],
    ['compact block sequences', `${'- '.repeat(20_000)}x\n`],
  ] as const;

  it.each(deep)('20,000 levels of %s: a fatal problem, quickly, without a crash', (_name, text) => {
    const { result, ms } = timed(() => parseYaml(text));
    expect(result.value).toBeNull();
    expect(result.problems).toEqual([expect.objectContaining({ code: 'TOO_DEEP', fatal: true })]);
    expect(ms).toBeLessThan(2000);
  });

  it('refuses nesting just past the limit as the complete reader does, at the first node too deep', () => {
    const text = `${'['.repeat(202)}${']'.repeat(202)}\n`;
    const { fast, handedOver, oracle } = readBoth(text);
    expect(fast).toBeUndefined();
    expect(handedOver).toBe('too deep');
    expect(oracle.problems).toEqual([expect.objectContaining({ code: 'TOO_DEEP', fatal: true, span: { start: 201, end: 201 } })]);
  });

  it('reads nesting at the limit', () => {
    expectFastAndSame(`${'['.repeat(201)}${']'.repeat(201)}\n`);
    expectFastAndSame(`${'- '.repeat(200)}x\n`);
  });
});

describe('prototype pollution', () => {
  const texts = [
    '__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\nprototype: {polluted: true}\n',
    '"__proto__": {polluted: true}\n',
    'base: &base\n  __proto__: {polluted: true}\nx:\n  <<: *base\n',
    '- {__proto__: {polluted: true}}\n- {toString: 1, hasOwnProperty: 2, valueOf: 3}\n',
  ];

  it.each(texts)('keeps %j as plain own keys, on both readers', (text) => {
    const parsed = expectFastAndSame(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    const root = (Array.isArray(parsed.value) ? parsed.value[0] : parsed.value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(root)).toBe(Object.prototype);
    if (text.startsWith('__proto__')) expect(Object.keys(root)).toEqual(['__proto__', 'constructor', 'prototype']);
  });

  it('copies a merged __proto__ key as an own key', () => {
    const { x } = expectFastAndSame(texts[2]!).value as { x: Record<string, unknown> };
    expect(Object.keys(x)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(x)).toBe(Object.prototype);
  });
});

describe('YAML 1.2 core schema on the fast path', () => {
  it('reads yes/no/on/off and dates as text, octal and hex as numbers', () => {
    const parsed = expectFastAndSame('a: yes\nb: no\nc: on\nd: 2027-01-31\ne: 2027-01-31T10:00:00Z\nf: 0o17\ng: 0x1F\nh: 012\ni: ~\nj: .inf\nk: 1_000\nl: True\nm: 1.50\n');
    expect(parsed.value).toEqual({ a: 'yes', b: 'no', c: 'on', d: '2027-01-31', e: '2027-01-31T10:00:00Z', f: 15, g: 31, h: 12, i: null, j: Number.POSITIVE_INFINITY, k: '1_000', l: true, m: 1.5 });
  });
});

describe('what the fast reader hands to the complete one', () => {
  /** The problem code expected: '' none, null some fatal one, undefined anything (the complete reader decides). */
  const cases: [string, string, string | null | undefined][] = [
    ['a duplicate key', 'a: 1\na: 2\n', 'DUPLICATE_KEY'],
    ['a tag the core schema does not know', 'run: !!js/function "function () { return 1 }"\n', 'TAG_RESOLVE_FAILED'],
    ['a custom tag', 'x: !secret value\n', 'TAG_RESOLVE_FAILED'],
    ['several documents', 'a: 1\n---\nb: 2\n', 'MULTIPLE_DOCS'],
    ['a syntax error', 'a: [1, 2\nb: 3\n', null],
    ['a tab in the indentation', 'a:\n\tb: 1\n', null],
    ['an alias to no anchor', 'a: *nowhere\n', 'BAD_ALIAS'],
    ['an anchor name ending in a colon', 'a: &x: 1\nb: *x:\n', 'BAD_ALIAS'],
    ['an empty file', '', ''],
    ['a file of comments', '# nothing\n', ''],
    ['a scalar', 'just text\n', ''],
    ['a NUL byte', 'a: 1\u0000\n', undefined],
    ['a carriage return without a line feed', 'a: 1\rb: 2\r', undefined],
  ];

  it.each(cases)('%s', (_name, text, code) => {
    const { fast, handedOver } = readBoth(text);
    expect(fast).toBeUndefined();
    expect(handedOver).toBeDefined();
    const parsed = parseYaml(text);
    if (code === undefined) return;
    if (code === '') expect(parsed.problems).toEqual([]);
    else if (code === null) expect(parsed.problems.some((problem) => problem.fatal)).toBe(true);
    else expect(parsed.problems.map((problem) => problem.code)).toContain(code);
  });

  it('never runs a tag: a function tag stays text', () => {
    const parsed = parseYaml('run: !!js/function "function () { globalThis.ran = true }"\n');
    expect((globalThis as Record<string, unknown>).ran).toBeUndefined();
    expect(typeof (parsed.value as { run: unknown }).run).not.toBe('function');
  });

  it('points at the second of two duplicate keys', () => {
    const text = 'a: 1\nb: 2\na: 3\n';
    const duplicate = parseYaml(text).problems.find((problem) => problem.code === 'DUPLICATE_KEY')!;
    expect(text.slice(duplicate.span.start, duplicate.span.end)).toBe('a');
    expect(duplicate.span.start).toBe(10);
  });
});

describe('size', () => {
  it('reads a 2 MB line quickly on the fast path', () => {
    const text = `description: ${'a'.repeat(2_000_000)}\nname: x\n`;
    const { result, ms } = timed(() => readBoth(text));
    expect(result.handedOver).toBeUndefined();
    expect((result.fast!.value as { description: string }).description).toHaveLength(2_000_000);
    expect(ms).toBeLessThan(3000);
  });
});
