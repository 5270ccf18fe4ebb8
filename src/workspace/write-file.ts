import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './usage-error.js';

/** Fails before any work is done when an output file could not be written. */
export function checkWritable(file: string, cwd: string): void {
  const folder = path.dirname(path.resolve(cwd, file));
  if (!existsSync(folder)) throw new UsageError(`cannot write ${file}: the folder ${path.dirname(file)} does not exist`);
  if (!statSync(folder).isDirectory()) throw new UsageError(`cannot write ${file}: ${path.dirname(file)} is not a folder`);
  if (existsSync(path.resolve(cwd, file)) && statSync(path.resolve(cwd, file)).isDirectory()) throw new UsageError(`cannot write ${file}: it is a directory`);
}

/** Writes through a temporary file in the same folder and a rename: a reader never sees half a report. */
export function writeFileAtomically(file: string, cwd: string, content: string): void {
  const target = path.resolve(cwd, file);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new UsageError(`cannot write ${file}: ${reason}`);
  }
}
