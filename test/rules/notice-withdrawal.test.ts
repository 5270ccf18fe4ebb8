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
      name: 'a heading that says how to opt out, over a body that gives the address',
      yaml: inventory,
      notices: notice(`${silent}\n## How to opt out\n\nWrite to privacy@acme.example.\n`),
    },
    {
      name: 'a condition on opting out still tells people they can',
      yaml: inventory,
      notices: notice(`${silent}\nIf you opt out, we stop using your conversations for training.\n`),
    },
    {
      name: 'a question answered with where to do it',
      yaml: inventory,
      notices: notice(`${silent}\n## Questions\n\nCan I withdraw my consent? Yes, under Settings → Privacy.\n`),
    },
    {
      name: 'one denial does not hide the sentence that tells how',
      yaml: inventory,
      notices: notice(`${silent}\nYou cannot opt out of security logging. You can withdraw your consent to smart replies in Settings.\n`),
    },
    {
      name: 'SPEC §2.1 one finding per fact: no notice linked is notice-missing alone',
      yaml: inventory.replace('notice: docs/privacy-notice.md\n', ''),
      notices: {},
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
      name: 'the notice says people cannot opt out or withdraw: that is not a way out',
      yaml: inventory,
      notices: notice(`${silent}\n## Your choices\n\nYou cannot opt out of smart replies once enabled, and there is no way to withdraw consent.\n`),
      errors: [{ messageId: 'silent', line: 3, column: 9, messageIncludes: ['purpose `smart-replies` relies on consent'] }],
    },
    {
      name: 'opting out "is not possible", objection "is not available"',
      yaml: inventory,
      notices: notice(`${silent}\nOpting out is not possible. Objection is not available for this feature.\n`),
      errors: [{ messageId: 'silent', line: 3, column: 9 }],
    },
    {
      name: 'the words about withdrawing are hidden in a comment or a link target',
      yaml: inventory,
      notices: notice(`${silent}\n<!-- you can withdraw your consent in Settings -->\nSee [your settings](https://acme.example/withdraw-consent-opt-out).\n`),
      errors: [{ messageId: 'silent', line: 3, column: 9 }],
    },
    {
      name: 'a question answered "no"',
      yaml: inventory,
      notices: notice(`${silent}\nCan I opt out? No.\n`),
      errors: [{ messageId: 'silent', line: 3, column: 9 }],
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
