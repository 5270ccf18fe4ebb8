// `npm run bench`: the speed benchmark of issue 9. It generates inventories of 2,000, 10,000
// and 50,000 purposes into .bench/ (git-ignored), then times whole processes side by side,
// several runs each, and prints medians, ratios, time per purpose, peak memory and cold start:
//   floor    the `yaml` Document model with a LineCounter plus ajv validation, nothing else
//   cli      node dist/cli.js --format json (parse with positions, schema, every rule, report)
//   parse    each YAML reader alone, once per fresh process (as a run reads a file)
//   start    node dist/cli.js --version and the small example, against node -e 0
//   before   the same CLI bundled with every file read on the Document model (up to 10,000)
//   baseline the check with --baseline holding every finding of the file, against the check (up to 10,000)
// Options: --quick (fewer runs), --sizes=2000,10000 (which inventories), --no-parse, --no-before, --no-baseline.
// Build dist/ first (npm run build): the CLI measured is the committed bundle.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateInventory } from './bench/generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, '.bench');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const sizes = (args.find((arg) => arg.startsWith('--sizes='))?.slice(8) ?? '2000,10000,50000').split(',').map(Number);
const withParse = !args.includes('--no-parse');
const withBefore = !args.includes('--no-before');
const withBaseline = !args.includes('--no-baseline');
const cliBefore = path.join(benchDir, 'cli-document.mjs');
const node = process.execPath;
const cli = path.join(root, 'dist', 'cli.js');
const peakRss = path.join(root, 'scripts', 'bench', 'peak-rss.cjs');

/** Runs of the check at each size: fewer for the big file, whose runs take seconds. */
const runsFor = (purposes) => (quick ? 2 : purposes >= 50_000 ? 3 : 5);
/** Runs of the floor and of the Document-model CLI, reference points that take several seconds. */
const referenceRunsFor = (purposes) => (quick ? 1 : purposes >= 50_000 ? 1 : purposes >= 10_000 ? 3 : 5);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs one whole process; returns its wall time (ms) and peak RSS (MB). A tiny preloaded hook
 * reports the peak RSS at exit; every command, `node -e 0` included, carries it alike.
 */
function runProcess(command) {
  const start = process.hrtime.bigint();
  const result = spawnSync(node, ['--require', peakRss, ...command], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`node ${command.join(' ')} exited with ${result.status}: ${result.stderr}`);
  const match = /@@peak-rss (\d+)/.exec(String(result.stderr));
  if (!match) throw new Error(`no peak RSS from node ${command.join(' ')}: ${result.stderr}`);
  return { ms, rss: Number(match[1]) / 1024 };
}

/**
 * Runs several commands in turn, round after round, so that a busy machine weighs on all
 * alike; `runs[i]` is how many rounds command i takes part in. Returns medians.
 */
function timeSideBySide(commands, runs) {
  const counts = Array.isArray(runs) ? runs : commands.map(() => runs);
  const samples = commands.map(() => []);
  for (let round = 0; round < Math.max(...counts); round += 1) {
    commands.forEach((command, index) => {
      if (round < counts[index]) samples[index].push(runProcess(command));
    });
  }
  return samples.map((list) => ({ ms: median(list.map((sample) => sample.ms)), rss: median(list.map((sample) => sample.rss)) }));
}

