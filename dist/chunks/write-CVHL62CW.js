import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-O4XAVONC.js";
import {
  stripByteOrderMark
} from "./chunk-JI7ZIL3M.js";
import "./chunk-4UDDO77X.js";
import "./chunk-3NTWQZSC.js";

// src/fixes/write.ts
import { closeSync, fchmodSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
function codeOf(error) {
  return error instanceof Error && "code" in error ? String(error.code) : String(error);
}
function writeOne(fixed, cwd) {
  let target;
  let current;
  let mode;
  try {
    target = realpathSync(path.resolve(cwd, fixed.file));
    current = readFileSync(target, "utf8");
    mode = statSync(target).mode & 4095;
  } catch (error) {
    throw new UsageError(`cannot write the fixes to ${fixed.file}: ${codeOf(error)}`);
  }
  if (stripByteOrderMark(current) !== fixed.before) throw new UsageError(`${fixed.file} changed while it was being fixed; it was not written`);
  const bom = current.length > 0 && current.charCodeAt(0) === 65279 ? "\uFEFF" : "";
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.fix.tmp`);
  let descriptor;
  try {
    descriptor = openSync(temporary, "wx", mode);
    fchmodSync(descriptor, mode);
    const bytes = Buffer.from(bom + fixed.after, "utf8");
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(descriptor, bytes, offset);
    closeSync(descriptor);
    descriptor = void 0;
    renameSync(temporary, target);
  } catch (error) {
    if (descriptor !== void 0) {
      try {
        closeSync(descriptor);
      } catch {
      }
    }
    rmSync(temporary, { force: true });
    throw new UsageError(`cannot write the fixes to ${fixed.file}: ${codeOf(error)}`);
  }
}
function writeFixedFiles(files, cwd) {
  const written = [];
  for (const fixed of files) {
    try {
      writeOne(fixed, cwd);
    } catch (error) {
      if (error instanceof UsageError && written.length > 0) throw new UsageError(`${error.message} (fixed before it: ${written.join(", ")})`);
      throw error;
    }
    written.push(fixed.file);
  }
}
export {
  writeFixedFiles
};
