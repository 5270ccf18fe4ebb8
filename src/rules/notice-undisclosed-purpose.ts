import { describeLocation, isStated } from '../core/inventory.js';
import { discloses } from '../core/notice.js';
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
    description: 'The privacy notice discloses each AI-training purpose: a section about the purpose says in visible words that the data trains a model.',
    messages: {
      undisclosed: {
        message: '{purpose} trains a model, but {notices} never says so in a section about it',
        help: 'in the notice, in a section that names this purpose (or carries `<!-- ropa:{id} -->` or the heading anchor `#{id}`), say in plain words that the data trains a model, e.g. "we use your conversations to train the model that suggests replies"; an anchor or a comment alone tells the reader nothing',
      },
    },
  },
  *check(context) {
    const { model } = context;
    const training = model.purposes.filter(isAiTraining);
    if (training.length === 0) return;
    // SPEC §2.1 "One finding per fact": no notice, or none that could be read, is notice-missing's finding alone.
    const read = readable(readNotices(context) ?? []);
    if (read.length === 0) return;
    const paths = read.map(({ entry }) => entry.path);
    const notices = `${new Set(paths).size === 1 ? 'the privacy notice' : 'the privacy notices'} ${listPaths(paths)}`;
    for (const purpose of training) {
      const id = typeof purpose.value.id === 'string' ? purpose.value.id : '';
      const description = typeof purpose.value.description === 'string' && isStated(purpose.value.description) ? purpose.value.description : undefined;
      if (read.some(({ notice }) => discloses(notice, { id, description }))) continue;
      yield { messageId: 'undisclosed', pointer: joinPointer(purpose.pointer, 'id'), data: { purpose: describeLocation(model.root, purpose.pointer), id: id || 'purpose-id', notices } };
    }
  },
});
