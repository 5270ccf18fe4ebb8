/**
 * SPEC §2.1 "Precise triggers", bullet by bullet, with every rule running: each bullet has a
 * record where it fires and one where it must stay quiet, and each case lists every finding
 * the whole record gets (rule, line, column), so a rule that starts speaking where another one
 * already does fails here too. The rule tables (test/rules/) hold the many cases per rule; this
 * file shows how the rules answer together.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/core/engine.js';
import { rules } from '../../src/rules/index.js';

const NOTICE = 'docs/privacy-notice.md';

/** A compliant record with an AI-training purpose: every case below changes one thing in it. */
const base = `version: 1
controller:
  name: Acme Chat Ltd
  contact: privacy@acme.example
notice: docs/privacy-notice.md
data_subjects:
  - id: workspace-members
    name: Members of customer workspaces
    children: false
data_categories:
  - id: chat-messages
    name: Messages, files and reactions
    source: communications-content
    special: []
    criminal: false
    collected_for: [deliver-messages, train-reply-model]
processing_activities:
  - id: smart-replies
    name: Smart replies
    description: Deliver messages and suggest replies in chat.
    role: controller
    data_subjects: [workspace-members]
    data_categories: [chat-messages]
    purposes:
      - id: deliver-messages
        description: Store and deliver the messages members send each other.
        ai_training: false
        lawful_basis: contract
      - id: train-reply-model
        description: Train the reply-suggestion model on past conversations.
        ai_training: true
        lawful_basis: consent
        consent:
          collection: opt-in
          explicit: true
          granular: true
          required_for_service: false
          given_by: all-participants
          withdrawal: in-product
          records: consent-service
    recipients: []
    transfers: []
    retention: P90D
    security_measures: [encryption-at-rest, access-control]
    dpia:
      status: completed
      reference: DPIA-2026-04
    automated_decision_making: false
`;

const disclosingNotice = `# Privacy notice

We store and deliver your messages (deliver-messages) under our contract with you.

## Reply suggestions {#train-reply-model}

If everyone in a conversation opts in, we use it to train the model that suggests replies.

## Your choices

You can withdraw your consent at any time in Settings, and object to any processing.
`;

interface Case {
  name: string;
  /** Exact text replacements applied to the base record, in order. */
  edits?: [from: string, to: string][];
  notice?: string | null;
  /** Relative paths that exist in the repository. */
  files?: string[];
  /** Every finding of the whole record: `rule line:column`. */
  findings: string[];
}

/** The training purpose turned into one that does not train: its id must not say it trains either. */
const NOT_TRAINING: [string, string][] = [
  ['    collected_for: [deliver-messages, train-reply-model]', '    collected_for: [deliver-messages, suggest-replies]'],
  ['      - id: train-reply-model', '      - id: suggest-replies'],
  ['        ai_training: true\n        lawful_basis: consent', '        ai_training: false\n        lawful_basis: consent'],
];

function edited(edits: [string, string][] = []): string {
  let text = base;
  for (const [from, to] of edits) {
    expect(text, `the base record contains ${JSON.stringify(from)}`).toContain(from);
    text = text.replace(from, to);
  }
  return text;
}

function findingsOf(testCase: Case): string[] {
  const notice = testCase.notice === undefined ? disclosingNotice : testCase.notice;
  const files = new Set(testCase.files ?? []);
  const report = lintSource(edited(testCase.edits), 'privacy/ropa.yaml', {
    rules,
    today: '2026-11-30',
    notices: (path) => (path === NOTICE && notice !== null ? { text: notice } : { problem: 'missing' }),
    documents: (path) => (files.has(path) ? { status: 'present' } : { status: 'missing' }),
  });
  return report.findings.map((finding) => `${finding.ruleId} ${finding.line}:${finding.column}`);
}

