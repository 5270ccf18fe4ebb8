/**
 * `--base REF`: the inventories as they were at a git ref. Git runs through execFile (no
 * shell), with the ref checked first, so a ref can never be read as an option or a command.
 */
import { isUtf8 } from 'node:buffer';
import { execFile } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { displayPath, relativeInside } from './files.js';
import { workTreeTop } from './repository.js';
import { UsageError } from './usage-error.js';

/** An inventory at the base: where it is (or was) in the working tree, and its text then. */
export interface BaseFile {
  file: string;
  text: string;
}

export interface BaseOptions {
  /** Also read the inventories the default patterns find at the base (deleted or renamed since). */
  discover: boolean;
  maxBytes: number;
}

interface GitFailure {
  code: number | string | undefined;
  stderr: string;
}

function git(args: string[], cwd: string, maxBuffer = 64 * 1024 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer, windowsHide: true }, (error, stdout, stderr) => {
      if (error) reject({ code: (error as NodeJS.ErrnoException).code, stderr: stderr.toString('utf8') } satisfies GitFailure);
      else resolve(stdout);
    });
  });
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'git failed';
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/** Inventories the default patterns (`**\/ropa.yaml`, `**\/*.ropa.yaml`) would find under `prefix`. */
function matchesDefaultPatterns(relative: string): boolean {
  const segments = relative.split('/');
  const name = segments[segments.length - 1]!;
  if (segments.some((segment) => segment.startsWith('.') || segment === 'node_modules')) return false;
  return name === 'ropa.yaml' || (name.endsWith('.ropa.yaml') && name.length > '.ropa.yaml'.length);
}

/** A real path for a file that may not exist (standard input named by `--stdin-filename`). */
function realPathOf(file: string): string {
  const missing: string[] = [];
  for (let current = path.resolve(file); ; current = path.dirname(current)) {
    try {
      return path.join(realpathSync(current), ...missing.reverse());
    } catch {
      if (path.dirname(current) === current) return path.resolve(file);
      missing.push(path.basename(current));
    }
  }
}

