import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/formatters/json.js';
import { yaml } from '../support/dedent.js';
import { plainContext, reportOf } from '../support/report.js';

describe('json formatter', () => {
  it('writes exactly the keys of SPEC §5', () => {
    const report = reportOf({
      'privacy/ropa.yaml': yaml`
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
    const parsed = JSON.parse(formatJson(report, plainContext)) as { findings: Record<string, unknown>[]; summary: Record<string, number> };
    const schemaFinding = parsed.findings.find((finding) => finding.ruleId === 'schema')!;
    expect(Object.keys(schemaFinding)).toEqual(['ruleId', 'severity', 'message', 'reference', 'help', 'file', 'line', 'column', 'endLine', 'endColumn', 'pointer']);
    expect(schemaFinding).toMatchObject({
      severity: 'error',
      reference: null,
      file: 'privacy/ropa.yaml',
      line: 8,
      column: 9,
      endLine: 8,
      endColumn: 22,
      pointer: '/processing_activities/0/purposes/0/lawfull_basis',
    });
    expect(Object.keys(parsed.summary)).toEqual(['errors', 'warnings', 'notices', 'files']);
    expect(parsed.summary.files).toBe(1);
    expect(parsed.summary.errors).toBe(parsed.findings.filter((finding) => finding.severity === 'error').length);
  });

  it('is valid JSON whatever the strings hold', () => {
    const report = reportOf({ 'a"b\\.yaml': 'version: 1\ncontroller: {name: "\\u0000\\"</script>"}\nprocessing_activities: [{id: X, name: x, purposes: []}]\n' });
    expect(() => JSON.parse(formatJson(report, plainContext))).not.toThrow();
  });
});
