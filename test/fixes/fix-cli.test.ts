/**
 * `ropa-lint --fix` and `--fix-dry-run` on files on disk (issue 16, Done when): a record with ten
 * slips is fixed in place, passes the schema afterwards and differs from what was written only in
 * the ten tokens, compared byte for byte; the dry run prints a diff that git applies to the same
 * result and writes nothing.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspace } from '../support/cli.js';
import { COMPLETE_NOTICE_PATH, completeNotice, completeRecord } from '../support/complete-record.js';
import { cliWithStdin } from '../cli/stdin-cli.js';

/** `⟦written|fixed⟧` marks a token: the record as written has the first, the fixed one the second. */
const TOKEN = /⟦([^|⟧]*)\|([^⟧]*)⟧/g;

const template = `# yaml-language-server: $schema=../schemas/inventory.schema.json
version: 1
controller:
  name: Acme Chat Ltd     # Art. 30(1)(a)
  contact: privacy@acme.example
data_subjects:
  - {id: workspace-members, name: Members of customer workspaces}
data_categories:
  - id: chat-messages
    name: "Messages, files and reactions"
    source: ⟦communication-content|communications-content⟧   # ePrivacy Art. 5(1)
    special: [health]

processing_activities:
  - id: smart-replies
    name: Smart replies
    role: controller
    data_subjects: [workspace-members]
    data_categories: [chat-messages]
    purposes:
      - id: train-reply-model
        description: >-
          Train the reply-suggestion model
          on past conversations.
        ai_training: ⟦yes|true⟧
        ⟦lawfull_basis|lawful_basis⟧: consent   # asked in the app
        special_category_condition: explicit-consent
        consent:
          collection: ⟦optin|opt-in⟧
          explicit: ⟦"true"|true⟧
          granular:   ⟦'Yes'|true⟧   # aligned by hand
          given_by: ⟦all participants|all-participants⟧
          withdrawal: in-product
    processors:
      - name: GPU Cloud GmbH
        dpa: true
        country: ⟦Germany|DE⟧
    transfers:
      - country: ⟦USA|US⟧
        mechanism: scc
    dpia: {status: ⟦complete|completed⟧, reference: docs/dpia/replies.md}
`;

function build(text: string, which: 1 | 2): string {
  return text.replace(TOKEN, (_whole, written: string, fixed: string) => (which === 1 ? written : fixed));
}

/**
 * Compares `output` with the template byte for byte outside the marked tokens, and each token
 * with its fixed form: the fix touched nothing else.
 */
function expectOnlyTokensChanged(output: Buffer, text: string): void {
  const statics = text.split(TOKEN).filter((_, index) => index % 3 === 0);
  const fixes = [...text.matchAll(TOKEN)].map((match) => match[2]!);
  let at = 0;
  statics.forEach((part, index) => {
    const bytes = Buffer.from(part, 'utf8');
    expect(output.subarray(at, at + bytes.length).equals(bytes), `the text before token ${index + 1} is unchanged`).toBe(true);
    at += bytes.length;
    if (index < fixes.length) {
      const fixed = Buffer.from(fixes[index]!, 'utf8');
      expect(output.subarray(at, at + fixed.length).toString('utf8'), `token ${index + 1}`).toBe(fixes[index]);
      at += fixed.length;
    }
  });
  expect(at, 'nothing after the last part').toBe(output.length);
}

function findingsOf(stdout: string): { ruleId: string; line: number; message: string }[] {
  return (JSON.parse(stdout) as { findings: { ruleId: string; line: number; message: string }[] }).findings;
}

