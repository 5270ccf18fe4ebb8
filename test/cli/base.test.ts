/**
 * `--base REF` on real git repositories made in a temporary folder: the base is committed and
 * tagged `base`, the change is committed on top, and the CLI compares the working tree with the tag.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspace } from '../support/cli.js';
import { cliWithStdin } from './stdin-cli.js';
import { yaml } from '../support/dedent.js';

function git(root: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=x', '-c', 'user.email=x@y', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A repository whose first commit (tagged `base`) holds `base`, and whose second holds the change; in `root` when given. */
function repository(base: Record<string, string>, change: Record<string, string | null>, root = workspace({})): string {
  for (const [name, content] of Object.entries(base)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  git(root, 'tag', 'base');
  for (const [name, content] of Object.entries(change)) {
    const file = path.join(root, name);
    if (content === null) {
      rmSync(file);
    } else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--allow-empty', '-m', 'head');
  return root;
}

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  message: string;
  isNew?: boolean;
}

async function json(args: string[], root: string): Promise<{ code: number; findings: JsonFinding[]; base?: string; stderr: string }> {
  const result = await cli(['--format', 'json', ...args], root);
  const report = result.stdout === '' ? { findings: [] } : (JSON.parse(result.stdout) as { findings: JsonFinding[]; base?: string });
  return { code: result.code, findings: report.findings, ...(report.base === undefined ? {} : { base: report.base }), stderr: result.stderr };
}

const COMPARISON = new Set(['new-ai-training-purpose', 'lawful-basis-changed', 'consent-weakened', 'purpose-scope-expanded']);
const compared = (findings: JsonFinding[]) => findings.filter((finding) => COMPARISON.has(finding.ruleId)).map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.ruleId}`);

const inventory = yaml`
  version: 1
  controller: {name: Acme Chat Ltd, contact: privacy@acme.example}
  data_subjects:
    - {id: members, name: Workspace members}
    - {id: guests, name: Guests}
  data_categories:
    - {id: messages, name: Messages, source: communications-content}
    - {id: voice, name: Voice notes, source: communications-content}
  processing_activities:
    - id: smart-replies
      name: Smart replies
      data_subjects: [members]
      data_categories: [messages]
      purposes:
        - id: train-replies
          description: Train the reply model on past conversations.
          ai_training: true
          lawful_basis: consent
          consent: {collection: opt-in, granular: true, given_by: all-participants, withdrawal: in-product, records: consent-service}
        - id: deliver-replies
          description: Show suggested replies.
          lawful_basis: consent
          consent: {collection: opt-in, granular: true, given_by: data-subject, withdrawal: in-product, records: consent-service}
