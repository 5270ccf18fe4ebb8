// `npm run bench`: the speed benchmark (issues 9 and 17). It generates inventories of 2,000, 10,000
// and 50,000 purposes and spreadsheets of 2,000 and 10,000 rows into .bench/ (git-ignored), then
// times whole processes side by side, several runs each, and prints medians:
//   js-yaml   node, read, js-yaml load, count the purposes, print: what any JS checker must do
//   check     node dist/cli.js --format json (parse with positions, schema, every rule, report)
//   spectral  Spectral 6 (its core, the cheapest way to run it) with what its ruleset language can
//             express of ours, scripts/bench/spectral-ruleset.mjs; also its CLI, once, at 10,000
//   floor     the `yaml` Document model with a LineCounter plus ajv validation (issue 9's floor)
// and then: growth from 10,000 to 50,000 purposes with the garbage collector's share of a
// --cpu-prof profile; each YAML reader alone; cold start on Node 20 and Node 24 (`npx -y node@24`);
// the file-system looks of document-missing; --baseline; `ropa-lint import` of a sheet; each rule's
// time alone (scripts/bench/rule-timing.mjs), slowest first.
// Options: --quick (fewer runs), --sizes=2000,10000 (which inventories), --no-parse,
// --no-spectral, --no-floor, --no-node24, --no-baseline, --no-import, --no-rules; --against=DIR times the CLI
// bundle in DIR (another build's dist/) side by side with this one, in the first table and at
// cold start.
// Build dist/ first (npm run build): the CLI measured is the bundle.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { gcShare } from './bench/gc-share.mjs';
import { generateInventory } from './bench/generate.mjs';
import { sheetCsv, sheetXlsx } from './bench/sheet.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, '.bench');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const sizes = (args.find((arg) => arg.startsWith('--sizes='))?.slice(8) ?? '2000,10000,50000').split(',').map(Number);
const without = (name) => args.includes(`--no-${name}`);
const node = process.execPath;
const cli = path.join(root, 'dist', 'cli.js');
const againstDir = args.find((arg) => arg.startsWith('--against='))?.slice(10);
const against = againstDir === undefined ? undefined : path.resolve(againstDir, 'cli.js');
if (against !== undefined && !existsSync(against)) throw new Error(`--against: ${against} does not exist`);
const bench = (name) => path.join(root, 'scripts', 'bench', name);
const peakRss = bench('peak-rss.cjs');

/** Runs of the check at each size: fewer for the big file, whose runs take seconds. */
const runsFor = (purposes) => (quick ? 2 : purposes >= 50_000 ? 3 : 5);
/** Runs of the slow reference points (Spectral, the floor), which take seconds at 10,000. */
const referenceRunsFor = (purposes) => (quick ? 1 : purposes >= 10_000 ? 3 : 5);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs one whole process; returns its wall time (ms), peak RSS (MB) and stderr. A tiny preloaded
 * hook reports the peak RSS at exit; every command, `node -e 0` included, carries it alike.
 */
