// Bundles the CLI, the programmatic API and the Action into dist/, which is committed:
// `node dist/cli.js` and the Action run without `npm ci`, and the npm package (package.json
// `files`: the CLI and the API, not the Action) has no dependencies to install. CI rebuilds and
// fails when the result differs.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';

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
/** @param {string} from the reader's path relative to the bundle file that requires it */
const lazyCompleteReader = (from) => ({
  name: 'lazy-complete-reader',
  setup(build) {
    build.onResolve({ filter: /\/yaml-document-source\.js$/ }, (args) => (args.importer.endsWith(path.join('parser', 'yaml-source.ts')) ? { path: 'complete-reader', namespace: 'lazy' } : undefined));
    build.onResolve({ filter: /\/yaml-document\.cjs$/, namespace: 'lazy' }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      loader: 'js',
      // `require` is the banner's, made from the URL of the file the code lands in.
      contents: `let reader;\nexport function parseYamlDocument(text, limits) {\n  reader ??= require('${from}');\n  return reader.parseYamlDocument(text, limits);\n}\n`,
    }));
  },
});

// The CLI is split: `--version` and `--help` load a small entry, a check loads the rest on demand.
// The reader is required from a chunk, which sits beside it.
const written = await bundle({
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [lazyCompleteReader(`./${path.basename(COMPLETE_READER)}`)],
});
written.push(
  ...(await bundle({ entryPoints: ['src/parser/yaml-document-source.ts'], outfile: `dist/${COMPLETE_READER}`, format: 'cjs', banner: {} })),
);
// Chunks of earlier builds would otherwise linger in the committed dist/.
const chunks = path.resolve('dist/chunks');
for (const name of readdirSync(chunks)) {
  if (!written.includes(path.join(chunks, name))) rmSync(path.join(chunks, name));
}

// The API is one file of its own rather than more entries of the CLI's split build: shared
// chunks would change which files a CLI check loads, which was measured and tuned. It shares
// the complete YAML reader, the largest piece, with the CLI.
await bundle({ entryPoints: ['src/api.ts'], outfile: 'dist/api.js', plugins: [lazyCompleteReader(`./${COMPLETE_READER}`)] });
writeAtomically('dist/api.d.ts', apiDeclarations());

await bundle({ entryPoints: ['src/index.ts'], outfile: 'dist/index.js', target: 'node24' });

/**
 * The API's types: TypeScript's own declaration emit of src/api.ts alone, with the project's
 * compiler options. src/api.ts declares every public type itself, so the result is one
 * self-contained file; an import in it would point at a file the package does not ship.
 */
function apiDeclarations() {
  const configFile = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, process.cwd());
  const entry = path.resolve('src/api.ts');
  const program = ts.createProgram([entry], { ...options, noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: path.resolve('dist') });
  let text;
  const result = program.emit(program.getSourceFile(entry), (name, data) => (text = data), undefined, true);
  const problems = [...ts.getPreEmitDiagnostics(program, program.getSourceFile(entry)), ...result.diagnostics];
  if (problems.length > 0) throw new Error(ts.formatDiagnostics(problems, { getCanonicalFileName: (name) => name, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n' }));
  const imports = text.split('\n').filter((line) => /^\s*(import|export .* from)\b|\bimport\(|^\/\/\/ <reference/.test(line));
  if (imports.length > 0) throw new Error(`dist/api.d.ts must declare every type itself, but it has:\n${imports.join('\n')}`);
  return text;
}

function writeAtomically(file, text) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
