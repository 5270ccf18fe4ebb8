/**
 * Reads the privacy notices an inventory names (SPEC §3) for the engine, which never touches
 * the file system itself. A notice is read only from inside the repository: an absolute path,
 * a path that climbs out of it, or a symbolic link that leads out of it is refused, and the
 * refusal is handed to the rules as data (notice-missing reports it), never as a crash.
 */
import { readFileSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { type NoticeFile, type NoticeInput, parseNotice } from '../core/notice.js';
import { describeError, Repository } from './repository.js';

/**
 * A privacy notice larger than this is not read: no notice is that long, and Markdown parsers,
 * marked among them, take superlinear time on some hostile inputs.
 */
export const MAX_NOTICE_BYTES = 1024 * 1024;

/**
 * The notices of every inventory of one run. Each notice file is read and parsed once, however
 * many inventories name it; each folder's repository root is asked of git once.
 */
export class NoticeReader {
  private readonly files = new Map<string, NoticeFile>();
  private readonly repository: Repository;

  /**
   * @param cwd the folder being checked: the boundary for inventories outside any git work tree
   * @param maxBytes notices larger than this are not read
   */
  constructor(
    private readonly cwd: string,
    private readonly maxBytes = MAX_NOTICE_BYTES,
  ) {
    this.repository = new Repository(cwd);
  }

  /**
   * The engine's `notices` option: a notice path as written in an inventory, and the inventory's
   * file name as given to the engine (absolute, or relative to the working directory).
   */
  readonly provide = (noticePath: string, inventory: string): NoticeInput => this.read(path.dirname(path.resolve(this.cwd, inventory)), noticePath);

  /** The top of the git work tree holding `folder`, or the folder being checked outside git (a real path), and what to call it. */
  repositoryRoot(folder: string): { root: string; boundary: string } {
    const { root, boundary } = this.repository.folder(folder);
    return { root, boundary };
  }

  private read(folder: string, noticePath: string): NoticeFile {
    const place = this.repository.resolve(this.repository.folder(folder), noticePath);
    if ('problem' in place) return place.problem === 'outside' ? { problem: 'outside', detail: place.detail } : place;
    const { real } = place;
    const cached = this.files.get(real);
    if (cached) return cached;
    const file = this.load(real);
    this.files.set(real, file);
    return file;
  }

  private load(real: string): NoticeFile {
    let buffer: Buffer;
    try {
      const stats = statSync(real);
      if (!stats.isFile()) return { problem: 'unreadable', detail: stats.isDirectory() ? 'it is a folder' : 'it is not a regular file' };
      if (stats.size > this.maxBytes) return { problem: 'unreadable', detail: `it is larger than ${formatSize(this.maxBytes)}` };
      buffer = readFileSync(real);
    } catch (error) {
      return { problem: 'unreadable', detail: describeError(error) };
    }
    if (!isUtf8(buffer)) return { problem: 'unreadable', detail: 'it is not UTF-8 text' };
    return { notice: parseNotice(buffer.toString('utf8').replace(/^\uFEFF/, '')) };
  }
}

function formatSize(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(0)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
