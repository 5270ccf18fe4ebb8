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

/**
 * The complete YAML reader (on the `yaml` package, a third of a check's code) reads only the files
 * the fast reader hands over: a syntax error, a duplicate key, a tag. In the CLI it is a CommonJS
 * file of its own, required on its first call, so that a run over clean files neither compiles
 * nor starts it (8 ms of a cold start). The source imports it as usual; tests run it as it is.
 */
const COMPLETE_READER = 'chunks/yaml-document.cjs';
const lazyCompleteReader = {
  name: 'lazy-complete-reader',
  setup(build) {
    build.onResolve({ filter: /\/yaml-document-source\.js$/ }, (args) => (args.importer.endsWith(path.join('core', 'yaml-source.ts')) ? { path: 'complete-reader', namespace: 'lazy' } : undefined));
    build.onResolve({ filter: /^\.\/yaml-document\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      loader: 'js',
      // `require` is the banner's, made from the chunk's own URL: chunks sit beside the file.
      contents: `let reader;\nexport function parseYamlDocument(text, limits) {\n  reader ??= require('./${path.basename(COMPLETE_READER)}');\n  return reader.parseYamlDocument(text, limits);\n}\n`,
    }));
  },
};

// The CLI is split: `--version` and `--help` load a small entry, a check loads the rest on demand.
const written = await bundle({ entryPoints: ['src/cli.ts'], outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]', plugins: [lazyCompleteReader] });
written.push(
  ...(await bundle({ entryPoints: ['src/core/yaml-document-source.ts'], outfile: `dist/${COMPLETE_READER}`, format: 'cjs', banner: {} })),
);
// Chunks of earlier builds would otherwise linger in the committed dist/.
const chunks = path.resolve('dist/chunks');
for (const name of readdirSync(chunks)) {
  if (!written.includes(path.join(chunks, name))) rmSync(path.join(chunks, name));
}
await bundle({ entryPoints: ['src/index.ts'], outfile: 'dist/index.js', target: 'node24' });
