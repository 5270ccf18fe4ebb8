import rule from '../../src/rules/notice-missing.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

const withNotice = (notice: string) => yaml`
  version: 1
  controller: {name: Acme, contact: privacy@acme.example}
  notice: ${notice}
  processing_activities: []
`;

ruleTester(rule, {
  valid: [
    {
      name: 'the linked notice was read',
      yaml: withNotice('docs/privacy-notice.md'),
      notices: { 'docs/privacy-notice.md': '# Privacy notice\n' },
    },
    {
      name: 'every notice of a list was read',
      yaml: withNotice('[docs/privacy-notice.md, docs/cookies.md]'),
      notices: { 'docs/privacy-notice.md': '# Privacy notice\n', 'docs/cookies.md': '# Cookies\n' },
    },
    {
      name: 'a linked notice is not judged when notices were not read (the engine alone)',
      yaml: withNotice('docs/privacy-notice.md'),
    },
  ],
  invalid: [
    {
      name: 'no notice linked: reported at the top of the file, even when notices were not read',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        processing_activities: []
      `,
      errors: [{ messageId: 'none', line: 1, column: 1 }],
    },
    {
      name: 'an empty list links no notice',
      yaml: withNotice('[]'),
      errors: [{ messageId: 'none', line: 3, column: 9, endColumn: 11 }],
    },
    {
      name: 'the linked file does not exist',
      yaml: withNotice('docs/privacy-notice.md'),
      notices: {},
      errors: [{ messageId: 'missing', line: 3, column: 9, endLine: 3, endColumn: 31, messageIncludes: ['`docs/privacy-notice.md`'] }],
    },
    {
      name: 'a path that leads out of the repository is refused, with the reason',
      yaml: withNotice('../../etc/passwd'),
      notices: { '../../etc/passwd': { problem: 'outside', detail: 'the path leads out of the repository' } },
      errors: [{ messageId: 'outside', line: 3, column: 9, messageIncludes: ['`../../etc/passwd`', 'the path leads out of the repository'] }],
    },
    {
      name: 'a symbolic link out of the repository is refused, with the reason',
      yaml: withNotice('docs/notice.md'),
      notices: { 'docs/notice.md': { problem: 'outside', detail: 'a symbolic link leads out of the repository' } },
      errors: [{ messageId: 'outside', line: 3, column: 9, messageIncludes: ['a symbolic link leads out of the repository'] }],
    },
    {
      name: 'an absolute path or a URL is refused',
      yaml: withNotice('[/etc/passwd, "https://acme.example/privacy"]'),
      notices: { '/etc/passwd': { problem: 'absolute' }, 'https://acme.example/privacy': { problem: 'absolute' } },
      errors: [
        { messageId: 'absolute', line: 3, column: 10, endColumn: 21, messageIncludes: ['`/etc/passwd`'] },
        { messageId: 'absolute', line: 3, column: 23, messageIncludes: ['`https://acme.example/privacy`'] },
      ],
    },
    {
      name: 'an unreadable file names the reason; only the bad entry of a list is reported',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        notice:
          - docs/privacy-notice.md
          - docs
        processing_activities: []
      `,
      notices: { 'docs/privacy-notice.md': '# Privacy notice\n', docs: { problem: 'unreadable', detail: 'it is a folder' } },
      errors: [{ messageId: 'unreadable', line: 5, column: 5, messageIncludes: ['`docs`', 'it is a folder'] }],
    },
  ],
});
