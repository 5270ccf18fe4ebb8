/**
 * Inventories arrive in pull requests from anyone. Each hostile input ends in bounded time
 * with exit 1 (findings) or 2 (unusable input, one line naming file, line and column) and never
 * a stack trace, a hang or a crash.
 */
import { openSync, closeSync, writeSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, type CliResult, workspace } from '../support/cli.js';
import { COMPLETE_NOTICE_PATH, completeNotice, completeRecord } from '../support/complete-record.js';

/** A complete record (no findings at all); what follows it starts on line `after`. */
const clean = completeRecord;
const after = clean.split('\n').length;

function aliasBomb(): string {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 10; level += 1) {
    const previous = String.fromCharCode(96 + level);
    const name = String.fromCharCode(97 + level);
    levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
  }
  return `${levels.join('\n')}\n`;
}

async function check(content: string | Buffer, args: string[] = []): Promise<CliResult & { json?: { findings: { ruleId: string; line: number; column: number; message: string }[] } }> {
  const root = workspace({ [COMPLETE_NOTICE_PATH]: completeNotice });
  writeFileSync(path.join(root, 'ropa.yaml'), content);
  const result = await cli(['--format', 'json', ...args, 'ropa.yaml'], root);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
  return result.code === 2 ? result : { ...result, json: JSON.parse(result.stdout) };
}

function schemaFindings(result: Awaited<ReturnType<typeof check>>): string[] {
  return (result.json?.findings ?? []).filter((finding) => finding.ruleId === 'schema').map((finding) => `${finding.line}:${finding.column} ${finding.message}`);
}

describe('hostile YAML', () => {
  it('an alias bomb ("billion laughs") is a finding at an alias, not an expansion', async () => {
    const result = await check(aliasBomb());
    expect(result.code).toBe(1);
    expect(schemaFindings(result)).toEqual([expect.stringMatching(/^\d+:\d+ aliases expand .* \(an alias bomb\?\)/)]);
  });

  it('20,000 levels of nesting are refused with a finding', async () => {
    const result = await check(`${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    expect(result.code).toBe(1);
    expect(schemaFindings(result)[0]).toMatch(/^1:\d+ nesting is (too deep|deeper than)/);
  });

  it('a 2 MB line is read and checked', async () => {
    const result = await check(clean.replace('name: Acme Chat Ltd', `name: "${'x'.repeat(2_000_000)}"`));
    expect(result.code).toBe(0);
    expect(result.json?.findings).toEqual([]);
  });

  it('a file above the size limit is refused before it is read, and the limit can be raised', async () => {
    const root = workspace({});
    const file = path.join(root, 'ropa.yaml');
    const handle = openSync(file, 'w');
    writeSync(handle, clean);
    const padding = Buffer.alloc(1024 * 1024, '#');
    for (let index = 0; index < 60; index += 1) writeSync(handle, padding);
    closeSync(handle);
    const refused = await cli(['ropa.yaml'], root);
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'ropa-lint: ropa.yaml: the file is 60.0 MB, above the limit of 32 MB (raise it with --max-file-size)\n' });
  });

  it('binary data is unusable input with its position', async () => {
    const result = await check(Buffer.from([0x76, 0x65, 0x72, 0x0a, 0x00, 0x01, 0xfe, 0xff]));
    expect(result).toMatchObject({ code: 2, stderr: 'ropa-lint: ropa.yaml:2:3: the file is not UTF-8 text (an inventory is a YAML text file)\n' });
  });

  it.each([
    ['an empty file', '', /^1:1 .*must be a mapping/],
    ['a list', '- a\n- b\n', /^1:1 .*must be a mapping/],
    ['a scalar', 'just text\n', /^1:1 .*must be a mapping/],
    ['a second document', `${clean}---\nversion: 2\n`, new RegExp(`^${after}:1 the file holds more than one YAML document`)],
    ['a tab in the indentation', 'version: 1\ncontroller:\n\tname: Acme\n', /^3:1 /],
    ['an unknown tag', `${clean}x-run: !!js/function "function () { globalThis.ropaPwned = true }"\n`, new RegExp(`^${after}:8 unsupported YAML tag !!js/function`)],
    ['a local tag', `${clean}x-secret: !vault abc\n`, new RegExp(`^${after}:11 unsupported YAML tag !vault`)],
  ])('%s is a schema finding at its position', async (_name, content, expected) => {
    const result = await check(content);
    expect(result.code).toBe(1);
    expect(schemaFindings(result)[0]).toMatch(expected);
    expect((globalThis as Record<string, unknown>).ropaPwned).toBeUndefined();
  });

  it('a byte-order mark and CRLF line ends work', async () => {
    const result = await check(`\uFEFF${clean.replace(/\n/g, '\r\n')}owner: x\r\n`);
    expect(schemaFindings(result)).toEqual([`${after}:1 unknown key \`owner\` in the inventory`]);
  });

  it('merge keys work', async () => {
    // The required keys of the activity come only from the merged mapping.
    const head = clean.slice(0, clean.indexOf('processing_activities:'));
    const base = 'x-base: &base {name: Message delivery, role: controller, data_subjects: [workspace-members], data_categories: [chat-messages], purposes: [{id: deliver-messages, description: Deliver messages, ai_training: false, lawful_basis: contract}], retention: P1Y}\n';
    const result = await check(`${head}${base}processing_activities:\n  - <<: *base\n    id: merged\n`);
    expect(schemaFindings(result)).toEqual([]);
  });

  it('__proto__, constructor and prototype keys pollute nothing', async () => {
    const result = await check(`${clean}__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\nx-a: {__proto__: {polluted: true}}\n`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(schemaFindings(result).map((line) => line.split(' ').slice(0, 4).join(' '))).toEqual([`${after}:1 unknown key \`__proto__\``, `${after + 1}:1 unknown key \`constructor\``]);
  });
});
