import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, renameSync, rmdirSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from './files.js';
import { UsageError } from './usage-error.js';

/** The nearest folder at or above `folder` that exists (the root always does). */
function nearestExisting(folder: string): string {
  let current = folder;
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

/**
 * Fails before any work is done when an output file could not be written. Missing folders are
 * fine (they are made when the report is written), but the nearest existing one must be a
 * folder that may be written to.
 */
export function checkWritable(file: string, cwd: string): void {
  const target = path.resolve(cwd, file);
  if (existsSync(target) && statSync(target).isDirectory()) throw new UsageError(`cannot write ${file}: it is a directory`);
  const existing = nearestExisting(path.dirname(target));
  const shown = displayPath(existing, cwd);
  if (!statSync(existing).isDirectory()) throw new UsageError(`cannot write ${file}: ${shown} is not a folder`);
  try {
    accessSync(existing, constants.W_OK);
  } catch {
    throw new UsageError(`cannot write ${file}: the folder ${shown} is not writable`);
  }
}

/**
 * Makes the missing folders above `target` and returns them, deepest first, so that a failed
 * write can take them away again.
 */
function makeFolders(folder: string): string[] {
  const first = mkdirSync(folder, { recursive: true });
  if (first === undefined) return [];
  const made: string[] = [];
  for (let current = folder; ; current = path.dirname(current)) {
    made.push(current);
    if (current === first || path.dirname(current) === current) return made;
  }
}

/**
 * Writes through a temporary file in the same folder and a rename: a reader never sees half a
 * report. Missing folders are made first and removed again when the write fails, so a failed
 * run leaves nothing behind. `content` may come in pieces (see formatters/json-chunks.ts),
 * written as they come, or as bytes (an exported workbook).
 */
export function writeFileAtomically(file: string, cwd: string, content: string | Uint8Array | Iterable<string>): void {
  const target = path.resolve(cwd, file);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let descriptor: number | undefined;
  let made: string[] = [];
  try {
    made = makeFolders(path.dirname(target));
    descriptor = openSync(temporary, 'wx');
    for (const piece of typeof content === 'string' || content instanceof Uint8Array ? [content] : content) writeAll(descriptor, piece);
    closeSync(descriptor);
    descriptor = undefined;
    renameSync(temporary, target);
  } catch (error) {
    if (descriptor !== undefined) closeQuietly(descriptor);
    rmSync(temporary, { force: true });
    for (const folder of made) if (!removeEmptyFolder(folder)) break;
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new UsageError(`cannot write ${file}: ${reason}`);
  }
}

/** `writeSync` may write less than it was given; a report is written whole or not at all. */
function writeAll(descriptor: number, piece: string | Uint8Array): void {
  const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(descriptor, bytes, offset);
}

/** Only an empty folder goes: another writer may have put something in it meanwhile. */
function removeEmptyFolder(folder: string): boolean {
  try {
    rmdirSync(folder);
    return true;
  } catch {
    return false;
  }
}

function closeQuietly(descriptor: number): void {
  try {
    closeSync(descriptor);
  } catch {
    // The write already failed; that error is the one to report.
  }
}
