/**
 * What an `x-ropa-lint-ignore` covers (SPEC §2): the findings of its rule about the element it
 * stands on — the top of the file, a data subject, a data category, an activity, a purpose — and
 * everything inside it; a finding about an activity that its purposes cause, when every causing
 * purpose has one. Each case runs a few real rules with invalid-ignore and lists, by rule, line and
 * column, what is still reported and what is suppressed (with the reason shown).
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/core/engine.js';
import type { RuleSetting } from '../../src/core/types.js';
import { rulesById } from '../../src/rules/index.js';
import { yaml } from '../support/dedent.js';

const TODAY = '2026-11-25';

function lint(text: string, ruleIds: readonly string[], settings: Record<string, RuleSetting> = {}) {
  const rules = [...ruleIds, 'invalid-ignore'].map((id) => rulesById.get(id)!);
  const report = lintSource(text, 'ropa.yaml', { rules, knownRuleIds: [...rulesById.keys()], settings, today: TODAY });
  return {
    report,
    findings: report.findings.map((finding) => `${finding.ruleId} ${finding.line}:${finding.column}`),
    suppressed: report.suppressed.map((finding) => `${finding.ruleId} ${finding.line}:${finding.column} ${finding.reason}${finding.until === null ? '' : ` until ${finding.until}`}`),
    messages: report.findings.filter((finding) => finding.ruleId === 'invalid-ignore').map((finding) => finding.message),
  };
}

interface Case {
  name: string;
  yaml: string;
  rules: string[];
  settings?: Record<string, RuleSetting>;
  findings: string[];
  suppressed: string[];
  /** The invalid-ignore messages, in order, when the case is about one. */
  messages?: string[];
}

/** Two activities without retention, one with two training purposes; two categories claimed anonymous; a duplicated subject. */
interface Ignores {
  top?: string;
  subject?: string;
  category?: string;
  activity?: string;
  train?: string;
  evaluate?: string;
  answer?: string;
  /** `evaluate` does not train: `train` alone causes the activity's dpia-required. */
  single?: boolean;
}

const inventory = (ignores: Ignores = {}) => {
  // Indents include the template's own four spaces, which yaml`` strips.
  const at = (entries: string | undefined, indent: string) => (entries === undefined ? '' : `\n${indent}x-ropa-lint-ignore: [${entries}]`);
  const text = yaml`
    version: 1
    controller: {name: Acme}${at(ignores.top, '    ')}
    data_subjects:
      - {id: users, name: Users}
      - id: users
        name: Users again${at(ignores.subject, '        ')}
    data_categories:
      - id: usage
        name: Usage
        source: observed
        anonymised: true${at(ignores.category, '        ')}
      - {id: stats, name: Stats, source: inferred, anonymised: true}
    processing_activities:
      - id: replies
        name: Replies${at(ignores.activity, '        ')}
        purposes:
          - id: train
            description: Train the reply model.
            ai_training: true
            lawful_basis: consent
            consent: {collection: opt-in, withdrawal: in-product}${at(ignores.train, '            ')}
          - id: evaluate
            description: Evaluate the reply model.
            ai_training: true
            lawful_basis: consent
            consent: {collection: opt-in, withdrawal: in-product}${at(ignores.evaluate, '            ')}
      - id: support
        name: Support
        purposes:
          - id: answer
            description: Answer tickets.
            ai_training: false
            lawful_basis: consent
            consent: {collection: opt-in, withdrawal: in-product}${at(ignores.answer, '            ')}
  `;
  if (!ignores.single) return text;
  const single = text.replace('Evaluate the reply model.\n        ai_training: true', 'Check replies for abuse.\n        ai_training: false');
  expect(single).not.toBe(text);
  return single;
};

const ALL = ['retention-missing', 'consent-records', 'anonymisation-claim', 'duplicate-id', 'dpia-required'];

