import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './usage-error.js';

export const DEFAULT_PATTERNS = ['**/ropa.yaml', '**/*.ropa.yaml'];
const IGNORED = ['**/node_modules/**', '**/.git/**'];

/** Loaded only for globs and folders: a run on named files (the common case in CI) starts without it. */
const loadGlobber = () => import('tinyglobby');

/** A path for people: relative to the working directory when inside it, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const relative = relativeInside(file, cwd);
  if (relative === '') return '.';
  return (relative ?? file).split(path.sep).join('/');
}

/**
 * The path of `file` relative to `folder` when it is `folder` (`''`) or below it, else undefined
 * (both absolute). `..x` is a name like any other: only a `..` segment climbs out.
 */
export function relativeInside(file: string, folder: string): string | undefined {
  const relative = path.relative(folder, file);
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative) ? undefined : relative;
}

/** Whether `file` is `folder` or below it (both absolute). */
export function isInside(file: string, folder: string): boolean {
  return relativeInside(file, folder) !== undefined;
}

/**
 * Expands globs below `root`. A matched file (or a symlink) that resolves outside `root` is
 * refused: a repository must not make ropa-lint read, and print, a file from elsewhere.
 */
async function expand(patterns: string[], root: string, cwd: string): Promise<string[]> {
  // `records/*.yaml` without a `records` folder matches nothing; the caller says so.
  if (!existsSync(root)) return [];
  const { glob } = await loadGlobber();
  const found = await glob(patterns, { cwd: root, absolute: true, onlyFiles: true, dot: false, ignore: IGNORED, followSymbolicLinks: true, expandDirectories: false });
  const realRoot = realpathSync(root);
  const seen = new Set<string>();
  return found.flatMap((match) => {
    const file = path.resolve(match);
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      throw new UsageError(`${displayPath(file, cwd)} is a broken symbolic link`);
    }
    if (!isInside(real, realRoot)) throw new UsageError(`${displayPath(file, cwd)} resolves to a file outside ${displayPath(root, cwd)}; refusing to read it`);
    if (seen.has(real)) return [];
    seen.add(real);
    return [file];
  });
}

/** `../records/**\/*.yaml` → the folder `../records` and the pattern `**\/*.yaml` inside it. */
function splitGlob(arg: string, cwd: string, isDynamicPattern: (pattern: string) => boolean): { root: string; pattern: string } {
  const segments = arg.split('/');
  const firstDynamic = segments.findIndex((segment) => isDynamicPattern(segment));
  const prefix = segments.slice(0, firstDynamic).join('/');
  return { root: path.resolve(cwd, prefix || '.'), pattern: segments.slice(firstDynamic).join('/') };
}

/** Globs from a config file come with the repository: they may not reach outside its folder. */
export function checkConfinedPattern(pattern: string, origin: string): void {
  if (path.isAbsolute(pattern) || /^[a-zA-Z]:/.test(pattern)) throw new UsageError(`${origin}: the pattern ${pattern} is absolute; use a path relative to the config's folder`);
  if (pattern.split(/[\\/]/).includes('..')) throw new UsageError(`${origin}: the pattern ${pattern} leaves the config's folder (..); patterns must stay inside it`);
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
    for (const pattern of configPatterns?.patterns ?? []) checkConfinedPattern(pattern, "the config's inventory");
    for (const file of await expand(patterns, base, cwd)) files.add(file);
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
      const found = await expand(DEFAULT_PATTERNS, absolute, cwd);
      if (found.length === 0) throw new UsageError(`no inventory found in directory ${arg}: nothing matches ${DEFAULT_PATTERNS.join(' or ')}`);
      for (const file of found) files.add(file);
    } else if (stats) {
      throw new UsageError(`${arg} is not a regular file`);
    } else {
      const { isDynamicPattern } = await loadGlobber();
      if (!isDynamicPattern(arg)) throw new UsageError(`file not found: ${arg}`);
      const { root, pattern } = splitGlob(arg, cwd, isDynamicPattern);
      const found = await expand([pattern], root, cwd);
      if (found.length === 0) throw new UsageError(`no file matches ${arg}`);
      for (const file of found) files.add(file);
    }
  }
  return [...files].sort();
}
