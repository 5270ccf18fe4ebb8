import { readFileSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { UsageError } from './usage-error.js';

export const DEFAULT_MAX_FILE_BYTES = 32 * 1024 * 1024;

/** Where the first byte that is not UTF-8 sits, as line:column (columns in characters before it). */
function firstInvalidUtf8(buffer: Buffer): { line: number; column: number } {
  let line = 1;
  let column = 1;
  let index = 0;
  while (index < buffer.length) {
    const byte = buffer[index]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || index + length > buffer.length || !isUtf8(buffer.subarray(index, index + length))) return { line, column };
    if (byte === 0x0a) {
      line += 1;
      column = 1;
    } else {
      column += length === 4 ? 2 : 1;
    }
    index += length;
  }
  return { line, column };
}

/** Reads an inventory as text, refusing what cannot be one with a one-line reason. */
export function readInventory(file: string, shownAs: string, maxBytes = DEFAULT_MAX_FILE_BYTES): string {
  let buffer: Buffer;
  try {
    const size = statSync(file).size;
    if (size > maxBytes) {
      throw new UsageError(`${shownAs}: the file is ${(size / 1048576).toFixed(1)} MB, above the limit of ${(maxBytes / 1048576).toFixed(0)} MB (raise it with --max-file-size)`);
    }
    buffer = readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : code === 'ENOENT' ? 'file not found' : code;
    throw new UsageError(`cannot read ${shownAs}: ${reason}`);
  }
  if (!isUtf8(buffer)) {
    const { line, column } = firstInvalidUtf8(buffer);
    throw new UsageError(`${shownAs}:${line}:${column}: the file is not UTF-8 text (an inventory is a YAML text file)`);
  }
  return buffer.toString('utf8');
}
