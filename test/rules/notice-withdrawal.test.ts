import rule from '../../src/rules/notice-withdrawal.js';
import { yaml as md, yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

/** A purpose on consent and one on legitimate interests; `notice` at 3:9. */
const inventory = yaml`
  version: 1
  controller: {name: Acme Chat Ltd, contact: privacy@acme.example}
  notice: docs/privacy-notice.md
  processing_activities:
    - id: chat
      name: Chat
      purposes:
        - {id: deliver-messages, description: Deliver messages., lawful_basis: contract}
        - {id: smart-replies, description: Train the reply model., ai_training: true, lawful_basis: consent}
        - {id: spam-filter, description: Filter spam., lawful_basis: legitimate-interests}
`;

const notice = (text: string) => ({ 'docs/privacy-notice.md': text });
const silent = md`
  # Privacy notice

  ## Smart replies

  We train the reply model on your conversations when you opt in to smart replies.
`;

ruleTester(rule, {
  valid: [
    {
      name: 'the notice says how to withdraw consent',
      yaml: inventory,
      notices: notice(`${silent}\n## Your choices\n\nYou can withdraw your consent at any time under Settings → Privacy.\n`),
    },
    {
      name: 'the notice says how to opt out',
      yaml: inventory,
      notices: notice(`${silent}\nTo opt out, turn smart replies off in Settings.\n`),
    },
    {
      name: 'the notice offers the right to object',
      yaml: inventory,
      notices: notice(`${silent}\n## Your rights\n\n- You have the right to object to the spam filter.\n`),
    },
    {
      name: 'one of two notices describes withdrawal',
      yaml: inventory.replace('notice: docs/privacy-notice.md', 'notice: [docs/privacy-notice.md, docs/choices.md]'),
      notices: { 'docs/privacy-notice.md': silent, 'docs/choices.md': 'Revoke your consent in Settings.\n' },
    },
    {
      name: 'every purpose relies on contract: nothing to withdraw or object to',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        notice: docs/privacy-notice.md
        processing_activities:
          - id: chat
            name: Chat
            purposes:
              - {id: deliver-messages, description: Deliver messages., lawful_basis: contract}
      `,
      notices: notice(silent),
    },
    {
      name: 'notices not read, or not readable, are left to notice-missing',
      yaml: inventory.replace('notice: docs/privacy-notice.md', 'notice: [docs/privacy-notice.md, docs/gone.md]'),
      notices: { 'docs/privacy-notice.md': { problem: 'unreadable', detail: 'permission denied' } },
    },
    {
      name: 'the engine alone (notices not read) says nothing',
      yaml: inventory,
    },
  ],
  invalid: [
    {
      name: 'a consent purpose and a notice silent on withdrawal: once per inventory, at `notice`',
      yaml: inventory,
      notices: notice(silent),
      errors: [{ messageId: 'silent', line: 3, column: 9, endLine: 3, endColumn: 31, messageIncludes: ['the privacy notice `docs/privacy-notice.md`', 'purpose `smart-replies` relies on consent'] }],
    },
    {
      name: 'legitimate interests and a notice that speaks of objects, not of objecting',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        notice: docs/privacy-notice.md
        processing_activities:
          - id: chat
            name: Chat
            purposes:
              - {id: spam-filter, description: Filter spam., lawful_basis: legitimate-interests}
      `,
      notices: notice('# Spam\n\nWe scan stored objects and attachments for spam, and an object that looks harmful is quarantined.\n'),
      errors: [{ messageId: 'silent', line: 3, column: 9, messageIncludes: ['purpose `spam-filter` relies on legitimate interests'] }],
    },
    {
      name: 'consent required by ePrivacy counts, whatever the basis; several notices are named together',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        notice: [docs/a.md, docs/b.md]
        data_categories:
          - {id: messages, name: Messages, source: communications-content}
        processing_activities:
          - id: chat
            name: Chat
            data_categories: [messages]
            purposes:
              - {id: train-on-messages, description: Train a model on messages., ai_training: true, lawful_basis: contract}
      `,
      notices: { 'docs/a.md': silent, 'docs/b.md': '' },
      errors: [{ messageId: 'silent', line: 3, column: 9, messageIncludes: ['the privacy notices `docs/a.md` and `docs/b.md`', 'needs consent under the ePrivacy Directive'] }],
    },
  ],
});
