/** What the end-to-end runs cannot reach: a finding over several lines, a report above the check run's limit. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types.js';
import { SUMMARY_LIMIT, cutToLimit, toAnnotation } from '../../src/action/check-run.js';
import { stickyBody, STICKY_MARKER } from '../../src/action/comment.js';

const finding: Finding = {
  ruleId: 'schema',
  severity: 'error',
  message: 'm',
  reference: 'Art. 6(1)',
  help: 'h',
  file: 'privacy/ropa.yaml',
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 9,
  pointer: '/a',
  stablePath: '/a',
  docsUrl: 'https://example.test/schema.md',
};

describe('check run annotations', () => {
  it('carries columns on one line only, as the Checks API requires', () => {
    expect(toAnnotation(finding)).toEqual({
      path: 'privacy/ropa.yaml',
      start_line: 3,
      end_line: 3,
      start_column: 5,
      end_column: 9,
      annotation_level: 'failure',
      title: 'schema',
      message: 'm\nHelp: h',
      raw_details: 'Why: Art. 6(1)\nDocs: https://example.test/schema.md',
    });
    const spanning = toAnnotation({ ...finding, endLine: 5, severity: 'notice', isNew: true });
    expect(spanning).not.toHaveProperty('start_column');
    expect(spanning).not.toHaveProperty('end_column');
    expect(spanning).toMatchObject({ start_line: 3, end_line: 5, annotation_level: 'notice' });
    expect(spanning.raw_details).toMatch(/^New in this pull request\./);
  });

  it('cuts a summary above 65,535 characters at a line end and says how much was cut', () => {
    const report = Array.from({ length: 2_000 }, (_, index) => `- finding ${index} ${'x'.repeat(40)}`).join('\n');
    expect(report.length).toBeGreaterThan(SUMMARY_LIMIT);
    const cut = cutToLimit(report);
    expect(cut.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    const kept = cut.slice(0, cut.indexOf('\n\n---\n'));
    expect(report.startsWith(`${kept}\n`)).toBe(true);
    expect(cut).toContain(`**Cut**: the last ${(report.length - kept.length).toLocaleString('en-US')} characters of the report`);
    expect(cutToLimit('short')).toBe('short');
  });

  it('starts the sticky comment with its marker and keeps it under 65,536 characters', () => {
    expect(stickyBody('report')).toBe(`${STICKY_MARKER}\nreport`);
    expect(stickyBody('y'.repeat(70_000)).length).toBeLessThanOrEqual(65_536);
  });
});
