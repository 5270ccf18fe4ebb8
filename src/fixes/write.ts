/**
 * Writes fixed inventories in place. Each file is written whole or not at all (a temporary file
 * in the same folder, then a rename), keeps its permissions, its byte-order mark and, when it is a
 * symbolic link, the link (the file it points to is written). A file that changed on disk since it
 * was checked is not written: the fixes were made for the text that was read.
 */
import { closeSync, fchmodSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { stripByteOrderMark } from '../parser/yaml-source.js';
import { UsageError } from '../workspace/usage-error.js';
import type { FixedFile } from './run.js';

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}

function writeOne(fixed: FixedFile, cwd: string): void {
  let target: string;
  let current: string;
  let mode: number;
  try {
    target = realpathSync(path.resolve(cwd, fixed.file));
    current = readFileSync(target, 'utf8');
    mode = statSync(target).mode & 0o7777;
  } catch (error) {
    throw new UsageError(`cannot write the fixes to ${fixed.file}: ${codeOf(error)}`);
  }
  if (stripByteOrderMark(current) !== fixed.before) throw new UsageError(`${fixed.file} changed while it was being fixed; it was not written`);
  const bom = current.length > 0 && current.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.fix.tmp`);
  let descriptor: number | undefined;
  try {
    descriptor = openSync(temporary, 'wx', mode);
    // The mode given to open is narrowed by the umask; the file keeps exactly the one it had.
    fchmodSync(descriptor, mode);
    const bytes = Buffer.from(bom + fixed.after, 'utf8');
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(descriptor, bytes, offset);
    closeSync(descriptor);
    descriptor = undefined;
    renameSync(temporary, target);
  } catch (error) {
    if (descriptor !== undefined) {
      try {
        closeSync(descriptor);
      } catch {
        // The write already failed; that error is the one to report.
      }
    }
    rmSync(temporary, { force: true });
    throw new UsageError(`cannot write the fixes to ${fixed.file}: ${codeOf(error)}`);
  }
}

/** Writes each fixed file; a failure names the file, and the files written before it stay fixed. */
export function writeFixedFiles(files: readonly FixedFile[], cwd: string): void {
  const written: string[] = [];
  for (const fixed of files) {
    try {
      writeOne(fixed, cwd);
    } catch (error) {
      if (error instanceof UsageError && written.length > 0) throw new UsageError(`${error.message} (fixed before it: ${written.join(', ')})`);
      throw error;
    }
    written.push(fixed.file);
  }
}
