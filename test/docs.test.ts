/**
 * Every rule's docs page runs: its Invalid example must produce a finding of the rule, and no
 * `schema` finding (except on the schema rule's own page), so that it shows the rule's mistake and
 * no other; its Valid example is a complete record that lints clean under every rule, so that a
 * reader can copy it whole. A page is its own repository: the privacy notice of the examples under
 * a heading is that heading's `markdown` block and the documents that exist are its `files` block;
 * without them, notices and documents are missing. A comparison rule's page gives each example as
 * two yaml blocks, the base then the head, run through the comparison stage.
 *
 * A Valid example may be a fragment only when the paragraph right before it says so, starting with
 * "A fragment" (for instance "A fragment of a record: the activity alone."): it must then leave the
 * page's rule alone, and nothing more. Fragments are kept rare.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { lintRun } from '../src/core/compare.js';
import type { DocumentProvider } from '../src/core/document.js';
import type { NoticeProvider } from '../src/core/notice.js';
import type { Finding } from '../src/core/types.js';
import { rules, rulesById } from '../src/rules/index.js';

const folder = new URL('../docs/rules/', import.meta.url);
const pages = readdirSync(folder).filter((name) => name.endsWith('.md'));

/**
 * Pages whose owners are still reworking their rule, with what they need named in the report of
 * issue 15: their examples are held to the old bar (the Invalid example reports the rule, the Valid
 * one does not). The test fails for a page listed here that already meets the whole bar, so that
 * the list only shrinks.
 */
const PENDING = new Set<string>();

/** Pages that speak of the schema rule's findings: their Invalid examples may have them. */
const ABOUT_THE_SCHEMA = new Set(['schema.md']);

/** How a paragraph announces that the yaml block after it is a fragment, not a whole record. */
const FRAGMENT = /^A fragment\b/;

/** The most fragments the rule pages may hold together. */
const MOST_FRAGMENTS = 2;

interface Example {
  text: string;
  /** The paragraph before it announces a fragment. */
  fragment: boolean;
}

interface Section {
  examples: Example[];
  /** The privacy notice every `notice` path of the section's examples reads. */
  notice?: string;
  /** The document paths that exist. */
  files?: string[];
}

/** The yaml, markdown and files blocks under each second-level heading of a page. */
function sectionsOf(markdown: string): Map<string, Section> {
  const sections = new Map<string, Section>();
  let heading = '';
  let previous: Token | undefined;
  for (const token of marked.lexer(markdown)) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) heading = (token as Tokens.Heading).text;
    const section = sections.get(heading) ?? { examples: [] };
    sections.set(heading, section);
    if (token.type === 'code') {
      const code = token as Tokens.Code;
      if (code.lang === 'yaml') section.examples.push({ text: code.text, fragment: previous?.type === 'paragraph' && FRAGMENT.test((previous as Tokens.Paragraph).text) });
      if (code.lang === 'markdown') section.notice = code.text;
      if (code.lang === 'files') section.files = code.text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    }
    if (token.type !== 'space') previous = token;
  }
  return sections;
}

/** The page as a repository: the section's notice for every `notice` path, its files as the documents that exist. */
function repository(section: Section): { notices: NoticeProvider; documents: DocumentProvider } {
  const notice = section.notice;
  return {
    notices: () => (notice === undefined ? { problem: 'missing' } : { text: notice }),
    documents: new Map((section.files ?? []).map((path) => [path, { status: 'present' } as const])),
  };
}

/** Each example's findings: one yaml block alone, or for a comparison rule a base block and a head block. */
function findingsOfEach(section: Section, file: string, comparison: boolean): { example: Example; findings: Finding[] }[] {
  const options = { rules, today: '2026-11-25', ...repository(section) };
  const blocks = section.examples;
  if (!comparison) return blocks.map((example) => ({ example, findings: lintRun([{ file, text: example.text }], options).flatMap((report) => report.findings) }));
  expect(blocks.length % 2, 'a comparison rule\'s examples come in pairs: base, then head').toBe(0);
  const pairs: { example: Example; findings: Finding[] }[] = [];
  for (let index = 0; index < blocks.length; index += 2) {
    const [base, head] = [blocks[index]!, blocks[index + 1]!];
    pairs.push({ example: head, findings: lintRun([{ file, text: head.text }], { ...options, base: [{ file, text: base.text }] }).flatMap((report) => report.findings) });
  }
  return pairs;
}

