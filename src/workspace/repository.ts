/**
 * Where a path written in an inventory leads, confined to the repository: shared by the readers
 * of notices and of documents, so that both refuse the same paths for the same reasons. A path
 * is resolved against the inventory's folder; an absolute path, a path that climbs out of the
 * repository and a symbolic link that leads out of it are refused before anything is opened.
 */
import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { isInside } from './files.js';

/** `https://…`, `file:…`, `C:\…`: not a path relative to the inventory. */
export const SCHEME_OR_DRIVE = /^[a-z][a-z0-9+.-]*:/i;

/** An absolute path, a drive letter or a URL: not a path relative to the inventory, and never looked at. */
export function isAbsoluteOrUrl(written: string): boolean {
  return path.isAbsolute(written) || path.win32.isAbsolute(written) || SCHEME_OR_DRIVE.test(written);
}

/** What a path written in an inventory leads to, before anything at its end is opened. */
export type Place =
  /** The real path (symbolic links resolved) of an existing file or folder inside the repository. */
  | { real: string }
  | { problem: 'absolute' }
  | { problem: 'outside'; detail: string; via: 'path' | 'link' }
  | { problem: 'missing' }
  | { problem: 'unreadable'; detail: string };

export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

/** A file system error in words for a finding. */
export function describeError(error: unknown): string {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ELOOP') return 'a symbolic link loops';
  return code || 'unknown error';
}

/** The real path of `file`, or the path itself resolved when it cannot be resolved. */
export function realOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * The top of the git work tree holding `folder`: the nearest folder upwards with a `.git` entry
 * (a folder, or a file in worktrees and submodules), as git finds it, without starting git.
 */
export function workTreeTop(folder: string): string | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

/** Symbolic links followed at most, as the operating system does (ELOOP). */
const MAX_LINKS = 40;

/** What `lstat` found at a path: a symbolic link or not, nothing there (ENOENT, ENOTDIR), or an error that tells neither. */
type LinkState = 'link' | 'entry' | 'absent' | 'unknown';

/**
 * The looks at the file system of one run, each made once: a record naming thousands of documents
 * in a folder that does not exist (every purpose's `docs/lia/<id>.md`) looks at that folder once,
 * and at each document only when its folder exists.
 */
class Looks {
  private readonly states = new Map<string, LinkState>();
  private readonly reals = new Map<string, string | undefined>();
  /** Per root: whether a real path is inside it. The missing documents of one folder all ask of the same existing folder. */
  private readonly inside = new Map<string, Map<string, boolean>>();

  private isInside(real: string, root: string): boolean {
    let answers = this.inside.get(root);
    if (answers === undefined) this.inside.set(root, (answers = new Map()));
    let answer = answers.get(real);
    if (answer === undefined) answers.set(real, (answer = isInside(real, root)));
    return answer;
  }

  /** Whether `file` sits in a folder found to hold nothing: then it is absent too, without a look. */
  inAbsentFolder(file: string): boolean {
    const parent = path.dirname(file);
    return parent !== file && this.states.get(parent) === 'absent';
  }

  linkState(file: string): LinkState {
    let state = this.states.get(file);
    if (state !== undefined) return state;
    if (this.inAbsentFolder(file)) {
      state = 'absent';
    } else {
      try {
        state = lstatSync(file).isSymbolicLink() ? 'link' : 'entry';
      } catch (error) {
        const code = errorCode(error);
        state = code === 'ENOENT' || code === 'ENOTDIR' ? 'absent' : 'unknown';
      }
    }
    this.states.set(file, state);
    return state;
  }

  /** The real path of an existing entry, or undefined when it cannot be resolved (a dangling link). */
  real(file: string): string | undefined {
    if (this.reals.has(file)) return this.reals.get(file);
    let real: string | undefined;
    try {
      real = realpathSync.native(file);
    } catch {
      real = undefined;
    }
    this.reals.set(file, real);
    return real;
  }

  /**
   * Whether a path that does not resolve passes through a symbolic link that leads out of `root`:
   * a link to a folder elsewhere with no such file in it, or a dangling link to a path elsewhere.
   * Only asked for missing paths, so a file that exists costs one look.
   */
  linkLeadsOut(resolved: string, root: string, links = 0): boolean {
    if (links > MAX_LINKS) return false;
    const existing = this.entryAt(resolved);
    if (existing === undefined) return false;
    const real = this.real(existing);
    if (real !== undefined) return !this.isInside(real, root);
    if (this.linkState(existing) !== 'link') return false;
    // A dangling link: where it points, and the rest of the path below it.
    try {
      const next = path.resolve(realpathSync(path.dirname(existing)), readlinkSync(existing), path.relative(existing, resolved));
      return !isInside(next, root) || this.linkLeadsOut(next, root, links + 1);
    } catch {
      return false;
    }
  }