function runProcess(command, { binary = node, env = process.env } = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(binary, ['--require', peakRss, ...command], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = String(result.stderr);
  if (result.status !== 0 && result.status !== 1) throw new Error(`${path.basename(binary)} ${command.join(' ')} exited with ${result.status}: ${stderr}`);
  const match = /@@peak-rss (\d+)/.exec(stderr);
  if (!match) throw new Error(`no peak RSS from ${command.join(' ')}: ${stderr}`);
  return { ms, rss: Number(match[1]) / 1024, stderr };
}

/**
 * Runs several commands in turn, round after round, so that a busy machine weighs on all alike;
 * `runs[i]` is how many rounds command i takes part in. Returns medians.
 */
function timeSideBySide(commands, runs, options) {
  const counts = Array.isArray(runs) ? runs : commands.map(() => runs);
  const samples = commands.map(() => []);
  for (let round = 0; round < Math.max(...counts); round += 1) {
    commands.forEach((command, index) => {
      if (round < counts[index]) samples[index].push(runProcess(command, options));
    });
  }
  return samples.map((list) => (list.length === 0 ? undefined : { ms: median(list.map((sample) => sample.ms)), rss: median(list.map((sample) => sample.rss)), runs: list.length }));
}

const fmt = (ms) => (ms === undefined ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const times = (a, b) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(2)}x`);
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
  return { purposes, file, text, bytes: Buffer.byteLength(text), lines: text.split('\n').length - 1 };
});
// Bundled CommonJS calls require(); ESM output has none, so provide it (as scripts/build.mjs does).
const banner = { js: "import { createRequire as __benchCreateRequire } from 'node:module';\nconst require = __benchCreateRequire(import.meta.url);" };
if (!without('parse')) {
  await build({
    stdin: {
      contents: [
        "export { parseYamlEvents } from './src/parser/yaml-event-source.ts';",
        "export { parseYamlDocument } from './src/parser/yaml-document-source.ts';",
        "export { defaultParseLimits } from './src/parser/yaml-types.ts';",
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
    banner,
  });
}

console.log(`ropa-lint benchmark — node ${process.version}, ${quick ? 'quick' : 'full'} run; medians of whole processes, run side by side (a busy machine slows every column alike)\n`);

// 1. The whole check against js-yaml, Spectral and the floor, on the same files.
const [bareRun] = timeSideBySide([['-e', '0']], quick ? 3 : 7);
const bare = bareRun.ms;
const bareRss = bareRun.rss;
const withSpectral = !without('spectral') && existsSync(path.join(root, 'node_modules', '@stoplight', 'spectral-core'));
if (!without('spectral') && !withSpectral) console.log('(Spectral is not installed: `npm ci` brings it, a dev dependency of the benchmark.)\n');
const results = [];
for (const { purposes, file, bytes, lines } of files) {
  const commands = [[cli, '--format', 'json', file], [bench('js-yaml-load.mjs'), file], [bench('spectral-check.mjs'), file], [bench('floor.mjs'), file], [against ?? cli, '--format', 'json', file]];
  const reference = referenceRunsFor(purposes);
  // Spectral and the floor take tens of seconds at 50,000 purposes: the targets are set at 10,000.
  const big = purposes > 10_000;
  const runs = [runsFor(purposes), runsFor(purposes), withSpectral && !big ? reference : 0, !without('floor') && !big ? reference : 0, against ? runsFor(purposes) : 0];
  const [check, jsYaml, spectral, floor, other] = timeSideBySide(commands, runs);
  results.push({ purposes, bytes, lines, check, jsYaml, spectral, floor, other });
}
console.log('Whole check (node dist/cli.js --format json) against the same file read by js-yaml alone, checked by Spectral, and the floor of issue 9:');
table(
  ['purposes', 'size', 'lines', 'runs', 'js-yaml', 'check', 'check/js-yaml', 'Spectral', 'Spectral/check', 'floor', 'check/floor', 'per purpose', 'peak RSS', 'RSS over node / size'],
  results.map((r) => [
    r.purposes.toLocaleString('en'),
    `${mb(r.bytes).toFixed(1)} MB`,
    r.lines.toLocaleString('en'),
    `${r.check.runs}/${r.spectral?.runs ?? 0}/${r.floor?.runs ?? 0}`,
    fmt(r.jsYaml.ms),
    fmt(r.check.ms),
    times(r.check.ms, r.jsYaml.ms),
    fmt(r.spectral?.ms),
    times(r.spectral?.ms, r.check.ms),
    fmt(r.floor?.ms),
    times(r.check.ms, r.floor?.ms),
    `${(((r.check.ms - bare) / r.purposes) * 1000).toFixed(0)} µs`,
    `${r.check.rss.toFixed(0)} MB`,
    `${((r.check.rss - bareRss) / mb(r.bytes)).toFixed(1)}x`,
  ]),
);
console.log(`(bare node: ${fmt(bare)}, ${bareRss.toFixed(0)} MB; runs: check and js-yaml / Spectral / floor; "per purpose" leaves node's own start out)`);
if (against) {
  console.log(`\nThe bundle in ${againstDir}, side by side with the check above:`);
  table(
    ['purposes', 'that bundle', 'this one', 'this / that', 'its peak RSS', 'this peak RSS'],
    results.map((r) => [r.purposes.toLocaleString('en'), fmt(r.other.ms), fmt(r.check.ms), times(r.check.ms, r.other.ms), `${r.other.rss.toFixed(0)} MB`, `${r.check.rss.toFixed(0)} MB`]),
  );
}

// The Action runs on Node 24: the same comparison there, at 10,000 purposes.
let node24;
if (!without('node24')) {
  const found = spawnSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], { cwd: root, encoding: 'utf8', timeout: 180_000 });
  const binary = found.status === 0 ? found.stdout.trim().split('\n').at(-1) : '';
  if (binary && existsSync(binary)) node24 = binary;
  else console.log('\n(Node 24 could not be had with `npx -y node@24`: it is not measured.)');
}
let on24;
const file10k = files.find((entry) => entry.purposes === 10_000);
if (node24 && file10k) {
  const [check, jsYaml] = timeSideBySide([[cli, '--format', 'json', file10k.file], [bench('js-yaml-load.mjs'), file10k.file]], runsFor(10_000), { binary: node24 });
  on24 = { version: spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim(), check, jsYaml };
  console.log(`\nOn ${on24.version} (the Action's runtime), 10,000 purposes: js-yaml ${fmt(jsYaml.ms)}, check ${fmt(check.ms)}, check/js-yaml ${times(check.ms, jsYaml.ms)}`);
}

