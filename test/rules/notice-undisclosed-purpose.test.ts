import rule from '../../src/rules/notice-undisclosed-purpose.js';
import { yaml as md, yaml } from '../support/dedent.js';
import { type InvalidCase, ruleTester, type ValidCase } from '../support/rule-tester.js';

/** One AI-training purpose, `smart-replies`, whose id is at 8:13; its notice is docs/privacy-notice.md. */
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
const undisclosed = { messageId: 'undisclosed', line: 8, column: 13, endLine: 8, endColumn: 26 };

/** Each way an anchor ties a section to `smart-replies`, in a section whose heading does not name it. */
const anchors: [kind: string, section: (body: string) => string][] = [
  ['a heading whose slug is the purpose id', (body) => `# Privacy notice\n\n## Smart replies\n\n${body}\n`],
  ['a {#purpose-id} heading attribute', (body) => `# Privacy notice\n\n## Typing help {#smart-replies}\n\n${body}\n`],
  ['an <a id> anchor in the section', (body) => `# Privacy notice\n\n## Typing help\n\n<a id="smart-replies"></a>${body}\n`],
  ['a <!-- ropa:purpose-id --> comment in the section', (body) => `# Privacy notice\n\n## Typing help\n\n<!-- ropa:smart-replies -->\n${body}\n`],
  ['a <!-- ropa:purpose-id --> comment alone just before the heading', (body) => `# Privacy notice\n\nWe keep your account.\n\n<!-- ropa:smart-replies -->\n## Typing help\n\n${body}\n`],
  ['a #purpose-id link in the section', (body) => `# Privacy notice\n\n## Typing help\n\n${body} See [details](#smart-replies).\n`],
];

/** Says the data trains a model without naming the purpose: only the anchor ties it to `smart-replies`. */
const TRAINS = 'With your permission, what you write here is used to train our typing model.';
const SILENT = 'We suggest answers while you type.';

const valid: ValidCase[] = [
  ...anchors.map(([kind, section]) => ({ name: `tied by ${kind}, and the section says the data trains a model`, yaml: replies, notices: notice(section(TRAINS)) })),
  {
    name: 'tied by naming the purpose in words of its description, and the section says so',
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
    name: 'tied by the purpose id written as words, with other phrasings of training ("help us improve our AI")',
    yaml: replies,
    notices: notice(md`
      ## What we do with your messages

      Smart replies: with your permission, your messages help us improve our AI.
    `),
  },
  {
    name: 'a section on training holds a sub-section that names the purpose',
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
    name: 'a soft line break inside a sentence does not cut it',
    yaml: replies,
    notices: notice('## Smart replies\n\nWith your consent we use your past conversations to train\nthe model that suggests replies.\n'),
  },
  {
    name: 'an evaluating-only purpose is disclosed by words about evaluating models',
    yaml: yaml`
      version: 1
      controller: {name: Acme, contact: privacy@acme.example}
      notice: docs/privacy-notice.md
      processing_activities:
        - id: search
          name: Search
          purposes:
            - id: evaluate-ranking
              description: Evaluate the ranking model on held-out searches.
              ai_training: true
              lawful_basis: legitimate-interests
    `,
    notices: notice('## Search quality {#evaluate-ranking}\n\nA sample of your searches is used to evaluate our ranking model before each release.\n'),
  },
  {
    name: 'other phrasings in two notices: "fine-tune large language models", "improve our ranking algorithms"',
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
      'docs/a.md': '## Writing assistant\n\nWe fine-tune large language models on customer support tickets to adapt the writing assistant.\n',
      'docs/b.md': '## Search\n\nYour clicks on search results help us improve our ranking algorithms.\n',
    },
  },
  {
    name: 'a denial and then a statement in the same section: the statement discloses',
    yaml: replies,
    notices: notice('## Smart replies\n\nWe never sell your conversations. If you opt in, we use them to train the reply model.\n'),
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
    name: 'SPEC §2.1 one finding per fact: no notice linked is notice-missing alone',
    yaml: replies.replace('notice: docs/privacy-notice.md\n', ''),
    notices: {},
  },
  {
    name: 'SPEC §2.1 one finding per fact: a linked notice that could not be read is notice-missing alone',
    yaml: replies,
    notices: { 'docs/privacy-notice.md': { problem: 'outside' } },
  },
  {
    name: 'notices that were not read (the engine alone, as in the docs and the API) say nothing',
    yaml: replies,
  },
  {
    name: 'of two notices, the second discloses the purpose (the first is missing)',
    yaml: replies.replace('notice: docs/privacy-notice.md', 'notice: [docs/gone.md, docs/privacy-notice.md]'),
    notices: { 'docs/privacy-notice.md': '## Smart replies\n\nWe train the reply model on your past conversations when you opt in.\n' },
  },
];