const bullets: Record<string, Case[]> = {
  'Scope: AI rules look only at ai_training: true; the ePrivacy rules are AI rules': [
    { name: 'the base record: consent from all participants, disclosed, assessed', findings: [] },
    {
      name: 'the same communications used only to deliver messages need no ePrivacy consent',
      edits: [...NOT_TRAINING, ['        description: Train the reply-suggestion model on past conversations.', '        description: Show reply suggestions written by hand.']],
      findings: [],
    },
    {
      name: 'training on communications content with opt-out consent: the ePrivacy rule and the consent rule both speak',
      edits: [['          collection: opt-in', '          collection: opt-out']],
      findings: ['eprivacy-communications-consent 33:9', 'consent-not-opt-in 34:23'],
    },
  ],
  'Consent is required: basis consent, explicit-consent condition, or an ePrivacy rule': [
    {
      name: 'explicit consent covers the health data for training; the delivery purpose still needs an Art. 9 condition of its own',
      edits: [['    special: []', '    special: [health]'], ['        lawful_basis: consent\n        consent:', '        lawful_basis: consent\n        special_category_condition: explicit-consent\n        consent:']],
      findings: ['special-category-condition 25:13'],
    },
    {
      name: 'explicit-consent condition on a contract purpose without any consent block',
      edits: [
        ['    special: []', '    special: [health]'],
        ['        ai_training: false\n        lawful_basis: contract', '        ai_training: false\n        lawful_basis: contract\n        special_category_condition: explicit-consent'],
      ],
      findings: ['consent-details-missing 25:13', 'special-category-condition 30:13'],
    },
  ],
  'Valid consent: no consent rule rejects the block; records judge proof, not validity': [
    {
      name: 'a block without records is still valid consent for ePrivacy (only consent-records speaks)',
      edits: [['          records: consent-service\n', '']],
      findings: ['consent-records 33:9'],
    },
    {
      name: 'a block given by one participant is rejected, so ePrivacy consent is not valid',
      edits: [['          given_by: all-participants', '          given_by: data-subject']],
      findings: ['eprivacy-communications-consent 38:21', 'consent-given-by-third-party 38:21'],
    },
  ],
  'ai-training-undeclared: says its data trains a model, not that it uses one': [
    {
      name: 'a purpose that uses a trained model',
      edits: [['        description: Store and deliver the messages members send each other.', '        description: Translate messages with our fine-tuned translation model.']],
      findings: [],
    },
    {
      name: 'a purpose that improves models with its data but is not marked',
      edits: [['        description: Store and deliver the messages members send each other.', '        description: Messages are also used to improve our speech models.']],
      findings: ['ai-training-undeclared 27:22'],
    },
  ],
  'Disclosure in a notice: an anchor ties a section, visible words about training disclose': [
    {
      name: 'an anchor on a section that says nothing about training is not disclosure',
      notice: disclosingNotice.replace('If everyone in a conversation opts in, we use it to train the model that suggests replies.', 'We suggest replies as you type.'),
      findings: ['notice-undisclosed-purpose 29:13'],
    },
    {
      name: 'a comment anchor with training words in its section discloses',
      notice: disclosingNotice.replace('## Reply suggestions {#train-reply-model}', '<!-- ropa:train-reply-model -->\n## Reply suggestions'),
      findings: [],
    },
  ],
  'record-incomplete: [] means none, an absent key is incomplete; retention is not its concern': [
    {
      name: 'recipients and transfers absent: one finding naming both',
      edits: [['    recipients: []\n    transfers: []\n', '']],
      findings: ['record-incomplete 18:9'],
    },
    {
      name: 'retention absent: only retention-missing speaks',
      edits: [['    retention: P90D\n', '']],
      findings: ['retention-missing 18:9'],
    },
  ],
  'purpose-compatibility: reuse is a collected_for without the training purpose\'s own id': [
    {
      name: 'data collected for delivery only, trained on under legitimate interests without an assessment',
      edits: [
        ['    collected_for: [deliver-messages, train-reply-model]', '    collected_for: [deliver-messages]'],
        ['        lawful_basis: consent\n        consent:', '        lawful_basis: legitimate-interests\n        legitimate_interests:\n          interest: Better suggestions\n          assessment: LIA-2026-02\n          objection: in-product\n          objection_before_processing: true\n        consent:'],
      ],
      findings: ['purpose-compatibility 29:13'],
    },
  ],
  'right-to-object: legitimate interests without a block, or objection none': [
    {
      name: 'legitimate interests without a legitimate_interests block',
      edits: [['        ai_training: false\n        lawful_basis: contract', '        ai_training: false\n        lawful_basis: legitimate-interests']],
      findings: ['legitimate-interests-assessment 25:13', 'right-to-object 25:13'],
    },
  ],
  'automated-decision: every purpose on contract, law or explicit consent': [
    { name: 'contract and explicit consent', edits: [['    automated_decision_making: false', '    automated_decision_making: true']], findings: [] },
    {
      name: 'one purpose on legitimate interests',
      edits: [
        ['    automated_decision_making: false', '    automated_decision_making: true'],
        ['        ai_training: false\n        lawful_basis: contract', '        ai_training: false\n        lawful_basis: legitimate-interests\n        legitimate_interests:\n          interest: Deliver faster\n          assessment: LIA-2026-01\n          objection: in-product\n          objection_before_processing: true'],
      ],
      findings: ['automated-decision 28:23'],
    },
  ],
  'dpia-required: WP248 criteria for every activity': [
    {
      name: 'training without a DPIA is an error',
      edits: [['    dpia:\n      status: completed\n      reference: DPIA-2026-04\n', '']],
      findings: ['dpia-required 18:9'],
    },
    {
      name: 'an activity without training meeting two criteria (children, listed evaluation) is a warning',
      edits: [
        ['    children: false', '    children: true'],
        ...NOT_TRAINING,
        ['        description: Train the reply-suggestion model on past conversations.', '        description: Score replies for tone.'],
        ['          records: consent-service', '          records: consent-service\n          age_verification: parental consent by e-mail'],
        ['    dpia:\n      status: completed\n      reference: DPIA-2026-04\n', '    dpia:\n      criteria: [evaluation-scoring]\n'],
      ],
      findings: ['dpia-required 46:5'],
    },
  ],
  'Not written: placeholders count as absent': [
    {
      name: 'a retention of TBD is no retention',
      edits: [['    retention: P90D', '    retention: TBD']],
      findings: ['retention-missing 43:16'],
    },
  ],
  'transfer-mechanism: outside the EEA without a mechanism': [
    {
      name: 'a processor in the US with a transfer entry using SCCs',
      edits: [['    recipients: []\n    transfers: []', '    recipients: []\n    processors:\n      - {name: GPU Cloud Inc, dpa: true, country: US}\n    transfers:\n      - {country: US, mechanism: scc}']],
      findings: [],
    },
    {
      name: 'a processor in the US and no transfer entry',
      edits: [['    recipients: []\n    transfers: []', '    recipients: []\n    processors:\n      - {name: GPU Cloud Inc, dpa: true, country: US}\n    transfers: []']],
      findings: ['transfer-mechanism 43:51'],
    },
  ],
  'document-missing: relative paths only, and only the fields that name a document': [
    {
      name: 'an identifier and an existing path are fine',
      edits: [['      reference: DPIA-2026-04', '      reference: docs/dpia/replies.md']],
      files: ['docs/dpia/replies.md'],
      findings: [],
    },
    {
      name: 'a path that does not exist is reported by this rule alone',
      edits: [['      reference: DPIA-2026-04', '      reference: docs/dpia/replies.md']],
      findings: ['document-missing 47:18'],
    },
  ],
  'One finding per fact: no notice means only notice-missing': [
    { name: 'the notice file does not exist', notice: null, findings: ['notice-missing 5:9'] },
  ],
  'Empty lists: security_measures: [] is incomplete; retention on every category counts': [
    { name: 'security_measures: []', edits: [['    security_measures: [encryption-at-rest, access-control]', '    security_measures: []']], findings: ['record-incomplete 18:9'] },
    {
      name: 'retention only on the data category',
      edits: [['    retention: P90D\n', ''], ['    collected_for: [deliver-messages, train-reply-model]', '    collected_for: [deliver-messages, train-reply-model]\n    retention: P90D']],
      findings: [],
    },
  ],
};

describe('SPEC §2.1 precise triggers, all rules together', () => {
  for (const [bullet, cases] of Object.entries(bullets)) {
    describe(bullet, () => {
      for (const testCase of cases) {
        it(testCase.name, () => {
          expect(findingsOf(testCase).sort()).toEqual([...testCase.findings].sort());
        });
      }
    });
  }
});
