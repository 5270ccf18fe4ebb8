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
    // Written in another shape or under a misspelt key: the schema rule's finding ("did you mean
    // `notice`?"), and what it links cannot be told, so it is not called "no notice".
    {
      name: 'stays quiet: a mapping where a path belongs (`notice: {path: …}`)',
      yaml: withNotice('{path: docs/privacy-notice.md}'),
      notices: { 'docs/privacy-notice.md': '# Privacy notice\n' },
    },
    {
      name: 'stays quiet: a list of mappings, the paths written as `- path: …`',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        notice:
          - path: docs/privacy-notice.md
        processing_activities: []
      `,
      notices: { 'docs/privacy-notice.md': '# Privacy notice\n' },
    },
    {
      name: 'stays quiet: a number or true where a path belongs',
      yaml: withNotice('true'),
    },
    {
      name: 'stays quiet: the key misspelt (`notise:`)',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        notise: docs/privacy-notice.md
        processing_activities: []
      `,
      notices: { 'docs/privacy-notice.md': '# Privacy notice\n' },
    },
    {
      name: 'a list with a text entry and a mapping: the text entry is read, the mapping is the schema rule\'s',
      yaml: withNotice('[docs/privacy-notice.md, {path: docs/cookies.md}]'),
      notices: { 'docs/privacy-notice.md': '# Privacy notice\n' },
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
      name: 'a notice left empty (null) links none: nothing was written to misread',
      yaml: withNotice('null'),
      errors: [{ messageId: 'none', line: 3, column: 9 }],
    },
    {
      name: 'a list whose entries are left empty links none',
      yaml: withNotice('[null, ""]'),
      errors: [{ messageId: 'none', line: 3, column: 9 }],
    },
    {
      name: 'a key that is not a misspelling of `notice` (`privacy_policy:`, `x-notice:`) links none',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        privacy_policy: docs/privacy-notice.md
        x-notice: docs/privacy-notice.md
        processing_activities: []
      `,
      notices: { 'docs/privacy-notice.md': '# Privacy notice\n' },
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