/** The nearest existing folder at or above `folder`: git needs one to start in. */
function existingFolder(folder: string): string {
  let current = folder;
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

/** One git repository of the run, and the inventories that live in it. */
interface RepositoryFiles {
  /** The real path of the work tree's top. */
  root: string;
  /** Each inventory by its path in the repository (forward slashes), and its file as linted. */
  wanted: { name: string; file: string }[];
}

/**
 * Groups the inventories by the repository that holds each one, found from the inventory's own
 * folder: a run from another folder, or over two repositories, reads each at its own ref.
 */
async function repositoriesOf(ref: string, files: readonly string[], cwd: string): Promise<RepositoryFiles[]> {
  // Git is asked once per work tree, found by its `.git` entry: a thousand inventories in a
  // thousand folders of one repository start git once, not a thousand times.
  const byTop = new Map<string, string>();
  const byRoot = new Map<string, RepositoryFiles>();
  for (const file of files) {
    // A symlink is read where it points, as it is linted: its repository is the target's.
    const real = realPathOf(file);
    const folder = existingFolder(path.dirname(real));
    const top = workTreeTop(folder) ?? folder;
    let root = byTop.get(top);
    if (root === undefined) {
      try {
        root = realPathOf((await git(['rev-parse', '--show-toplevel'], top)).toString('utf8').trim());
      } catch (failure) {
        const { code, stderr } = failure as GitFailure;
        if (code === 'ENOENT') throw new UsageError('--base needs git, and git was not found on the PATH');
        if (/not a git repository/i.test(stderr)) throw new UsageError(`--base ${ref}: ${displayPath(file, cwd)} is not inside a git repository`);
        throw new UsageError(`--base ${ref}: ${firstLine(stderr)}`);
      }
      byTop.set(top, root);
    }
    const relative = relativeInside(real, root);
    if (relative === undefined) throw new UsageError(`--base ${ref}: ${displayPath(file, cwd)} is outside the git repository ${root}`);
    let repository = byRoot.get(root);
    if (repository === undefined) {
      repository = { root, wanted: [] };
      byRoot.set(root, repository);
    }
    repository.wanted.push({ name: toPosix(relative), file });
  }
  return [...byRoot.values()];
}

/**
 * Where `discover` looks in a repository, as a path prefix inside it, and the folder that prefix
 * is in the working directory's spelling: the working directory when it is inside the
 * repository, the repository's top when that is below the working directory.
 */
function discoveryScope(root: string, cwd: string): { prefix: string; folder: string } | undefined {
  const realCwd = realPathOf(cwd);
  const here = relativeInside(realCwd, root);
  if (here === '') return { prefix: '', folder: cwd };
  if (here !== undefined) return { prefix: `${toPosix(here)}/`, folder: cwd };
  const below = relativeInside(root, realCwd);
  if (below !== undefined) return { prefix: '', folder: path.join(cwd, below) };
  return undefined;
}

/**
 * Reads each inventory at `ref`, in the repository that holds it (its path relative to that
 * repository's root). An inventory that did not exist at the ref is left out: it is entirely
 * new. With `discover`, inventories that match the default patterns at the ref (below the
 * working directory) are read too, so that a purpose in a file deleted or renamed since is
 * still found.
 */
export async function readInventoriesAtBase(ref: string, files: readonly string[], cwd: string, options: BaseOptions): Promise<BaseFile[]> {
  if (ref === '' || ref.startsWith('-') || /[\u0000-\u001f\u007f]/.test(ref)) throw new UsageError(`--base needs a git ref such as main or a commit sha, not ${JSON.stringify(ref)}`);
  const found: BaseFile[] = [];
  for (const repository of await repositoriesOf(ref, files, cwd)) found.push(...(await readAtBase(ref, repository, cwd, options)));
  return found;
}

async function readAtBase(ref: string, { root, wanted }: RepositoryFiles, cwd: string, options: BaseOptions): Promise<BaseFile[]> {
  let commit: string;
  try {
    commit = (await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root)).toString('utf8').trim();
  } catch {
    const which = relativeInside(realPathOf(cwd), root) === undefined ? `the repository ${displayPath(root, cwd)}` : 'this repository';
    throw new UsageError(`--base ${ref}: no commit by that name in ${which} (in a shallow clone, fetch it first: git fetch --depth=1 origin ${ref})`);
  }

  const scope = options.discover ? discoveryScope(root, cwd) : undefined;
  // The files of the base commit that can matter, with mode, type and size: one listing, not one lookup per inventory.
  const pathspecs = scope !== undefined ? (scope.prefix === '' ? [] : [scope.prefix]) : wanted.map((entry) => entry.name);
  const tree = new Map<string, { mode: string; type: string; size: number }>();
  let listing: string;
  try {
    listing = (await git(['--literal-pathspecs', 'ls-tree', '-r', '-l', '-z', '--full-name', commit, '--', ...pathspecs], root)).toString('utf8');
  } catch (failure) {
    throw new UsageError(`--base ${ref}: cannot list the files of the commit: ${firstLine((failure as GitFailure).stderr)}`);
  }
  for (const entry of listing.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab === -1) continue;
    const [mode = '', type = '', , size = ''] = entry.slice(0, tab).split(/ +/);
    tree.set(entry.slice(tab + 1), { mode, type, size: Number(size) });
  }

  const all = [...wanted];
  if (scope !== undefined) {
    const named = new Set(wanted.map((entry) => entry.name));
    for (const name of [...tree.keys()].sort()) {
      if (named.has(name) || !name.startsWith(scope.prefix) || !matchesDefaultPatterns(name.slice(scope.prefix.length))) continue;
      all.push({ name, file: path.join(scope.folder, ...name.slice(scope.prefix.length).split('/')) });
    }
  }

  const found: BaseFile[] = [];
  for (const { name, file } of all) {
    const entry = tree.get(name);
    // Absent, or not a regular file (a symlink, a submodule): entirely new.
    if (!entry || entry.type !== 'blob' || !entry.mode.startsWith('100')) continue;
    const shown = `${displayPath(file, cwd)} at ${ref}`;
    if (entry.size > options.maxBytes) {
      throw new UsageError(`${shown}: the file is ${(entry.size / 1048576).toFixed(1)} MB, above the limit of ${(options.maxBytes / 1048576).toFixed(0)} MB (raise it with --max-file-size)`);
    }
    let buffer: Buffer;
    try {
      buffer = await git(['show', `${commit}:${name}`], root, entry.size + 1024);
    } catch (failure) {
      throw new UsageError(`cannot read ${shown}: ${firstLine((failure as GitFailure).stderr)}`);
    }
    if (!isUtf8(buffer)) throw new UsageError(`${shown}: the file is not UTF-8 text (an inventory is a YAML text file)`);
    found.push({ file, text: buffer.toString('utf8') });
  }
  return found;
}
