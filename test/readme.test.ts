/** The README's sample output is what the tool prints: every block it shows appears verbatim. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const samples = [...readme.matchAll(/```text\n\$ node dist\/cli\.js ([^\n]+)\n([\s\S]*?)```/g)].map((match) => ({ args: match[1]!.split(' '), shown: match[2]! }));

describe('README', () => {
  it('starts with the command that checks a bundled example and the one that runs the tests', () => {
    const commands = /^# ropa-lint\n\n```sh\n(.+)\n(.+)\n```/.exec(readme);
    expect(commands?.[1]).toMatch(/^node dist\/cli\.js examples\/\S+\.ropa\.yaml/);
    expect(commands?.[2]).toMatch(/^npm ci && npm test/);
  });

  it.each(samples.map((sample) => [sample.args.join(' '), sample] as const))('shows the real output of `ropa-lint %s`', (_name, sample) => {
    const result = spawnSync(process.execPath, ['dist/cli.js', ...sample.args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    for (const block of sample.shown.split(/\n\n/).map((part) => part.trim()).filter((part) => part !== '…')) {
      expect(result.stdout).toContain(block);
    }
  });
});
