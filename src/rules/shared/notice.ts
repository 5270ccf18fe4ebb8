/**
 * The privacy notices of an inventory as the notice rules read them: each `notice` entry with
 * the file the caller found for it. Shared so that the three notice rules agree on what was read.
 */
import { type NoticeEntry, type NoticeFile, noticeEntries, type ParsedNotice } from '../../core/notice.js';
import type { RuleContext } from '../../core/rule.js';

export interface NoticeRead {
  entry: NoticeEntry;
  file: NoticeFile;
}

/** Every `notice` entry with what was found for it; undefined when the caller did not read notices. */
export function readNotices(context: RuleContext): NoticeRead[] | undefined {
  const lookup = context.notices;
  if (!lookup) return undefined;
  return noticeEntries(context.model.root).map((entry) => ({ entry, file: lookup(entry.path) }));
}

/** The notices that were read, with their parsed text. */
export function readable(notices: readonly NoticeRead[]): { entry: NoticeEntry; notice: ParsedNotice }[] {
  return notices.flatMap(({ entry, file }) => ('notice' in file ? [{ entry, notice: file.notice }] : []));
}

/** "`a.md`", "`a.md` and `b.md`", "`a.md`, `b.md` and `c.md`". */
export function listPaths(paths: readonly string[]): string {
  const quoted = [...new Set(paths)].map((path) => `\`${path}\``);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
