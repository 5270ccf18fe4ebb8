/**
 * A help line says what to write instead, so it never offers the value that is wrong as the fix:
 * not `country: USA` back to someone who wrote `USA`, not `docs/dpia/Smart_Replies.md` built from
 * an id the schema rejects. Broken records of the kinds beginners write go through every rule
 * (and, against the unbroken record as the base, the comparison rules); no code span of any help
 * line may hold the invalid value as a value, and where the schema knows the fix it names it.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { lintRun } from '../../src/core/compare.js';
import type { Finding } from '../../src/core/types.js';
import { rules } from '../../src/rules/index.js';
import { yaml } from '../support/dedent.js';

/**
 * A record with the blocks beginners get wrong. Its own findings (two purposes without an Art.
 * 9(2) condition) do not matter: every help line of a broken record is read, whichever rule gives it.
 */
const record = yaml`
  version: 1
  controller:
    name: Acme Chat Ltd
    contact: privacy@acme.example
  record: {owner: Privacy team, updated: 2026-11-30}
  data_subjects:
    - id: workspace-members
      name: Members of customer workspaces
  data_categories:
    - id: chat-messages
      name: Messages
      source: communications-content
      special: [health]
      collected_for: [deliver-messages]
  processing_activities:
    - id: smart-replies
      name: Smart replies
      role: controller
      data_subjects: [workspace-members]
      data_categories: [chat-messages]
      purposes:
        - id: deliver-messages
          description: Store and deliver messages.
          ai_training: false
          lawful_basis: contract
        - id: train-reply-model
          description: Train the reply-suggestion model on past conversations.
          ai_training: true
          lawful_basis: consent
          special_category_condition: explicit-consent
          consent:
            collection: opt-in
            explicit: true
            granular: true
            required_for_service: false
            given_by: all-participants
            withdrawal: in-product
            records: consent-service
        - id: detect-spam
          description: Detect spam.
          ai_training: false
          lawful_basis: legitimate-interests
          legitimate_interests: {interest: No spam, assessment: docs/lia/spam.md, objection: in-product}
      recipients: []
      processors:
        - {name: GPU Cloud Inc, dpa: true, country: US}
      transfers:
        - {country: US, mechanism: scc}
      retention: P90D
      security_measures: [encryption-at-rest]
      dpia: {status: completed, reference: docs/dpia/smart-replies.md}
  x-ropa-lint-ignore:
    - {rule: notice-missing, reason: The notice is published by the parent company}
`;

const ACTIVITY = ['processing_activities', 0];
const TRAINING = [...ACTIVITY, 'purposes', 1];
const SPAM = [...ACTIVITY, 'purposes', 2];

interface Broken {
  name: string;
  /** Where the value is written, and the value. */
  path: (string | number)[];
  value: unknown;
  /** Other changes that make a rule speak of the broken element (a DPIA taken away to hear dpia-required). */
  also?: [(string | number)[], unknown][];
  /** The invalid values the record now holds. */
  invalid: string[];
  /** Text that a help line for this record gives as the fix, where the rules know one. */
  fix?: string;
}

