/**
 * Hostile and random input never escapes as an exception: every generated inventory and every
 * byte mutation of the examples lints to findings inside the file and to valid JSON.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/core/engine.js';
import { LineIndex } from '../src/core/line-index.js';
import { summarize } from '../src/core/types.js';
import { formatJson } from '../src/formatters/json.js';
import { formatSarif } from '../src/formatters/sarif.js';
import { formatStylish } from '../src/formatters/stylish.js';
import { rules } from '../src/rules/index.js';

const context = { rules: rules.map((rule) => rule.meta), color: false, version: 'fuzz' };

function checkText(text: string): void {
  const report = lintSource(text, 'fuzz.ropa.yaml', { rules, today: '2026-11-25' });
  const lines = new LineIndex(report.source).lineCount;
  for (const finding of [...report.findings, ...report.suppressed]) {
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.line).toBeLessThanOrEqual(lines);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    expect(finding.endLine).toBeGreaterThanOrEqual(finding.line);
    expect(finding.endLine).toBeLessThanOrEqual(lines);
    if (finding.endLine === finding.line) expect(finding.endColumn).toBeGreaterThanOrEqual(finding.column);
    expect(finding.message).not.toMatch(/\[object Object\]|\bundefined\b/);
  }
  const full = { files: [report], summary: summarize([report]) };
  expect(() => JSON.parse(formatJson(full, context))).not.toThrow();
  expect(() => JSON.parse(formatSarif(full, context))).not.toThrow();
  expect(formatStylish(full, context)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
}

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'prototype', '<script>alert(1)</script>', '\n::error::pwned', '::add-mask::x', '\u001b[2J', '](javascript:alert(1))', '@org/team', '```', '%0A', 'yes', 'null', '~', '*alias', '&anchor', '!!js/function x', '- item', '{a: b}'),
);
const scalar = fc.oneof(hostileString, fc.boolean(), fc.integer(), fc.constant(null), fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)));
const field = <T>(values: fc.Arbitrary<T>) => fc.option(fc.oneof(values, scalar), { nil: undefined, freq: 3 });
const idList = fc.array(fc.oneof(fc.constantFrom('users', 'messages', 'telemetry', 'kids', 'ghost'), hostileString), { maxLength: 3 });

const purpose = fc.record(
  {
    id: field(fc.constantFrom('train', 'deliver', 'Bad_Id')),
    description: field(fc.constantFrom('Train our models on chats.', 'Staff training records.', 'Fine-tune the LLM.')),
    ai_training: field(fc.boolean()),
    lawful_basis: field(fc.constantFrom('consent', 'contract', 'legitimate-interests', 'public-task', 'consnet')),
    special_category_condition: field(fc.constantFrom('explicit-consent', 'employment', 'made-public')),
    consent: field(
      fc.record(
        {
          collection: field(fc.constantFrom('opt-in', 'opt-out', 'terms-acceptance')),
          explicit: field(fc.boolean()),
          granular: field(fc.boolean()),
          required_for_service: field(fc.boolean()),
          given_by: field(fc.constantFrom('data-subject', 'all-participants', 'account-admin')),
          withdrawal: field(fc.constantFrom('in-product', 'email', 'none')),
          records: field(fc.constant('consent-service')),
          age_verification: field(fc.constant('id-check')),
        },
        { requiredKeys: [] },
      ),
    ),
    legitimate_interests: field(fc.record({ assessment: field(fc.constant('lia.md')), objection: field(fc.constantFrom('in-product', 'none')), objection_before_processing: field(fc.boolean()) }, { requiredKeys: [] })),
    compatibility_assessment: field(fc.constant('compat.md')),
    'x-ropa-lint-ignore': field(fc.array(fc.record({ rule: field(fc.constantFrom('consent-records', 'schema', 'nope')), reason: field(fc.string()), until: field(fc.constantFrom('2020-01-01', '2099-01-01', 'soon')) }, { requiredKeys: [] }), { maxLength: 2 })),
  },
  { requiredKeys: [] },
);

const inventory = fc.record(
  {
    version: field(fc.constant(1)),
    controller: field(fc.record({ name: field(fc.constant('Acme')), contact: field(fc.constant('p@acme.example')) }, { requiredKeys: [] })),
    data_subjects: field(fc.array(fc.record({ id: field(fc.constantFrom('users', 'kids')), name: field(fc.constant('Users')), children: field(fc.boolean()) }, { requiredKeys: [] }), { maxLength: 3 })),
    data_categories: field(
      fc.array(
        fc.record(
          {
            id: field(fc.constantFrom('messages', 'telemetry', 'health')),
            name: field(fc.constant('Data')),
            source: field(fc.constantFrom('communications-content', 'terminal-equipment', 'observed', 'public')),
            special: field(fc.array(fc.constantFrom('health', 'biometric'), { maxLength: 2 })),
            collected_for: field(idList),
            anonymised: field(fc.boolean()),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
    ),
    processing_activities: field(
      fc.array(
        fc.record(
          {
            id: field(fc.constantFrom('chat', 'analytics')),
            name: field(fc.constant('Activity')),
            role: field(fc.constantFrom('controller', 'processor')),
            data_subjects: field(idList),
            data_categories: field(idList),
            purposes: field(fc.array(purpose, { maxLength: 3 })),
            processors: field(fc.array(fc.record({ name: field(fc.constant('Cloud')), dpa: field(fc.boolean()), country: field(fc.constantFrom('US', 'DE', 'xx')) }, { requiredKeys: [] }), { maxLength: 2 })),
            transfers: field(fc.array(fc.record({ country: field(fc.constantFrom('US', 'IN')), mechanism: field(fc.constantFrom('scc', 'none')) }, { requiredKeys: [] }), { maxLength: 2 })),
            retention: field(fc.constant('P1Y')),
            dpia: field(fc.record({ status: field(fc.constantFrom('completed', 'missing')) }, { requiredKeys: [] })),
            automated_decision_making: field(fc.boolean()),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
    ),
  },
  { requiredKeys: [] },
);

describe('fuzz', () => {
  it('generated inventories, hostile values included', () => {
    fc.assert(
      fc.property(inventory, fc.boolean(), (value, flow) => {
        checkText(stringify(value, { collectionStyle: flow ? 'flow' : 'block', aliasDuplicateObjects: false }));
      }),
      { numRuns: 800, seed: 20261125 },
    );
  });

  const examples = ['acme-chat', 'slack-2024', 'zoom-2023', 'faulty'].map((name) => readFileSync(new URL(`../examples/${name}.ropa.yaml`, import.meta.url)));
  const mutation = fc.record({
    example: fc.nat({ max: examples.length - 1 }),
    edits: fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom('flip', 'insert', 'delete', 'duplicate'), byte: fc.integer({ min: 0, max: 255 }), length: fc.integer({ min: 1, max: 40 }) }), { minLength: 1, maxLength: 6 }),
  });

  it('byte mutations of the examples', () => {
    fc.assert(
      fc.property(mutation, ({ example, edits }) => {
        let bytes = Buffer.from(examples[example]!);
        for (const edit of edits) {
          const at = edit.at % (bytes.length + 1);
          if (edit.kind === 'flip' && at < bytes.length) bytes[at] = edit.byte;
          else if (edit.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([edit.byte]), bytes.subarray(at)]);
          else if (edit.kind === 'delete') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + edit.length)]);
          else bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at, at + edit.length), bytes.subarray(at)]);
        }
        checkText(bytes.toString('utf8'));
      }),
      { numRuns: 800, seed: 25112026 },
    );
  });
});
