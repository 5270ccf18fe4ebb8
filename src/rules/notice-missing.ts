import { isStated, misspeltKey } from '../core/inventory.js';
import { noticeEntries } from '../core/notice.js';
import { defineRule } from '../core/rule.js';
import { readNotices } from './shared/notice.js';

/**
 * `notice` written, but neither a text nor a list of texts (`notice: {path: docs/notice.md}`,
 * `notice: [{path: …}]`): the schema rule's finding. What it links cannot be told, so it is not
 * called "no notice". A list with some text entries still links those, and they are checked.
 */
function unreadable(notice: unknown): boolean {
  if (!isStated(notice) || typeof notice === 'string') return false;
  return !Array.isArray(notice) || notice.some((item) => typeof item !== 'string' && isStated(item));
}

export default defineRule({
  meta: {
    id: 'notice-missing',
    severity: 'warning',
    reference: 'Art. 13, 14',
    aiOnly: false,
    description: 'The inventory links the Markdown privacy notice that tells people about its purposes, and the file is there to read.',
    messages: {
      none: {
        message: 'the inventory links no privacy notice, so nothing shows what people are told about its purposes',
        help: 'add the path of the Markdown privacy notice, relative to this file, e.g. `notice: docs/privacy-notice.md`',
      },
      missing: {
        message: 'the privacy notice `{path}` does not exist (the path is relative to this inventory)',
        help: 'correct the path under `notice`, or add the notice file at that path',
      },
      outside: {
        message: 'the privacy notice `{path}` was not read: {detail}',
        help: 'keep the notice in the repository and link it with a relative path that stays inside it, e.g. `notice: docs/privacy-notice.md`',
      },
      absolute: {
        message: 'the privacy notice `{path}` is an absolute path or a URL, so it was not read',
        help: 'link the notice with a path relative to this inventory, e.g. `notice: docs/privacy-notice.md`',
      },
      unreadable: {
        message: 'the privacy notice `{path}` cannot be read ({detail})',
        help: 'make the notice a readable UTF-8 Markdown file, or correct the path under `notice`',
      },
    },
  },
  *check(context) {
    if (noticeEntries(context.model.root).length === 0) {
      // A notice written in another shape, or under a misspelt key (`notise:`), is the schema rule's finding.
      const { root } = context.model;
      if (!unreadable(root.notice) && misspeltKey(root, 'notice', 'inventory') === undefined) yield { messageId: 'none', pointer: '/notice' };
      return;
    }
    for (const { entry, file } of readNotices(context) ?? []) {
      if ('notice' in file) continue;
      const detail = file.detail ?? (file.problem === 'outside' ? 'the path leads out of the repository' : 'unknown reason');
      yield { messageId: file.problem, pointer: entry.pointer, data: { path: entry.path, detail } };
    }
  },
});
