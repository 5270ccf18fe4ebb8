import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-O4XAVONC.js";

// src/workspace/read-inventory.ts
import { readFileSync, statSync } from "node:fs";
import { isUtf8 } from "node:buffer";
var DEFAULT_MAX_FILE_BYTES = 32 * 1024 * 1024;
function firstInvalidUtf8(buffer) {
  let line = 1;
  let column = 1;
  let index = 0;
  while (index < buffer.length) {
    const byte = buffer[index];
    const length = byte < 128 ? 1 : byte >= 194 && byte <= 223 ? 2 : byte >= 224 && byte <= 239 ? 3 : byte >= 240 && byte <= 244 ? 4 : 0;
    if (length === 0 || index + length > buffer.length || !isUtf8(buffer.subarray(index, index + length))) return { line, column };
    if (byte === 10) {
      line += 1;
      column = 1;
    } else {
      column += length === 4 ? 2 : 1;
    }
    index += length;
  }
  return { line, column };
}
function readInventory(file, shownAs, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  let buffer;
  try {
    const size = statSync(file).size;
    if (size > maxBytes) {
      throw new UsageError(`${shownAs}: the file is ${(size / 1048576).toFixed(1)} MB, above the limit of ${(maxBytes / 1048576).toFixed(0)} MB (raise it with --max-file-size)`);
    }
    buffer = readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = error instanceof Error && "code" in error ? String(error.code) : String(error);
    const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "is a directory" : code === "ENOENT" ? "file not found" : code;
    throw new UsageError(`cannot read ${shownAs}: ${reason}`);
  }
  if (!isUtf8(buffer)) {
    const { line, column } = firstInvalidUtf8(buffer);
    throw new UsageError(`${shownAs}:${line}:${column}: the file is not UTF-8 text (an inventory is a YAML text file)`);
  }
  return buffer.toString("utf8");
}

export {
  DEFAULT_MAX_FILE_BYTES,
  readInventory
};
