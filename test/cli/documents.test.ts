import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lintRun } from '../../src/core/compare.js';
import rule from '../../src/rules/document-missing.js';
import { DocumentReader } from '../../src/workspace/documents.js';
import { cli, workspace } from '../support/cli.js';

/** Every path the code under test hands to the file system, by call: documents are looked for, never opened. */
const touched = vi.hoisted(() => ({ realpath: [] as string[], lstat: [] as string[], opened: [] as string[] }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const realpathSync = Object.assign((file: Parameters<typeof fs.realpathSync>[0], options?: Parameters<typeof fs.realpathSync>[1]) => {
    touched.realpath.push(String(file));
    return fs.realpathSync(file, options);
  }, {
    native: ((file: Parameters<typeof fs.realpathSync.native>[0], options?: Parameters<typeof fs.realpathSync.native>[1]) => {
      touched.realpath.push(String(file));
      return fs.realpathSync.native(file, options);
    }) as typeof fs.realpathSync.native,
  });
  const lstatSync = ((file: Parameters<typeof fs.lstatSync>[0], options?: Parameters<typeof fs.lstatSync>[1]) => {
    touched.lstat.push(String(file));
    return fs.lstatSync(file, options);
  }) as typeof fs.lstatSync;
  const readFileSync = ((file: Parameters<typeof fs.readFileSync>[0], options?: Parameters<typeof fs.readFileSync>[1]) => {
    touched.opened.push(String(file));
    return fs.readFileSync(file, options);
  }) as typeof fs.readFileSync;
  const openSync = ((file: Parameters<typeof fs.openSync>[0], ...rest: [never]) => {
    touched.opened.push(String(file));
    return fs.openSync(file, ...rest);
  }) as typeof fs.openSync;
  const patched = { ...fs, realpathSync, lstatSync, readFileSync, openSync };
  return { ...patched, default: patched };
});

beforeEach(() => {
  touched.realpath.length = 0;
  touched.lstat.length = 0;
  touched.opened.length = 0;
});

const looks = (ending: string): number => touched.realpath.filter((file) => file.endsWith(ending)).length;

/** A git work tree `repo` inside a temporary folder that also holds files outside it. */
function repository(files: Record<string, string>): { outer: string; repo: string } {
  const outer = workspace(files);
  const repo = path.join(outer, 'repo');
  mkdirSync(repo, { recursive: true });
  expect(spawnSync('git', ['init', '-q'], { cwd: repo }).status).toBe(0);
  return { outer, repo };
}