const broken: Broken[] = [
  { name: 'a country as an alpha-3 code', path: [...ACTIVITY, 'transfers', 0, 'country'], value: 'USA', invalid: ['USA'], fix: 'did you mean `US`?' },
  { name: 'a country in lower case', path: [...ACTIVITY, 'transfers', 0, 'country'], value: 'usa', invalid: ['usa'], fix: 'did you mean `US`?' },
  { name: 'a country by its name', path: [...ACTIVITY, 'processors', 0, 'country'], value: 'United States', invalid: ['United States'], fix: 'did you mean `US`?' },
  { name: 'a country the table does not know', path: [...ACTIVITY, 'processors', 0, 'country'], value: 'Atlantis', invalid: ['Atlantis'], fix: 'two-letter ISO 3166-1 code' },
  { name: 'the United Kingdom by its common abbreviation in lower case', path: [...ACTIVITY, 'transfers', 0, 'country'], value: 'uk', invalid: ['uk'], fix: 'did you mean `GB`?' },
  { name: 'a kind of special-category data by a word of its name', path: ['data_categories', 0, 'special', 0], value: 'politics', invalid: ['politics'], fix: 'did you mean `political-opinions`?' },
  { name: 'a collection misspelt', path: [...TRAINING, 'consent', 'collection'], value: 'optin', invalid: ['optin'], fix: 'did you mean `opt-in`?' },
  { name: 'a lawful basis capitalised', path: [...TRAINING, 'lawful_basis'], value: 'Consent', invalid: ['Consent'], fix: 'did you mean `consent`?' },
  { name: 'a lawful basis misspelt on a legitimate-interests purpose', path: [...SPAM, 'lawful_basis'], value: 'legitimate-interest', invalid: ['legitimate-interest'], fix: 'did you mean `legitimate-interests`?' },
  { name: 'a withdrawal route misspelt', path: [...TRAINING, 'consent', 'withdrawal'], value: 'inproduct', invalid: ['inproduct'], fix: 'did you mean `in-product`?' },
  { name: 'who gives consent, in other words', path: [...TRAINING, 'consent', 'given_by'], value: 'user', invalid: ['user'] },
  { name: 'a DPIA status in other words', path: [...ACTIVITY, 'dpia', 'status'], value: 'done', invalid: ['done'] },
  { name: 'a DPIA status capitalised', path: [...ACTIVITY, 'dpia', 'status'], value: 'Completed', invalid: ['Completed'], fix: 'did you mean `completed`?' },
  { name: 'a source abbreviated', path: ['data_categories', 0, 'source'], value: 'comms', invalid: ['comms'] },
  { name: 'a role capitalised', path: [...ACTIVITY, 'role'], value: 'Controller', invalid: ['Controller'], fix: 'did you mean `controller`?' },
  { name: 'a transfer mechanism in capitals', path: [...ACTIVITY, 'transfers', 0, 'mechanism'], value: 'SCC', invalid: ['SCC'], fix: 'did you mean `scc`?' },
  { name: 'an Art. 9(2) condition with a space', path: [...TRAINING, 'special_category_condition'], value: 'explicit consent', invalid: ['explicit consent'], fix: 'did you mean `explicit-consent`?' },
  { name: 'an objection route with a space', path: [...SPAM, 'legitimate_interests', 'objection'], value: 'in product', invalid: ['in product'], fix: 'did you mean `in-product`?' },
  { name: 'an activity id in another case', path: [...ACTIVITY, 'id'], value: 'Smart_Replies', invalid: ['Smart_Replies'], fix: 'write `smart-replies`' },
  {
    name: 'an activity id in another case, on an activity that lacks its DPIA',
    path: [...ACTIVITY, 'id'],
    value: 'Smart_Replies',
    also: [[[...ACTIVITY, 'dpia'], null]],
    invalid: ['Smart_Replies'],
  },
  { name: 'a purpose id with spaces', path: [...TRAINING, 'id'], value: 'Train Reply Model', invalid: ['Train Reply Model'], fix: 'write `train-reply-model`' },
  {
    name: 'a purpose id with spaces, on a purpose that lacks its assessments',
    path: [...SPAM, 'id'],
    value: 'Detect Spam',
    also: [
      [[...SPAM, 'legitimate_interests', 'assessment'], null],
      [[...SPAM, 'ai_training'], true],
    ],
    invalid: ['Detect Spam'],
  },
  {
    name: 'a category id with an underscore, claimed anonymised without an assessment',
    path: ['data_categories', 0, 'id'],
    value: 'chat_messages',
    also: [[['data_categories', 0, 'anonymised'], true]],
    invalid: ['chat_messages'],
  },
  { name: 'a data subject referred to by its name', path: [...ACTIVITY, 'data_subjects', 0], value: 'Workspace Members', invalid: ['Workspace Members'] },
  { name: 'a data category referred to in another case', path: [...ACTIVITY, 'data_categories', 0], value: 'Chat-Messages', invalid: ['Chat-Messages'] },
  { name: 'a purpose collected for, by its description', path: ['data_categories', 0, 'collected_for', 0], value: 'Deliver messages', invalid: ['Deliver messages'] },
  { name: 'an activity\'s data subject as one word', path: [...ACTIVITY, 'data_subjects'], value: 'Workspace', invalid: ['Workspace'], fix: '`data_subjects: [workspace-members]`' },
  { name: 'ai_training as yes', path: [...TRAINING, 'ai_training'], value: 'yes', invalid: ['yes'], fix: '`ai_training: true`' },
  { name: 'dpa as yes', path: [...ACTIVITY, 'processors', 0, 'dpa'], value: 'yes', invalid: ['yes'], fix: '`dpa: true`' },
  { name: 'explicit as yes', path: [...TRAINING, 'consent', 'explicit'], value: 'yes', invalid: ['yes'], fix: '`explicit: true`' },
  { name: 'the DPIA as its status alone', path: [...ACTIVITY, 'dpia'], value: 'done', invalid: ['done'] },
  { name: 'consent as yes', path: [...TRAINING, 'consent'], value: 'yes', invalid: ['yes'] },
  { name: 'legitimate interests as a sentence', path: [...SPAM, 'legitimate_interests'], value: 'see LIA', invalid: ['see LIA'] },
  { name: 'a review date written the European way', path: ['record', 'updated'], value: '30.11.2026', invalid: ['30.11.2026'] },
  { name: 'an ignore until a date written the American way', path: ['x-ropa-lint-ignore', 0, 'until'], value: '01/31/2027', invalid: ['01/31/2027'] },
  { name: 'an ignore of a misspelt rule (invalid-ignore\'s finding)', path: ['x-ropa-lint-ignore', 0, 'rule'], value: 'notice-mising', invalid: ['notice-mising'], fix: 'did you mean `notice-missing`?' },
  { name: 'a version of the format that does not exist', path: ['version'], value: 2, invalid: ['2'], fix: '`version: 1`' },
];

