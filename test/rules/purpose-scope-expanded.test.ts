import rule from '../../src/rules/purpose-scope-expanded.js';
import { yaml } from '../support/dedent.js';
import { comparisonTester } from '../support/comparison-tester.js';

const base = yaml`
  version: 1
  controller: {name: Acme}
  data_subjects:
    - {id: members, name: Workspace members}
    - {id: guests, name: Guests}
  data_categories:
    - {id: messages, name: Messages, source: communications-content}
    - {id: files, name: Files, source: communications-content}
    - {id: voice, name: Voice notes, source: communications-content}
  processing_activities:
    - id: smart-replies
      name: Smart replies
      data_subjects: [members]
      data_categories: [messages]
      purposes:
        - id: train-replies
          description: Train the reply model on past conversations.
          ai_training: true
          lawful_basis: consent
        - id: deliver-replies
          lawful_basis: contract
`;

comparisonTester(rule, {
  valid: [
    { name: 'nothing changed', base, head: base },
    {
      name: 'lists reordered, reformatted, commented and with a repeated id',
      base: base.replace('data_categories: [messages]', 'data_categories: [messages, files]'),
      head: base.replace('data_categories: [messages]', 'data_categories:\n      - files      # attachments\n      - messages\n      - files'),
    },
    { name: 'a purpose that does not train models gains data', base, head: base.replace('ai_training: true', 'ai_training: false').replace('[messages]', '[messages, voice]') },
    { name: 'a purpose that becomes AI-training is new-ai-training-purpose\'s finding', base: base.replace('ai_training: true', 'ai_training: false'), head: base.replace('[messages]', '[messages, voice]') },
    { name: 'data categories and subjects removed', base: base.replace('[members]', '[members, guests]').replace('[messages]', '[messages, files]'), head: base },
    { name: 'a new AI-training purpose is new-ai-training-purpose\'s finding', base: 'version: 1\ncontroller: {name: Acme}\nprocessing_activities: []\n', head: base.replace('[messages]', '[messages, voice]') },
    {
      name: 'a purpose moved to another activity with the same data (same id and description)',
      base,
      head: base.replace('- id: smart-replies', '- id: reply-suggestions'),
    },
  ],
  invalid: [
    {
      name: 'a data category added to the activity of an AI-training purpose, at the new id',
      base,
      head: base.replace('data_categories: [messages]', 'data_categories: [messages, voice]'),
      errors: [{ messageId: 'categories', line: 14, column: 33, endLine: 14, endColumn: 38, severity: 'warning', messageIncludes: ['purpose `train-replies`', 'data categories `voice`', 'which it did not at base'] }],
    },
    {
      name: 'a data subject added',
      base,
      head: base.replace('data_subjects: [members]', 'data_subjects: [guests, members]'),
      errors: [{ messageId: 'subjects', line: 13, column: 21, messageIncludes: ['data subjects `guests`'] }],
    },
    {
      name: 'both, named in the order the activity lists them',
      base,
      head: base.replace('data_subjects: [members]', 'data_subjects: [members, guests]').replace('data_categories: [messages]', 'data_categories:\n      - voice\n      - messages\n      - files'),
      errors: [{ messageId: 'both', line: 15, column: 9, messageIncludes: ['data categories `voice`, `files` and data subjects `guests`'] }],
    },
    {
      name: 'a purpose moved to another activity that reaches more data (same id and description)',
      base: base.replace(/ {4}- id: deliver-replies[\s\S]*$/, ''),
      head: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects:
          - {id: members, name: Workspace members}
        data_categories:
          - {id: messages, name: Messages, source: communications-content}
          - {id: files, name: Files, source: communications-content}
        processing_activities:
          - id: assistant
            name: Assistant
            data_subjects: [members]
            data_categories: [messages, files]
            purposes:
              - id: train-replies
                description: Train the reply model on past conversations.
                ai_training: true
                lawful_basis: consent
      `,
      errors: [{ messageId: 'categories', line: 12, column: 33, messageIncludes: ['data categories `files`', 'at base (under activity `smart-replies`)'] }],
    },
    {
      name: 'a purpose moved to another file is compared with its base',
      base: { 'a.ropa.yaml': base, 'b.ropa.yaml': 'version: 1\ncontroller: {name: Acme}\nprocessing_activities: []\n' },
      head: { 'a.ropa.yaml': 'version: 1\ncontroller: {name: Acme}\nprocessing_activities: []\n', 'b.ropa.yaml': base.replace('[members]', '[members, guests]') },
      errors: [{ file: 'b.ropa.yaml', messageId: 'subjects', line: 13, column: 30, messageIncludes: ['`guests`', 'at base (in a.ropa.yaml)'] }],
    },
  ],
});
