/**
 * ESLint-style rule tables: `valid` cases must produce no finding of the rule, `invalid`
 * cases exactly the listed findings, each with its message id (checked through the message
 * text), line, column and, where given, end and severity.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/core/engine.js';
import type { DocumentState } from '../../src/core/document.js';
import type { NoticeInput } from '../../src/core/notice.js';
import type { Rule } from '../../src/core/rule.js';
import { fillTemplate } from '../../src/core/rule.js';
import type { Finding, RuleSetting, Severity } from '../../src/core/types.js';
import { rules } from '../../src/rules/index.js';

/** Every registered rule id: an ignore of another rule than the one under test is not "unknown". */
export const knownRuleIds: readonly string[] = rules.map((rule) => rule.meta.id);

export interface ValidCase {
  name: string;
  yaml: string;
  settings?: Record<string, RuleSetting>;
  /** Privacy notices by `notice` path: Markdown text, or what the CLI found instead. Unset: notices not read. */
  notices?: Record<string, string | NoticeInput>;
  /**
   * Documents by path as written in the inventory: the paths that exist (a list), or what was found
   * at each (a record; a path not in it is missing). Unset: documents not looked for.
   */
  documents?: readonly string[] | Record<string, DocumentState>;
}

export interface ExpectedFinding {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity?: Severity;
  /** Text the message must contain (ids, values). */
  messageIncludes?: string[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

/** Runs one rule alone (plus nothing else) on a YAML text. */
export function runRule(
  rule: Rule,
  text: string,
  settings: Record<string, RuleSetting> = {},
  notices?: Record<string, string | NoticeInput>,
  documents?: readonly string[] | Record<string, DocumentState>,
): Finding[] {
  const provided = notices && new Map(Object.entries(notices).map(([path, notice]) => [path, typeof notice === 'string' ? { text: notice } : notice]));
  const found: Map<string, DocumentState> | undefined =
    documents && new Map(Array.isArray(documents) ? documents.map((path) => [path, { status: 'present' } as const]) : Object.entries(documents));
  return lintSource(text, 'test.ropa.yaml', { rules: [rule], knownRuleIds, settings, ...(provided ? { notices: provided } : {}), ...(found ? { documents: found } : {}) }).findings;
}

/** A regular expression that matches the rule's message template with any data filled in. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*')}$`);
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has both valid and invalid cases', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    describe('valid', () => {
      for (const testCase of cases.valid) {
        it(testCase.name, () => {
          const findings = runRule(rule, testCase.yaml, testCase.settings, testCase.notices, testCase.documents);
          expect(findings.map((finding) => `${finding.line}:${finding.column} ${finding.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        it(testCase.name, () => {
          const findings = runRule(rule, testCase.yaml, testCase.settings, testCase.notices, testCase.documents);
          const actual = findings.map((finding) => ({ line: finding.line, column: finding.column, ruleId: finding.ruleId }));
          const expected = testCase.errors.map((error) => ({ line: error.line, column: error.column, ruleId: rule.meta.id }));
          expect(actual).toEqual(expected);
          testCase.errors.forEach((error, index) => {
            const finding = findings[index]!;
            const template = rule.meta.messages[error.messageId];
            expect(template, `message id ${error.messageId}`).toBeDefined();
            expect(finding.message).toMatch(templatePattern(template!.message));
            expect(finding.message).not.toMatch(/\{\w+\}/);
            expect(finding.help).not.toMatch(/\{\w+\}/);
            expect(finding.help.length).toBeGreaterThan(0);
            if (error.endLine !== undefined) expect(finding.endLine).toBe(error.endLine);
            if (error.endColumn !== undefined) expect(finding.endColumn).toBe(error.endColumn);
            if (error.severity !== undefined) expect(finding.severity).toBe(error.severity);
            for (const text of error.messageIncludes ?? []) expect(finding.message).toContain(text);
            expect(finding.reference).toBe(rule.meta.reference);
            expect(finding.docsUrl).toBe(rule.meta.docsUrl);
          });
        });
      }
    });
  });
}

export { fillTemplate };
