/**
 * The schema rule's fixes, as ESLint's rule tests give an `output`: each case names the finding
 * (message text, line, column) and the whole text after `--fix`, byte for byte; or, where no fix is
 * safe, says that the finding stays and the text is left as it is.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/core/engine.js';
import { rules } from '../../src/rules/index.js';
import { fixFiles } from '../../src/fixes/run.js';
import { yaml } from '../support/dedent.js';

const FILE = 'test.ropa.yaml';

/** The top of a record that the schema accepts, up to its activities. */
const top = yaml`
  version: 1
  controller:
    name: Acme Chat Ltd
  data_subjects:
    - id: users
      name: Users
  data_categories:
    - id: messages
      name: Messages
      source: communications-content
`;

/** A record with one purpose, whose lines (indented 8 spaces under `- id: p`) are `purpose`; `activity` lines follow the purposes. */
function record(purpose: string, activity = ''): string {
  const indent = (text: string, by: number) =>
    text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => `${' '.repeat(by)}${line}\n`)
      .join('');
  return `${top}processing_activities:\n  - id: a\n    name: A\n    role: controller\n    data_subjects: [users]\n    data_categories: [messages]\n    purposes:\n      - id: p\n        description: Train the model.\n${indent(purpose, 8)}${indent(activity, 4)}`;
}

function schemaFindings(text: string) {
  return lintSource(text, FILE, { rules }).findings.filter((finding) => finding.ruleId === 'schema');
}

function fixed(text: string): string {
  const report = lintSource(text, FILE, { rules });
  return fixFiles([report], { rules })[0]?.after ?? text;
}

interface FixCase {
  name: string;
  yaml: string;
  /** The finding that carries the fix: words of its message, its line and column. */
  finding: { includes: string; line: number; column: number };
  /** The whole text after fixing. */
  output: string;
}

interface NoFixCase {
  name: string;
  yaml: string;
  /** The finding that stays without a fix. */
  finding: { includes: string; line: number; column: number };
}

const purposeLines = 'ai_training: true\nlawful_basis: consent\nconsent:\n  collection: opt-in\n  explicit: true\n  granular: true\n  given_by: all-participants';

