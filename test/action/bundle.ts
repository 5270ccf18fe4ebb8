/**
 * The Action bundled from src/ into a temporary folder, as scripts/build.mjs bundles it into
 * dist/index.js: the tests run the current source as the runner would, without rewriting the
 * committed dist/.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { root } from './support.js';

export async function bundleAction(): Promise<string> {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'ropa-action-bundle-')), 'index.js');
  await build({
    entryPoints: [path.join(root, 'src/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'error',
    banner: { js: "import { createRequire as __ropaCreateRequire } from 'node:module';\nconst require = __ropaCreateRequire(import.meta.url);" },
  });
  return outfile;
}
