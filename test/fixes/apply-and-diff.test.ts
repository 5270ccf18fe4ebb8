/** Applying fixes to a text, and the unified diff `--fix-dry-run` prints, checked by git itself. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, TextEdit } from '../../src/core/types.js';
import { applyFixes } from '../../src/fixes/apply.js';
import { unifiedDiff } from '../../src/fixes/diff.js';
import { workspace } from '../support/cli.js';

function edit(source: string, token: string, text: string, occurrence = 0): TextEdit {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) start = source.indexOf(token, start + 1);
  if (start < 0) throw new Error(`no ${token} in the source`);
  return { start, end: start + token.length, text, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

function finding(pointer: string, ...edits: TextEdit[]): Finding {
  return {
    ruleId: 'schema',
    severity: 'error',
    message: pointer,
    reference: null,
    help: '',
    file: 'ropa.yaml',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    pointer,
    stablePath: pointer,
    docsUrl: '',
    ...(edits.length > 0 ? { fix: { description: pointer, edits } } : {}),
  };
}

describe('applyFixes', () => {
  const source = 'a: optin\nb: yes\nc: USA\n';

  it('applies every fix in source order, whatever order the findings come in', () => {
    const result = applyFixes(source, [finding('/c', edit(source, 'USA', 'US')), finding('/a', edit(source, 'optin', 'opt-in')), finding('/b', edit(source, 'yes', 'true'))]);
    expect(result.text).toBe('a: opt-in\nb: true\nc: US\n');
    expect(result.fixed.map((fixed) => fixed.pointer)).toEqual(['/a', '/b', '/c']);
  });

  it('leaves a fix that overlaps one already taken for the next pass, and findings without a fix alone', () => {
    const result = applyFixes(source, [finding('/a', edit(source, 'optin', 'opt-in')), finding('/a2', { ...edit(source, 'optin', 'opt-out'), start: 5 }), finding('/b')]);
    expect(result.text).toBe('a: opt-in\nb: yes\nc: USA\n');
    expect(result.fixed.map((fixed) => fixed.pointer)).toEqual(['/a']);
  });

  it('applies the same edit once when two findings ask for it, and counts both as fixed', () => {
    const result = applyFixes(source, [finding('/b', edit(source, 'yes', 'true')), finding('/b-again', edit(source, 'yes', 'true'))]);
    expect(result.text).toBe('a: optin\nb: true\nc: USA\n');
    expect(result.fixed).toHaveLength(2);
  });

  it('takes a fix whole or not at all, and refuses edits outside the text', () => {
    // `two` starts after `clash` and overlaps it: none of its edits is made, not even the one on `USA`.
    const two = finding('/bc', edit(source, 'es', 'ES'), edit(source, 'USA', 'US'));
    const clash = finding('/b', edit(source, 'yes', 'no'));
    const result = applyFixes(source, [two, clash]);
    expect(result.text).toBe('a: optin\nb: no\nc: USA\n');
    expect(result.fixed.map((fixed) => fixed.pointer)).toEqual(['/b']);
    expect(applyFixes(source, [finding('/x', { ...edit(source, 'USA', 'US'), end: source.length + 5 })]).text).toBe(source);
  });
});

/** Applies `diff` with git in a fresh folder holding `before` as `file`, and returns the result. */
function gitApply(file: string, before: string, diff: string): string {
  const root = workspace({ [file]: before, 'fix.diff': diff });
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['apply', 'fix.diff'], { cwd: root });
  return readFileSync(path.join(root, file), 'utf8');
}

const lines = (count: number) => Array.from({ length: count }, (_, index) => `line ${index + 1}`);

describe('unifiedDiff', () => {
  it('is empty for a file the fixes do not change', () => {
    expect(unifiedDiff('ropa.yaml', 'a: 1\n', 'a: 1\n')).toBe('');
  });

  it('shows each changed line against its old self with three lines of context, in separate hunks when far apart', () => {
    const before = `${lines(20).join('\n')}\n`;
    const after = before.replace('line 3\n', 'line three\n').replace('line 18\n', 'line eighteen\n');
    const diff = unifiedDiff('privacy/ropa.yaml', before, after);
    expect(diff).toBe(
      [
        '--- a/privacy/ropa.yaml',
        '+++ b/privacy/ropa.yaml',
        '@@ -1,6 +1,6 @@',
        ' line 1',
        ' line 2',
        '-line 3',
        '+line three',
        ' line 4',
        ' line 5',
        ' line 6',
        '@@ -15,6 +15,6 @@',
        ' line 15',
        ' line 16',
        ' line 17',
        '-line 18',
        '+line eighteen',
        ' line 19',
        ' line 20',
        '',
      ].join('\n'),
    );
    expect(gitApply('privacy/ropa.yaml', before, diff)).toBe(after);
  });

  it('joins changes whose context touches into one hunk, a run of changed lines shown old then new', () => {
    const before = `${lines(20).join('\n')}\n`;
    const after = before.replace('line 5\n', 'five\n').replace('line 6\n', 'six\n').replace('line 13\n', 'thirteen\n');
    const diff = unifiedDiff('ropa.yaml', before, after);
    expect(diff.match(/^@@/gm)).toHaveLength(1);
    expect(diff).toContain('@@ -2,15 +2,15 @@\n line 2\n line 3\n line 4\n-line 5\n-line 6\n+five\n+six\n');
    expect(gitApply('ropa.yaml', before, diff)).toBe(after);
  });

  it('marks a last line without a line break, as git does', () => {
    const before = 'a: 1\nb: yes';
    const after = 'a: 1\nb: true';
    const diff = unifiedDiff('ropa.yaml', before, after);
    expect(diff).toBe('--- a/ropa.yaml\n+++ b/ropa.yaml\n@@ -1,2 +1,2 @@\n a: 1\n-b: yes\n\\ No newline at end of file\n+b: true\n\\ No newline at end of file\n');
    expect(gitApply('ropa.yaml', before, diff)).toBe(after);
  });

  it('keeps carriage returns inside the lines of a CRLF file', () => {
    const before = 'a: 1\r\nb: yes\r\nc: 3\r\n';
    const after = 'a: 1\r\nb: true\r\nc: 3\r\n';
    const diff = unifiedDiff('ropa.yaml', before, after);
    expect(diff).toContain('-b: yes\r\n+b: true\r\n');
    expect(gitApply('ropa.yaml', before, diff)).toBe(after);
  });

  it('replaces the whole file should the number of lines ever differ', () => {
    const before = 'a: 1\nb: 2\n';
    const after = 'a: 1\nb: 2\nc: 3\n';
    const diff = unifiedDiff('ropa.yaml', before, after);
    expect(diff).toBe('--- a/ropa.yaml\n+++ b/ropa.yaml\n@@ -1,2 +1,3 @@\n-a: 1\n-b: 2\n+a: 1\n+b: 2\n+c: 3\n');
    expect(gitApply('ropa.yaml', before, diff)).toBe(after);
  });
});
