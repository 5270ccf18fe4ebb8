/**
 * The engine takes its rules from the caller (as ESLint's Linter does) and every rule imports
 * core/, so core/ must never import rules/, directly or through another module: that was one
 * import circle of 43 files. The walk follows every relative import, type-only and dynamic ones
 * included, as TypeScript's own pre-processor reads them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const core = path.join(src, 'core');
const rules = path.join(src, 'rules');

function sourceFilesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return sourceFilesUnder(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** The files of src/ a module imports: relative specifiers only (packages cannot reach src/rules). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolve(path.resolve(path.dirname(file), specifier), file));
}

/** The file an ESM specifier names: our TypeScript source, or plain JavaScript (the generated validators). */
function resolve(target: string, from: string): string {
  const found = [target.replace(/\.js$/, '.ts'), target].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  if (found === undefined) throw new Error(`${path.relative(src, from)} imports ${target}, which does not exist`);
  return found;
}

/** Every module reachable from the start files, each with the import chain that first reached it. */
function reachable(starts: readonly string[]): Map<string, string[]> {
  const chains = new Map<string, string[]>(starts.map((file) => [file, [file]]));
  const queue = [...starts];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of importsOf(file)) {
      if (chains.has(next)) continue;
      chains.set(next, [...chains.get(file)!, next]);
      queue.push(next);
    }
  }
  return chains;
}

const inRules = (file: string): boolean => file.startsWith(`${rules}${path.sep}`);
const shown = (chain: readonly string[]): string => chain.map((file) => path.relative(src, file)).join(' → ');

describe('the import graph', () => {
  it('leads from no module of src/core to src/rules', () => {
    const starts = sourceFilesUnder(core);
    expect(starts.length).toBeGreaterThan(10);
    // Each way in, once: the chain up to the first module of src/rules.
    const offending = [...reachable(starts).values()].filter((chain) => inRules(chain.at(-1)!) && !inRules(chain.at(-2) ?? '')).map(shown);
    expect(offending).toEqual([]);
  });

  it('is walked far enough to see the registry where it is imported', () => {
    // The CLI and the Action reach the registry through workspace/check.ts: the walk must find that chain.
    const chains = reachable([path.join(src, 'workspace', 'check.ts')]);
    const registry = chains.get(path.join(rules, 'index.ts'));
    expect(registry && shown(registry)).toBe('workspace/check.ts → rules/index.ts');
    // A rule reaches core/ through its imports (the other half of the former circle).
    expect([...reachable([path.join(rules, 'index.ts')]).keys()]).toContain(path.join(core, 'rule.ts'));
  });
});