const at10k = results.find((r) => r.purposes === 10_000);
const at50k = results.find((r) => r.purposes === 50_000);
let spectralCli;
if (withSpectral && at10k && !quick) {
  // The CLI also bundles the ruleset before it checks: slower than the core, so it is not the comparison.
  const file = files.find((entry) => entry.purposes === 10_000).file;
  const binary = path.join(root, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
  [spectralCli] = timeSideBySide([[binary, 'lint', '-q', '-f', 'json', '-r', bench('spectral-ruleset.mjs'), file]], 3);
  console.log(`Spectral's CLI (\`spectral lint\`, as a user runs it) on the same 10,000 purposes, median of 3: ${fmt(spectralCli.ms)} (${times(spectralCli.ms, at10k.check.ms)} the check)`);
}

// 2. Growth and the garbage collector's share of a profile.
const profiles = path.join(benchDir, 'profiles');
const gcRows = [];
for (const { purposes, file } of files.filter((entry) => entry.purposes >= 10_000)) {
  rmSync(profiles, { recursive: true, force: true });
  runProcess(['--cpu-prof', '--cpu-prof-dir', profiles, cli, '--format', 'json', file]);
  const [profile] = readdirSync(profiles);
  gcRows.push({ purposes, ...gcShare(path.join(profiles, profile)) });
}
if (gcRows.length > 0) {
  console.log('\nGarbage collection in one --cpu-prof profile of the check:');
  table(['purposes', 'profile', 'garbage collector', 'share'], gcRows.map((r) => [r.purposes.toLocaleString('en'), fmt(r.totalMs), fmt(r.gcMs), `${(r.share * 100).toFixed(1)} %`]));
}

// 3. Parse alone, per reader, cold (once per process, as a run reads a file).
if (!without('parse')) {
  console.log('\nParse alone, one read per fresh process (wall ms / peak RSS):');
  const readers = [
    ['yaml', 'yaml parseDocument + LineCounter'],
    ['document', 'complete reader (Document model + walk)'],
    ['events', 'js-yaml parseEvents only'],
    ['fast', 'fast reader (events + value + index)'],
  ];
  const parseOnce = (reader, file) => {
    const result = spawnSync(node, [bench('parse-one.mjs'), reader, file], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`parse-one ${reader} failed: ${result.stderr}`);
    return JSON.parse(result.stdout);
  };
  const rows = [];
  for (const { purposes, file } of files) {
    if (purposes > 10_000 && quick) continue;
    const row = [purposes.toLocaleString('en')];
    let handedOver = null;
    for (const [reader] of readers) {
      const slow = reader === 'yaml' || reader === 'document';
      // The Document model takes seconds at 50,000 purposes; the floor above has its cost.
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

// 4. Cold start: a real check of a small inventory with a notice, on Node 20 and Node 24.
const small = path.join(root, 'examples', 'acme-chat.ropa.yaml');
const startRuns = quick ? 5 : 15;
const binaries = [['node', node]];
if (node24) binaries.push(['node@24', node24]);
const starts = binaries.map(([name, binary]) => {
  const nodeVersion = spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const commands = [['-e', '0'], [cli, '--version'], [cli, '--format', 'json', small], [against ?? cli, '--format', 'json', small]];
  const [bareStart, versionStart, example, other] = timeSideBySide(commands, [startRuns, startRuns, startRuns, against ? startRuns : 0], { binary });
  return { name, nodeVersion, bare: bareStart.ms, version: versionStart.ms, example: example.ms, other: other?.ms };
});
console.log(`\nCold start (${startRuns} runs each, side by side), against node -e 0:`);
table(
  ['node', 'node -e 0', '--version', 'small example with a notice', ...(against ? ['that bundle'] : [])],
  starts.map((s) => [s.nodeVersion, fmt(s.bare), `${fmt(s.version)} (+${fmt(s.version - s.bare)})`, `${fmt(s.example)} (+${fmt(s.example - s.bare)})`, ...(against ? [`${fmt(s.other)} (+${fmt(s.other - s.bare)})`] : [])]),
);

// 5. document-missing looks at each distinct document path once, however many fields name it.
let looks;
const looked = files.find((entry) => entry.purposes === 10_000) ?? files[0];
if (looked) {
  // A folder of its own where the record names each legitimate-interests assessment once (and
  // they exist) and a hundred compatibility assessments many times each (half of them exist):
  // present and missing documents, named once and named often.
  const folder = path.join(benchDir, 'looks');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(path.join(folder, 'docs', 'lia'), { recursive: true });
  mkdirSync(path.join(folder, 'docs', 'compat'), { recursive: true });
  const text = looked.text.replace(/docs\/compat\/purpose-(\d+)\.md/g, (_, id) => `docs/compat/purpose-${Number(id) % 100}.md`);
  const file = path.join(folder, path.basename(looked.file));
  writeFileSync(file, text);
  const references = [...text.matchAll(/^\s*(?:assessment|compatibility_assessment|reference|dpa_reference|safeguard_reference|arrangement|anonymisation_assessment): (docs\/\S+)$/gm)].map((match) => match[1]);
  const named = new Set(references);
  for (const document of named) {
    if (document.startsWith('docs/lia/') || /purpose-[0-4]?\d\.md$/.test(document)) writeFileSync(path.join(folder, document), '# Assessment\n');
  }
  const run = runProcess(['--require', bench('fs-looks.cjs'), cli, '--format', 'json', file], { env: { ...process.env, ROPA_BENCH_LOOKS_UNDER: path.join(folder, 'docs') } });
  looks = { purposes: looked.purposes, references: references.length, named: named.size, ...JSON.parse(/@@looks (.*)/.exec(run.stderr)[1]) };
  console.log(
    `\ndocument-missing on ${looks.purposes.toLocaleString('en')} purposes: ${looks.references.toLocaleString('en')} references to ${looks.named.toLocaleString('en')} distinct document paths; ` +
      `${looks.calls.toLocaleString('en')} looks at the file system below docs/ (${looks.paths.toLocaleString('en')} paths, at most ${looks.most} at one: a realpath, and an lstat for a missing one)`,
  );
}

// 6. --baseline: one Map between the findings and the file, so its cost grows with the findings as
// the check's does. Each file's baseline holds every finding of it: the run reports none.
const baselineRows = [];
const cliHasBaseline = !without('baseline') && spawnSync(node, [cli, '--help'], { encoding: 'utf8' }).stdout.includes('--baseline');
if (!without('baseline') && !cliHasBaseline) console.log('\n--baseline: skipped, dist/cli.js has no --baseline (run `npm run build`).');
if (cliHasBaseline) {
  for (const { purposes, file } of files.filter((entry) => entry.purposes <= 10_000)) {
    const baseline = path.join(benchDir, `baseline-${purposes}.json`);
    const written = spawnSync(node, [cli, '--baseline', baseline, '--write-baseline', '--format', 'json', file], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (written.status !== 0) throw new Error(`--write-baseline exited with ${written.status}: ${written.stderr}`);
    const findings = JSON.parse(readFileSync(baseline, 'utf8')).findings.reduce((sum, entry) => sum + (entry.count ?? 1), 0);
    const [plain, filtered] = timeSideBySide([[cli, '--format', 'json', file], [cli, '--format', 'json', '--baseline', baseline, file]], runsFor(purposes));
    baselineRows.push({ purposes, findings, runs: plain.runs, plain: plain.ms, filtered: filtered.ms });
  }
  console.log('\n--baseline holding every finding, against the same check without it:');
  table(
    ['purposes', 'findings', 'runs', 'check', 'with --baseline', 'ratio', 'added per finding'],
    baselineRows.map((r) => [r.purposes.toLocaleString('en'), r.findings.toLocaleString('en'), r.runs, fmt(r.plain), fmt(r.filtered), `${(r.filtered / r.plain).toFixed(2)}x`, `${(((r.filtered - r.plain) / r.findings) * 1000).toFixed(1)} µs`]),
  );
}

// 7. `ropa-lint import` of a spreadsheet on the ICO's template, one row per purpose.
const importRows = [];
if (!without('import')) {
  for (const [format, make] of [['csv', sheetCsv], ['xlsx', sheetXlsx]]) {
    const commands = [2_000, 10_000].map((rows) => {
      const sheet = path.join(benchDir, `sheet-${rows}.${format}`);
      writeFileSync(sheet, make(rows));
      return [cli, 'import', sheet, '-o', path.join(benchDir, `imported-${rows}-${format}.ropa.yaml`)];
    });
    const [small, large] = timeSideBySide(commands, quick ? 1 : 3);
    importRows.push({ format, small: small.ms, large: large.ms });
  }
  console.log('\nropa-lint import of a sheet (one row per purpose):');
  table(
    ['format', '2,000 rows', '10,000 rows', '10,000 / 2,000 (node start left out)', 'per row at 10,000'],
    importRows.map((r) => [r.format, fmt(r.small), fmt(r.large), `${((r.large - bare) / (r.small - bare)).toFixed(2)}x`, `${(((r.large - bare) / 10_000) * 1000).toFixed(0)} µs`]),
  );
}

// 8. Which rules cost most, so that a new or changed rule that slows the check shows here.
if (!without('rules')) {
  const timed = files.find((entry) => entry.purposes === 10_000) ?? files[0];
  const timing = spawnSync(node, [bench('rule-timing.mjs'), timed.file, `--runs=${quick ? 3 : 7}`, '--top=12'], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (timing.status !== 0) throw new Error(`rule-timing failed: ${timing.stderr}`);
  console.log('\nEach rule alone, warm, in one process (the twelve slowest; src/ as it stands, not dist/):');
  process.stdout.write(timing.stdout);
}

// 9. The targets of issue 17 (and 9, 16).
console.log('\nTargets:');
if (at10k) {
  console.log(`  10,000 purposes within 2x a bare js-yaml parse: ${times(at10k.check.ms, at10k.jsYaml.ms)} — ${verdict(at10k.check.ms <= 2 * at10k.jsYaml.ms)}`);
  if (on24) console.log(`  the same on ${on24.version}: ${times(on24.check.ms, on24.jsYaml.ms)} — ${verdict(on24.check.ms <= 2 * on24.jsYaml.ms)}`);
  if (at10k.spectral) console.log(`  10,000 purposes at least 5x faster than Spectral (its core): ${times(at10k.spectral.ms, at10k.check.ms)} — ${verdict(at10k.spectral.ms >= 5 * at10k.check.ms)}`);
  if (spectralCli) console.log(`  ... and than its CLI: ${times(spectralCli.ms, at10k.check.ms)} — ${verdict(spectralCli.ms >= 5 * at10k.check.ms)}`);
}
if (at10k && at50k) console.log(`  50,000 purposes at most 5.5x the 10,000 time: ${times(at50k.check.ms, at10k.check.ms)} — ${verdict(at50k.check.ms <= 5.5 * at10k.check.ms)}`);
const gc50k = gcRows.find((r) => r.purposes === 50_000);
if (gc50k) console.log(`  garbage collection under 15 % of a profile at 50,000 purposes: ${(gc50k.share * 100).toFixed(1)} % — ${verdict(gc50k.share < 0.15)}`);
for (const s of starts) console.log(`  cold start of the small example at most 100 ms over node -e 0 on ${s.nodeVersion}: +${fmt(s.example - s.bare)} — ${verdict(s.example - s.bare <= 100)}`);
if (looks) console.log(`  document-missing looks at each distinct path (a realpath, an lstat when missing), not at each reference: ${looks.calls.toLocaleString('en')} looks for ${looks.named.toLocaleString('en')} paths named ${looks.references.toLocaleString('en')} times — ${verdict(looks.calls <= 2 * looks.named && looks.most <= 2)}`);
const baseline10k = baselineRows.find((r) => r.purposes === 10_000);
if (baseline10k) console.log(`  --baseline at 10,000 purposes <= 1.15x the check (linear, no nested scans): ${(baseline10k.filtered / baseline10k.plain).toFixed(2)}x — ${verdict(baseline10k.filtered <= 1.15 * baseline10k.plain)}`);
for (const r of importRows) console.log(`  import of 5x the rows (${r.format}) at most 5.5x the time: ${((r.large - bare) / (r.small - bare)).toFixed(2)}x — ${verdict(r.large - bare <= 5.5 * (r.small - bare))}`);
console.log(`\n(${((Date.now() - began) / 1000).toFixed(0)} s)`);
