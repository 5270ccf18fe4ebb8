import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/formatters/stylish.js';
import { completeRecord } from '../support/complete-record.js';
import { yaml } from '../support/dedent.js';
import { plainContext, reportOf } from '../support/report.js';

const faulty = yaml`
  version: 1
  controller: {name: Acme Chat Ltd, contact: privacy@acme.example}
  data_subjects: [{id: workspace-members, name: Members of customer workspaces}]
  data_categories: [{id: chat-messages, name: Messages, source: communications-content}]
  processing_activities:
    - id: smart-replies
      name: Smart reply suggestions
      role: controller
      data_subjects: [workspace-members]
      data_categories: [chat-messages]
      purposes:
        - id: train-reply-model
          description: Train the reply-suggestion model on past conversations.
          ai_training: true
          lawful_basis: consent
          consent:
            collection: optin
`;

describe('stylish formatter', () => {
  it('shows a code frame with a caret under the node, the help and the docs link', () => {
    const output = formatStylish(reportOf({ 'privacy/ropa.yaml': faulty }), plainContext);
    expect(output).toBe(
      [
        'error[schema]: `collection` in purpose `train-reply-model` is `optin`, which is not one of the allowed values',
        '  --> privacy/ropa.yaml:17:23',
        '   |',
        '17 |           collection: optin',
        '   |                       ^^^^^',
        '   = help: did you mean `opt-in`?',
        '   = fix: replace `optin` with `opt-in` (fixable with --fix)',
        '   = docs: https://github.com/ropa-lint/ropa-lint/blob/main/docs/rules/schema.md',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 notices) in 1 file',
        '  1 error fixable with --fix',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked', () => {
    const report = reportOf({ 'ropa.yaml': faulty });
    expect(formatStylish(report, plainContext)).not.toContain('\u001b[');
    expect(formatStylish(report, { ...plainContext, color: true })).toContain('\u001b[31m');
  });

  it('says so when there is nothing to report', () => {
    expect(formatStylish(reportOf({ 'ropa.yaml': completeRecord }), plainContext)).toBe('✔ 1 file checked: no problems\n');
  });

  it('strips terminal escape sequences from the inventory', () => {
    const hostile = 'version: 1\ncontroller: {name: A}\nprocessing_activities:\n  - id: a\n    name: A\n    purposes:\n      - id: p\n        "\\e]0;pwned\\a\\e[2J": 1\n';
    const output = formatStylish(reportOf({ 'ropa.yaml': hostile }), plainContext);
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});