`;

describe('cli --base: each comparison rule on a real repository', () => {
  it('fires each rule at the changed node in the head, marks what is new, and never fires without --base', async () => {
    const head = inventory
      .replace('data_subjects: [members]', 'data_subjects: [members, guests]')
      .replace('lawful_basis: consent\n        consent: {collection: opt-in, granular: true, given_by: data-subject', 'lawful_basis: legitimate-interests\n        consent: {collection: opt-in, granular: true, given_by: data-subject')
      .replace('given_by: all-participants, withdrawal: in-product', 'given_by: all-participants, withdrawal: email')
      .concat('      - id: train-voice\n        description: Train a voice model.\n        ai_training: true\n        lawful_basis: consent\n');
    const root = repository({ 'privacy/ropa.yaml': inventory }, { 'privacy/ropa.yaml': head });

    const withBase = await json(['--base', 'base'], root);
    expect(withBase.stderr).toBe('');
    expect(withBase.code).toBe(1);
    expect(withBase.base).toBe('base');
    expect(compared(withBase.findings)).toEqual([
      'privacy/ropa.yaml:12:30 purpose-scope-expanded',
      'privacy/ropa.yaml:19:95 consent-weakened',
      'privacy/ropa.yaml:22:23 lawful-basis-changed',
      'privacy/ropa.yaml:24:13 new-ai-training-purpose',
    ]);
    const message = (id: string) => withBase.findings.find((finding) => finding.ruleId === id)!.message;
    expect(message('consent-weakened')).toBe('purpose `train-replies` weakens its consent: withdrawal was in-product at base, is email now');
    expect(message('lawful-basis-changed')).toBe('purpose `deliver-replies` swaps its lawful basis away from consent: it was consent at base, is legitimate-interests now');
    expect(message('purpose-scope-expanded')).toContain('data subjects `guests`');
    expect(withBase.findings.every((finding) => typeof finding.isNew === 'boolean')).toBe(true);
    expect(withBase.findings.filter((finding) => COMPARISON.has(finding.ruleId)).every((finding) => finding.isNew)).toBe(true);
    // The static consent-withdrawal finding that the change causes is new too.
    expect(withBase.findings.find((finding) => finding.ruleId === 'consent-withdrawal')?.isNew).toBe(true);

    const withoutBase = await json([], root);
    expect(compared(withoutBase.findings)).toEqual([]);
    expect(withoutBase.findings.some((finding) => 'isNew' in finding)).toBe(false);
    expect(withoutBase.base).toBeUndefined();

    // From a subfolder the path at the base is still relative to the repository root.
    const fromSubfolder = await json(['--base', 'base', 'ropa.yaml'], path.join(root, 'privacy'));
    expect(compared(fromSubfolder.findings)).toEqual(compared(withBase.findings).map((line) => line.replace('privacy/', '')));

    const stylish = await cli(['--base', 'base'], root);
    expect(stylish.stdout).toMatch(/^error\[consent-weakened\]: .* \[new\]$/m);
    expect(stylish.stdout).toMatch(/ new since base/);
    const sarif = JSON.parse((await cli(['--base', 'base', '--format', 'sarif'], root)).stdout) as { runs: { results: { ruleId: string; baselineState?: string }[] }[] };
    const states = new Set(sarif.runs[0]!.results.map((result) => result.baselineState));
    expect(states).toEqual(new Set(['new', 'unchanged']));
  });

  it('stays quiet on a change that only reorders, reformats and comments', async () => {
    const head = yaml`
      # Acme Chat's record of processing activities (reviewed 2025)
      version: 1
      controller:
        name: Acme Chat Ltd
        contact: privacy@acme.example
      data_categories:
        - {id: voice, name: Voice notes, source: communications-content}
        - {id: messages, name: Messages, source: communications-content}
      data_subjects:
        - {id: guests, name: Guests}
        - {id: members, name: Workspace members}
      processing_activities:
        - id: smart-replies
          name: Smart replies
          data_categories: [messages]   # only messages, never voice
          data_subjects: [members]
          purposes:
            - id: deliver-replies
              description: Show suggested replies.
              lawful_basis: consent
              consent:
                records: consent-service
                withdrawal: in-product
                given_by: data-subject
                granular: true
                collection: opt-in
            - id: train-replies
              description: >-
                Train the reply model
                on past conversations.
              ai_training: true
              lawful_basis: consent
              consent: {collection: opt-in, granular: true, given_by: all-participants, withdrawal: in-product, records: consent-service}
    `;
    const root = repository({ 'ropa.yaml': inventory }, { 'ropa.yaml': head });
    const result = await json(['--base', 'base'], root);
    expect(compared(result.findings)).toEqual([]);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.filter((finding) => finding.isNew)).toEqual([]);
    const stylish = await cli(['--base', 'base'], root);
    expect(stylish.stdout).not.toContain('[new]');
    expect(stylish.stdout).toMatch(/; 0 new since base/);
  });

  it('follows a purpose moved between files, a renamed activity and a renamed file; a deleted purpose is quiet; a new file is new', async () => {
    const deliverOnly = inventory.replace(/ {6}- id: train-replies[\s\S]*?(?= {6}- id: deliver-replies)/, '');
    const movedHere = yaml`
      version: 1
      controller: {name: Acme Chat Ltd, contact: privacy@acme.example}
      data_subjects: [{id: members, name: Workspace members}]
      data_categories: [{id: messages, name: Messages, source: communications-content}]
      processing_activities:
        - id: reply-suggestions
          name: Smart replies
          data_subjects: [members]
          data_categories: [messages]
          purposes:
            - id: train-replies
              description: Train the reply model on past conversations.
              ai_training: true
              lawful_basis: consent
              consent: {collection: opt-in, granular: true, given_by: all-participants, withdrawal: in-product, records: consent-service}
    `;
    const newFile = 'version: 1\ncontroller: {name: Acme}\nprocessing_activities:\n  - id: search\n    name: Search\n    purposes:\n      - id: train-ranker\n        ai_training: true\n        lawful_basis: consent\n';
    const root = repository(
      { 'chat.ropa.yaml': inventory, 'old/meetings.ropa.yaml': inventory.replace(/smart-replies/g, 'meeting-notes') },
      {
        // train-replies leaves chat.ropa.yaml for another file, under a renamed activity; deliver-replies is deleted.
        'chat.ropa.yaml': deliverOnly.replace(/ {6}- id: deliver-replies[\s\S]*$/, '      - id: placeholder\n        lawful_basis: contract\n'),
        'replies.ropa.yaml': movedHere,
        // A file renamed (git mv): found at the base by the default patterns, so nothing in it is new.
        'old/meetings.ropa.yaml': null,
        'new/meetings.ropa.yaml': inventory.replace(/smart-replies/g, 'meeting-notes'),
        'search.ropa.yaml': newFile,
      },
    );
    const result = await json(['--base', 'base'], root);
    expect(result.stderr).toBe('');
    expect(compared(result.findings)).toEqual(['search.ropa.yaml:7:13 new-ai-training-purpose']);
    expect(result.findings.filter((finding) => finding.file === 'search.ropa.yaml').every((finding) => finding.isNew)).toBe(true);

    // Named on the command line, only the named files are read at the base: the renamed file's purposes look new.
    const named = await json(['--base', 'base', 'new/meetings.ropa.yaml'], root);
    expect(compared(named.findings)).toEqual(['new/meetings.ropa.yaml:15:13 new-ai-training-purpose']);
  });
});

/** The head of `inventory` with `deliver-replies` moved from consent to legitimate interests. */
const swapped = inventory.replace(
  'lawful_basis: consent\n        consent: {collection: opt-in, granular: true, given_by: data-subject',
  'lawful_basis: legitimate-interests\n        consent: {collection: opt-in, granular: true, given_by: data-subject',
);
/** The head of `inventory` with one more AI-training purpose. */
const extended = inventory.concat('      - id: train-voice\n        description: Train a voice model.\n        ai_training: true\n        lawful_basis: consent\n');

describe('cli --base: each inventory is read at the ref of the repository that holds it', () => {
  it('works from a folder outside the repository', async () => {
    const root = repository({ 'privacy/ropa.yaml': inventory }, { 'privacy/ropa.yaml': swapped });
    const inside = await json(['--base', 'base'], root);
    expect(compared(inside.findings)).toEqual(['privacy/ropa.yaml:22:23 lawful-basis-changed']);

    const elsewhere = workspace({});
    const outside = await json(['--base', 'base', path.join(root, 'privacy/ropa.yaml')], elsewhere);
    expect(outside.stderr).toBe('');
    expect(outside.code).toBe(inside.code);
    expect(compared(outside.findings)).toEqual(compared(inside.findings).map((line) => `${root}/${line}`));
    expect(outside.findings.map((finding) => finding.isNew)).toEqual(inside.findings.map((finding) => finding.isNew));
  });

  it('compares inventories of two repositories in one run, each with its own history', async () => {
    const parent = workspace({});
    for (const name of ['a', 'b']) mkdirSync(path.join(parent, name));
    const a = repository({ 'privacy/ropa.yaml': inventory }, { 'privacy/ropa.yaml': swapped }, path.join(parent, 'a'));
    // In b, one file gains a purpose and another is renamed since the base: found at the base all the same.
    const renamed = inventory.replace(/smart-replies/g, 'meeting-notes').replace(/train-replies/g, 'train-notes').replace(/deliver-replies/g, 'deliver-notes');
    const b = repository({ 'ropa.yaml': inventory, 'old/meetings.ropa.yaml': renamed }, { 'ropa.yaml': extended, 'old/meetings.ropa.yaml': null, 'new/meetings.ropa.yaml': renamed }, path.join(parent, 'b'));
    const each = [...compared((await json(['--base', 'base'], a)).findings).map((line) => `a/${line}`), ...compared((await json(['--base', 'base'], b)).findings).map((line) => `b/${line}`)];
    expect(each).toEqual(['a/privacy/ropa.yaml:22:23 lawful-basis-changed', 'b/ropa.yaml:24:13 new-ai-training-purpose']);

    // From the folder holding both, without files: the default patterns, and each repository's renames
    // followed (else train-notes, in a renamed file, would be a new AI-training purpose).
    const both = await json(['--base', 'base'], parent);
    expect(both.stderr).toBe('');
    expect(compared(both.findings)).toEqual(each);

    // From elsewhere, with both files named.
    const named = await json(['--base', 'base', path.join(a, 'privacy/ropa.yaml'), path.join(b, 'ropa.yaml')], workspace({}));
    expect(compared(named.findings)).toEqual(each.map((line) => `${parent}/${line}`));
  });

  it('names the repository that lacks the ref, and an inventory outside any repository', async () => {
    const parent = workspace({ 'loose.ropa.yaml': inventory });
    for (const name of ['a', 'b']) mkdirSync(path.join(parent, name));
    const a = repository({ 'ropa.yaml': inventory }, {}, path.join(parent, 'a'));
    repository({ 'ropa.yaml': inventory }, {}, path.join(parent, 'b'));
    git(a, 'tag', 'only-in-a');
    const missing = await cli(['--base', 'only-in-a', 'a/ropa.yaml', 'b/ropa.yaml'], parent);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^ropa-lint: --base only-in-a: no commit by that name in the repository b \(in a shallow clone/);
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);

    const loose = await cli(['--base', 'base', 'a/ropa.yaml', 'loose.ropa.yaml'], parent);
    expect(loose).toEqual({ code: 2, stdout: '', stderr: 'ropa-lint: --base base: loose.ropa.yaml is not inside a git repository\n' });
  });

  it('reads standard input at the path --stdin-filename gives, even one that does not exist on disk', async () => {
    const root = repository({ 'privacy/ropa.yaml': inventory }, {});
    const edited = await cliWithStdin(['-', '--stdin-filename', 'privacy/ropa.yaml', '--base', 'base', '--format', 'json'], root, swapped);
    expect(edited.stderr).toBe('');
    expect(compared((JSON.parse(edited.stdout) as { findings: JsonFinding[] }).findings)).toEqual(['privacy/ropa.yaml:22:23 lawful-basis-changed']);

    // A file not yet saved, in a folder not yet made: nothing of it was at the base, so all of it is new.
    const unsaved = await cliWithStdin(['-', '--stdin-filename', 'drafts/chat.ropa.yaml', '--base', 'base', '--format', 'json'], root, inventory);
    expect(unsaved.stderr).toBe('');
    const findings = (JSON.parse(unsaved.stdout) as { findings: JsonFinding[] }).findings;
    expect(compared(findings)).toEqual(['drafts/chat.ropa.yaml:15:13 new-ai-training-purpose']);
    expect(findings.every((finding) => finding.isNew)).toBe(true);
  });
});

describe('cli --base: refusals are exit 2 with one line on stderr', () => {
  it('names a ref that does not exist, and refuses a ref that looks like an option', async () => {
    const root = repository({ 'ropa.yaml': inventory }, {});
    const unknown = await cli(['--base', 'no-such-branch'], root);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toMatch(/^ropa-lint: --base no-such-branch: no commit by that name in this repository/);
    expect(unknown.stderr.trimEnd().split('\n')).toHaveLength(1);
    const option = await cli(['--base=--output=/tmp/x', '--format', 'json'], root);
    expect(option).toMatchObject({ code: 2, stdout: '' });
    expect(option.stderr).toMatch(/^ropa-lint: --base needs a git ref/);
  });

  it('refuses to compare outside a git repository', async () => {
    const root = workspace({ 'ropa.yaml': inventory });
    const result = await cli(['--base', 'main'], root);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^ropa-lint: --base main: .* is not inside a git repository\n$/);
  });
});