const cases: Case[] = [
  {
    name: 'nothing ignored: every finding is reported',
    yaml: inventory(),
    rules: ALL,
    findings: ['duplicate-id 5:9', 'anonymisation-claim 11:17', 'anonymisation-claim 12:60', 'dpia-required 14:9', 'retention-missing 14:9', 'consent-records 21:9', 'consent-records 26:9', 'retention-missing 27:9', 'consent-records 34:9'],
    suppressed: [],
  },

  // The top of the file covers the whole inventory.
  {
    name: 'at the top: covers the findings of its rule in every activity',
    yaml: inventory({ top: '{rule: retention-missing, reason: "the records schedule sets retention"}' }),
    rules: ['retention-missing', 'consent-records'],
    findings: ['consent-records 22:9', 'consent-records 27:9', 'consent-records 35:9'],
    suppressed: ['retention-missing 15:9 the records schedule sets retention', 'retention-missing 28:9 the records schedule sets retention'],
  },

  // A data subject covers itself only.
  {
    name: 'on a data subject: covers the finding about that subject',
    yaml: inventory({ subject: '{rule: duplicate-id, reason: "merged with users in the next release", until: 2027-01-31}' }),
    rules: ['duplicate-id'],
    findings: [],
    suppressed: ['duplicate-id 5:9 merged with users in the next release until 2027-01-31'],
  },
  {
    name: 'on a data subject: does not cover a data category, and says it suppresses nothing',
    yaml: inventory({ subject: '{rule: anonymisation-claim, reason: "aggregated"}' }),
    rules: ['anonymisation-claim'],
    findings: ['invalid-ignore 7:33', 'anonymisation-claim 12:17', 'anonymisation-claim 13:60'],
    suppressed: [],
    messages: ['the ignore of `anonymisation-claim` on data subject `users` suppresses nothing: `anonymisation-claim` reports nothing about data subject `users`'],
  },

  // A data category covers the findings reported at /data_categories/N/...
  {
    name: 'on a data category: covers that category, not the next one',
    yaml: inventory({ category: '{rule: anonymisation-claim, reason: "k-anonymity assessment in progress (PRIV-7)"}' }),
    rules: ['anonymisation-claim'],
    findings: ['anonymisation-claim 13:60'],
    suppressed: ['anonymisation-claim 11:17 k-anonymity assessment in progress (PRIV-7)'],
  },
  {
    name: 'on an activity: does not cover a data category the activity uses',
    yaml: inventory({ activity: '{rule: anonymisation-claim, reason: "aggregated"}' }),
    rules: ['anonymisation-claim'],
    findings: ['anonymisation-claim 11:17', 'anonymisation-claim 12:60', 'invalid-ignore 16:33'],
    suppressed: [],
    messages: ['the ignore of `anonymisation-claim` on activity `replies` suppresses nothing: `anonymisation-claim` reports nothing about activity `replies`'],
  },

  // An activity covers itself and its purposes.
  {
    name: 'on an activity: covers the finding about it, not the other activity',
    yaml: inventory({ activity: '{rule: retention-missing, reason: "kept as long as the model"}' }),
    rules: ['retention-missing'],
    findings: ['retention-missing 28:9'],
    suppressed: ['retention-missing 14:9 kept as long as the model'],
  },
  {
    name: 'on an activity: covers its purposes, not the purposes of another activity',
    yaml: inventory({ activity: '{rule: consent-records, reason: "consent proof kept by the app store"}' }),
    rules: ['consent-records'],
    findings: ['consent-records 35:9'],
    suppressed: ['consent-records 22:9 consent proof kept by the app store', 'consent-records 27:9 consent proof kept by the app store'],
  },

  // A purpose covers itself.
  {
    name: 'on a purpose: covers that purpose, not its sibling',
    yaml: inventory({ train: '{rule: consent-records, reason: "consent proof kept by the app store"}' }),
    rules: ['consent-records'],
    findings: ['consent-records 27:9', 'consent-records 35:9'],
    suppressed: ['consent-records 21:9 consent proof kept by the app store'],
  },
  {
    name: 'on a purpose: does not cover a finding about its activity that it does not cause',
    yaml: inventory({ train: '{rule: retention-missing, reason: "kept as long as the model"}' }),
    rules: ['retention-missing'],
    findings: ['retention-missing 14:9', 'invalid-ignore 22:37', 'retention-missing 28:9'],
    suppressed: [],
    messages: ['the ignore of `retention-missing` on purpose `train` suppresses nothing: `retention-missing` reports nothing about purpose `train`'],
  },

  // A finding about an activity that its purposes cause: dpia-required for training purposes.
  {
    name: 'caused by one purpose: the ignore on that purpose covers it and is used',
    yaml: inventory({ single: true, train: '{rule: dpia-required, reason: "DPIA of the platform covers it (DPIA-12)"}' }),
    rules: ['dpia-required'],
    findings: [],
    suppressed: ['dpia-required 14:9 DPIA of the platform covers it (DPIA-12)'],
  },
  {
    name: 'caused by two purposes, one ignored: the finding stays, and the ignore says which purpose lacks one',
    yaml: inventory({ train: '{rule: dpia-required, reason: "DPIA of the platform covers it"}' }),
    rules: ['dpia-required'],
    findings: ['dpia-required 14:9', 'invalid-ignore 22:37'],
    suppressed: [],
    messages: ['the ignore of `dpia-required` on purpose `train` does not suppress the finding on activity `replies`: purpose `evaluate` causes it too, with no ignore of `dpia-required`'],
  },
  {
    name: 'caused by two purposes, both ignored: covered, with both reasons and the earlier end',
    yaml: inventory({ train: '{rule: dpia-required, reason: "platform DPIA", until: 2027-06-30}', evaluate: '{rule: dpia-required, reason: "evaluation on synthetic data", until: 2027-01-31}' }),
    rules: ['dpia-required'],
    findings: [],
    suppressed: ['dpia-required 14:9 platform DPIA; evaluation on synthetic data until 2027-01-31'],
  },
  {
    name: 'caused by purposes, ignored on the activity: covered directly',
    yaml: inventory({ activity: '{rule: dpia-required, reason: "platform DPIA"}' }),
    rules: ['dpia-required'],
    findings: [],
    suppressed: ['dpia-required 14:9 platform DPIA'],
  },
  {
    name: 'a purpose that does not train does not cause it: its ignore covers nothing',
    yaml: inventory({ single: true, evaluate: '{rule: dpia-required, reason: "platform DPIA"}' }),
    rules: ['dpia-required'],
    findings: ['dpia-required 14:9', 'invalid-ignore 27:37'],
    suppressed: [],
    messages: ['the ignore of `dpia-required` on purpose `evaluate` suppresses nothing: `dpia-required` reports nothing about purpose `evaluate`'],
  },

  // Several entries, and entries that do not suppress.
  {
    name: 'covered at two levels: the innermost reason is shown, and neither entry is unused',
    yaml: inventory({ top: '{rule: consent-records, reason: "consent proof kept by the app store"}', train: '{rule: consent-records, reason: "proof kept in the consent service"}' }),
    rules: ['consent-records'],
    findings: [],
    suppressed: ['consent-records 22:9 proof kept in the consent service', 'consent-records 28:9 consent proof kept by the app store', 'consent-records 36:9 consent proof kept by the app store'],
  },
  {
    name: 'an entry without a reason does not suppress, and is reported',
    yaml: inventory({ activity: '{rule: retention-missing}' }),
    rules: ['retention-missing'],
    findings: ['retention-missing 14:9', 'invalid-ignore 16:26', 'retention-missing 28:9'],
    suppressed: [],
    messages: ['the ignore of `retention-missing` on activity `replies` has no reason, so the finding is still reported'],
  },
  {
    name: 'an expired entry does not suppress, and is reported',
    yaml: inventory({ category: '{rule: anonymisation-claim, reason: "assessment due", until: 2026-11-24}' }),
    rules: ['anonymisation-claim'],
    findings: ['anonymisation-claim 11:17', 'invalid-ignore 12:87', 'anonymisation-claim 13:60'],
    suppressed: [],
    messages: ['the ignore of `anonymisation-claim` on data category `usage` expired on 2026-11-24, so the finding is reported again'],
  },
  {
    name: 'an entry for a rule switched off is not unused',
    yaml: inventory({ train: '{rule: consent-records, reason: "proof kept in the consent service"}' }),
    rules: ['consent-records', 'retention-missing'],
    settings: { 'consent-records': 'off' },
    findings: ['retention-missing 14:9', 'retention-missing 28:9'],
    suppressed: [],
  },
  {
    name: 'an entry for a rule that did not run is not unused',
    yaml: inventory({ train: '{rule: consent-records, reason: "proof kept in the consent service"}' }),
    rules: ['retention-missing'],
    findings: ['retention-missing 14:9', 'retention-missing 28:9'],
    suppressed: [],
  },
  {
    name: 'invalid-ignore cannot be ignored: the entry is reported, and so is the unused one',
    yaml: inventory({ top: '{rule: invalid-ignore, reason: "too noisy"}', train: '{rule: retention-missing, reason: "kept as long as the model"}' }),
    rules: ['retention-missing'],
    findings: ['invalid-ignore 3:29', 'retention-missing 15:9', 'invalid-ignore 23:37', 'retention-missing 29:9'],
    suppressed: [],
    messages: [
      'the ignore of `invalid-ignore` at the top of the file has no effect: entries that do not work are always reported',
      'the ignore of `retention-missing` on purpose `train` suppresses nothing: `retention-missing` reports nothing about purpose `train`',
    ],
  },
];

