/** The baseline's pure functions (SPEC §7): fingerprints, counting, fixed findings, the file's text. */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { applyBaseline, type Baseline, baselineOf, splitFindings } from '../../src/baseline/baseline.js';
import { parseBaseline, serializeBaseline } from '../../src/baseline/file.js';
import { locateConfinedBaseline, readBaseline, scopeOf } from '../../src/baseline/read.js';
import { summarize } from '../../src/core/types.js';
import { UsageError } from '../../src/workspace/usage-error.js';
import { finding } from './fixtures.js';

const PURPOSE = '/processing_activities/[chat]/purposes/[train]';

function baseline(...entries: [rule: string, file: string, path: string, count?: number][]): Baseline {
  return { entries: entries.map(([rule, file, path, count]) => ({ rule, file, path, count: count ?? 1 })) };
}

describe('splitFindings: a fingerprint is rule, file and id-based path', () => {
  it('baselines a finding that moved lines, and not one on another element, in another file or of another rule', () => {
    const known = baseline(['lawful-basis-missing', 'ropa.yaml', `${PURPOSE}/lawful_basis`]);
    const moved = finding('lawful-basis-missing', 'ropa.yaml', `${PURPOSE}/lawful_basis`, 90);
    const otherElement = finding('lawful-basis-missing', 'ropa.yaml', '/processing_activities/[chat]/purposes/[other]/lawful_basis');
    const otherFile = finding('lawful-basis-missing', 'teams/ml.ropa.yaml', `${PURPOSE}/lawful_basis`);
    const otherRule = finding('consent-details-missing', 'ropa.yaml', `${PURPOSE}/lawful_basis`);
    const split = splitFindings([moved, otherElement, otherFile, otherRule], known);
    expect(split.baselined).toEqual([moved]);
    expect(split.kept).toEqual([otherElement, otherFile, otherRule]);
    expect(split.fixed).toBe(0);
  });

  it('counts findings with one fingerprint: a baseline with 1 and a run with 2 keeps 1, the later', () => {
    const first = finding('schema', 'ropa.yaml', '', 3);
    const second = finding('schema', 'ropa.yaml', '', 7);
    expect(splitFindings([first, second], baseline(['schema', 'ropa.yaml', '']))).toEqual({ kept: [second], baselined: [first], fixed: 0 });
    expect(splitFindings([first, second], baseline(['schema', 'ropa.yaml', '', 2]))).toEqual({ kept: [], baselined: [first, second], fixed: 0 });
    expect(splitFindings([first], baseline(['schema', 'ropa.yaml', '', 3]))).toEqual({ kept: [], baselined: [first], fixed: 2 });
  });

  it('counts as fixed what the baseline has and the run no longer finds, only in the files the run speaks for', () => {
    const known = baseline(['dpia-required', 'a.ropa.yaml', '/processing_activities/x/dpia/status'], ['dpia-required', 'b.ropa.yaml', '/processing_activities/y/dpia/status']);
    expect(splitFindings([], known).fixed).toBe(2);
    const onlyA = { fileOf: (file: string) => file, covers: (file: string) => file === 'a.ropa.yaml' };
    expect(splitFindings([], known, onlyA).fixed).toBe(1);
    // A finding of a file outside the scope is never matched against an entry of it.
    expect(splitFindings([finding('dpia-required', 'b.ropa.yaml', '/processing_activities/y/dpia/status')], known, onlyA).kept).toHaveLength(1);
  });

  it('is one pass: 200,000 findings against 200,000 entries', () => {
    const findings = Array.from({ length: 200_000 }, (_, index) => finding('lawful-basis-missing', 'big.ropa.yaml', `/processing_activities/a/purposes/p-${index}/lawful_basis`, index + 1));
    const known = baselineOf(findings.slice(0, 150_000), undefined);
    const split = splitFindings(findings, known);
    expect([split.baselined.length, split.kept.length, split.fixed]).toEqual([150_000, 50_000, 0]);
  });
});

