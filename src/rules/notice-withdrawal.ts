import { describeLocation } from '../core/inventory.js';
import { defineRule } from '../core/rule.js';
import { consentRequired } from './shared/consent.js';
import { listPaths, readable, readNotices } from './shared/notice.js';

export default defineRule({
  meta: {
    id: 'notice-withdrawal',
    severity: 'warning',
    reference: 'Art. 13(2)(b)–(c)',
    aiOnly: false,
    description: 'When a purpose relies on consent or legitimate interests, the privacy notice says how to withdraw consent, opt out or object.',
    messages: {
      silent: {
        message: 'nothing in {notices} says how to withdraw consent, opt out or object, though {purpose} {basis}',
        help: 'add a section to the notice that says how to withdraw consent and how to object, e.g. "You can withdraw your consent at any time under Settings → Privacy"',
      },
    },
  },
  *check(context) {
    const notices = readNotices(context);
    if (notices === undefined) return;
    const read = readable(notices);
    if (read.length === 0 || read.some(({ notice }) => notice.withdrawal)) return;
    const { model } = context;
    const relying =
      model.purposes.find((purpose) => purpose.value.lawful_basis === 'consent') ??
      model.purposes.find((purpose) => purpose.value.lawful_basis === 'legitimate-interests') ??
      model.purposes.find((purpose) => consentRequired(purpose));
    if (!relying) return;
    const basis = relying.value.lawful_basis === 'consent' ? 'relies on consent' : relying.value.lawful_basis === 'legitimate-interests' ? 'relies on legitimate interests' : 'needs consent under the ePrivacy Directive';
    const paths = read.map(({ entry }) => entry.path);
    const notice = `${new Set(paths).size === 1 ? 'the privacy notice' : 'the privacy notices'} ${listPaths(paths)}`;
    yield { messageId: 'silent', pointer: '/notice', data: { notices: notice, purpose: describeLocation(model.root, relying.pointer), basis } };
  },
});
