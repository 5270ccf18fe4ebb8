import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  displayPath
} from "./chunk-MYM53UIW.js";
import {
  UsageError
} from "./chunk-O4XAVONC.js";
import {
  suggestClosest
} from "./chunk-IFVXAW5K.js";

// src/workspace/write-file.ts
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, renameSync, rmdirSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
function nearestExisting(folder) {
  let current = folder;
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}
function checkWritable(file, cwd) {
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
function makeFolders(folder) {
  const first = mkdirSync(folder, { recursive: true });
  if (first === void 0) return [];
  const made = [];
  for (let current = folder; ; current = path.dirname(current)) {
    made.push(current);
    if (current === first || path.dirname(current) === current) return made;
  }
}
function writeFileAtomically(file, cwd, content) {
  const target = path.resolve(cwd, file);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let descriptor;
  let made = [];
  try {
    made = makeFolders(path.dirname(target));
    descriptor = openSync(temporary, "wx");
    for (const piece of typeof content === "string" || content instanceof Uint8Array ? [content] : content) writeAll(descriptor, piece);
    closeSync(descriptor);
    descriptor = void 0;
    renameSync(temporary, target);
  } catch (error) {
    if (descriptor !== void 0) closeQuietly(descriptor);
    rmSync(temporary, { force: true });
    for (const folder of made) if (!removeEmptyFolder(folder)) break;
    const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new UsageError(`cannot write ${file}: ${reason}`);
  }
}
function writeAll(descriptor, piece) {
  const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(descriptor, bytes, offset);
}
function removeEmptyFolder(folder) {
  try {
    rmdirSync(folder);
    return true;
  } catch {
    return false;
  }
}
function closeQuietly(descriptor) {
  try {
    closeSync(descriptor);
  } catch {
  }
}

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(argv, options, command) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const help = `see ropa-lint ${command === void 0 ? "" : `${command} `}--help`;
    const flag = /'(-{1,2}[^' ]+)'/.exec(message)?.[1];
    if (flag && /Unknown option/.test(message)) {
      const suggestion = suggestClosest(flag.replace(/^-+/, ""), Object.keys(options));
      throw new UsageError(`unknown option ${flag}${command === void 0 ? "" : ` for ${command}`}${suggestion ? ` (did you mean --${suggestion}?)` : ""}; ${help}`);
    }
    throw new UsageError(`${command === void 0 ? "" : `${command}: `}${message.replace(/\.$/, "")}; ${help}`);
  }
}

export {
  checkWritable,
  writeFileAtomically,
  parseCommandArgs
};
