import rule from '../../src/rules/notice-undisclosed-purpose.js';
import { yaml as md, yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

/** One AI-training purpose, `smart-replies`, at 8:13; its notice is docs/privacy-notice.md. */
const replies = yaml`
  version: 1
  controller: {name: Acme Chat Ltd, contact: privacy@acme.example}
  notice: docs/privacy-notice.md
  processing_activities:
    - id: chat
      name: Chat
      purposes:
        - id: smart-replies
          description: Train the reply-suggestion model on past conversations.
          ai_training: true
          lawful_basis: consent
`;

const notice = (text: string) => ({ 'docs/privacy-notice.md': text });

ruleTester(rule, {
  valid: [
    {
      name: 'disclosed by a heading whose slug is the purpose id (no training words needed)',
      yaml: replies,
      notices: notice(md`
        # Privacy notice

        ## Smart replies

        We suggest answers while you type.
      `),
    },
    {
      name: 'disclosed by a <!-- ropa:purpose-id --> comment in a section',
      yaml: replies,
      notices: notice(md`
        # Privacy notice

        ## Typing help

        <!-- ropa:smart-replies -->
        We suggest answers while you type.
      `),
    },
    {
      name: 'disclosed by a section that names the purpose by its description and speaks of training',
      yaml: replies,
      notices: notice(md`
        # Privacy notice

        ## Accounts

        We keep your name and e-mail address.

        ## Reply suggestions

        When you opt in, we use your past conversations to train the model that suggests replies.
      `),
    },
    {
      name: 'disclosed by a section that names the purpose id in words and says "machine learning"',
      yaml: replies,
      notices: notice(md`
        ## What we do with your messages

        Smart replies: with your permission, your messages feed a machine learning system.
      `),
    },
    {
      name: 'disclosed when a section on training holds a sub-section that names the purpose',
      yaml: replies,
      notices: notice(md`
        # Privacy notice

        ## How we train AI models

        The sections below list every model we build from your data.

        ### Reply suggestions

        Your past conversations, with your permission, so that suggested replies fit.

        ## Contact

        privacy@acme.example
      `),
    },
    {
      name: 'other phrasings: "fine-tune large language models", "improve our algorithms"',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        notice: [docs/a.md, docs/b.md]
        processing_activities:
          - id: assistant
            name: Assistant
            purposes:
              - id: tune-assistant
                description: Adapt the writing assistant to customer support tickets.
                ai_training: true
                lawful_basis: consent
              - id: rank-search
                description: Learn search ranking from clicks.
                ai_training: true
                lawful_basis: consent
      `,
      notices: {
        'docs/a.md': md`
          ## Writing assistant

          We fine-tune large language models on customer support tickets to adapt the writing assistant.
        `,
        'docs/b.md': md`
          ## Search

          Your clicks on search results help us improve our ranking algorithms.
        `,
      },
    },
    {
      name: 'a purpose that does not train a model is left to the other notice rules',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        notice: docs/privacy-notice.md
        processing_activities:
          - id: chat
            name: Chat
            purposes:
              - {id: deliver-messages, description: Deliver messages., ai_training: false, lawful_basis: contract}
              - {id: quoted-true, description: Train a model., ai_training: "true", lawful_basis: consent}
      `,
      notices: notice('# Privacy notice\n'),
    },
    {
      name: 'notices that were not read (the engine alone, as in the docs and the API) say nothing',
      yaml: replies,
    },
    {
      name: 'of two notices, the second discloses the purpose',
      yaml: replies.replace('notice: docs/privacy-notice.md', 'notice: [docs/terms.md, docs/privacy-notice.md]'),
      notices: {
        'docs/terms.md': '# Terms\n\nBe nice.\n',
        'docs/privacy-notice.md': '## Smart replies\n\nWe train the reply model on your past conversations when you opt in.\n',
      },
    },
  ],
  invalid: [
    {
      name: 'training is mentioned only in another section than the one naming the purpose',
      yaml: replies,
      notices: notice(md`
        # Privacy notice

        ## Reply suggestions

        We suggest replies based on your past conversations.

        ## Machine learning

        We train models on anonymous usage statistics.
      `),
      errors: [{ messageId: 'undisclosed', line: 8, column: 13, endLine: 8, endColumn: 26, messageIncludes: ['purpose `smart-replies`', 'the privacy notice `docs/privacy-notice.md`'] }],
    },
    {
      name: 'the purpose is named but the section never speaks of training a model',
      yaml: replies,
      notices: notice(md`
        # Privacy notice

        ## Reply suggestions

        We suggest replies based on your past conversations, and improve the service.
      `),
      errors: [{ messageId: 'undisclosed', line: 8, column: 13 }],
    },
    {
      name: 'the notice is empty',
      yaml: replies,
      notices: notice(''),
      errors: [{ messageId: 'undisclosed', line: 8, column: 13 }],
    },
    {
      name: 'machine learning in the title\'s intro does not disclose what the sections below do',
      yaml: replies,
      notices: notice(md`
        # Privacy notice

        This notice covers our products, including machine learning.

        ## Reply suggestions

        We suggest replies based on your past conversations.
      `),
      errors: [{ messageId: 'undisclosed', line: 8, column: 13 }],
    },
    {
      name: 'training words in a code block are not plain words',
      yaml: replies,
      notices: notice(md`
        ## Reply suggestions

        We suggest replies based on your past conversations.

        ~~~
        train the model
        ~~~
      `),
      errors: [{ messageId: 'undisclosed', line: 8, column: 13 }],
    },
    {
      name: 'no notice linked: reported even when notices were not read',
      yaml: replies.replace('notice: docs/privacy-notice.md\n', ''),
      errors: [{ messageId: 'noNotice', line: 7, column: 13, messageIncludes: ['purpose `smart-replies`'] }],
    },
    {
      name: 'the only notice could not be read',
      yaml: replies,
      notices: { 'docs/privacy-notice.md': { problem: 'outside' } },
      errors: [{ messageId: 'unread', line: 8, column: 13, messageIncludes: ['its privacy notice `docs/privacy-notice.md`'] }],
    },
    {
      name: 'each undisclosed purpose is reported; the disclosed one is not',
      yaml: yaml`
        version: 1
        controller: {name: Acme, contact: privacy@acme.example}
        notice: [docs/a.md, docs/b.md]
        processing_activities:
          - id: chat
            name: Chat
            purposes:
              - id: smart-replies
                description: Train the reply-suggestion model on past conversations.
                ai_training: true
                lawful_basis: consent
              - id: spam-filter
                description: Teach the spam classifier from reported messages.
                ai_training: true
                lawful_basis: legitimate-interests
      `,
      notices: { 'docs/a.md': '<!-- ropa:smart-replies -->\n', 'docs/b.md': '# Spam\n\nWe remove spam.\n' },
      errors: [{ messageId: 'undisclosed', line: 12, column: 13, messageIncludes: ['purpose `spam-filter`', 'the privacy notices `docs/a.md` and `docs/b.md`'] }],
    },
  ],
});
