/**
 * Looks for the documents an inventory points to (SPEC §2.1 document-missing) for the engine,
 * which never touches the file system itself. A document is only looked for, never opened or
 * read, and only inside the repository: an absolute path, a path that climbs out of it or a
 * symbolic link that leads out of it is answered `outside` without following it further.
 */
import path from 'node:path';
import type { DocumentState } from '../core/document.js';
import { type Folder, isAbsoluteOrUrl, Repository } from './repository.js';

/**
 * The documents of every inventory of one run. Each distinct resolved path is looked up once (one
 * `realpath`), however many fields and inventories name it and however they spell it: a record of
 * ten thousand activities sharing one DPIA costs one look.
 */
export class DocumentReader {
  private readonly states = new Map<string, DocumentState>();
  private readonly repository: Repository;

  /** @param cwd the folder being checked: the boundary for inventories outside any git work tree */
  constructor(private readonly cwd: string) {
    this.repository = new Repository(cwd);
  }

  /**
   * The engine's `documents` option: a document path as written in an inventory, and the
   * inventory's file name as given to the engine (absolute, or relative to the working directory).
   */
  readonly provide = (documentPath: string, inventory: string): DocumentState => this.look(this.folderOf(inventory), documentPath);

  /** Each inventory's folder, resolved once: a record names thousands of documents. */
  private readonly folders = new Map<string, Folder>();

  private folderOf(inventory: string): Folder {
    let folder = this.folders.get(inventory);
    if (folder === undefined) this.folders.set(inventory, (folder = this.repository.folder(path.dirname(path.resolve(this.cwd, inventory)))));
    return folder;
  }

  private look(folder: Folder, written: string): DocumentState {
    // Records are written on Windows too: `docs\dpia\x.md` names the same file, and `..\` climbs as `../` does.
    const portable = written.trim().replace(/\\/g, '/');
    if (isAbsoluteOrUrl(portable)) return { status: 'outside', reason: 'absolute' };
    const resolved = path.resolve(folder.real, portable);
    const key = `${folder.root}\u0000${resolved}`;
    const cached = this.states.get(key);
    if (cached) return cached;
    const state = this.stateOf(folder, resolved);
    this.states.set(key, state);
    return state;
  }

  private stateOf(folder: Folder, resolved: string): DocumentState {
    const place = this.repository.place(folder, resolved);
    if (!('problem' in place)) return { status: 'present' };
    switch (place.problem) {
      case 'missing':
        return { status: 'missing' };
      case 'outside':
        return { status: 'outside', reason: place.via, boundary: folder.boundary };
      case 'unreadable':
        return { status: 'unchecked', detail: place.detail };
      case 'absolute':
        return { status: 'outside', reason: 'absolute' };
    }
  }
}