const fixCases: FixCase[] = [
  {
    name: 'a misspelt key, its comment kept',
    yaml: record('ai_training: false\nlawfull_basis: contract   # Art. 6(1)(b)'),
    finding: { includes: 'unknown key `lawfull_basis`', line: 21, column: 9 },
    output: record('ai_training: false\nlawful_basis: contract   # Art. 6(1)(b)'),
  },
  {
    name: 'a misspelt key in double quotes keeps its quotes',
    yaml: record('ai_training: false\n"lawfull_basis": contract'),
    finding: { includes: 'unknown key `lawfull_basis`', line: 21, column: 9 },
    output: record('ai_training: false\n"lawful_basis": contract'),
  },
  {
    name: 'a misspelt key in a flow mapping',
    yaml: record('ai_training: false\nlawful_basis: contract', 'transfers: [{countyr: US, mechanism: scc}]'),
    finding: { includes: 'unknown key `countyr`', line: 22, column: 18 },
    output: record('ai_training: false\nlawful_basis: contract', 'transfers: [{country: US, mechanism: scc}]'),
  },
  {
    name: 'a misspelt consent value (optin)',
    yaml: record(purposeLines.replace('opt-in', 'optin')),
    finding: { includes: '`optin`', line: 23, column: 23 },
    output: record(purposeLines),
  },
  {
    name: 'opt_out is opt-out, never opt-in: a fix keeps what the value says',
    yaml: record(purposeLines.replace('opt-in', 'opt_out')),
    finding: { includes: '`opt_out`', line: 23, column: 23 },
    output: record(purposeLines.replace('opt-in', 'opt-out')),
  },
  {
    name: 'a basis in capitals',
    yaml: record('ai_training: false\nlawful_basis: Contract'),
    finding: { includes: '`Contract`', line: 21, column: 23 },
    output: record('ai_training: false\nlawful_basis: contract'),
  },
  {
    name: 'a data source one letter short (communication-content)',
    yaml: record('ai_training: false\nlawful_basis: contract').replace('source: communications-content', 'source: communication-content'),
    finding: { includes: '`communication-content`', line: 10, column: 13 },
    output: record('ai_training: false\nlawful_basis: contract'),
  },
  {
    name: 'an entry of a flow list (special: [helth])',
    yaml: record('ai_training: false\nlawful_basis: contract').replace('source: communications-content', 'source: communications-content\n    special: [helth]'),
    finding: { includes: '`helth` in `special`', line: 11, column: 15 },
    output: record('ai_training: false\nlawful_basis: contract').replace('source: communications-content', 'source: communications-content\n    special: [health]'),
  },
  {
    name: 'a spelt-out value of a given_by (data subject)',
    yaml: record(purposeLines.replace('all-participants', 'data subject')),
    finding: { includes: '`data subject`', line: 26, column: 21 },
    output: record(purposeLines.replace('all-participants', 'data-subject')),
  },
  {
    name: 'an alpha-3 country code',
    yaml: record('ai_training: false\nlawful_basis: contract', 'transfers:\n  - country: USA\n    mechanism: scc'),
    finding: { includes: '`USA` in `country`', line: 23, column: 18 },
    output: record('ai_training: false\nlawful_basis: contract', 'transfers:\n  - country: US\n    mechanism: scc'),
  },
  {
    name: "a country's name in single quotes keeps its quotes",
    yaml: record('ai_training: false\nlawful_basis: contract', "transfers:\n  - country: 'United Kingdom'\n    mechanism: adequacy"),
    finding: { includes: '`United Kingdom` in `country`', line: 23, column: 18 },
    output: record('ai_training: false\nlawful_basis: contract', "transfers:\n  - country: 'GB'\n    mechanism: adequacy"),
  },
  {
    name: "Norway's code is quoted where it was plain: a YAML 1.1 reader takes a bare NO for false",
    yaml: record('ai_training: false\nlawful_basis: contract', 'processors:\n  - name: Fjord Hosting AS\n    dpa: true\n    country: Norway'),
    finding: { includes: '`Norway` in `country`', line: 25, column: 18 },
    output: record('ai_training: false\nlawful_basis: contract', 'processors:\n  - name: Fjord Hosting AS\n    dpa: true\n    country: "NO"'),
  },
  {
    name: 'a country code in lower case',
    yaml: record('ai_training: false\nlawful_basis: contract', 'transfers:\n  - country: de\n    mechanism: adequacy'),
    finding: { includes: '`de` in `country`', line: 23, column: 18 },
    output: record('ai_training: false\nlawful_basis: contract', 'transfers:\n  - country: DE\n    mechanism: adequacy'),
  },
  {
    name: 'yes for true',
    yaml: record('ai_training: yes\nlawful_basis: contract'),
    finding: { includes: '`ai_training` in purpose `p` must be true or false', line: 20, column: 22 },
    output: record('ai_training: true\nlawful_basis: contract'),
  },
  {
    name: 'No for false',
    yaml: record('ai_training: No\nlawful_basis: contract'),
    finding: { includes: '`ai_training` in purpose `p` must be true or false', line: 20, column: 22 },
    output: record('ai_training: false\nlawful_basis: contract'),
  },
  {
    name: 'a quoted "true" loses its quotes',
    yaml: record(purposeLines.replace('explicit: true', 'explicit: "true"')),
    finding: { includes: '`explicit` in purpose `p` must be true or false', line: 24, column: 21 },
    output: record(purposeLines),
  },
  {
    name: "a quoted 'off' is false",
    yaml: record(purposeLines.replace('granular: true', "granular: 'off'")),
    finding: { includes: '`granular` in purpose `p` must be true or false', line: 25, column: 21 },
    output: record(purposeLines.replace('granular: true', 'granular: false')),
  },
  {
    name: 'a file with CRLF line ends keeps them',
    yaml: record('ai_training: yes\nlawful_basis: contract').replace(/\n/g, '\r\n'),
    finding: { includes: '`ai_training` in purpose `p` must be true or false', line: 20, column: 22 },
    output: record('ai_training: true\nlawful_basis: contract').replace(/\n/g, '\r\n'),
  },
  {
    name: 'a file only the complete YAML reader reads (a %YAML directive): the same spans',
    yaml: `%YAML 1.2\n---\n${record('ai_training: yes\nlawful_basis: contract')}`,
    finding: { includes: '`ai_training` in purpose `p` must be true or false', line: 22, column: 22 },
    output: `%YAML 1.2\n---\n${record('ai_training: true\nlawful_basis: contract')}`,
  },
  {
    name: 'a fixed key reveals a misspelt value under it, fixed on the next pass',
    yaml: record(purposeLines.replace('consent:', 'consnet:').replace('opt-in', 'optin')),
    finding: { includes: 'unknown key `consnet`', line: 22, column: 9 },
    output: record(purposeLines),
  },
];

