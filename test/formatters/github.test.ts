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
        controller: {name: Acme}
        processing_activities:
          - id: a
            name: A
            purposes:
              - id: p
                lawfull_basis: consent
      `,
    });
    const lines = formatGithub(report, plainContext).trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=dir%2Cwith%3Aodd\/ropa\.yaml,line=8,endLine=8,col=9,endColumn=22,title=ropa-lint schema::unknown key `lawfull_basis` in purpose `p`%0AHelp: did you mean `lawful_basis`\?/);
  });

  it('keeps an injected workflow command inside the message', () => {
    const hostile = 'x\n::error file=evil::pwned\n::add-mask::secret\n::stop-commands::token\r';
    const report = reportOf({
      'ropa.yaml': `version: 1\ncontroller: {name: Acme}\nprocessing_activities:\n  - id: a\n    name: A\n    purposes:\n      - id: p\n        ${JSON.stringify(hostile)}: 1\n`,
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