const invalid: InvalidCase[] = [
  ...anchors.map(([kind, section]) => ({
    name: `tied by ${kind}, but the section says nothing of training`,
    yaml: replies,
    notices: notice(section(SILENT)),
    errors: [{ ...undisclosed, messageIncludes: ['purpose `smart-replies`', 'the privacy notice `docs/privacy-notice.md`'] }],
  })),
  ...anchors.map(([kind, section]) => ({
    name: `tied by ${kind}, and the section denies training`,
    yaml: replies,
    notices: notice(section('We never use your messages to train models.')),
    errors: [undisclosed],
  })),
  {
    name: 'the same words in a section that no anchor ties and that does not name the purpose',
    yaml: replies,
    notices: notice(`# Privacy notice\n\n## Typing help\n\n${TRAINS}\n`),
    errors: [undisclosed],
  },
  {
    name: 'an anchor for another purpose ties nothing to this one',
    yaml: replies,
    notices: notice(`# Privacy notice\n\n## Typing help\n\n<!-- ropa:spam-filter -->\n${TRAINS}\n`),
    errors: [undisclosed],
  },
  {
    name: 'a comment alone before a heading ties that heading, not the section it follows',
    yaml: replies,
    notices: notice(`# Privacy notice\n\n## Typing help\n\n${TRAINS}\n\n<!-- ropa:smart-replies -->\n## Accounts\n\nWe keep your e-mail address.\n`),
    errors: [undisclosed],
  },
  {
    name: 'training is stated only in another section than the one naming the purpose',
    yaml: replies,
    notices: notice(md`
      # Privacy notice

      ## Reply suggestions

      We suggest replies based on your past conversations.

      ## Machine learning

      We train models on anonymous usage statistics.
    `),
    errors: [undisclosed],
  },
  {
    name: 'the purpose is named but the section never says the data trains a model',
    yaml: replies,
    notices: notice('# Privacy notice\n\n## Reply suggestions\n\nWe suggest replies based on your past conversations, and improve the service.\n'),
    errors: [undisclosed],
  },
  {
    name: 'the words about training are in an HTML comment, not visible',
    yaml: replies,
    notices: notice('## Smart replies\n\nWe suggest answers. <!-- we train the reply model on your conversations -->\n'),
    errors: [undisclosed],
  },
  {
    name: 'the words about training are in a link target and an attribute, not visible',
    yaml: replies,
    notices: notice('## Smart replies\n\nSee [our approach](https://acme.example/we-train-models-on-your-chats) and <span title="we train the reply model">this</span>.\n'),
    errors: [undisclosed],
  },
  {
    name: 'the words about training are in a code block',
    yaml: replies,
    notices: notice('## Smart replies\n\nWe suggest replies.\n\n~~~\ntrain the model\n~~~\n'),
    errors: [undisclosed],
  },
  {
    name: 'a heading that speaks of training is only the topic when its text denies it',
    yaml: replies,
    notices: notice('## Smart replies and model training\n\nYour messages are not used for model training.\n'),
    errors: [undisclosed],
  },
  {
    name: 'the section says the reply model is used, not trained',
    yaml: replies,
    notices: notice('## Smart replies\n\nA pretrained model suggests replies while you type.\n'),
    errors: [undisclosed],
  },
  {
    name: "machine learning in the title's intro does not disclose what the sections below do",
    yaml: replies,
    notices: notice('# Privacy notice\n\nWe train models for many features.\n\n## Reply suggestions\n\nWe suggest replies based on your past conversations.\n'),
    errors: [undisclosed],
  },
  {
    name: 'an evaluating-only purpose whose section denies evaluating on the data',
    yaml: yaml`
      version: 1
      controller: {name: Acme, contact: privacy@acme.example}
      notice: docs/privacy-notice.md
      processing_activities:
        - id: search
          name: Search
          purposes:
            - id: evaluate-ranking
              description: Evaluate the ranking model on held-out searches.
              ai_training: true
              lawful_basis: legitimate-interests
    `,
    notices: notice('## Search quality {#evaluate-ranking}\n\nYour searches are not used to evaluate or train our models.\n'),
    errors: [{ messageId: 'undisclosed', line: 8, column: 13, endColumn: 29, messageIncludes: ['purpose `evaluate-ranking`'] }],
  },
  {
    name: 'the notice is empty',
    yaml: replies,
    notices: notice(''),
    errors: [undisclosed],
  },
  {
    name: 'each undisclosed purpose is reported; the disclosed one is not; several notices are named together',
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
    notices: { 'docs/a.md': '<!-- ropa:smart-replies -->\n## Typing help\n\nOpted-in conversations train the reply model.\n', 'docs/b.md': '<!-- ropa:spam-filter -->\n# Spam\n\nWe remove spam.\n' },
    errors: [{ messageId: 'undisclosed', line: 12, column: 13, messageIncludes: ['purpose `spam-filter`', 'the privacy notices `docs/a.md` and `docs/b.md`'] }],
  },
];

ruleTester(rule, { valid, invalid });
