import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoticeReader } from '../../src/workspace/notices.js';
import { cli, workspace } from '../support/cli.js';

const NOTICE = '# Privacy notice\n\nWe train the reply model on past conversations.\n';

describe('NoticeReader: notices are read relative to the inventory, inside the repository only', () => {
  it('reads a notice relative to the inventory and parses it', () => {
    const root = workspace({ 'privacy/ropa.yaml': '', 'privacy/docs/notice.md': NOTICE });
    const read = new NoticeReader(root).provide('docs/notice.md', 'privacy/ropa.yaml');
    expect('notice' in read && read.notice.sections[0]!.heading).toBe('Privacy notice');
  });

  it('a missing file, a folder, a file that is not UTF-8 and a file above the size limit are reported, not thrown', () => {
    const root = workspace({ 'ropa.yaml': '', 'docs/keep': '', 'latin1.md': '', 'big.md': 'x'.repeat(2048) });
    writeFileSync(path.join(root, 'latin1.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const reader = new NoticeReader(root, 1024);
    expect(reader.provide('nope.md', 'ropa.yaml')).toEqual({ problem: 'missing' });
    expect(reader.provide('docs/keep/nope.md', 'ropa.yaml')).toEqual({ problem: 'missing' });
    expect(reader.provide('docs', 'ropa.yaml')).toEqual({ problem: 'unreadable', detail: 'it is a folder' });
    expect(reader.provide('latin1.md', 'ropa.yaml')).toEqual({ problem: 'unreadable', detail: 'it is not UTF-8 text' });
    expect(reader.provide('big.md', 'ropa.yaml')).toEqual({ problem: 'unreadable', detail: 'it is larger than 1 KB' });
  });

  it('refuses absolute paths, URLs and drive letters without looking at them', () => {
    const root = workspace({ 'ropa.yaml': '' });
    const reader = new NoticeReader(root);
    for (const notice of [path.join(root, 'ropa.yaml'), '/etc/passwd', 'https://acme.example/privacy', 'file:///etc/passwd', 'C:\\notice.md', 'C:notice.md']) {
      expect(reader.provide(notice, 'ropa.yaml'), notice).toEqual({ problem: 'absolute' });
    }
  });

  it('refuses a path that climbs out of the folder being checked (outside git), even when the file exists', () => {
    const outer = workspace({ 'secret.md': NOTICE, 'project/ropa.yaml': '' });
    const root = path.join(outer, 'project');
    const reader = new NoticeReader(root);
    expect(reader.provide('../secret.md', 'ropa.yaml')).toEqual({ problem: 'outside', detail: 'the path leads out of the folder being checked' });
    expect(reader.provide('docs/../../secret.md', 'ropa.yaml')).toEqual({ problem: 'outside', detail: 'the path leads out of the folder being checked' });
  });

  it('refuses a symbolic link (to a file or through a folder) that leads out; follows one that stays inside', () => {
    const outer = workspace({ 'secret.md': NOTICE, 'elsewhere/notice.md': NOTICE, 'project/ropa.yaml': '', 'project/docs/real.md': NOTICE });
    const root = path.join(outer, 'project');
    symlinkSync(path.join(outer, 'secret.md'), path.join(root, 'docs/link.md'));
    symlinkSync(path.join(outer, 'elsewhere'), path.join(root, 'linked-folder'));
    symlinkSync(path.join(root, 'docs/real.md'), path.join(root, 'inside.md'));
    const reader = new NoticeReader(root);
    expect(reader.provide('docs/link.md', 'ropa.yaml')).toEqual({ problem: 'outside', detail: 'a symbolic link leads out of the folder being checked' });
    expect(reader.provide('linked-folder/notice.md', 'ropa.yaml')).toEqual({ problem: 'outside', detail: 'a symbolic link leads out of the folder being checked' });
    expect('notice' in reader.provide('inside.md', 'ropa.yaml')).toBe(true);
  });

  it('in a git work tree the boundary is the repository root, not the working directory', () => {
    const outer = workspace({ 'secret.md': NOTICE, 'repo/docs/notice.md': NOTICE, 'repo/privacy/ropa.yaml': '' });
    const repo = path.join(outer, 'repo');
    expect(spawnSync('git', ['init', '-q'], { cwd: repo }).status).toBe(0);
    const reader = new NoticeReader(path.join(repo, 'privacy'));
    expect('notice' in reader.provide('../docs/notice.md', 'ropa.yaml')).toBe(true);
    expect(reader.provide('../../secret.md', 'ropa.yaml')).toEqual({ problem: 'outside', detail: 'the path leads out of the repository' });
  });

  it('reads and parses a notice once, however many inventories name it and however they spell its path', () => {
    const root = workspace({ 'a/ropa.yaml': '', 'b/c/ropa.yaml': '', 'docs/notice.md': NOTICE });
    const reader = new NoticeReader(root);
    const first = reader.provide('../docs/notice.md', 'a/ropa.yaml');
    expect(reader.provide('../../docs/notice.md', path.join(root, 'b/c/ropa.yaml'))).toBe(first);
  });
});

describe('cli: the notice rules see the notices the CLI read', () => {
  const inventory = (notice: string) =>
    `version: 1\ncontroller: {name: Acme, contact: privacy@acme.example}\nnotice: ${notice}\nprocessing_activities:\n  - id: chat\n    name: Chat\n    purposes:\n      - {id: smart-replies, description: Suggest replies., ai_training: true, lawful_basis: consent}\n`;
  const noticeRules = (stdout: string) =>
    (JSON.parse(stdout) as { findings: { ruleId: string; line: number; message: string }[] }).findings.filter((finding) => finding.ruleId.startsWith('notice-')).map((finding) => `${finding.line} ${finding.ruleId}: ${finding.message}`);

  it('a notice that discloses the purpose and describes withdrawal: no notice finding', async () => {
    const root = workspace({ 'privacy/ropa.yaml': inventory('notice.md'), 'privacy/notice.md': '## Smart replies\n\nWe train a model to suggest replies. You can withdraw your consent in Settings.\n' });
    const result = await cli(['--format', 'json'], root);
    expect(noticeRules(result.stdout)).toEqual([]);
  });

  it('a notice that stays silent: the purpose is undisclosed and withdrawal is not described', async () => {
    const root = workspace({ 'ropa.yaml': inventory('notice.md'), 'notice.md': '# Privacy notice\n\nWe deliver your messages.\n' });
    const result = await cli(['--format', 'json'], root);
    expect(noticeRules(result.stdout)).toEqual([
      '3 notice-withdrawal: nothing in the privacy notice `notice.md` says how to withdraw consent, opt out or object, though purpose `smart-replies` relies on consent',
      '8 notice-undisclosed-purpose: purpose `smart-replies` trains a model, but the privacy notice `notice.md` never says so in a section about it',
    ]);
  });

  it('a path out of the folder being checked is a finding, not a read, and notice-missing\'s alone (SPEC §2.1 one finding per fact)', async () => {
    const outer = workspace({ 'secret.md': '## Smart replies\n\nWe train the reply model on your chats.\n', 'project/ropa.yaml': inventory('../secret.md') });
    const result = await cli(['--format', 'json'], path.join(outer, 'project'));
    expect(noticeRules(result.stdout)).toEqual(['3 notice-missing: the privacy notice `../secret.md` was not read: the path leads out of the folder being checked']);
    expect(result.code).toBe(1);
  });

  it('without a notice only notice-missing speaks; an anchor without words about training is no disclosure', async () => {
    const none = workspace({ 'ropa.yaml': inventory('notice.md').replace('notice: notice.md\n', '') });
    expect(noticeRules((await cli(['--format', 'json'], none)).stdout)).toEqual(['1 notice-missing: the inventory links no privacy notice, so nothing shows what people are told about its purposes']);
    const anchored = workspace({ 'ropa.yaml': inventory('notice.md'), 'notice.md': '<!-- ropa:smart-replies -->\n## Typing help\n\nWe suggest replies. You can withdraw your consent in Settings.\n' });
    expect(noticeRules((await cli(['--format', 'json'], anchored)).stdout)).toEqual(['8 notice-undisclosed-purpose: purpose `smart-replies` trains a model, but the privacy notice `notice.md` never says so in a section about it']);
  });

  it('a path with a trailing slash names a folder, not a notice', () => {
    const root = workspace({ 'ropa.yaml': '' });
    mkdirSync(path.join(root, 'empty'));
    expect(new NoticeReader(root).provide('empty/', 'ropa.yaml')).toEqual({ problem: 'unreadable', detail: 'it is a folder' });
  });
});
