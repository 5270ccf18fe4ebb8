import { describeLocation } from '../core/inventory.js';
import { discloses, noticeEntries } from '../core/notice.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { isAiTraining } from './shared/consent.js';
import { listPaths, readable, readNotices } from './shared/notice.js';

export default defineRule({
  meta: {
    id: 'notice-undisclosed-purpose',
    severity: 'error',
    reference: 'Art. 13(1)(c), 14(1)(c)',
    aiOnly: true,
    description: 'The privacy notice discloses each AI-training purpose: a section names it and says in plain words that the data trains a model.',
    messages: {
      undisclosed: {
        message: '{purpose} trains a model, but it is not disclosed in {notices}',
        help: 'add a section to the notice that names the purpose and says in plain words that the data trains a model, or mark the section that does with a heading `## {id}` or a comment `<!-- ropa:{id} -->`',
      },
      noNotice: {
        message: '{purpose} trains a model, but the inventory links no privacy notice that discloses it',
        help: 'link the privacy notice under `notice` (e.g. `notice: docs/privacy-notice.md`) and describe this training in a section of it',
      },
      unread: {
        message: '{purpose} trains a model, but {notices} could not be read, so nothing shows that the training is disclosed',
        help: 'correct the path under `notice` (see notice-missing), and describe this training in a section of the notice',
      },
    },
  },
  *check(context) {
    const { model } = context;
    const training = model.purposes.filter(isAiTraining);
    if (training.length === 0) return;
    const linked = noticeEntries(model.root).length > 0;
    const notices = readNotices(context);
    if (linked && notices === undefined) return;
    const read = readable(notices ?? []);
    const paths = listPaths(read.map(({ entry }) => entry.path));
    const unreadPaths = listPaths((notices ?? []).map(({ entry }) => entry.path));
    for (const purpose of training) {
      const id = typeof purpose.value.id === 'string' ? purpose.value.id : '';
      const data = { purpose: describeLocation(model.root, purpose.pointer), id: id || 'purpose-id' };
      const pointer = joinPointer(purpose.pointer, 'id');
      if (!linked) {
        yield { messageId: 'noNotice', pointer, data };
      } else if (read.length === 0) {
        yield { messageId: 'unread', pointer, data: { ...data, notices: `${new Set(notices!.map(({ entry }) => entry.path)).size === 1 ? 'its privacy notice' : 'its privacy notices'} ${unreadPaths}` } };
      } else if (!read.some(({ notice }) => discloses(notice, { id, description: typeof purpose.value.description === 'string' ? purpose.value.description : undefined }))) {
        yield { messageId: 'undisclosed', pointer, data: { ...data, notices: `${new Set(read.map(({ entry }) => entry.path)).size === 1 ? 'the privacy notice' : 'the privacy notices'} ${paths}` } };
      }
    }
  },
});
