import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder of ropa-lint's package.json, both from src/ (tests) and from the bundled dist/. */
export function packageRoot(): string {
  if (root) return root;
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'ropa-lint') {
      root = folder;
      return folder;
    }
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error('cannot find the ropa-lint package folder');
    folder = parent;
  }
}
