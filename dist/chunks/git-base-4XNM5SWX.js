import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  workTreeTop
} from "./chunk-VBO3UMEZ.js";
import {
  displayPath,
  relativeInside
} from "./chunk-MYM53UIW.js";
import {
  UsageError
} from "./chunk-O4XAVONC.js";
import "./chunk-3NTWQZSC.js";

// src/workspace/git-base.ts
import { isUtf8 } from "node:buffer";
import { execFile } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
function git(args, cwd, maxBuffer = 64 * 1024 * 1024) {
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd, encoding: "buffer", maxBuffer, windowsHide: true }, (error, stdout, stderr) => {
      if (error) reject({ code: error.code, stderr: stderr.toString("utf8") });
      else resolve(stdout);
    });
  });
}
function firstLine(text) {
  return text.split("\n").find((line) => line.trim() !== "")?.trim() ?? "git failed";
}
function toPosix(file) {
  return file.split(path.sep).join("/");
}
function matchesDefaultPatterns(relative) {
  const segments = relative.split("/");
  const name = segments[segments.length - 1];
  if (segments.some((segment) => segment.startsWith(".") || segment === "node_modules")) return false;
  return name === "ropa.yaml" || name.endsWith(".ropa.yaml") && name.length > ".ropa.yaml".length;
}
function realPathOf(file) {
  const missing = [];
  for (let current = path.resolve(file); ; current = path.dirname(current)) {
    try {
      return path.join(realpathSync(current), ...missing.reverse());
    } catch {
      if (path.dirname(current) === current) return path.resolve(file);
      missing.push(path.basename(current));
    }
  }
}
function existingFolder(folder) {
  let current = folder;
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}
async function repositoriesOf(ref, files, cwd) {
  const byTop = /* @__PURE__ */ new Map();
  const byRoot = /* @__PURE__ */ new Map();
  for (const file of files) {
    const real = realPathOf(file);
    const folder = existingFolder(path.dirname(real));
    const top = workTreeTop(folder) ?? folder;
    let root = byTop.get(top);
    if (root === void 0) {
      try {
        root = realPathOf((await git(["rev-parse", "--show-toplevel"], top)).toString("utf8").trim());
      } catch (failure) {
        const { code, stderr } = failure;
        if (code === "ENOENT") throw new UsageError("--base needs git, and git was not found on the PATH");
        if (/not a git repository/i.test(stderr)) throw new UsageError(`--base ${ref}: ${displayPath(file, cwd)} is not inside a git repository`);
        throw new UsageError(`--base ${ref}: ${firstLine(stderr)}`);
      }
      byTop.set(top, root);
    }
    const relative = relativeInside(real, root);
    if (relative === void 0) throw new UsageError(`--base ${ref}: ${displayPath(file, cwd)} is outside the git repository ${root}`);
    let repository = byRoot.get(root);
    if (repository === void 0) {
      repository = { root, wanted: [] };
      byRoot.set(root, repository);
    }
    repository.wanted.push({ name: toPosix(relative), file });
  }
  return [...byRoot.values()];
}
function discoveryScope(root, cwd) {
  const realCwd = realPathOf(cwd);
  const here = relativeInside(realCwd, root);
  if (here === "") return { prefix: "", folder: cwd };
  if (here !== void 0) return { prefix: `${toPosix(here)}/`, folder: cwd };
  const below = relativeInside(root, realCwd);
  if (below !== void 0) return { prefix: "", folder: path.join(cwd, below) };
  return void 0;
}
async function readInventoriesAtBase(ref, files, cwd, options) {
  if (ref === "" || ref.startsWith("-") || /[\u0000-\u001f\u007f]/.test(ref)) throw new UsageError(`--base needs a git ref such as main or a commit sha, not ${JSON.stringify(ref)}`);
  const found = [];
  for (const repository of await repositoriesOf(ref, files, cwd)) found.push(...await readAtBase(ref, repository, cwd, options));
  return found;
}
async function readAtBase(ref, { root, wanted }, cwd, options) {
  let commit;
  try {
    commit = (await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], root)).toString("utf8").trim();
  } catch {
    const which = relativeInside(realPathOf(cwd), root) === void 0 ? `the repository ${displayPath(root, cwd)}` : "this repository";
    throw new UsageError(`--base ${ref}: no commit by that name in ${which} (in a shallow clone, fetch it first: git fetch --depth=1 origin ${ref})`);
  }
  const scope = options.discover ? discoveryScope(root, cwd) : void 0;
  const pathspecs = scope !== void 0 ? scope.prefix === "" ? [] : [scope.prefix] : wanted.map((entry) => entry.name);
  const tree = /* @__PURE__ */ new Map();
  let listing;
  try {
    listing = (await git(["--literal-pathspecs", "ls-tree", "-r", "-l", "-z", "--full-name", commit, "--", ...pathspecs], root)).toString("utf8");
  } catch (failure) {
    throw new UsageError(`--base ${ref}: cannot list the files of the commit: ${firstLine(failure.stderr)}`);
  }
  for (const entry of listing.split("\0")) {
    const tab = entry.indexOf("	");
    if (tab === -1) continue;
    const [mode = "", type = "", , size = ""] = entry.slice(0, tab).split(/ +/);
    tree.set(entry.slice(tab + 1), { mode, type, size: Number(size) });
  }
  const all = [...wanted];
  if (scope !== void 0) {
    const named = new Set(wanted.map((entry) => entry.name));
    for (const name of [...tree.keys()].sort()) {
      if (named.has(name) || !name.startsWith(scope.prefix) || !matchesDefaultPatterns(name.slice(scope.prefix.length))) continue;
      all.push({ name, file: path.join(scope.folder, ...name.slice(scope.prefix.length).split("/")) });
    }
  }
  const found = [];
  for (const { name, file } of all) {
    const entry = tree.get(name);
    if (!entry || entry.type !== "blob" || !entry.mode.startsWith("100")) continue;
    const shown = `${displayPath(file, cwd)} at ${ref}`;
    if (entry.size > options.maxBytes) {
      throw new UsageError(`${shown}: the file is ${(entry.size / 1048576).toFixed(1)} MB, above the limit of ${(options.maxBytes / 1048576).toFixed(0)} MB (raise it with --max-file-size)`);
    }
    let buffer;
    try {
      buffer = await git(["show", `${commit}:${name}`], root, entry.size + 1024);
    } catch (failure) {
      throw new UsageError(`cannot read ${shown}: ${firstLine(failure.stderr)}`);
    }
    if (!isUtf8(buffer)) throw new UsageError(`${shown}: the file is not UTF-8 text (an inventory is a YAML text file)`);
    found.push({ file, text: buffer.toString("utf8") });
  }
  return found;
}
export {
  readInventoriesAtBase
};
