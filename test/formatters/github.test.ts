import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/formatters/github.js';
import { yaml } from '../support/dedent.js';
import { plainContext, reportOf } from '../support/report.js';

describe('github formatter', () => {
  it('escapes data and properties as the runner decodes them', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0A%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('prints one command per finding with position, title and escaped message', () => {
    const report = reportOf({
      'dir,with:odd/ropa.yaml': yaml`
        version: 1
        controller: {name: Acme Chat Ltd, contact: privacy@acme.example}
        data_subjects: [{id: workspace-members, name: Members of customer workspaces}]
        data_categories: [{id: chat-messages, name: Messages, source: communications-content}]
        processing_activities:
          - id: message-delivery
            name: Message delivery
            role: controller
            data_subjects: [workspace-members]
            data_categories: [chat-messages]
            purposes:
              - id: deliver-messages
                description: Store and deliver the messages members send each other.
                ai_training: false
                lawfull_basis: contract
      `,
    });
    const lines = formatGithub(report, plainContext).trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=dir%2Cwith%3Aodd\/ropa\.yaml,line=15,endLine=15,col=9,endColumn=22,title=ropa-lint schema::unknown key `lawfull_basis` in purpose `deliver-messages`%0AHelp: did you mean `lawful_basis`\?/);
  });

  it('keeps an injected workflow command inside the message', () => {
    const hostile = 'x\n::error file=evil::pwned\n::add-mask::secret\n::stop-commands::token\r';
    const report = reportOf({
      'ropa.yaml': yaml`
        version: 1
        controller: {name: Acme Chat Ltd, contact: privacy@acme.example}
        data_subjects: [{id: workspace-members, name: Members of customer workspaces}]
        data_categories: [{id: chat-messages, name: Messages, source: communications-content}]
        processing_activities:
          - id: message-delivery
            name: Message delivery
            role: controller
            data_subjects: [workspace-members]
            data_categories: [chat-messages]
            purposes:
              - id: deliver-messages
                description: Store and deliver the messages members send each other.
                ai_training: false
                ${JSON.stringify(hostile)}: 1
      `,
    });
    const output = formatGithub(report, plainContext);
    const lines = output.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines.every((line) => line.startsWith('::error '))).toBe(true);
    expect(output).not.toMatch(/\n::(add-mask|stop-commands)/);
  });

  it('omits columns when a finding spans lines, as the API requires', () => {
    const [line] = formatGithub(
      {
        files: [{ file: 'f.yaml', source: '', suppressed: [], findings: [{ ruleId: 'schema', severity: 'warning', message: 'm', reference: null, help: 'h', file: 'f.yaml', line: 1, column: 2, endLine: 3, endColumn: 4, pointer: '', stablePath: '', docsUrl: 'u' }] }],
        summary: { errors: 0, warnings: 1, notices: 0, files: 1 },
      },
      plainContext,
    ).split('\n');
    expect(line).toBe('::warning file=f.yaml,line=1,endLine=3,title=ropa-lint schema::m%0AHelp: h%0ADocs: u');
  });
});
