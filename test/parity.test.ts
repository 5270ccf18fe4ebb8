/**
 * The registry, the rules' modules, test tables and docs pages, and the README's rule table
 * name the same rules with the same severity, scope and legal reference (ESLint's
 * checkRuleFiles, for us). Only files of this repository are read: the registry is the source
 * of truth, and every page a user reads is compared with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../src/core/rule.js';
import { rules } from '../src/rules/index.js';

const registered = rules.map((rule) => rule.meta.id);
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

function namesIn(folder: string, suffix: string, except: string[] = []): string[] {
  return readdirSync(new URL(folder, import.meta.url))
    .filter((name) => name.endsWith(suffix) && !except.includes(name))
    .map((name) => name.slice(0, -suffix.length))
    .sort();
}

/** How the README and the docs pages write a rule's reference: `—` for none. */
function referenceOf(rule: Rule): string {
  return rule.meta.reference ?? '—';
}

/** The README's scope column: `PR` for a comparison rule, `AI` for one that looks only at AI-training purposes. */
function scopeOf(rule: Rule): string {
  return rule.meta.comparison ? 'PR' : rule.meta.aiOnly ? 'AI' : '';
}

/** The cells of the README rule table's row of a rule, or undefined when it has none. */
function readmeRow(id: string): string[] | undefined {
  const line = readme.split('\n').find((candidate) => candidate.startsWith(`| [\`${id}\`](docs/rules/${id}.md) |`));
  return line?.split(' | ').map((cell) => cell.replace(/^\| ?| ?\|$/g, '').trim());
}

describe('rule parity', () => {
  it('the registry is sorted and has no duplicates', () => {
    expect(registered.length).toBeGreaterThan(30);
    expect(registered).toEqual([...new Set(registered)].sort());
  });

  it('every rule has a module named after its id, a test table and a docs page, and nothing else does', () => {
    const sorted = [...registered].sort();
    expect(namesIn('../src/rules/', '.ts', ['index.ts'])).toEqual(sorted);
    expect(namesIn('./rules/', '.test.ts')).toEqual(sorted);
    expect(namesIn('../docs/rules/', '.md')).toEqual(sorted);
  });

  describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
    it('its docs page gives the rule\'s severity and reference in its header table', () => {
      const page = readFileSync(new URL(`../docs/rules/${id}.md`, import.meta.url), 'utf8');
      const header = /^\| Severity \| Applies to \| Reference \|\n\|[-|]+\|\n\| ([^|]+) \| [^|]+ \| ([^|]+) \|$/m.exec(page);
      expect(header, `docs/rules/${id}.md has the Severity | Applies to | Reference table`).not.toBeNull();
      expect(header![1]!.trim()).toBe(rule.meta.severity);
      expect(header![2]!.trim()).toBe(referenceOf(rule));
    });

    it('the README lists it with a link to its page, its severity, scope, reference and description', () => {
      const row = readmeRow(id);
      expect(row, `README.md has a row for ${id}`).toBeDefined();
      expect(row!.slice(1)).toEqual([rule.meta.severity, scopeOf(rule), referenceOf(rule), rule.meta.description]);
    });
  });

  it('the README\'s rule table has no row for a rule that does not exist', () => {
    const listed = [...readme.matchAll(/^\| \[`([a-z0-9-]+)`\]\(docs\/rules\/\1\.md\) \|/gm)].map((match) => match[1]!);
    expect(listed.filter((id) => !registered.includes(id))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });
});