  /** The nearest path at or above `file` that lstat finds, or undefined when there is none. */
  private entryAt(file: string): string | undefined {
    for (let existing = file; ; ) {
      const state = this.linkState(existing);
      if (state === 'link' || state === 'entry') return existing;
      const parent = path.dirname(existing);
      if (parent === existing) return undefined;
      existing = parent;
    }
  }

  /**
   * Whether every path in `folder` leads to the same place: the folder holds nothing, and the
   * nearest entry above it resolves. (Past a dangling link, where a path leads depends on the rest
   * of it.)
   */
  sameForAllIn(folder: string): boolean {
    if (this.linkState(folder) !== 'absent') return false;
    const existing = this.entryAt(folder);
    return existing !== undefined && this.real(existing) !== undefined;
  }
}

/** An inventory's folder as the readers see it: its real path, and the repository it is in. */
export interface Folder {
  /** The folder's real path: relative paths are resolved against it. */
  real: string;
  /** The top of its git work tree; outside git, the folder being checked, or the folder itself when outside that (a real path). */
  root: string;
  /** What to call `root` in a message: "the repository", "the folder being checked" or "the inventory's folder". */
  boundary: string;
}

/** The repositories of one run: each inventory folder's real path and root are looked up once. */
export class Repository {
  private readonly folders = new Map<string, Folder>();
  private readonly looks = new Looks();
  /**
   * Per inventory folder, the place of the paths in each folder found absent, decided once for all
   * of them: a record naming thousands of documents in such folders (`docs/lia/<id>.md`) spent
   * most of document-missing's time resolving and looking up each one.
   */
  private readonly absent = new Map<Folder, Map<string, Place>>();

  /** @param cwd the folder being checked: the boundary for inventories outside any git work tree */
  constructor(private readonly cwd: string) {}

  /** The real path and repository of an inventory's folder (an absolute path). */
  folder(folder: string): Folder {
    const cached = this.folders.get(folder);
    if (cached !== undefined) return cached;
    const real = realOrSelf(folder);
    const top = workTreeTop(real);
    // Outside git nothing marks the project's top: the folder being checked bounds the inventories
    // inside it, and an inventory named from elsewhere (`ropa-lint /srv/x/ropa.yaml`) its own folder.
    const checked = realOrSelf(this.cwd);
    const found: Folder =
      top !== undefined
        ? { real, root: top, boundary: 'the repository' }
        : isInside(real, checked)
          ? { real, root: checked, boundary: 'the folder being checked' }
          : { real, root: real, boundary: "the inventory's folder" };
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
  resolve(folder: Folder, written: string): Place {
    if (isAbsoluteOrUrl(written)) return { problem: 'absolute' };
    return this.place(folder, path.resolve(folder.real, written));
  }

  /** The place of an already resolved absolute path inside `folder`'s repository. */
  place(folder: Folder, resolved: string): Place {
    const { root, boundary } = folder;
    const parent = path.dirname(resolved);
    const decided = this.absent.get(folder)?.get(parent);
    if (decided !== undefined) return decided;
    if (!isInside(resolved, root)) return { problem: 'outside', detail: `the path leads out of ${boundary}`, via: 'path' };
    if (this.looks.inAbsentFolder(resolved)) return this.missing(folder, resolved, parent);
    let real: string;
    try {
      // One system call, where the JavaScript realpath looks at every folder on the way.
      real = realpathSync.native(resolved);
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return { problem: 'unreadable', detail: describeError(error) };
      return this.missing(folder, resolved, parent);
    }
    if (!isInside(real, root)) return { problem: 'outside', detail: `a symbolic link leads out of ${boundary}`, via: 'link' };
    return { real };
  }

  /** The place of a path inside the repository that does not resolve, in `parent`. */
  private missing(folder: Folder, resolved: string, parent: string): Place {
    // Told apart from "missing", so that a record cannot learn whether a file outside the repository exists.
    const place: Place = this.looks.linkLeadsOut(resolved, folder.root) ? { problem: 'outside', detail: `a symbolic link leads out of ${folder.boundary}`, via: 'link' } : { problem: 'missing' };
    // The other paths in `parent` are inside the repository as this one is (unless this one is its root).
    if (resolved !== folder.root && this.looks.sameForAllIn(parent)) {
      let decided = this.absent.get(folder);
      if (decided === undefined) this.absent.set(folder, (decided = new Map()));
      decided.set(parent, place);
    }
    return place;
  }
}
