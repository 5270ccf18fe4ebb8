import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  isInside
} from "./chunk-MYM53UIW.js";

// src/workspace/repository.ts
import { existsSync, lstatSync, readlinkSync, realpathSync } from "node:fs";
import path from "node:path";
var SCHEME_OR_DRIVE = /^[a-z][a-z0-9+.-]*:/i;
function isAbsoluteOrUrl(written) {
  return path.isAbsolute(written) || path.win32.isAbsolute(written) || SCHEME_OR_DRIVE.test(written);
}
function errorCode(error) {
  return error instanceof Error && "code" in error ? String(error.code) : "";
}
function describeError(error) {
  const code = errorCode(error);
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a folder";
  if (code === "ELOOP") return "a symbolic link loops";
  return code || "unknown error";
}
function realOrSelf(file) {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
function workTreeTop(folder) {
  for (let current = folder; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, ".git"))) return current;
    if (path.dirname(current) === current) return void 0;
  }
}
var MAX_LINKS = 40;
var Looks = class {
  states = /* @__PURE__ */ new Map();
  reals = /* @__PURE__ */ new Map();
  /** Per root: whether a real path is inside it. The missing documents of one folder all ask of the same existing folder. */
  inside = /* @__PURE__ */ new Map();
  isInside(real, root) {
    let answers = this.inside.get(root);
    if (answers === void 0) this.inside.set(root, answers = /* @__PURE__ */ new Map());
    let answer = answers.get(real);
    if (answer === void 0) answers.set(real, answer = isInside(real, root));
    return answer;
  }
  /** Whether `file` sits in a folder found to hold nothing: then it is absent too, without a look. */
  inAbsentFolder(file) {
    const parent = path.dirname(file);
    return parent !== file && this.states.get(parent) === "absent";
  }
  linkState(file) {
    let state = this.states.get(file);
    if (state !== void 0) return state;
    if (this.inAbsentFolder(file)) {
      state = "absent";
    } else {
      try {
        state = lstatSync(file).isSymbolicLink() ? "link" : "entry";
      } catch (error) {
        const code = errorCode(error);
        state = code === "ENOENT" || code === "ENOTDIR" ? "absent" : "unknown";
      }
    }
    this.states.set(file, state);
    return state;
  }
  /** The real path of an existing entry, or undefined when it cannot be resolved (a dangling link). */
  real(file) {
    if (this.reals.has(file)) return this.reals.get(file);
    let real;
    try {
      real = realpathSync.native(file);
    } catch {
      real = void 0;
    }
    this.reals.set(file, real);
    return real;
  }
  /**
   * Whether a path that does not resolve passes through a symbolic link that leads out of `root`:
   * a link to a folder elsewhere with no such file in it, or a dangling link to a path elsewhere.
   * Only asked for missing paths, so a file that exists costs one look.
   */
  linkLeadsOut(resolved, root, links = 0) {
    if (links > MAX_LINKS) return false;
    const existing = this.entryAt(resolved);
    if (existing === void 0) return false;
    const real = this.real(existing);
    if (real !== void 0) return !this.isInside(real, root);
    if (this.linkState(existing) !== "link") return false;
    try {
      const next = path.resolve(realpathSync(path.dirname(existing)), readlinkSync(existing), path.relative(existing, resolved));
      return !isInside(next, root) || this.linkLeadsOut(next, root, links + 1);
    } catch {
      return false;
    }
  }
  /** The nearest path at or above `file` that lstat finds, or undefined when there is none. */
  entryAt(file) {
    for (let existing = file; ; ) {
      const state = this.linkState(existing);
      if (state === "link" || state === "entry") return existing;
      const parent = path.dirname(existing);
      if (parent === existing) return void 0;
      existing = parent;
    }
  }
  /**
   * Whether every path in `folder` leads to the same place: the folder holds nothing, and the
   * nearest entry above it resolves. (Past a dangling link, where a path leads depends on the rest
   * of it.)
   */
  sameForAllIn(folder) {
    if (this.linkState(folder) !== "absent") return false;
    const existing = this.entryAt(folder);
    return existing !== void 0 && this.real(existing) !== void 0;
  }
};
var Repository = class {
  /** @param cwd the folder being checked: the boundary for inventories outside any git work tree */
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  folders = /* @__PURE__ */ new Map();
  looks = new Looks();
  /**
   * Per inventory folder, the place of the paths in each folder found absent, decided once for all
   * of them: a record naming thousands of documents in such folders (`docs/lia/<id>.md`) spent
   * most of document-missing's time resolving and looking up each one.
   */
  absent = /* @__PURE__ */ new Map();
  /** The real path and repository of an inventory's folder (an absolute path). */
  folder(folder) {
    const cached = this.folders.get(folder);
    if (cached !== void 0) return cached;
    const real = realOrSelf(folder);
    const top = workTreeTop(real);
    const checked = realOrSelf(this.cwd);
    const found = top !== void 0 ? { real, root: top, boundary: "the repository" } : isInside(real, checked) ? { real, root: checked, boundary: "the folder being checked" } : { real, root: real, boundary: "the inventory's folder" };
    this.folders.set(folder, found);
    return found;
  }
  /**
   * Where `written`, as written in an inventory in `folder`, leads: refused when it is absolute
   * or a URL, or leads out of the repository by `..` or by a symbolic link; otherwise its real
   * path. For a path that exists, one `realpath` call is the only look at the file system (after
   * the folder's, cached); a missing one costs one `lstat` more, to tell a link that leads out
   * from it, and one in a folder already found absent none.
   */
  resolve(folder, written) {
    if (isAbsoluteOrUrl(written)) return { problem: "absolute" };
    return this.place(folder, path.resolve(folder.real, written));
  }
  /** The place of an already resolved absolute path inside `folder`'s repository. */
  place(folder, resolved) {
    const { root, boundary } = folder;
    const parent = path.dirname(resolved);
    const decided = this.absent.get(folder)?.get(parent);
    if (decided !== void 0) return decided;
    if (!isInside(resolved, root)) return { problem: "outside", detail: `the path leads out of ${boundary}`, via: "path" };
    if (this.looks.inAbsentFolder(resolved)) return this.missing(folder, resolved, parent);
    let real;
    try {
      real = realpathSync.native(resolved);
    } catch (error) {
      const code = errorCode(error);
      if (code !== "ENOENT" && code !== "ENOTDIR") return { problem: "unreadable", detail: describeError(error) };
      return this.missing(folder, resolved, parent);
    }
    if (!isInside(real, root)) return { problem: "outside", detail: `a symbolic link leads out of ${boundary}`, via: "link" };
    return { real };
  }
  /** The place of a path inside the repository that does not resolve, in `parent`. */
  missing(folder, resolved, parent) {
    const place = this.looks.linkLeadsOut(resolved, folder.root) ? { problem: "outside", detail: `a symbolic link leads out of ${folder.boundary}`, via: "link" } : { problem: "missing" };
    if (resolved !== folder.root && this.looks.sameForAllIn(parent)) {
      let decided = this.absent.get(folder);
      if (decided === void 0) this.absent.set(folder, decided = /* @__PURE__ */ new Map());
      decided.set(parent, place);
    }
    return place;
  }
};

export {
  isAbsoluteOrUrl,
  describeError,
  workTreeTop,
  Repository
};
