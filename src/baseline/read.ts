/**
 * The baseline on disk: where it is, reading it within a size limit, and the scope of a run
 * (which of its files the run speaks for). The Action reads it from the checkout, so there its
 * path is confined to the workspace: no absolute path, no `..`, no symbolic link out of it.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, existsSync, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../workspace/files.js';
import { UsageError } from '../workspace/usage-error.js';
import type { Baseline, BaselineScope } from './baseline.js';
import { parseBaseline } from './file.js';

/** Where the baseline is, and how the user named it. */
export interface BaselineLocation {
  /** Absolute path. */
  file: string;
  /** As given, for messages and the report. */
  shown: string;
}

/** The baseline named on the command line: any path the user can read. */
export function locateBaseline(given: string, cwd: string): BaselineLocation {
  if (given.trim() === '' || /[\u0000-\u001f\u007f]/.test(given)) throw new UsageError(`--baseline needs a file path, not ${JSON.stringify(given)}`);
  return { file: path.resolve(cwd, given), shown: given };
}

/**
 * The baseline named by an Action input: relative to the workspace and inside it, also once
 * symbolic links are followed (a pull request could add one that points at a file of the runner).
 */
export function locateConfinedBaseline(given: string, workspace: string): BaselineLocation {
  if (/[\u0000-\u001f\u007f]/.test(given)) throw new UsageError(`input baseline must be a file path, not ${JSON.stringify(given)}`);
  if (path.isAbsolute(given) || /^[a-zA-Z]:/.test(given)) throw new UsageError(`input baseline must be a path relative to the workspace, not ${given}`);
  if (given.split(/[\\/]/).includes('..')) throw new UsageError(`input baseline must stay inside the workspace, and ${given} leaves it (..)`);
  const file = path.resolve(workspace, given);
  if (existsSync(file)) {
    const real = realpathSync(file);
    if (!isInside(real, realpathSync(workspace))) throw new UsageError(`input baseline: ${given} resolves to a file outside the workspace; refusing to read it`);
  }
  return { file, shown: given };
}

/** Reads and parses a baseline; undefined when the file does not exist. At most `maxBytes` are read. */
export function readBaseline(location: BaselineLocation, maxBytes: number): Baseline | undefined {
  let descriptor: number;
  try {
    descriptor = openSync(location.file, 'r');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT') return undefined;
    throw new UsageError(`cannot read the baseline ${location.shown}: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : code || String(error)}`);
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) throw new UsageError(`cannot read the baseline ${location.shown}: it is not a regular file`);
    const limit = maxBytes >= 1048576 ? `${(maxBytes / 1048576).toFixed(0)} MB` : `${Math.max(1, Math.round(maxBytes / 1024))} KB`;
    const tooLarge = () => new UsageError(`the baseline ${location.shown} is larger than ${limit}; a baseline that large is not one ropa-lint wrote (raise the limit with --max-file-size)`);
    if (stats.size > maxBytes) throw tooLarge();
    // Read up to one byte past the limit: a file that grows after fstat is still refused.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(descriptor, buffer, length, buffer.length - length, null);
    if (length > maxBytes) throw tooLarge();
    const bytes = buffer.subarray(0, length);
    if (!isUtf8(bytes)) throw new UsageError(`the baseline ${location.shown} is not UTF-8 text; write it with --write-baseline`);
    return parseBaseline(bytes.toString('utf8'), location.shown);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * The scope of a run for a baseline at `location`: files are named relative to the baseline's
 * folder, with forward slashes, so the baseline matches wherever ropa-lint is run from. The run
 * speaks for the files it checked and for files that no longer exist (their findings are fixed);
 * `root`, when given, bounds which files may be looked for on disk at all.
 */
export function scopeOf(location: BaselineLocation, cwd: string, checked: Iterable<string>, root?: string): BaselineScope {
  const folder = path.dirname(location.file);
  const fileOf = (file: string) => path.relative(folder, path.resolve(cwd, file)).split(path.sep).join('/');
  const covered = new Set<string>();
  for (const file of checked) covered.add(fileOf(file));
  const gone = new Map<string, boolean>();
  return {
    fileOf,
    covers(file) {
      if (covered.has(file)) return true;
      let known = gone.get(file);
      if (known === undefined) {
        const absolute = path.resolve(folder, file);
        known = (root === undefined || isInside(absolute, root)) && !existsSync(absolute);
        gone.set(file, known);
      }
      return known;
    },
  };
}
