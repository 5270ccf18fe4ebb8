import { closeSync, existsSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './usage-error.js';

/** Fails before any work is done when an output file could not be written. */
export function checkWritable(file: string, cwd: string): void {
  const folder = path.dirname(path.resolve(cwd, file));
  if (!existsSync(folder)) throw new UsageError(`cannot write ${file}: the folder ${path.dirname(file)} does not exist`);
  if (!statSync(folder).isDirectory()) throw new UsageError(`cannot write ${file}: ${path.dirname(file)} is not a folder`);
  if (existsSync(path.resolve(cwd, file)) && statSync(path.resolve(cwd, file)).isDirectory()) throw new UsageError(`cannot write ${file}: it is a directory`);
}

/**
 * Writes through a temporary file in the same folder and a rename: a reader never sees half a
 * report. `content` may come in pieces (see formatters/json-chunks.ts), written as they come.
 */
export function writeFileAtomically(file: string, cwd: string, content: string | Iterable<string>): void {
  const target = path.resolve(cwd, file);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let descriptor: number | undefined;
  try {
    descriptor = openSync(temporary, 'wx');
    for (const piece of typeof content === 'string' ? [content] : content) writeAll(descriptor, piece);
    closeSync(descriptor);
    descriptor = undefined;
    renameSync(temporary, target);
  } catch (error) {
    if (descriptor !== undefined) closeQuietly(descriptor);
    rmSync(temporary, { force: true });
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new UsageError(`cannot write ${file}: ${reason}`);
  }
}

/** `writeSync` may write less than it was given; a report is written whole or not at all. */
function writeAll(descriptor: number, piece: string): void {
  const bytes = Buffer.from(piece, 'utf8');
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(descriptor, bytes, offset);
}

function closeQuietly(descriptor: number): void {
  try {
    closeSync(descriptor);
  } catch {
    // The write already failed; that error is the one to report.
  }
}
