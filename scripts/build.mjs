// Bundles the CLI and the Action into dist/, which is committed: `node dist/cli.js` and the
// Action run without `npm ci`. CI rebuilds and fails when the result differs.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
  // Written below through a rename: a test running dist/ meanwhile never reads half a bundle.
  write: false,
};

async function bundle(options) {
  const { outputFiles } = await build({ ...shared, ...options });
  for (const file of outputFiles) {
    mkdirSync(path.dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    // A bundle that starts with #! (dist/cli.js, the package's bin) is executable, as esbuild writes it.
    writeFileSync(temporary, file.contents, { mode: file.text.startsWith('#!') ? 0o755 : 0o644 });
    renameSync(temporary, file.path);
  }
  return outputFiles.map((file) => file.path);
}

// The CLI is split: `--version` and `--help` load a small entry, a check loads the rest on demand.
const written = await bundle({ entryPoints: ['src/cli.ts'], outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
// Chunks of earlier builds would otherwise linger in the committed dist/.
const chunks = path.resolve('dist/chunks');
for (const name of readdirSync(chunks)) {
  if (!written.includes(path.join(chunks, name))) rmSync(path.join(chunks, name));
}
await bundle({ entryPoints: ['src/index.ts'], outfile: 'dist/index.js', target: 'node24' });
