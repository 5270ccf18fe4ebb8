import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-O4XAVONC.js";

// src/workspace/files.ts
import { existsSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var DEFAULT_PATTERNS = ["**/ropa.yaml", "**/*.ropa.yaml"];
var IGNORED = ["**/node_modules/**", "**/.git/**"];
var loadGlobber = () => import("./dist-W76IOH6E.js");
function displayPath(file, cwd) {
  const relative = relativeInside(file, cwd);
  if (relative === "") return ".";
  return (relative ?? file).split(path.sep).join("/");
}
function relativeInside(file, folder) {
  const relative = path.relative(folder, file);
  return relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative) ? void 0 : relative;
}
function isInside(file, folder) {
  return relativeInside(file, folder) !== void 0;
}
async function expand(patterns, root, cwd) {
  if (!existsSync(root)) return [];
  const { glob } = await loadGlobber();
  const found = await glob(patterns, { cwd: root, absolute: true, onlyFiles: true, dot: false, ignore: IGNORED, followSymbolicLinks: true, expandDirectories: false });
  const realRoot = realpathSync(root);
  const seen = /* @__PURE__ */ new Set();
  return found.flatMap((match) => {
    const file = path.resolve(match);
    let real;
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
function splitGlob(arg, cwd, isDynamicPattern) {
  const segments = arg.split("/");
  const firstDynamic = segments.findIndex((segment) => isDynamicPattern(segment));
  const prefix = segments.slice(0, firstDynamic).join("/");
  return { root: path.resolve(cwd, prefix || "."), pattern: segments.slice(firstDynamic).join("/") };
}
function checkConfinedPattern(pattern, origin) {
  if (path.isAbsolute(pattern) || /^[a-zA-Z]:/.test(pattern)) throw new UsageError(`${origin}: the pattern ${pattern} is absolute; use a path relative to the config's folder`);
  if (pattern.split(/[\\/]/).includes("..")) throw new UsageError(`${origin}: the pattern ${pattern} leaves the config's folder (..); patterns must stay inside it`);
}
async function findInventories(args, cwd, configPatterns) {
  const files = /* @__PURE__ */ new Set();
  if (args.length === 0) {
    const patterns = configPatterns?.patterns ?? DEFAULT_PATTERNS;
    const base = configPatterns?.base ?? cwd;
    for (const pattern of configPatterns?.patterns ?? []) checkConfinedPattern(pattern, "the config's inventory");
    for (const file of await expand(patterns, base, cwd)) files.add(file);
    if (files.size === 0) {
      throw new UsageError(`no inventory found: nothing in ${displayPath(base, cwd)} matches ${patterns.join(" or ")}; name the files to check, e.g. ropa-lint privacy/ropa.yaml`);
    }
    return [...files].sort();
  }
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      stats = void 0;
    }
    if (stats?.isFile()) {
      files.add(absolute);
    } else if (stats?.isDirectory()) {
      if (/\.ya?ml$/i.test(arg)) throw new UsageError(`${arg} is a directory, not an inventory file`);
      const found = await expand(DEFAULT_PATTERNS, absolute, cwd);
      if (found.length === 0) throw new UsageError(`no inventory found in directory ${arg}: nothing matches ${DEFAULT_PATTERNS.join(" or ")}`);
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

export {
  DEFAULT_PATTERNS,
  displayPath,
  relativeInside,
  isInside,
  checkConfinedPattern,
  findInventories
};