describe('applyBaseline', () => {
  it('moves baselined findings out of the report, counts only the rest, and says how many it covered and how many are fixed', () => {
    const kept = finding('consent-not-opt-in', 'ropa.yaml', `${PURPOSE}/consent/collection`);
    const old = { ...finding('notice-missing', 'ropa.yaml', '/notice'), severity: 'warning' as const };
    const files = [{ file: 'ropa.yaml', source: '', findings: [old, kept], suppressed: [] }];
    const report = applyBaseline({ files, summary: summarize(files) }, baseline(['notice-missing', 'ropa.yaml', '/notice'], ['dpia-required', 'ropa.yaml', '/processing_activities/[chat]/dpia/status']), 'ropa-lint-baseline.json');
    expect(report.files[0]!.findings).toEqual([kept]);
    expect(report.files[0]!.baselined).toEqual([old]);
    expect(report.summary).toEqual({ errors: 1, warnings: 0, notices: 0, files: 1 });
    expect(report.baseline).toEqual({ file: 'ropa-lint-baseline.json', baselined: 1, fixed: 1 });
  });
});

describe('baselineOf and the file', () => {
  it('writes each fingerprint once with its count, sorted by file, path and rule, one per line, with a version and what it is', () => {
    const findings = [
      finding('schema', 'b.ropa.yaml', '/x'),
      finding('lawful-basis-missing', 'a.ropa.yaml', `${PURPOSE}/lawful_basis`, 40),
      finding('consent-details-missing', 'a.ropa.yaml', `${PURPOSE}/consent`),
      finding('schema', 'b.ropa.yaml', '/x'),
      finding('eprivacy-communications-consent', 'a.ropa.yaml', `${PURPOSE}/consent`),
    ];
    const text = serializeBaseline(baselineOf(findings, undefined));
    const lines = text.split('\n');
    expect(lines[2]).toMatch(/^ {2}"comment": "ropa-lint baseline: findings accepted when ropa-lint was adopted\. .*never a line\..*--write-baseline.*",$/);
    expect([...lines.slice(0, 2), ...lines.slice(3)]).toEqual([
      '{',
      '  "$schema": "https://raw.githubusercontent.com/ropa-lint/ropa-lint/main/schemas/baseline.schema.json",',
      '  "version": 1,',
      '  "findings": [',
      '    {"rule": "consent-details-missing", "file": "a.ropa.yaml", "path": "/processing_activities/[chat]/purposes/[train]/consent"},',
      '    {"rule": "eprivacy-communications-consent", "file": "a.ropa.yaml", "path": "/processing_activities/[chat]/purposes/[train]/consent"},',
      '    {"rule": "lawful-basis-missing", "file": "a.ropa.yaml", "path": "/processing_activities/[chat]/purposes/[train]/lawful_basis"},',
      '    {"rule": "schema", "file": "b.ropa.yaml", "path": "/x", "count": 2}',
      '  ]',
      '}',
      '',
    ]);
    // The same findings in another order, or on other lines, write the same bytes.
    expect(serializeBaseline(baselineOf([...findings].reverse().map((item) => ({ ...item, line: item.line + 5 })), undefined))).toBe(text);
    expect(parseBaseline(text, 'b.json')).toEqual(baselineOf(findings, undefined));
  });

  it('an empty run writes an empty list', () => {
    const text = serializeBaseline({ entries: [] });
    expect(text).toMatch(/"findings": \[\]\n\}\n$/);
    expect(parseBaseline(text, 'b.json')).toEqual({ entries: [] });
  });

  it('replaces the entries of the files the run speaks for, and keeps the others as they were', () => {
    const previous = baseline(['schema', 'a.ropa.yaml', '/old'], ['schema', 'b.ropa.yaml', '/kept', 3]);
    const onlyA = { fileOf: (file: string) => file, covers: (file: string) => file === 'a.ropa.yaml' };
    expect(baselineOf([finding('schema', 'a.ropa.yaml', '/new')], previous, onlyA)).toEqual(baseline(['schema', 'a.ropa.yaml', '/new'], ['schema', 'b.ropa.yaml', '/kept', 3]));
  });
});

const schema = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(new URL('../../schemas/baseline.schema.json', import.meta.url), 'utf8')) as object);