describe('x-ropa-lint-ignore', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const result = lint(testCase.yaml, testCase.rules, testCase.settings);
      expect({ findings: result.findings, suppressed: result.suppressed }).toEqual({ findings: testCase.findings, suppressed: testCase.suppressed });
      if (testCase.messages) expect(result.messages).toEqual(testCase.messages);
    });
  }

  it('at the top: covers a finding about the controller, outside every list', () => {
    const text = inventory({ top: '{rule: record-incomplete, reason: "contact kept in the DPO register"}' });
    expect(lint(text, ['record-incomplete']).suppressed).toContain('record-incomplete 2:1 contact kept in the DPO register');
    expect(lint(text, ['record-incomplete']).findings).toEqual([]);
    expect(lint(inventory(), ['record-incomplete']).findings).toContain('record-incomplete 2:1');
  });
});

describe('an ignore in a place that cannot carry one', () => {
  const purpose = (extra: string) => yaml`
    version: 1
    controller: {name: Acme}
    processing_activities:
      - id: replies
        name: Replies
        purposes:
          - id: train
            lawful_basis: consent
            ${extra}
  `;

  it('inside a consent block: suppresses nothing and is reported where it stands', () => {
    const result = lint(purpose('consent: {collection: opt-in, withdrawal: in-product, x-ropa-lint-ignore: [{rule: consent-records, reason: r}]}'), ['consent-records']);
    expect(result.findings).toEqual(['consent-records 9:9', 'invalid-ignore 9:63']);
    expect(result.suppressed).toEqual([]);
    expect(result.messages).toEqual(['the `x-ropa-lint-ignore` under `consent` of purpose `train` is not read, so it suppresses nothing']);
    expect(result.report.findings[1]!.help).toContain('move its entries to purpose `train`');
  });

  it('under the controller or a processor: names the element its entries belong on', () => {
    const text = yaml`
      version: 1
      controller:
        name: Acme
        x-ropa-lint-ignore: [{rule: record-incomplete, reason: r}]
      processing_activities:
        - id: replies
          name: Replies
          processors:
            - name: GPU Cloud
              x-ropa-lint-ignore: [{rule: processor-dpa, reason: r}]
          purposes: [{id: train, lawful_basis: contract}]
    `;
    const result = lint(text, []);
    expect(result.findings).toEqual(['invalid-ignore 4:3', 'invalid-ignore 10:9']);
    expect(result.messages).toEqual([
      'the `x-ropa-lint-ignore` under `controller` of the inventory is not read, so it suppresses nothing',
      'the `x-ropa-lint-ignore` under `processors[0]` of activity `replies` is not read, so it suppresses nothing',
    ]);
    expect(result.report.findings.map((finding) => finding.help)).toEqual([
      expect.stringContaining('move its entries to the top of the file'),
      expect.stringContaining('move its entries to activity `replies`'),
    ]);
  });

  it('wrongly typed: is read as no entry, never crashes, and leaves the finding reported', () => {
    for (const ignore of [
      'x-ropa-lint-ignore: {rule: consent-records, reason: r}',
      'x-ropa-lint-ignore: consent-records',
      'x-ropa-lint-ignore: [consent-records, 7, null, [rule]]',
      'x-ropa-lint-ignore: [{rule: 7, reason: [r], until: {day: 1}}]',
    ]) {
      const result = lint(purpose(`consent: {collection: opt-in, withdrawal: in-product}\n${' '.repeat(8)}${ignore}`), ['consent-records']);
      expect(result.suppressed, ignore).toEqual([]);
      expect(result.findings[0], ignore).toBe('consent-records 9:9');
    }
  });

  it('on elements of the wrong type or in a document of the wrong shape: never crashes', () => {
    for (const text of [
      '- x-ropa-lint-ignore: [{rule: schema, reason: r}]\n',
      'x-ropa-lint-ignore: [{rule: schema, reason: r}]\nprocessing_activities: {x-ropa-lint-ignore: [{rule: schema, reason: r}]}\n',
      'processing_activities: [{id: a, purposes: {x-ropa-lint-ignore: [{rule: dpia-required}]}}, 7, [x-ropa-lint-ignore]]\n',
      'data_categories: [{x-ropa-lint-ignore: 5}, {id: [x], x-ropa-lint-ignore: [{rule: anonymisation-claim, reason: r}], anonymised: true}]\n',
    ]) {
      expect(() => lint(text, ['schema', ...ALL]), text).not.toThrow();
    }
  });
});