describe('DocumentReader: documents are looked for relative to the inventory, inside the repository only', () => {
  it('present, missing, and a folder, relative to the inventory\'s folder', () => {
    const { repo } = repository({ 'repo/privacy/ropa.yaml': '', 'repo/privacy/docs/dpia.md': '# DPIA\n', 'repo/docs/lia/replies.md': '# LIA\n' });
    const reader = new DocumentReader(repo);
    expect(reader.provide('docs/dpia.md', 'privacy/ropa.yaml')).toEqual({ status: 'present' });
    expect(reader.provide('../docs/lia/replies.md', 'privacy/ropa.yaml')).toEqual({ status: 'present' });
    expect(reader.provide('../docs/lia', 'privacy/ropa.yaml')).toEqual({ status: 'present' });
    expect(reader.provide('docs/lia/replies.md', 'privacy/ropa.yaml')).toEqual({ status: 'missing' });
    expect(reader.provide('docs/dpia.md/section.md', 'privacy/ropa.yaml')).toEqual({ status: 'missing' });
  });

  it('a Windows path names the same file, and climbs out the same way', () => {
    const { repo } = repository({ 'repo/ropa.yaml': '', 'repo/docs/dpia/replies.md': '# DPIA\n', 'secret.md': 'secret' });
    const reader = new DocumentReader(repo);
    expect(reader.provide('docs\\dpia\\replies.md', 'ropa.yaml')).toEqual({ status: 'present' });
    expect(reader.provide('..\\secret.md', 'ropa.yaml')).toEqual({ status: 'outside', reason: 'path', boundary: 'the repository' });
  });

  it('absolute paths, drive letters and URLs are refused without a look', () => {
    const { repo } = repository({ 'repo/ropa.yaml': '' });
    const reader = new DocumentReader(repo);
    for (const written of [path.join(repo, 'ropa.yaml'), '/etc/passwd', 'C:\\dpia.md', 'file:///etc/passwd']) {
      expect(reader.provide(written, 'ropa.yaml'), written).toEqual({ status: 'outside', reason: 'absolute' });
    }
    expect(touched.realpath.filter((file) => file.includes('passwd') || file.includes('dpia.md'))).toEqual([]);
  });

  it('a path that climbs out of the repository is refused even when the file exists', () => {
    const { repo } = repository({ 'secret.md': 'secret', 'repo/privacy/ropa.yaml': '' });
    const reader = new DocumentReader(repo);
    expect(reader.provide('../../secret.md', 'privacy/ropa.yaml')).toEqual({ status: 'outside', reason: 'path', boundary: 'the repository' });
    expect(looks('secret.md')).toBe(0);
  });

  it('symbolic links: one to a file or a folder elsewhere leads out, dangling or not; one that stays inside is followed', () => {
    const { outer, repo } = repository({ 'secret.md': 'secret', 'elsewhere/dpa.md': 'dpa', 'repo/ropa.yaml': '', 'repo/docs/real.md': '# LIA\n' });
    symlinkSync(path.join(outer, 'secret.md'), path.join(repo, 'docs/link.md'));
    symlinkSync(path.join(outer, 'elsewhere'), path.join(repo, 'contracts'));
    symlinkSync(path.join(outer, 'no-such-file.md'), path.join(repo, 'docs/dangling-out.md'));
    symlinkSync(path.join(repo, 'docs/no-such-file.md'), path.join(repo, 'docs/dangling-in.md'));
    symlinkSync(path.join(repo, 'docs/real.md'), path.join(repo, 'docs/inside.md'));
    const reader = new DocumentReader(repo);
    const out = { status: 'outside', reason: 'link', boundary: 'the repository' };
    expect(reader.provide('docs/link.md', 'ropa.yaml')).toEqual(out);
    expect(reader.provide('contracts/dpa.md', 'ropa.yaml')).toEqual(out);
    // Whether a file outside exists is not told: a link out to nothing is "outside", not "missing".
    expect(reader.provide('contracts/no-such-dpa.md', 'ropa.yaml')).toEqual(out);
    expect(reader.provide('docs/dangling-out.md', 'ropa.yaml')).toEqual(out);
    expect(reader.provide('docs/dangling-in.md', 'ropa.yaml')).toEqual({ status: 'missing' });
    expect(reader.provide('docs/inside.md', 'ropa.yaml')).toEqual({ status: 'present' });
  });

  it('documents in a folder that does not exist: the folder is looked at once, each document not at all after the first', () => {
    const { repo } = repository({ 'repo/ropa.yaml': '', 'repo/docs/dpia.md': '# DPIA\n' });
    const reader = new DocumentReader(repo);
    const names = Array.from({ length: 50 }, (_, index) => `docs/lia/purpose-${index}.md`);
    for (const name of names) expect(reader.provide(name, 'ropa.yaml')).toEqual({ status: 'missing' });
    const lia = path.join(repo, 'docs', 'lia');
    const inLia = (files: string[]) => files.filter((file) => file.startsWith(`${lia}${path.sep}`));
    expect(inLia(touched.realpath)).toEqual([path.join(lia, 'purpose-0.md')]);
    expect(inLia(touched.lstat)).toEqual([path.join(lia, 'purpose-0.md')]);
    expect(touched.lstat.filter((file) => file === lia)).toHaveLength(1);
    // A folder that does exist still has each of its files looked for.
    expect(reader.provide('docs/dpia.md', 'ropa.yaml')).toEqual({ status: 'present' });
    expect(reader.provide('docs/other.md', 'ropa.yaml')).toEqual({ status: 'missing' });
  });

  it('a folder that is a symbolic link out: every missing document below it stays "outside", each one', () => {
    const { outer, repo } = repository({ 'elsewhere/x.md': 'x', 'repo/ropa.yaml': '' });
    symlinkSync(path.join(outer, 'elsewhere', 'gone'), path.join(repo, 'lia'));
    const reader = new DocumentReader(repo);
    const out = { status: 'outside', reason: 'link', boundary: 'the repository' };
    for (const name of ['lia/a.md', 'lia/b.md', 'lia/sub/c.md']) expect(reader.provide(name, 'ropa.yaml'), name).toEqual(out);
  });

  it('documents in a missing folder below a link out: each "outside", the folder decided once', () => {
    const { outer, repo } = repository({ 'elsewhere/x.md': 'x', 'repo/ropa.yaml': '', 'repo/docs/dpia.md': '# DPIA\n' });
    symlinkSync(path.join(outer, 'elsewhere'), path.join(repo, 'contracts'));
    const reader = new DocumentReader(repo);
    const out = { status: 'outside', reason: 'link', boundary: 'the repository' };
    for (const name of ['contracts/gone/a.md', 'contracts/gone/b.md', 'contracts/gone/sub/c.md', 'contracts/gone/sub/d.md', 'contracts/x.md']) {
      expect(reader.provide(name, 'ropa.yaml'), name).toEqual(out);
    }
    const gone = path.join(repo, 'contracts', 'gone');
    const inGone = (files: string[]) => files.filter((file) => file.startsWith(`${gone}${path.sep}`));
    expect(inGone(touched.realpath)).toEqual([path.join(gone, 'a.md'), path.join(gone, 'sub', 'c.md')]);
    expect(inGone(touched.lstat)).toEqual([path.join(gone, 'a.md'), path.join(gone, 'sub', 'c.md')]);
    // The same names in a missing folder inside the repository are missing.
    expect(reader.provide('docs/gone/a.md', 'ropa.yaml')).toEqual({ status: 'missing' });
    expect(reader.provide('docs/gone/b.md', 'ropa.yaml')).toEqual({ status: 'missing' });
  });

  it('outside a git work tree the boundary is the folder being checked', () => {
    const outer = workspace({ 'secret.md': 'secret', 'project/ropa.yaml': '', 'project/docs/dpia.md': '# DPIA\n' });
    const reader = new DocumentReader(path.join(outer, 'project'));
    expect(reader.provide('docs/dpia.md', 'ropa.yaml')).toEqual({ status: 'present' });
    expect(reader.provide('../secret.md', 'ropa.yaml')).toEqual({ status: 'outside', reason: 'path', boundary: 'the folder being checked' });
  });

  it('one look per resolved path, however many inventories name it and however they spell it; no document is opened', () => {
    const { repo } = repository({ 'repo/a/ropa.yaml': '', 'repo/b/c/ropa.yaml': '', 'repo/docs/dpia/shared.md': '# DPIA\n' });
    const reader = new DocumentReader(repo);
    const spellings: [string, string][] = [
      ['../docs/dpia/shared.md', 'a/ropa.yaml'],
      ['./../docs//dpia/shared.md', 'a/ropa.yaml'],
      ['../docs/dpia/../dpia/shared.md', 'a/ropa.yaml'],
      ['../../docs/dpia/shared.md', path.join(repo, 'b/c/ropa.yaml')],
      ['..\\..\\docs\\dpia\\shared.md', 'b/c/ropa.yaml'],
    ];
    for (const [written, inventory] of spellings) expect(reader.provide(written, inventory)).toEqual({ status: 'present' });
    expect(looks('shared.md')).toBe(1);
    expect(reader.provide('../docs/dpia/gone.md', 'a/ropa.yaml')).toEqual({ status: 'missing' });
    reader.provide('../docs/dpia/gone.md', 'a/ropa.yaml');
    expect(looks('gone.md')).toBe(1);
    // Telling a missing file from one behind a link that leads out takes one lstat of it; its folder's answer is kept.
    expect(touched.lstat.filter((file) => file.endsWith('gone.md'))).toHaveLength(1);
    expect(touched.opened.filter((file) => file.includes(`${path.sep}docs${path.sep}`))).toEqual([]);
  });
});