function parseOnce(reader, file) {
  const result = spawnSync(node, [path.join(root, 'scripts', 'bench', 'parse-one.mjs'), reader, file], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`parse-one ${reader} failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

const fmt = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const mb = (bytes) => bytes / 1048576;
const verdict = (ok) => (ok ? 'ok' : 'MISSED');

function table(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => cells.map((cell, column) => String(cell).padStart(widths[column])).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------------------------------

const began = Date.now();
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(2);
}
const newestSource = Math.max(...readdirSync(path.join(root, 'src'), { recursive: true }).map((file) => statSync(path.join(root, 'src', String(file))).mtimeMs));
if (newestSource > statSync(cli).mtimeMs) console.warn('warning: src/ is newer than dist/cli.js — run `npm run build` to measure the current code.\n');

mkdirSync(path.join(benchDir, 'docs'), { recursive: true });
writeFileSync(
  path.join(benchDir, 'docs', 'privacy-notice.md'),
  '# Privacy notice\n\nWe train and improve AI models on the content you choose to share with us, only with your consent.\nYou can withdraw your consent at any time in the product settings, and object to processing based on legitimate interests.\n',
);
const files = sizes.map((purposes) => {
  const file = path.join(benchDir, `inventory-${purposes}.ropa.yaml`);
  const text = generateInventory(purposes);
  writeFileSync(file, text);
  return { purposes, file, bytes: Buffer.byteLength(text), lines: text.split('\n').length - 1 };
});
const banner = { js: "import { createRequire as __benchCreateRequire } from 'node:module';\nconst require = __benchCreateRequire(import.meta.url);" };
if (withBefore) {
  const documentOnly = {
    name: 'document-only',
    setup(context) {
      context.onResolve({ filter: /\/yaml-source\.js$/ }, () => ({ path: path.join(root, 'scripts', 'bench', 'yaml-source-document.ts') }));
    },
  };
  await build({ entryPoints: [path.join(root, 'src', 'cli.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: cliBefore, logLevel: 'warning', banner, plugins: [documentOnly] });
}
if (withParse) {
  await build({
    stdin: {
      contents: [
        "export { parseYamlEvents } from './src/core/yaml-event-source.ts';",
        "export { parseYamlDocument } from './src/core/yaml-document-source.ts';",
        "export { defaultParseLimits } from './src/core/yaml-types.ts';",
        "export { parseEvents } from 'js-yaml';",
        "export { parseDocument, LineCounter } from 'yaml';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: path.join(benchDir, 'readers.mjs'),
    logLevel: 'warning',
    // Bundled CommonJS calls require(); ESM output has none, so provide it (as scripts/build.mjs does).
    banner,
  });
}

console.log(`ropa-lint benchmark — node ${process.version}, ${quick ? 'quick' : 'full'} run; medians of whole processes (a busy machine slows every column alike)\n`);

// 1. The whole check against the floor.
const [bareRun] = timeSideBySide([['-e', '0']], quick ? 3 : 7);
const bare = bareRun.ms;
const bareRss = bareRun.rss;
const results = [];
for (const { purposes, file, bytes, lines } of files) {
  const runs = runsFor(purposes);
  const commands = [[path.join(root, 'scripts', 'bench', 'floor.mjs'), file], [cli, '--format', 'json', file]];
  if (withBefore && purposes <= 10_000) commands.push([cliBefore, '--format', 'json', file]);
  const [floor, whole, before] = timeSideBySide(commands, [referenceRunsFor(purposes), runs, referenceRunsFor(purposes)]);
  results.push({ purposes, bytes, lines, runs, floorRuns: referenceRunsFor(purposes), floor: floor.ms, whole: whole.ms, before: before?.ms, floorRss: floor.rss, wholeRss: whole.rss });
}
console.log('Whole check (node dist/cli.js --format json) against the floor (yaml parseDocument + LineCounter + ajv):');
table(
  ['purposes', 'size', 'lines', 'runs (floor, check)', 'floor', 'check', 'check/floor', 'per purpose', 'before', 'peak RSS floor', 'peak RSS check', 'check RSS over node / size'],
  results.map((r) => [
    r.purposes.toLocaleString('en'),
    `${mb(r.bytes).toFixed(1)} MB`,
    r.lines.toLocaleString('en'),
    `${r.floorRuns}, ${r.runs}`,
    fmt(r.floor),
    fmt(r.whole),
    `${(r.whole / r.floor).toFixed(2)}x`,
    `${((r.whole - bare) / r.purposes * 1000).toFixed(0)} µs`,
    r.before === undefined ? '—' : fmt(r.before),
    `${r.floorRss.toFixed(0)} MB`,
    `${r.wholeRss.toFixed(0)} MB`,
    `${((r.wholeRss - bareRss) / mb(r.bytes)).toFixed(1)}x`,
  ]),
);
console.log(`(bare node: ${fmt(bare)}, ${bareRss.toFixed(0)} MB; "per purpose" leaves node's own start out; "before": the same CLI reading every file on the Document model)`);

// 2. Parse alone, per reader, cold (once per process, as a run reads a file).
if (withParse) {
  console.log('\nParse alone, one read per fresh process (wall ms / peak RSS):');
  const readers = [
    ['yaml', 'yaml parseDocument + LineCounter'],
    ['document', 'complete reader (Document model + walk)'],
    ['events', 'js-yaml parseEvents only'],
    ['fast', 'fast reader (events + value + index)'],
  ];
  const rows = [];
  for (const { purposes, file } of files) {
    if (purposes > 10_000 && quick) continue;
    const row = [purposes.toLocaleString('en')];
    let handedOver = null;
    for (const [reader] of readers) {
      const slow = reader === 'yaml' || reader === 'document';
      // The Document model takes seconds at 50,000 purposes; the table above has its cost.
      if (purposes > 10_000 && slow) {
        row.push('—');
        continue;
      }
      const runs = quick || purposes >= 50_000 || (slow && purposes >= 10_000) ? 1 : 3;
      const samples = Array.from({ length: runs }, () => parseOnce(reader, file));
      if (reader === 'fast') handedOver = samples[0].handedOver;
      row.push(`${fmt(median(samples.map((sample) => sample.ms)))} / ${median(samples.map((sample) => sample.maxRssMB)).toFixed(0)} MB`);
    }
    if (handedOver) row.push(`(fast reader handed over: ${handedOver})`);
    rows.push(row);
  }
  table(['purposes', ...readers.map(([, title]) => title)], rows);
}

// 3. Cold start.
const small = path.join(root, 'examples', 'acme-chat.ropa.yaml');
const startRuns = quick ? 5 : 11;
const [bareStart, version, example] = timeSideBySide([['-e', '0'], [cli, '--version'], [cli, '--format', 'json', small]], startRuns).map((run) => run.ms);
console.log(`\nCold start (${startRuns} runs): node -e 0 ${fmt(bareStart)}; --version ${fmt(version)} (+${fmt(version - bareStart)}); small example ${fmt(example)} (+${fmt(example - bareStart)})`);

// 4. --baseline (issue 16): one Map between the findings and the file, so its cost grows with the
// findings as the check's does. Each file's baseline holds every finding of it: the run reports none.
const baselineRows = [];
const cliHasBaseline = withBaseline && spawnSync(node, [cli, '--help'], { encoding: 'utf8' }).stdout.includes('--baseline');
if (withBaseline && !cliHasBaseline) console.log('\n--baseline: skipped, dist/cli.js has no --baseline (run `npm run build`).');
if (cliHasBaseline) {
  for (const { purposes, file } of files.filter((entry) => entry.purposes <= 10_000)) {
    const baseline = path.join(benchDir, `baseline-${purposes}.json`);
    const written = spawnSync(node, [cli, '--baseline', baseline, '--write-baseline', '--format', 'json', file], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (written.status !== 0) throw new Error(`--write-baseline exited with ${written.status}: ${written.stderr}`);
    const findings = JSON.parse(readFileSync(baseline, 'utf8')).findings.reduce((sum, entry) => sum + (entry.count ?? 1), 0);
    const runs = runsFor(purposes);
    const [plain, filtered] = timeSideBySide([[cli, '--format', 'json', file], [cli, '--format', 'json', '--baseline', baseline, file]], runs);
    baselineRows.push({ purposes, findings, runs, plain: plain.ms, filtered: filtered.ms });
  }
  console.log('\n--baseline holding every finding, against the same check without it:');
  table(
    ['purposes', 'findings', 'runs', 'check', 'with --baseline', 'ratio', 'added per finding'],
    baselineRows.map((r) => [r.purposes.toLocaleString('en'), r.findings.toLocaleString('en'), r.runs, fmt(r.plain), fmt(r.filtered), `${(r.filtered / r.plain).toFixed(2)}x`, `${(((r.filtered - r.plain) / r.findings) * 1000).toFixed(1)} µs`]),
  );
}

// 5. The targets of issue 9 (and 16).
console.log('\nTargets:');
const at10k = results.find((r) => r.purposes === 10_000);
const at50k = results.find((r) => r.purposes === 50_000);
if (at10k) {
  console.log(`  check <= 0.5x the floor at 10,000 purposes: ${(at10k.whole / at10k.floor).toFixed(2)}x — ${verdict(at10k.whole <= 0.5 * at10k.floor)}`);
  console.log(`  peak RSS over bare node <= 30x the file at 10,000 purposes: ${((at10k.wholeRss - bareRss) / mb(at10k.bytes)).toFixed(1)}x — ${verdict(at10k.wholeRss - bareRss <= 30 * mb(at10k.bytes))}`);
}
if (at10k && at50k) console.log(`  5x the purposes <= 5.5x the time: ${(at50k.whole / at10k.whole).toFixed(2)}x — ${verdict(at50k.whole <= 5.5 * at10k.whole)}`);
const baseline10k = baselineRows.find((r) => r.purposes === 10_000);
if (baseline10k) console.log(`  --baseline at 10,000 purposes <= 1.15x the check (linear, no nested scans): ${(baseline10k.filtered / baseline10k.plain).toFixed(2)}x — ${verdict(baseline10k.filtered <= 1.15 * baseline10k.plain)}`);
console.log(`  cold start <= 150 ms over bare node: --version +${fmt(version - bareStart)}, small example +${fmt(example - bareStart)} — ${verdict(example - bareStart <= 150)}`);
console.log(`\n(${((Date.now() - began) / 1000).toFixed(0)} s)`);