function brokenRecord(entry: Broken): string {
  const document = parseDocument(record);
  for (const [path, value] of [...(entry.also ?? []), [entry.path, entry.value] as const]) document.setIn(path, value);
  return document.toString();
}

function lint(text: string): Finding[] {
  const FILE = 'privacy/ropa.yaml';
  return lintRun([{ file: FILE, text }], { rules, today: '2026-11-25', base: [{ file: FILE, text: record }] }).flatMap((report) => report.findings);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The code spans of a help line that hold the value as a value: the whole span, a value after a
 * key (`country: USA`), an entry of a flow list or mapping, or a segment of a path (`docs/dpia/X.md`).
 */
function offeredIn(help: string, value: string): string[] {
  const asValue = new RegExp(`(?:^|[\\s\\[{,:/])${escaped(value)}(?:$|[\\s\\]},/.])`);
  return [...help.matchAll(/`([^`]+)`/g)].map((match) => match[1]!).filter((span) => asValue.test(span));
}

describe('help lines never offer the invalid value as the fix', () => {
  it('the unbroken record passes the schema, so every schema finding below comes from the broken value', () => {
    expect(lint(record).map((finding) => finding.ruleId)).not.toContain('schema');
  });

  it.each(broken.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const findings = lint(brokenRecord(entry));
    const reported = findings.filter((finding) => finding.ruleId === 'schema' || finding.ruleId === 'invalid-ignore');
    expect(reported.length, 'the broken value is reported').toBeGreaterThan(0);
    for (const finding of findings) {
      for (const value of entry.invalid) expect(offeredIn(finding.help, value), `${finding.ruleId}: ${finding.help}`).toEqual([]);
    }
    if (entry.fix !== undefined) expect(reported.map((finding) => finding.help).join('\n')).toContain(entry.fix);
  });

  it('the check sees a value offered back in each of its forms', () => {
    expect(offeredIn('write `country: USA`', 'USA')).toEqual(['country: USA']);
    expect(offeredIn('e.g. `transfers: [{country: USA, mechanism: scc}]`', 'USA')).toHaveLength(1);
    expect(offeredIn('e.g. `dpia: {reference: docs/dpia/Smart_Replies.md}`', 'Smart_Replies')).toHaveLength(1);
    expect(offeredIn('did you mean `US`?', 'USA')).toEqual([]);
    expect(offeredIn('did you mean `consent-records`?', 'consent-record')).toEqual([]);
  });
});
