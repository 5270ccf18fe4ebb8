/**
 * Every rule's docs page runs: its Invalid example must produce a finding of the rule and
 * its Valid example none, so the docs cannot drift from what the rules do. A comparison rule's
 * page gives each example as two yaml blocks, the base then the head, run through the comparison stage.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { lintRun } from '../src/core/compare.js';
import type { DocumentProvider } from '../src/core/document.js';
import { lintSource } from '../src/core/engine.js';
import type { Finding } from '../src/core/types.js';
import { rules, rulesById } from '../src/rules/index.js';

const folder = new URL('../docs/rules/', import.meta.url);
const pages = readdirSync(folder).filter((name) => name.endsWith('.md'));

/** The yaml code blocks under each second-level heading of a page. */
function examplesByHeading(markdown: string): Map<string, string[]> {
  const examples = new Map<string, string[]>();
  let heading = '';
  for (const token of marked.lexer(markdown)) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) heading = (token as Tokens.Heading).text;
    if (token.type === 'code' && (token as Tokens.Code).lang === 'yaml') examples.set(heading, [...(examples.get(heading) ?? []), (token as Tokens.Code).text]);
  }
  return examples;
}

/**
 * The privacy notice shown under each second-level heading (a markdown code block): every
 * `notice` path of the examples under that heading reads it. Without one, notices are not read.
 */
function noticesByHeading(markdown: string): Map<string, string> {
  const notices = new Map<string, string>();
  let heading = '';
  for (const token of marked.lexer(markdown)) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) heading = (token as Tokens.Heading).text;
    if (token.type === 'code' && (token as Tokens.Code).lang === 'markdown') notices.set(heading, (token as Tokens.Code).text);
  }
  return notices;
}

/**
 * The documents that exist, shown under each second-level heading as a `files` code block (one
 * path a line, as the examples write them). Without one, documents are not looked for.
 */
function documentsByHeading(markdown: string): Map<string, DocumentProvider> {
  const documents = new Map<string, DocumentProvider>();
  let heading = '';
  for (const token of marked.lexer(markdown)) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) heading = (token as Tokens.Heading).text;
    if (token.type === 'code' && (token as Tokens.Code).lang === 'files') {
      const paths = (token as Tokens.Code).text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
      documents.set(heading, new Map(paths.map((path) => [path, { status: 'present' }])));
    }
  }
  return documents;
}

/** Each example's findings: one yaml block alone, or for a comparison rule a base block and a head block. */
function findingsOfEach(blocks: string[], file: string, comparison: boolean, notice?: string, documents?: DocumentProvider): { example: string; findings: Finding[] }[] {
  const read = { ...(notice === undefined ? {} : { notices: () => ({ text: notice }) }), ...(documents === undefined ? {} : { documents }) };
  if (!comparison) return blocks.map((example) => ({ example, findings: lintSource(example, file, { rules, ...read }).findings }));
  expect(blocks.length % 2, 'a comparison rule\'s examples come in pairs: base, then head').toBe(0);
  const pairs: { example: string; findings: Finding[] }[] = [];
  for (let index = 0; index < blocks.length; index += 2) {
    const [base, head] = [blocks[index]!, blocks[index + 1]!];
    pairs.push({ example: head, findings: lintRun([{ file, text: head }], { rules, base: [{ file, text: base }] }).flatMap((report) => report.findings) });
  }
  return pairs;
}

describe.each(pages)('docs/rules/%s', (page) => {
  const id = page.replace(/\.md$/, '');
  const markdown = readFileSync(new URL(page, folder), 'utf8');
  const examples = examplesByHeading(markdown);
  const notices = noticesByHeading(markdown);
  const documents = documentsByHeading(markdown);

  it('documents a registered rule, with its severity and reference', () => {
    const rule = rulesById.get(id);
    expect(rule, `${id} is in the registry`).toBeDefined();
    expect(markdown.startsWith(`# ${id}\n`)).toBe(true);
    expect(markdown).toContain(`| ${rule!.meta.severity} |`);
    for (const section of ['## Why', '## Invalid', '## Valid', '## How to fix']) expect(markdown).toContain(section);
  });

  it('has an Invalid example that the rule reports', () => {
    const invalid = examples.get('Invalid') ?? [];
    expect(invalid.length).toBeGreaterThan(0);
    for (const { example, findings } of findingsOfEach(invalid, `docs/rules/${page}`, rulesById.get(id)?.meta.comparison === true, notices.get('Invalid'), documents.get('Invalid'))) {
      expect(findings.filter((finding) => finding.ruleId === id).length, example).toBeGreaterThan(0);
    }
  });

  it('has a Valid example that the rule leaves alone', () => {
    const valid = examples.get('Valid') ?? [];
    expect(valid.length).toBeGreaterThan(0);
    for (const { findings } of findingsOfEach(valid, `docs/rules/${page}`, rulesById.get(id)?.meta.comparison === true, notices.get('Valid'), documents.get('Valid'))) {
      expect(findings.filter((finding) => finding.ruleId === id).map((finding) => `${finding.line}:${finding.column} ${finding.message}`)).toEqual([]);
    }
  });
});
