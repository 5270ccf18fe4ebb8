/**
 * The README: the first commands, links that work on GitHub and on npm, how to adopt ropa-lint,
 * and sample output that is what the tool prints (every block it shows appears verbatim).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const samples = [...readme.matchAll(/```text\n\$ node dist\/cli\.js ([^\n]+)\n([\s\S]*?)```/g)].map((match) => ({ args: match[1]!.split(' '), shown: match[2]! }));

describe('README', () => {
  it('starts with the command that checks a bundled example and the one that runs the tests', () => {
    const commands = /^# ropa-lint\n\n```sh\n(.+)\n(.+)\n```/.exec(readme);
    expect(commands?.[1]).toMatch(/^node dist\/cli\.js examples\/\S+\.ropa\.yaml/);
    expect(commands?.[2]).toMatch(/^npm ci && npm test/);
  });

  it('links to files of the repository, which the npm page resolves against the repository on GitHub', () => {
    const repository = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { repository: { url: string } }).repository.url;
    expect(repository).toBe('git+https://github.com/ropa-lint/ropa-lint.git');
    const prose = readme.replace(/```[\s\S]*?```/g, '');
    const targets = [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((target) => !/^(https?:|mailto:|#)/.test(target));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((target) => !existsSync(path.join(root, target.split('#')[0]!)))).toEqual([]);
  });

  it('says how to use it in a repository, before the developer commands: the Action at @v1, npm, pre-commit', () => {
    const start = readme.indexOf('\n## Use it in your repository\n');
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThan(readme.indexOf('\n## Development\n'));
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    expect(section).toContain('uses: ropa-lint/ropa-lint@v1\n');
    expect(section).toContain('npm i -D ropa-lint\n');
    const hooks = parse(readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[];
    const config = /```yaml\n(repos:\n[\s\S]*?)```/.exec(section)?.[1];
    expect(parse(config ?? '')).toEqual({ repos: [{ repo: 'https://github.com/ropa-lint/ropa-lint', rev: expect.stringMatching(/^v\d+\.\d+\.\d+$/), hooks: [{ id: hooks[0]!.id }] }] });
  });

  it.each(samples.map((sample) => [sample.args.join(' '), sample] as const))('shows the real output of `ropa-lint %s`', (_name, sample) => {
    const result = spawnSync(process.execPath, ['dist/cli.js', ...sample.args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    for (const block of sample.shown.split(/\n\n/).map((part) => part.trim()).filter((part) => part !== '…')) {
      expect(result.stdout).toContain(block);
    }
  });
});
