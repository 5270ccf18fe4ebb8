/**
 * SPEC.md's rule tables, the registry, the rules' test tables and their docs pages name the
 * same rules (ESLint's checkRuleFiles, for us). Rules beyond the SPEC are extensions and must
 * be documented and tested all the same.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';

const specFile = new URL('../../shared/SPEC.md', import.meta.url);
const EXTENSIONS = ['invalid-ignore'];
/** SPEC rules whose issue has not landed yet; emptied as they land (the test fails on a stale entry). */
const PENDING: string[] = [];

/** Rule ids of the tables of SPEC §2 (first column, with a severity in the second). */
function specRuleIds(): string[] {
  const spec = readFileSync(specFile, 'utf8');
  const section = spec.slice(spec.indexOf('## 2. Rules'), spec.indexOf('## 3.'));
  return [...section.matchAll(/^\| ([a-z][a-z0-9-]+) \| (?:error|warning|notice)/gm)].map((match) => match[1]!);
}

describe('rule parity', () => {
  const registered = rules.map((rule) => rule.meta.id);

  it('the registry is sorted and has no duplicates', () => {
    expect(registered).toEqual([...new Set(registered)].sort());
  });

  it.runIf(existsSync(specFile))('every SPEC rule is registered, and every registered rule is in the SPEC or a documented extension', () => {
    const spec = specRuleIds();
    expect(spec.length).toBeGreaterThan(30);
    expect(registered.filter((id) => !spec.includes(id) && !EXTENSIONS.includes(id))).toEqual([]);
    expect(spec.filter((id) => !registered.includes(id))).toEqual(PENDING);
    expect(PENDING.filter((id) => registered.includes(id))).toEqual([]);
  });

  it('every rule has a test table and a docs page, and nothing else does', () => {
    const tests = readdirSync(new URL('./rules/', import.meta.url)).filter((name) => name.endsWith('.test.ts')).map((name) => name.replace(/\.test\.ts$/, ''));
    const docs = readdirSync(new URL('../docs/rules/', import.meta.url)).filter((name) => name.endsWith('.md')).map((name) => name.replace(/\.md$/, ''));
    expect(tests.sort()).toEqual([...registered].sort());
    expect(docs.sort()).toEqual([...registered].sort());
  });

  it('each rule module is named after its id', () => {
    const modules = readdirSync(new URL('../src/rules/', import.meta.url)).filter((name) => name.endsWith('.ts') && name !== 'index.ts').map((name) => name.replace(/\.ts$/, ''));
    expect(modules.sort()).toEqual([...registered].sort());
  });

  it('the SPEC references are the rules\' references', () => {
    const spec = readFileSync(specFile, 'utf8');
    for (const rule of rules) {
      const row = new RegExp(`^\\| ${rule.meta.id} \\| [^|]+\\| ([^|]+) \\|`, 'm').exec(spec);
      if (!row || row[1]!.trim() === '—') continue;
      if (rule.meta.comparison) {
        // The comparison table has no reference column: a reference its text names in parentheses is in the rule's.
        for (const [, named] of row[1]!.matchAll(/\(((?:Art\.|EDPB|CJEU|Recital)[^)]*)\)/g)) expect(rule.meta.reference, rule.meta.id).toContain(named);
        continue;
      }
      const specReference = row[1]!.trim();
      expect(rule.meta.reference, rule.meta.id).toBe(specReference);
    }
  });

  it('the README lists every rule with a link to its page', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const id of registered) expect(readme, id).toContain(`| [\`${id}\`](docs/rules/${id}.md) |`);
  });
});
