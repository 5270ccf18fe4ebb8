/**
 * Rule tables for the comparison rules (SPEC §4), in the manner of `rule-tester.ts`: each case
 * gives the inventories at the base and at the head (one text, or several files by name), and
 * the run goes through the comparison stage with the rule alone. Every invalid case is also run
 * without a base, where the rule must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { lintRun, type SourceText } from '../../src/core/compare.js';
import type { Rule } from '../../src/core/rule.js';
import type { Finding, RuleSetting } from '../../src/core/types.js';
import { type ExpectedFinding, knownRuleIds } from './rule-tester.js';

export const FILE = 'test.ropa.yaml';

export type Inventories = string | Record<string, string>;

export interface ComparisonValidCase {
  name: string;
  base: Inventories;
  head: Inventories;
  settings?: Record<string, RuleSetting>;
}

export interface ComparisonInvalidCase extends ComparisonValidCase {
  /** In the order of the head files, then of line and column; `file` defaults to the only one. */
  errors: (ExpectedFinding & { file?: string; helpIncludes?: string[] })[];
}

function texts(inventories: Inventories): SourceText[] {
  return typeof inventories === 'string' ? [{ file: FILE, text: inventories }] : Object.entries(inventories).map(([file, text]) => ({ file, text }));
}

/** Runs one comparison rule alone over a base and a head. */
export function runComparison(rule: Rule, base: Inventories | undefined, head: Inventories, settings: Record<string, RuleSetting> = {}): Finding[] {
  const options = base === undefined ? { rules: [rule], knownRuleIds, settings } : { rules: [rule], knownRuleIds, settings, base: texts(base) };
  return lintRun(texts(head), options).flatMap((report) => report.findings);
}

function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*')}$`);
}

export function comparisonTester(rule: Rule, cases: { valid: ComparisonValidCase[]; invalid: ComparisonInvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('is a comparison rule with both valid and invalid cases', () => {
      expect(rule.meta.comparison).toBe(true);
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    describe('valid', () => {
      for (const testCase of cases.valid) {
        it(testCase.name, () => {
          const findings = runComparison(rule, testCase.base, testCase.head, testCase.settings);
          expect(findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        it(testCase.name, () => {
          const findings = runComparison(rule, testCase.base, testCase.head, testCase.settings);
          const onlyFile = texts(testCase.head)[0]!.file;
          const actual = findings.map((finding) => ({ file: finding.file, line: finding.line, column: finding.column, ruleId: finding.ruleId }));
          const expected = testCase.errors.map((error) => ({ file: error.file ?? onlyFile, line: error.line, column: error.column, ruleId: rule.meta.id }));
          expect(actual).toEqual(expected);
          testCase.errors.forEach((error, index) => {
            const finding = findings[index]!;
            const template = rule.meta.messages[error.messageId];
            expect(template, `message id ${error.messageId}`).toBeDefined();
            expect(finding.message).toMatch(templatePattern(template!.message));
            expect(finding.help.length).toBeGreaterThan(0);
            for (const text of error.helpIncludes ?? []) expect(finding.help).toContain(text);
            expect(`${finding.message} ${finding.help}`).not.toMatch(/\{\w+\}/);
            if (error.endLine !== undefined) expect(finding.endLine).toBe(error.endLine);
            if (error.endColumn !== undefined) expect(finding.endColumn).toBe(error.endColumn);
            if (error.severity !== undefined) expect(finding.severity).toBe(error.severity);
            for (const text of error.messageIncludes ?? []) expect(finding.message).toContain(text);
            expect(finding.reference).toBe(rule.meta.reference);
            expect(finding.docsUrl).toBe(rule.meta.docsUrl);
            expect(finding.isNew).toBe(true);
          });
          expect(runComparison(rule, undefined, testCase.head, testCase.settings), 'without a base the rule never fires').toEqual([]);
        });
      }
    });
  });
}
