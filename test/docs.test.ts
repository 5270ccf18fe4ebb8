/**
 * Every rule's docs page runs: its Invalid example must produce a finding of the rule and
 * its Valid example none, so the docs cannot drift from what the rules do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/core/engine.js';
import { rulesById } from '../src/rules/index.js';

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

describe.each(pages)('docs/rules/%s', (page) => {
  const id = page.replace(/\.md$/, '');
  const markdown = readFileSync(new URL(page, folder), 'utf8');
  const examples = examplesByHeading(markdown);

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
    for (const example of invalid) {
      const findings = lintSource(example, `docs/rules/${page}`).findings.filter((finding) => finding.ruleId === id);
      expect(findings.length, example).toBeGreaterThan(0);
    }
  });

  it('has a Valid example that the rule leaves alone', () => {
    const valid = examples.get('Valid') ?? [];
    expect(valid.length).toBeGreaterThan(0);
    for (const example of valid) {
      const findings = lintSource(example, `docs/rules/${page}`).findings.filter((finding) => finding.ruleId === id);
      expect(findings.map((finding) => `${finding.line}:${finding.column} ${finding.message}`)).toEqual([]);
    }
  });
});