describe('ropa-lint --fix', () => {
  it('fixes ten slips in place: the file passes the schema and differs from the input only in the ten tokens', async () => {
    expect([...template.matchAll(TOKEN)]).toHaveLength(10);
    const root = workspace({ 'privacy/ropa.yaml': build(template, 1) });
    const before = await cli(['--format', 'json', 'privacy/ropa.yaml'], root);
    expect(findingsOf(before.stdout).filter((finding) => finding.ruleId === 'schema')).toHaveLength(10);

    const result = await cli(['--fix', 'privacy/ropa.yaml'], root);
    expect(result.stderr).toBe('ropa-lint: fixed 10 problems in 1 file\n');
    const output = readFileSync(path.join(root, 'privacy/ropa.yaml'));
    expectOnlyTokensChanged(output, template);
    expect(output.toString('utf8')).toBe(build(template, 2));

    // What remains is reported as any run reports it, and decides the exit code.
    expect(result.stdout).not.toContain('error[schema]');
    expect(result.stdout).not.toContain('fixable with --fix');
    const after = await cli(['--format', 'json', 'privacy/ropa.yaml'], root);
    expect(findingsOf(after.stdout).filter((finding) => finding.ruleId === 'schema')).toEqual([]);
    expect(result.code).toBe(after.code);
  });

  it('keeps CRLF line ends, a byte-order mark and the file mode', async () => {
    const crlf = template.replace(/\n/g, '\r\n');
    const root = workspace({});
    const file = path.join(root, 'ropa.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(build(crlf, 1), 'utf8')]));
    chmodSync(file, 0o640);
    const result = await cli(['--fix'], root);
    expect(result.stderr).toBe('ropa-lint: fixed 10 problems in 1 file\n');
    const output = readFileSync(file);
    expect([...output.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expectOnlyTokensChanged(output.subarray(3), crlf);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('writes through a symbolic link to the file it points to, and keeps the link', async () => {
    const root = workspace({ 'records/ropa.yaml': build(template, 1) });
    symlinkSync(path.join(root, 'records/ropa.yaml'), path.join(root, 'ropa.yaml'));
    await cli(['--fix', 'ropa.yaml'], root);
    expect(lstatSync(path.join(root, 'ropa.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(root, 'records/ropa.yaml'), 'utf8')).toBe(build(template, 2));
  });

  it('exits 0 when the fixes leave nothing at or above --fail-on, and leaves a file with nothing to fix as it was', async () => {
    const slipped = completeRecord.replace('ai_training: false', 'ai_training: "false"').replace('role: controller', 'role: Controller');
    expect(slipped).not.toBe(completeRecord);
    const root = workspace({ 'ropa.yaml': slipped, [COMPLETE_NOTICE_PATH]: completeNotice });
    expect((await cli([], root)).code).toBe(1);
    const result = await cli(['--fix'], root);
    expect(result).toMatchObject({ code: 0, stderr: 'ropa-lint: fixed 2 problems in 1 file\n' });
    expect(result.stdout).toMatch(/^✔ 1 file checked: no problems/);
    expect(readFileSync(path.join(root, 'ropa.yaml'), 'utf8')).toBe(completeRecord);
    const again = await cli(['--fix'], root);
    expect(again).toMatchObject({ code: 0, stderr: '' });
  });

  it('leaves what has no single right answer, and says it in the report', async () => {
    const root = workspace({ 'ropa.yaml': build(template, 2).replace('mechanism: scc', 'mechanism: bcc') });
    const result = await cli(['--fix', '--format', 'json'], root);
    expect(result.stderr).toBe('');
    expect(findingsOf(result.stdout).filter((finding) => finding.ruleId === 'schema').map((finding) => finding.message)).toEqual([
      '`mechanism` in transfer #1 of activity `smart-replies` is `bcc`, which is not one of the allowed values',
    ]);
  });
});

describe('stylish marks what --fix can fix, and counts it', () => {
  it('a fix line under each fixable finding, and the count by severity in the summary', async () => {
    const root = workspace({ 'ropa.yaml': build(template, 1), '.ropa-lint.yaml': 'rules:\n  schema: warning\n' });
    const result = await cli([], root);
    expect(result.stdout).toContain('   = fix: rename `lawfull_basis` to `lawful_basis` (fixable with --fix)\n');
    expect(result.stdout).toContain("   = fix: replace `'Yes'` with `true` (fixable with --fix)\n");
    expect(result.stdout).toMatch(/\n {2}10 warnings fixable with --fix\n$/);
  });
});

describe('ropa-lint --fix-dry-run', () => {
  it('prints a unified diff that git applies to what --fix writes, and writes nothing', async () => {
    const written = build(template, 1);
    const root = workspace({ 'privacy/ropa.yaml': written });
    const result = await cli(['--fix-dry-run'], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('ropa-lint: --fix-dry-run: --fix would fix 10 problems in 1 file; nothing was written\n');
    expect(result.stdout).toMatch(/^--- a\/privacy\/ropa\.yaml\n\+\+\+ b\/privacy\/ropa\.yaml\n@@ -8,/);
    expect(readFileSync(path.join(root, 'privacy/ropa.yaml'), 'utf8')).toBe(written);

    writeFileSync(path.join(root, 'fixes.diff'), result.stdout);
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['apply', 'fixes.diff'], { cwd: root });
    expect(readFileSync(path.join(root, 'privacy/ropa.yaml'), 'utf8')).toBe(build(template, 2));
  });

  it('shows the fixes of standard input, named by --stdin-filename', async () => {
    const root = workspace({});
    const result = await cliWithStdin(['--fix-dry-run', '-', '--stdin-filename', 'privacy/ropa.yaml'], root, build(template, 1));
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['--- a/privacy/ropa.yaml', '+++ b/privacy/ropa.yaml']);
    expect(result.stdout).toContain('\n-        ai_training: yes\n');
    expect(result.stdout).toContain('\n+        ai_training: true\n');
  });

  it('prints nothing when there is nothing to fix', async () => {
    const root = workspace({ 'ropa.yaml': build(template, 2) });
    expect(await cli(['--fix-dry-run'], root)).toEqual({ code: 0, stdout: '', stderr: 'ropa-lint: --fix-dry-run: nothing to fix; nothing was written\n' });
  });
});

describe('options that contradict a fix are usage errors', () => {
  it.each([
    [['--fix', '--fix-dry-run'], 'use either --fix (write the fixes) or --fix-dry-run (print them as a diff), not both'],
    [['--fix', '-'], '--fix writes the fixes into the files it checks; for standard input use --fix-dry-run, which prints them as a diff'],
    [['--fix-dry-run', '--format', 'json'], '--fix-dry-run prints a diff, not a report; leave out --format'],
    [['--fix-dry-run', '--baseline', 'b.json', '--write-baseline'], '--fix-dry-run writes nothing; leave out --write-baseline'],
  ])('%j', async (args, message) => {
    const root = workspace({ 'ropa.yaml': build(template, 1) });
    expect(await cliWithStdin(args, root, build(template, 1))).toEqual({ code: 2, stdout: '', stderr: `ropa-lint: ${message}\n` });
    expect(readFileSync(path.join(root, 'ropa.yaml'), 'utf8')).toBe(build(template, 1));
  });
});
