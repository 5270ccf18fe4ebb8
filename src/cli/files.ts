import { statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './usage-error.js';

export const DEFAULT_PATTERNS = ['**/ropa.yaml', '**/*.ropa.yaml'];
const IGNORED = ['**/node_modules/**', '**/.git/**'];

/** A path for people: relative to the working directory when inside it, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  if (relative === '') return '.';
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  return shown.split(path.sep).join('/');
}

async function expand(patterns: string[], cwd: string): Promise<string[]> {
  const found = await glob(patterns, { cwd, absolute: true, onlyFiles: true, dot: false, ignore: IGNORED, followSymbolicLinks: false, expandDirectories: false });
  return found.map((file) => path.resolve(file));
}

/**
 * Resolves the command line's files, directories and globs to inventory files. Each argument
 * must match something: a typo never silently checks nothing.
 */
export async function findInventories(args: string[], cwd: string, configPatterns?: { patterns: string[]; base: string }): Promise<string[]> {
  const files = new Set<string>();
  if (args.length === 0) {
    const patterns = configPatterns?.patterns ?? DEFAULT_PATTERNS;
    const base = configPatterns?.base ?? cwd;
    for (const file of await expand(patterns, base)) files.add(file);
    if (files.size === 0) {
      throw new UsageError(`no inventory found: nothing in ${displayPath(base, cwd)} matches ${patterns.join(' or ')}; name the files to check, e.g. ropa-lint privacy/ropa.yaml`);
    }
    return [...files].sort();
  }
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let stats: ReturnType<typeof statSync> | undefined;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats?.isFile()) {
      files.add(absolute);
    } else if (stats?.isDirectory()) {
      if (/\.ya?ml$/i.test(arg)) throw new UsageError(`${arg} is a directory, not an inventory file`);
      const found = await expand(DEFAULT_PATTERNS, absolute);
      if (found.length === 0) throw new UsageError(`no inventory found in directory ${arg}: nothing matches ${DEFAULT_PATTERNS.join(' or ')}`);
      for (const file of found) files.add(file);
    } else if (stats) {
      throw new UsageError(`${arg} is not a regular file`);
    } else if (isDynamicPattern(arg)) {
      const found = await expand([arg], cwd);
      if (found.length === 0) throw new UsageError(`no file matches ${arg}`);
      for (const file of found) files.add(file);
    } else {
      throw new UsageError(`file not found: ${arg}`);
    }
  }
  return [...files].sort();
}
