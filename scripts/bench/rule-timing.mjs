// Per-rule time on one inventory, in one process, like ESLint's TIMING=1: the text is parsed
// once, then each rule runs alone through the engine (its findings made, located and filled in)
// several times, and the median is printed, slowest first. It bundles src/ (not dist/), so it
// measures the code as it stands, without a build. Used by `npm run bench` and by hand:
//   node scripts/bench/rule-timing.mjs <file> [--runs=N] [--top=N] [--only=id,id] [--dump=out.json]
// --dump writes every finding of the whole run (rule, position, message, help, pointer), to check
// that a change made for speed changed no verdict.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { build } from 'esbuild';

// As the CLI does (src/short-lived-process.ts): regular expressions compiled at once, not first
// interpreted, and no inlining by the optimizing compiler.
v8.setFlagsFromString('--no-regexp-tier-up');
v8.setFlagsFromString('--no-turbo-inlining');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--'));
if (!file) throw new Error('usage: node scripts/bench/rule-timing.mjs <file> [--runs=N] [--top=N]');
const runs = Number(args.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 7);
const top = Number(args.find((arg) => arg.startsWith('--top='))?.slice(6) ?? 50);
const dump = args.find((arg) => arg.startsWith('--dump='))?.slice(7);
const only = args.find((arg) => arg.startsWith('--only='))?.slice(7).split(',');

// One bundle per process: several people (or helpers) may time rules at once.
const outfile = path.join(root, '.bench', `rule-timing-${process.pid}.mjs`);
await build({
  stdin: {
    contents: [
      "export { parseSource, lintParsed } from './src/core/engine.ts';",
      "export { rules } from './src/rules/index.ts';",
      "export { NoticeReader } from './src/workspace/notices.ts';",
      "export { DocumentReader } from './src/workspace/documents.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __timingCreateRequire } from 'node:module';\nconst require = __timingCreateRequire(import.meta.url);" },
});
const engine = await import(pathToFileURL(outfile).href);
rmSync(outfile);

const text = readFileSync(file, 'utf8');
const shown = path.relative(process.cwd(), path.resolve(file));
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const time = (work) => {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
};

const parses = Array.from({ length: Math.min(runs, 3) }, () => time(() => engine.parseSource(text, shown)));
const parsed = parses.at(-1).result;
const options = { notices: new engine.NoticeReader(process.cwd()).provide, documents: new engine.DocumentReader(process.cwd()).provide };
// One whole run first: it warms the code every rule shares and the notice and document caches.
const first = engine.lintParsed(parsed, { ...options, rules: engine.rules });
if (dump) {
  const pick = ({ ruleId, severity, line, column, endLine, endColumn, message, help, pointer, stablePath, fix }) => ({ ruleId, severity, line, column, endLine, endColumn, message, help, pointer, stablePath, fix });
  writeFileSync(dump, `${JSON.stringify({ findings: first.findings.map(pick), suppressed: first.suppressed.map(pick) }, null, 1)}\n`);
}
const rows = engine.rules.filter((rule) => only === undefined || only.includes(rule.meta.id)).map((rule) => {
  const samples = Array.from({ length: runs }, () => time(() => engine.lintParsed(parsed, { ...options, rules: [rule] })));
  return { id: rule.meta.id, ms: median(samples.map((sample) => sample.ms)), findings: samples[0].result.findings.length };
});
const whole = Array.from({ length: runs }, () => time(() => engine.lintParsed(parsed, { ...options, rules: engine.rules })));
rows.sort((a, b) => b.ms - a.ms);
const sum = rows.reduce((total, row) => total + row.ms, 0);
console.log(`${shown}: parse ${median(parses.map((sample) => sample.ms)).toFixed(1)} ms; all rules together ${median(whole.map((sample) => sample.ms)).toFixed(1)} ms (each alone adds up to ${sum.toFixed(1)} ms); medians of ${runs} runs, warm`);
console.log(`${'rule'.padEnd(34)}${'ms'.padStart(8)}${'share'.padStart(8)}${'findings'.padStart(10)}`);
for (const row of rows.slice(0, top)) console.log(`${row.id.padEnd(34)}${row.ms.toFixed(1).padStart(8)}${`${((row.ms / sum) * 100).toFixed(1)}%`.padStart(8)}${String(row.findings).padStart(10)}`);