const noFixCases: NoFixCase[] = [
  {
    name: 'a value as close to two allowed values (bcc: scc or bcr)',
    yaml: record('ai_training: false\nlawful_basis: contract', 'transfers:\n  - country: US\n    mechanism: bcc'),
    finding: { includes: '`bcc`', line: 24, column: 20 },
  },
  {
    name: 'implicit is two edits from explicit: the help line suggests it, a fix would turn the consent into another',
    yaml: record(purposeLines.replace('explicit: true', 'implicit: true')),
    finding: { includes: 'unknown key `implicit`', line: 24, column: 11 },
  },
  {
    name: 'a key whose closest name the mapping already has',
    yaml: record('ai_training: false\nlawful_basis: contract\nlawfull_basis: consent'),
    finding: { includes: 'unknown key `lawfull_basis`', line: 22, column: 9 },
  },
  {
    name: 'a value that names only part of one (politics): a guess at a meaning, not a slip',
    yaml: record('ai_training: false\nlawful_basis: contract').replace('source: communications-content', 'source: communications-content\n    special: [politics]'),
    finding: { includes: '`politics` in `special`', line: 11, column: 15 },
  },
  {
    name: 'a name shared by two countries (Korea)',
    yaml: record('ai_training: false\nlawful_basis: contract', 'transfers:\n  - country: Korea\n    mechanism: adequacy'),
    finding: { includes: '`Korea` in `country`', line: 23, column: 18 },
  },
  {
    name: 'an anchored value, which an alias may share',
    yaml: record(purposeLines.replace('opt-in', '&c optin')),
    finding: { includes: '`optin`', line: 23, column: 26 },
  },
  {
    name: 'an alias: its edit would be at the anchor, elsewhere',
    yaml: `x-collection: &c optin\n${record(purposeLines.replace('opt-in', '*c'))}`,
    finding: { includes: '`optin`', line: 24, column: 23 },
  },
  {
    name: 'a key merged in with <<',
    yaml: `x-consent: &c {collection: optin}\n${record(purposeLines.replace('consent:\n', 'consent:\n  <<: *c\n').replace('  collection: opt-in\n', ''))}`,
    finding: { includes: '`optin`', line: 23, column: 9 },
  },
  {
    name: 'a folded block scalar',
    yaml: record(purposeLines.replace('collection: opt-in', 'collection: >-\n    optin')),
    finding: { includes: '`optin`', line: 23, column: 23 },
  },
  {
    name: 'a double-quoted value with an escape',
    yaml: record(purposeLines.replace('collection: opt-in', 'collection: "opt\\x69n"')),
    finding: { includes: '`optin`', line: 23, column: 23 },
  },
  {
    name: 'a tagged value',
    yaml: record('ai_training: !!str yes\nlawful_basis: contract'),
    finding: { includes: '`ai_training` in purpose `p` must be true or false', line: 20, column: 28 },
  },
  {
    name: 'a word that is not one of YAML 1.1 booleans (y)',
    yaml: record('ai_training: y\nlawful_basis: contract'),
    finding: { includes: '`ai_training` in purpose `p` must be true or false', line: 20, column: 22 },
  },
  {
    name: 'a value that would be null (nul): a fix never empties a field',
    yaml: record(`${purposeLines}\nspecial_category_condition: nul`),
    finding: { includes: '`nul`', line: 27, column: 37 },
  },
];

describe('the schema rule fixes', () => {
  describe('a slip with one right answer: the token alone is replaced', () => {
    it.each(fixCases.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase) => {
      const finding = schemaFindings(testCase.yaml).find((candidate) => candidate.message.includes(testCase.finding.includes));
      expect(finding, 'the finding').toBeDefined();
      expect([finding!.line, finding!.column]).toEqual([testCase.finding.line, testCase.finding.column]);
      expect(finding!.fix, 'its fix').toBeDefined();
      expect(fixed(testCase.yaml)).toBe(testCase.output);
      expect(schemaFindings(testCase.output).map((left) => left.message)).toEqual([]);
    });
  });

  describe('no fix where a person must choose, or where the edit could reach further than the token', () => {
    it.each(noFixCases.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase) => {
      const finding = schemaFindings(testCase.yaml).find((candidate) => candidate.message.includes(testCase.finding.includes));
      expect(finding, 'the finding').toBeDefined();
      expect([finding!.line, finding!.column]).toEqual([testCase.finding.line, testCase.finding.column]);
      expect(finding!.fix).toBeUndefined();
      expect(fixed(testCase.yaml)).toBe(testCase.yaml);
    });
  });

  it('never touches a valid consent value, a basis or a missing block, whatever the other rules say of them', () => {
    const text = record('ai_training: true\nlawful_basis: consent\nconsent:\n  collection: opt-out\n  granular: false\n  given_by: account-admin');
    const findings = lintSource(text, FILE, { rules }).findings;
    expect(findings.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['consent-not-opt-in', 'consent-not-granular', 'consent-given-by-third-party', 'dpia-required']));
    expect(findings.filter((finding) => finding.fix !== undefined)).toEqual([]);
    expect(fixed(text)).toBe(text);
  });

  it('describes each fix and places its edit at the finding', () => {
    const [finding] = schemaFindings(record('ai_training: false\nlawfull_basis: contract'));
    expect(finding!.fix).toEqual({
      description: 'rename `lawfull_basis` to `lawful_basis`',
      edits: [{ start: expect.any(Number), end: expect.any(Number), text: 'lawful_basis', line: 21, column: 9, endLine: 21, endColumn: 22 }],
    });
    const [country] = schemaFindings(record('ai_training: false\nlawful_basis: contract', 'transfers:\n  - country: USA\n    mechanism: scc'));
    expect(country!.fix!.description).toBe('replace `USA` with `US`');
  });

  it('leaves a suppressed finding unfixed: the ignore says it stays', () => {
    const text = `x-ropa-lint-ignore: [{rule: schema, reason: the processor's contract writes it so}]\n${record('ai_training: false\nlawful_basis: contract', 'transfers:\n  - country: USA\n    mechanism: scc')}`;
    const report = lintSource(text, FILE, { rules });
    expect(report.suppressed.map((finding) => [finding.ruleId, finding.fix?.description])).toEqual([['schema', 'replace `USA` with `US`']]);
    expect(fixFiles([report], { rules })).toEqual([]);
  });
});