describe('parseBaseline: the file is untrusted', () => {
  const valid = (findings: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ version: 1, findings, ...extra });
  const entry = { rule: 'schema', file: 'ropa.yaml', path: '/x' };
  const refused: [name: string, text: string, message: string][] = [
    ['a list', '[]', 'baseline b.json: a baseline is a JSON object with `version` and `findings`, not a list'],
    ['no version', JSON.stringify({ findings: [] }), 'baseline b.json: `version` must be 1, not missing'],
    ['a version as text', JSON.stringify({ version: '1', findings: [] }), 'baseline b.json: `version` must be 1, not text'],
    ['a newer version', JSON.stringify({ version: 2, findings: [] }), 'baseline b.json: written by a newer ropa-lint (baseline version 2); this one reads version 1: upgrade ropa-lint'],
    ['findings not a list', JSON.stringify({ version: 1, findings: {} }), 'baseline b.json: `findings` must be a list, not an object'],
    ['an unknown key', valid([], { extra: true }), 'baseline b.json: unknown key "extra"; a baseline has $schema, comment, version and findings'],
    ['an entry that is text', valid(['schema']), 'baseline b.json: findings[0] must be an object with rule, file and path, not text'],
    ['an entry without a path', valid([{ rule: 'schema', file: 'ropa.yaml' }]), 'baseline b.json: findings[0] has no `path`'],
    ['an unknown entry key', valid([{ ...entry, line: 4 }]), 'baseline b.json: findings[0] has the unknown key "line"; an entry has rule, file, path and count'],
    ['a rule that is no rule id', valid([{ ...entry, rule: 'Schema Rule' }]), 'baseline b.json: findings[0]: `rule` must be a rule id such as lawful-basis-missing'],
    ['a file with a control character', valid([{ ...entry, file: 'a\u001b[31m.yaml' }]), 'baseline b.json: findings[0]: `file` must be a non-empty line of text of at most 10,000 characters'],
    ['a path that is no pointer', valid([{ ...entry, path: 'processing_activities' }]), 'baseline b.json: findings[0]: `path` must be empty or start with /, as ropa-lint writes it'],
    ['a count of 0', valid([{ ...entry, count: 0 }]), 'baseline b.json: findings[0]: `count` must be a whole number of 1 or more, not 0'],
    ['a fractional count', valid([{ ...entry, count: 1.5 }]), 'baseline b.json: findings[0]: `count` must be a whole number of 1 or more, not 1.5'],
    ['an entry twice', valid([entry, { rule: 'duplicate-id', file: 'ropa.yaml', path: '/x' }, entry]), 'baseline b.json: findings[2] repeats findings[0]; give one entry a `count` instead'],
  ];

  it.each(refused)('refuses %s with one line naming the place', (_name, text, message) => {
    expect(() => parseBaseline(text, 'b.json')).toThrow(new UsageError(message));
  });

  it('agrees with schemas/baseline.schema.json, which editors use', () => {
    const written = serializeBaseline(baselineOf([finding('schema', 'a.ropa.yaml', ''), finding('schema', 'a.ropa.yaml', ''), finding('dpia-required', '../b.ropa.yaml', '/processing_activities/[x]/dpia/status')], undefined));
    expect(schema(JSON.parse(written)), JSON.stringify(schema.errors)).toBe(true);
    // A repeated entry is the one rule a JSON Schema cannot say.
    for (const [name, text] of refused.filter(([name]) => name !== 'an entry twice')) expect(schema(JSON.parse(text)), name).toBe(false);
  });

  it('refuses text that is not JSON, with the place where V8 gives one', () => {
    for (const text of ['{"version": 1,\n  "findings": [}', '', '{"version": 1', 'version: 1\nfindings: []\n']) {
      expect(() => parseBaseline(text, 'b.json')).toThrow(/^baseline b\.json(:\d+:\d+)?: not valid JSON; write the file with --write-baseline$/);
    }
    expect(() => parseBaseline('{"version": 1,\n "findings": [1,]}', 'b.json')).toThrow(/^baseline b\.json(:2:\d+)?: not valid JSON/);
  });

  it('quotes nothing of the text in its messages (a symbolic link could point at a secret)', () => {
    const secret = 'root:x:0:0:root:/root:/bin/bash';
    for (const text of [secret, `{"version": 1, "findings": [${JSON.stringify(secret)}]}`, `{"version": 1, "${secret}": 1}`, `{"version": 1, "findings": [{"rule": "schema", "file": ${JSON.stringify(secret.repeat(3))}, "path": 7}]}`]) {
      let message = '';
      try {
        parseBaseline(text, 'b.json');
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^baseline b\.json/);
      expect(message).not.toContain('root:x');
    }
  });

  it('takes `__proto__` and `constructor` keys as unknown keys, and pollutes nothing', () => {
    for (const text of ['{"version": 1, "findings": [], "__proto__": {"polluted": true}}', '{"version": 1, "findings": [{"rule": "schema", "file": "a", "path": "", "__proto__": {"polluted": true}}]}', '{"version": 1, "findings": [], "constructor": {"prototype": {"polluted": true}}}']) {
      expect(() => parseBaseline(text, 'b.json')).toThrow(/unknown key "(__proto__|constructor)"/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reads a file with a byte-order mark, a comment of the user and no $schema', () => {
    expect(parseBaseline(`\ufeff${valid([entry], { comment: 'Accepted in the 2025 review.' })}`, 'b.json')).toEqual(baseline(['schema', 'ropa.yaml', '/x']));
  });
});

describe('the file on disk', () => {
  const folder = () => mkdtempSync(path.join(tmpdir(), 'ropa-baseline-'));

  it('refuses a file above the size limit before parsing it, a folder and text that is not UTF-8', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'big.json'), `{"version": 1, "findings": []}${' '.repeat(2048)}`);
    expect(() => readBaseline({ file: path.join(dir, 'big.json'), shown: 'big.json' }, 1024)).toThrow(
      new UsageError('the baseline big.json is larger than 1 KB; a baseline that large is not one ropa-lint wrote (raise the limit with --max-file-size)'),
    );
    expect(readBaseline({ file: path.join(dir, 'big.json'), shown: 'big.json' }, 4096)).toEqual({ entries: [] });
    mkdirSync(path.join(dir, 'folder.json'));
    expect(() => readBaseline({ file: path.join(dir, 'folder.json'), shown: 'folder.json' }, 4096)).toThrow(/^cannot read the baseline folder\.json: (it is a directory|it is not a regular file)$/);
    writeFileSync(path.join(dir, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]));
    expect(() => readBaseline({ file: path.join(dir, 'latin1.json'), shown: 'latin1.json' }, 4096)).toThrow(new UsageError('the baseline latin1.json is not UTF-8 text; write it with --write-baseline'));
    expect(readBaseline({ file: path.join(dir, 'missing.json'), shown: 'missing.json' }, 4096)).toBeUndefined();
  });

  it('in the Action: a path inside the workspace only, also through symbolic links', () => {
    const dir = folder();
    const workspace = path.join(dir, 'workspace');
    mkdirSync(workspace);
    writeFileSync(path.join(dir, 'secret.json'), '{}');
    symlinkSync(path.join(dir, 'secret.json'), path.join(workspace, 'baseline.json'));
    expect(() => locateConfinedBaseline('/etc/passwd', workspace)).toThrow(new UsageError('input baseline must be a path relative to the workspace, not /etc/passwd'));
    expect(() => locateConfinedBaseline('../secret.json', workspace)).toThrow(new UsageError('input baseline must stay inside the workspace, and ../secret.json leaves it (..)'));
    expect(() => locateConfinedBaseline('baseline.json', workspace)).toThrow(new UsageError('input baseline: baseline.json resolves to a file outside the workspace; refusing to read it'));
    expect(locateConfinedBaseline('privacy/baseline.json', workspace)).toEqual({ file: path.join(workspace, 'privacy/baseline.json'), shown: 'privacy/baseline.json' });
  });

  it('names files relative to the baseline, and speaks for the files the run checked and the ones that are gone', () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'privacy'));
    writeFileSync(path.join(dir, 'privacy/other.ropa.yaml'), 'version: 1\n');
    const location = { file: path.join(dir, 'privacy/baseline.json'), shown: 'privacy/baseline.json' };
    // Run from the repository root, and from the folder itself: the same names.
    const fromRoot = scopeOf(location, dir, ['privacy/ropa.yaml']);
    const fromFolder = scopeOf(location, path.join(dir, 'privacy'), ['ropa.yaml']);
    expect(fromRoot.fileOf('privacy/ropa.yaml')).toBe('ropa.yaml');
    expect(fromFolder.fileOf('ropa.yaml')).toBe('ropa.yaml');
    expect(fromRoot.fileOf('teams/ml.ropa.yaml')).toBe('../teams/ml.ropa.yaml');
    expect([fromRoot.covers('ropa.yaml'), fromRoot.covers('other.ropa.yaml'), fromRoot.covers('deleted.ropa.yaml')]).toEqual([true, false, true]);
    // With a root, nothing outside it is looked for.
    expect(scopeOf(location, dir, [], path.join(dir, 'privacy')).covers('../../elsewhere.ropa.yaml')).toBe(false);
  });
});
