// Bundles the CLI and the Action into dist/, which is committed: `node dist/cli.js` and the
// Action run without `npm ci`. CI rebuilds and fails when the result differs.
import { build } from 'esbuild';

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'eof',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); ESM output has none, so provide it.
  banner: { js: "import { createRequire as __ropaCreateRequire } from 'node:module';\nconst require = __ropaCreateRequire(import.meta.url);" },
};

await build({ ...shared, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' });
await build({ ...shared, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', target: 'node24' });
