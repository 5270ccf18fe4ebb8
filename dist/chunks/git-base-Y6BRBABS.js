import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  displayPath
} from "./chunk-63EBFJGH.js";
import {
  UsageError
} from "./chunk-O4XAVONC.js";
import "./chunk-3NTWQZSC.js";

// src/workspace/git-base.ts
import { isUtf8 } from "node:buffer";
import { execFile } from "node:child_process";
import { realpathSync } from "node:fs";
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
async function readInventoriesAtBase(ref, files, cwd, options) {
  if (ref === "" || ref.startsWith("-") || /[\u0000-\u001f\u007f]/.test(ref)) throw new UsageError(`--base needs a git ref such as main or a commit sha, not ${JSON.stringify(ref)}`);
  let top;
  try {
    top = (await git(["rev-parse", "--show-toplevel"], cwd)).toString("utf8").trim();
  } catch (failure) {
    const { code, stderr } = failure;
    if (code === "ENOENT") throw new UsageError("--base needs git, and git was not found on the PATH");
    if (/not a git repository/i.test(stderr)) throw new UsageError(`--base ${ref}: ${cwd} is not inside a git repository`);
    throw new UsageError(`--base ${ref}: ${firstLine(stderr)}`);
  }
  let commit;
  try {
    commit = (await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], top)).toString("utf8").trim();
  } catch {
    throw new UsageError(`--base ${ref}: no commit by that name in this repository (in a shallow clone, fetch it first: git fetch --depth=1 origin ${ref})`);
  }
  const root = realpathSync(top);
  const wanted = [];
  for (const file of files) {
    const relative = path.relative(root, realpathSync(file));
    if (relative.startsWith("..") || path.isAbsolute(relative)) throw new UsageError(`--base ${ref}: ${displayPath(file, cwd)} is outside the git repository ${top}`);
    wanted.push({ name: toPosix(relative), file });
  }
  const here = toPosix(path.relative(root, realpathSync(cwd)));
  const prefix = here === "" || here.startsWith("..") ? "" : `${here}/`;
  const scope = options.discover ? prefix === "" ? [] : [prefix] : wanted.map((entry) => entry.name);
  const tree = /* @__PURE__ */ new Map();
  let listing;
  try {
    listing = (await git(["--literal-pathspecs", "ls-tree", "-r", "-l", "-z", "--full-name", commit, "--", ...scope], top)).toString("utf8");
  } catch (failure) {
    throw new UsageError(`--base ${ref}: cannot list the files of the commit: ${firstLine(failure.stderr)}`);
  }
  for (const entry of listing.split("\0")) {
    const tab = entry.indexOf("	");
    if (tab === -1) continue;
    const [mode = "", type = "", , size = ""] = entry.slice(0, tab).split(/ +/);
    tree.set(entry.slice(tab + 1), { mode, type, size: Number(size) });
  }
  if (options.discover) {
    const named = new Set(wanted.map((entry) => entry.name));
    for (const name of [...tree.keys()].sort()) {
      if (named.has(name) || !name.startsWith(prefix) || !matchesDefaultPatterns(name.slice(prefix.length))) continue;
      wanted.push({ name, file: path.join(cwd, ...name.slice(prefix.length).split("/")) });
    }
  }
  const found = [];
  for (const { name, file } of wanted) {
    const entry = tree.get(name);
    if (!entry || entry.type !== "blob" || !entry.mode.startsWith("100")) continue;
    const shown = `${displayPath(file, cwd)} at ${ref}`;
    if (entry.size > options.maxBytes) {
      throw new UsageError(`${shown}: the file is ${(entry.size / 1048576).toFixed(1)} MB, above the limit of ${(options.maxBytes / 1048576).toFixed(0)} MB (raise it with --max-file-size)`);
    }
    let buffer;
    try {
      buffer = await git(["show", `${commit}:${name}`], top, entry.size + 1024);
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
