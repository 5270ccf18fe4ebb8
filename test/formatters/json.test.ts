import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/formatters/json.js';
import { yaml } from '../support/dedent.js';
import { plainContext, reportOf } from '../support/report.js';

describe('json formatter', () => {
  it('writes exactly the keys of SPEC §5', () => {
    const report = reportOf({
      'privacy/ropa.yaml': yaml`
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
    const parsed = JSON.parse(formatJson(report, plainContext)) as { findings: Record<string, unknown>[]; summary: Record<string, number> };
    const schemaFinding = parsed.findings.find((finding) => finding.ruleId === 'schema')!;
    expect(Object.keys(schemaFinding)).toEqual(['ruleId', 'severity', 'message', 'reference', 'help', 'file', 'line', 'column', 'endLine', 'endColumn', 'pointer']);
    expect(schemaFinding).toMatchObject({
      severity: 'error',
      reference: null,
      file: 'privacy/ropa.yaml',
      line: 15,
      column: 9,
      endLine: 15,
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
