/**
 * isInside guards every read and look outside the repository (notices, documents, globs,
 * baselines): only a `..` segment climbs out, and a name that merely starts with two dots
 * (`..x`) is inside, as it is for the operating system.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInside } from '../../src/workspace/files.js';

/** The answer from path.relative alone: inside unless the way there climbs out with a `..` segment. */
function byRelative(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative));
}

describe('isInside', () => {
  it.each([
    ['/repo/docs/dpia.md', '/repo', true],
    ['/repo', '/repo', true],
    ['/repo/', '/repo', true],
    ['/repository/docs', '/repo', false],
    ['/repo/../etc/passwd', '/repo', false],
    ['/repo/docs/../../etc', '/repo', false],
    ['/repo/./docs', '/repo', true],
    ['/repo//docs', '/repo', true],
    ['/repo/docs/..', '/repo', true],
    ['/repo/..', '/repo', false],
    ['/anything', '/', true],
    ['/repo/.hidden/x', '/repo', true],
    ['/repo/..x/y', '/repo', true],
    ['relative/docs', '/repo', false],
    ['/repo/docs', '/repo/', true],
  ])('%s inside %s: %s', (file, folder, inside) => {
    expect(isInside(file, folder)).toBe(inside);
    expect(byRelative(file, folder)).toBe(inside);
  });

  it('answers what splitting path.relative into segments answers, for paths with dots, doubled slashes and near-prefixes (property)', () => {
    const segment = fc.constantFrom('repo', 'rep', 'repo2', 'docs', '.', '..', '', '.git', '..x', 'a');
    const pathOf = fc.array(segment, { maxLength: 6 }).map((segments) => `/${segments.join('/')}`);
    fc.assert(
      fc.property(pathOf, pathOf, (file, folder) => {
        expect(isInside(file, folder)).toBe(byRelative(file, folder));
      }),
      { numRuns: 3000 },
    );
  });
});