describe('cli: document-missing sees what the CLI found on disk', () => {
  const inventory = (references: { lia: string; dpia: string; dpa: string; scc: string }) =>
    [
      'version: 1',
      'controller: {name: Acme Chat Ltd, contact: privacy@acme.example}',
      'processing_activities:',
      '  - id: smart-replies',
      '    name: Smart replies',
      '    purposes:',
      '      - id: train-reply-model',
      '        description: Train the reply model.',
      '        ai_training: true',
      '        lawful_basis: legitimate-interests',
      `        legitimate_interests: {assessment: ${references.lia}}`,
      '    processors:',
      `      - {name: GPU Cloud Inc, dpa: true, country: FR, dpa_reference: ${references.dpa}}`,
      '    transfers:',
      `      - {country: US, mechanism: scc, safeguard_reference: ${references.scc}}`,
      `    dpia: {status: completed, reference: ${references.dpia}}`,
      '',
    ].join('\n');
  const documentFindings = (stdout: string) =>
    (JSON.parse(stdout) as { findings: { ruleId: string; line: number; column: number; message: string }[] }).findings
      .filter((finding) => finding.ruleId === 'document-missing')
      .map((finding) => `${finding.line}:${finding.column} ${finding.message}`);

  it('every document in place: no finding', async () => {
    const { repo } = repository({
      'repo/privacy/ropa.yaml': inventory({ lia: 'docs/lia.md', dpia: '../docs/dpia/replies.md', dpa: 'https://gpu.example/dpa', scc: 'Implementing Decision (EU) 2021/914' }),
      'repo/privacy/docs/lia.md': '# LIA\n',
      'repo/docs/dpia/replies.md': '# DPIA\n',
    });
    const result = await cli(['--format', 'json'], repo);
    expect(documentFindings(result.stdout)).toEqual([]);
  });

  it('a missing file, a path out, an absolute path and a symbolic link out: each reported at its value, none read', async () => {
    const { outer, repo } = repository({
      'secret.md': 'not for the linter',
      'repo/privacy/ropa.yaml': inventory({ lia: 'docs/lia.md', dpia: '../../secret.md', dpa: '/etc/passwd', scc: 'contracts/scc.pdf' }),
      'repo/privacy/docs/lia-draft.md': '# LIA\n',
    });
    symlinkSync(outer, path.join(repo, 'privacy/contracts'));
    const result = await cli(['--format', 'json'], repo);
    expect(documentFindings(result.stdout)).toEqual([
      '11:44 the legitimate-interests assessment `docs/lia.md` that purpose `train-reply-model` names in `legitimate_interests.assessment` does not exist (looked up from `privacy/`, the folder of this inventory)',
      '13:70 the data processing agreement `/etc/passwd` that processor `GPU Cloud Inc` of activity `smart-replies` names in `dpa_reference` was not looked at: it is an absolute path',
      '15:60 the transfer-safeguards document `contracts/scc.pdf` that the transfer to `US` of activity `smart-replies` names in `safeguard_reference` was not looked at: a symbolic link on the way leads out of the repository',
      '16:42 the DPIA `../../secret.md` that activity `smart-replies` names in `dpia.reference` was not looked at: the path leads out of the repository',
    ]);
    // Reported by document-missing alone: the rules that ask for these documents count them as named.
    const others = (JSON.parse(result.stdout) as { findings: { ruleId: string }[] }).findings.map((finding) => finding.ruleId);
    expect(others.filter((id) => ['legitimate-interests-assessment', 'dpia-required', 'processor-dpa', 'transfer-mechanism'].includes(id))).toEqual([]);
    expect(result.stderr).toBe('');
    // The spy sees what the CLI reads (the inventory), and no document among it.
    expect(touched.opened.some((file) => file.endsWith('ropa.yaml'))).toBe(true);
    expect(touched.opened.filter((file) => file.endsWith('secret.md') || file.endsWith('passwd') || file.endsWith('.pdf'))).toEqual([]);
  });

  it('a record of ten thousand purposes naming one DPIA looks for it once', async () => {
    const activities = Array.from({ length: 10_000 }, (_, index) => `  - {id: a${index}, name: A, purposes: [{id: p${index}, description: Deliver., ai_training: false, lawful_basis: contract}], dpia: {status: completed, reference: docs/dpia/shared.md}}`);
    const { repo } = repository({
      'repo/ropa.yaml': `version: 1\ncontroller: {name: Acme, contact: privacy@acme.example}\nprocessing_activities:\n${activities.join('\n')}\n`,
      'repo/docs/dpia/shared.md': '# DPIA\n',
    });
    const result = await cli(['--format', 'json', '--fail-on', 'never'], repo);
    expect(result.code).toBe(0);
    expect(documentFindings(result.stdout)).toEqual([]);
    expect(looks('shared.md')).toBe(1);
  });
});

describe('the comparison stage passes the documents on', () => {
  it('with a base, document-missing still sees what was found, and its finding is new', () => {
    const text = 'version: 1\ncontroller: {name: Acme}\nprocessing_activities:\n  - {id: a, name: A, purposes: [{id: p, lawful_basis: contract}], dpia: {status: completed, reference: docs/dpia/a.md}}\n';
    const [report] = lintRun([{ file: 'ropa.yaml', text }], { rules: [rule], base: [], documents: new Map() });
    expect(report!.findings.map((finding) => [finding.ruleId, finding.isNew])).toEqual([['document-missing', true]]);
  });
});
