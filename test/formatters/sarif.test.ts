import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { formatSarif, toUriReference } from '../../src/formatters/sarif.js';
import { rules } from '../../src/rules/index.js';
import { yaml } from '../support/dedent.js';
import { plainContext, reportOf } from '../support/report.js';

const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
const AjvDraft04 = ajvDraft04.default;
const addFormats = addFormatsModule as unknown as (ajv: InstanceType<typeof AjvDraft04>) => void;
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

const inventory = yaml`
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
          lawfull_basis: consent
`;

function sarifOf(files: Record<string, string>): Sarif.Log {
  return JSON.parse(formatSarif(reportOf(files), plainContext)) as Sarif.Log;
}

describe('sarif formatter', () => {
  it('is valid against the official SARIF 2.1.0 schema', () => {
    const log = sarifOf({ 'privacy/ropa.yaml': inventory, 'odd name #1.ropa.yaml': 'version: 1\n' });
    const valid = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('describes every rule and links each result to its rule', () => {
    const log = sarifOf({ 'privacy/ropa.yaml': inventory });
    const run = log.runs[0]!;
    const driverRules = run.tool.driver.rules!;
    expect(driverRules.map((rule) => rule.id)).toEqual(rules.filter((rule) => !rule.meta.comparison).map((rule) => rule.meta.id));
    for (const rule of driverRules) {
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.help?.text).toBeTruthy();
      expect(rule.helpUri).toMatch(/^https:\/\/.+\/docs\/rules\/[a-z-]+\.md$/);
    }
    const result = run.results![0]!;
    expect(driverRules[result.ruleIndex!]!.id).toBe(result.ruleId);
    expect(result.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'privacy/ropa.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 15, startColumn: 9, endLine: 15, endColumn: 22 },
    });
  });

  it('keeps a fingerprint when lines above the finding change, and changes it for another finding', () => {
    const before = sarifOf({ 'ropa.yaml': inventory }).runs[0]!.results![0]!;
    const after = sarifOf({ 'ropa.yaml': `# a new comment\n# and another\n${inventory}` }).runs[0]!.results![0]!;
    expect(after.locations![0]!.physicalLocation!.region!.startLine).toBe(17);
    expect(after.partialFingerprints).toEqual(before.partialFingerprints);
    const other = sarifOf({ 'ropa.yaml': inventory.replace('lawfull_basis', 'lawfull_basiss') }).runs[0]!.results![0]!;
    expect(other.partialFingerprints).not.toEqual(before.partialFingerprints);
  });

  it('is one run with a fixed automation id: every upload replaces the last one of category ropa-lint', () => {
    const one = sarifOf({ 'privacy/ropa.yaml': inventory });
    const other = sarifOf({ 'a.ropa.yaml': 'version: 1\n', 'b.ropa.yaml': inventory });
    expect(one.runs).toHaveLength(1);
    expect(other.runs).toHaveLength(1);
    expect(one.runs[0]!.automationDetails).toEqual({ id: 'ropa-lint/' });
    expect(other.runs[0]!.automationDetails).toEqual(one.runs[0]!.automationDetails);
  });

  it('gives a rule a name only where it says more than the id (SARIF1001): `schema` has none', () => {
    const driverRules = sarifOf({ 'ropa.yaml': inventory }).runs[0]!.tool.driver.rules!;
    expect(driverRules.find((rule) => rule.id === 'schema')).not.toHaveProperty('name');
    expect(driverRules.find((rule) => rule.id === 'consent-not-opt-in')?.name).toBe('ConsentNotOptIn');
    for (const rule of driverRules) expect(rule.name?.toLowerCase()).not.toBe(rule.id.toLowerCase());
  });

  it('encodes paths as URI references', () => {
    expect(toUriReference('odd name #1/ropa.yaml')).toBe('odd%20name%20%231/ropa.yaml');
    expect(toUriReference('a\\b.yaml')).toBe('a/b.yaml');
  });
});