const shown = (findings: Finding[]) => findings.map((finding) => `${finding.ruleId} ${finding.line}:${finding.column} ${finding.message}`);

/** What keeps a page from the whole bar: Valid examples with any finding, Invalid ones with a schema finding or without the rule's. */
function shortfalls(page: string): string[] {
  const id = page.replace(/\.md$/, '');
  const sections = sectionsOf(readFileSync(new URL(page, folder), 'utf8'));
  const comparison = rulesById.get(id)?.meta.comparison === true;
  const file = `docs/rules/${page}`;
  const problems: string[] = [];
  for (const { example, findings } of findingsOfEach(sections.get('Valid') ?? { examples: [] }, file, comparison)) {
    const spoken = example.fragment ? findings.filter((finding) => finding.ruleId === id) : findings;
    problems.push(...shown(spoken).map((line) => `Valid: ${line}`));
  }
  for (const { findings } of findingsOfEach(sections.get('Invalid') ?? { examples: [] }, file, comparison)) {
    if (!findings.some((finding) => finding.ruleId === id)) problems.push(`Invalid: no finding of ${id}`);
    if (!ABOUT_THE_SCHEMA.has(page)) problems.push(...shown(findings.filter((finding) => finding.ruleId === 'schema')).map((line) => `Invalid: ${line}`));
  }
  return problems;
}

describe.each(pages)('docs/rules/%s', (page) => {
  const id = page.replace(/\.md$/, '');
  const markdown = readFileSync(new URL(page, folder), 'utf8');
  const sections = sectionsOf(markdown);
  const comparison = rulesById.get(id)?.meta.comparison === true;
  const file = `docs/rules/${page}`;

  it('documents a registered rule, with its severity and reference', () => {
    const rule = rulesById.get(id);
    expect(rule, `${id} is in the registry`).toBeDefined();
    expect(markdown.startsWith(`# ${id}\n`)).toBe(true);
    expect(markdown).toContain(`| ${rule!.meta.severity} |`);
    for (const section of ['## Why', '## Invalid', '## Valid', '## How to fix']) expect(markdown).toContain(section);
  });

  it('has an Invalid example that the rule reports', () => {
    const invalid = sections.get('Invalid') ?? { examples: [] };
    expect(invalid.examples.length).toBeGreaterThan(0);
    expect(invalid.examples.filter((example) => example.fragment), 'an Invalid example is a whole record').toEqual([]);
    for (const { example, findings } of findingsOfEach(invalid, file, comparison)) {
      expect(findings.filter((finding) => finding.ruleId === id).length, example.text).toBeGreaterThan(0);
    }
  });

  it('has a Valid example that the rule leaves alone', () => {
    const valid = sections.get('Valid') ?? { examples: [] };
    expect(valid.examples.length).toBeGreaterThan(0);
    for (const { findings } of findingsOfEach(valid, file, comparison)) {
      expect(shown(findings.filter((finding) => finding.ruleId === id))).toEqual([]);
    }
  });

  if (PENDING.has(page)) {
    it('is pending only while its examples fall short of the whole bar (remove it from PENDING once they meet it)', () => {
      expect(shortfalls(page)).not.toEqual([]);
    });
  } else {
    it('its Valid examples lint clean whole, with no finding of any rule; its Invalid ones have no schema finding unless the page is about the schema', () => {
      expect(shortfalls(page)).toEqual([]);
    });
  }
});

describe('the docs pages together', () => {
  it('pending pages exist', () => {
    expect([...PENDING].filter((page) => !pages.includes(page))).toEqual([]);
  });

  it(`hold at most ${MOST_FRAGMENTS} fragments, each announced by the paragraph before it`, () => {
    const fragments = pages.flatMap((page) => (sectionsOf(readFileSync(new URL(page, folder), 'utf8')).get('Valid')?.examples ?? []).filter((example) => example.fragment).map(() => page));
    expect(fragments.length, fragments.join(', ')).toBeLessThanOrEqual(MOST_FRAGMENTS);
  });

  it('the fragment convention recognises an announced block and only that', () => {
    const sections = sectionsOf('## Valid\n\nA fragment of a record: the activity alone.\n\n```yaml\na: 1\n```\n\nA whole record:\n\n```yaml\nb: 2\n```\n');
    expect(sections.get('Valid')!.examples.map((example) => example.fragment)).toEqual([true, false]);
  });
});
