/**
 * The command line: the only code that reads argv, writes to the terminal and picks exit codes.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, RuleCrashError } from '../core/errors.js';
import { suggestClosest } from '../core/suggest.js';
import { type FailOn, type Finding, isAtLeast, type LintReport, summarize } from '../core/types.js';
import { loadFormatter } from '../formatters/load.js';
import { FORMAT_NAMES, isFormatName } from '../formatters/names.js';
import { plural, stripControlCharacters } from '../formatters/text.js';
import { VERSION } from '../version.js';
import { packageRoot } from '../workspace/package-root.js';
import { DEFAULT_MAX_FILE_BYTES } from '../workspace/read-inventory.js';
import { UsageError } from '../workspace/usage-error.js';
import { checkWritable, writeFileAtomically } from '../workspace/write-file.js';
import { readStandardInput, STDIN_NAME } from './stdin.js';
import { parseCommandArgs } from './args.js';

export interface CliIo {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** Read for `-` or `--stdin`; the process's standard input when not given. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;

/** Every option of the command line; `--help` and the README's table list each one (a test checks both). */
export const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'fail-on': { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'max-file-size': { type: 'string' },
  base: { type: 'string' },
  'fail-on-new': { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'link-base': { type: 'string' },
  'print-config': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  explain: { type: 'string' },
  'no-color': { type: 'boolean' },
  color: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: ropa-lint [options] [files, folders or globs...]
       ropa-lint [options] - [--stdin-filename <path>]   (the inventory on standard input)

Checks records of processing activities (GDPR Art. 30) kept as YAML for lawful basis,
consent and ePrivacy problems, above all in AI-training purposes.
Without files, checks **/ropa.yaml and **/*.ropa.yaml (or the config's \`inventory\`).

Options:
  -f, --format <name>     stylish (default), json, sarif, github, markdown (PR comments, job
                          summaries) or html (one self-contained page with filters)
  -o, --output <file>     write the report to a file instead of stdout (missing folders are made)
  -c, --config <file>     config file (default: .ropa-lint.yaml when present)
      --fail-on <level>   error (default), warning, notice or never: the lowest severity that exits 1
      --max-warnings <n>  also exit 1 when there are more than n warnings, whatever --fail-on says
      --quiet             report errors only; hidden warnings and notices still count for
                          --fail-on and --max-warnings: --quiet never changes the exit code
  -,  --stdin             check the inventory on standard input instead of files
      --stdin-filename <path>
                          the path standard input stands for: it names the findings, and notices
                          and documents are looked up from its folder (default: <stdin> in the
                          working directory)
      --max-file-size <MB> refuse inventories larger than this (default 32)
      --base <ref>        compare with the inventories at a git ref (e.g. origin/main): runs the
                          comparison rules and marks the findings that are new since the ref; each
                          inventory is read from the repository that holds it
      --fail-on-new       with --base: only findings new since the ref fail the run (and count
                          for --max-warnings); the others are still reported, as existing
      --baseline <file>   report only findings not recorded in this file, and say how many it
                          covers and how many of those are fixed (see --write-baseline)
      --write-baseline    record this run's findings in the --baseline file (by rule, file and
                          id-based path, never a line): adopt ropa-lint on an existing record, or
                          drop the fixed ones; entries of files not checked are kept
      --fix               fix in place what has exactly one right answer (a misspelt key or value,
                          a country's name for its ISO code, yes or no for true or false), keeping
                          comments and layout, then report what remains
      --fix-dry-run       print those fixes as a unified diff (for git apply) and write nothing
      --link-base <url>   markdown: make line links absolute, e.g.
                          https://github.com/owner/repo/blob/<sha> (for pasting into a PR)
      --print-config [file]
                          print the configuration a run applies (to the file): fail-on, inventory
                          patterns and each rule's severity, as YAML (JSON with --format json)
      --list-rules        list every rule with its severity, scope (AI: AI-training purposes only;
                          PR: with a base only) and legal reference
      --explain <rule>    show a rule's documentation
      --color, --no-color force colours on or off (default: on a terminal, off with NO_COLOR)
  -v, --version           print the version
  -h, --help              print this help

Commands (each has its own --help):
  ropa-lint export [files...] [--format html|csv|xlsx] [-o file]
                          the record as an authority reads it (Art. 30(4)): printable html, or
                          the ICO template's columns as csv or xlsx
  ropa-lint import FILE... [--from csv|xlsx|ods|markdown|fides] [-o OUT.ropa.yaml]
                          bring an existing record (a spreadsheet on the ICO's or the CNIL's
                          template, Markdown tables, Fides manifests) into the inventory format
  ropa-lint init [folder] a commented starter ropa.yaml and .ropa-lint.yaml; never overwrites

Exit codes: 0 nothing at or above --fail-on (and no more warnings than --max-warnings);
1 findings at or above it, or too many warnings; 2 usage, config or I/O error, in one line on
stderr, with no report written.
Docs: https://github.com/ropa-lint/ropa-lint#readme
`;

export async function runCli(io: CliIo): Promise<number> {
  try {
    return await run(io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      for (const line of error.message.split('\n')) io.stderr.write(`ropa-lint: ${stripControlCharacters(line)}\n`);
      return 2;
    }
    const reason = error instanceof RuleCrashError ? error.message : error instanceof Error ? error.message : String(error);
    io.stderr.write(`ropa-lint: internal error: ${stripControlCharacters(reason)} (please report this with the file that caused it)\n`);
    if (io.env.ROPA_LINT_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}


async function run(io: CliIo): Promise<number> {
  const command = subcommandOf(io.argv[0]);
  if (command) return (await command()).run({ ...io, argv: io.argv.slice(1) });
  const { values, positionals } = parseCommandArgs(io.argv, OPTIONS);
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (values['list-rules']) {
    io.stdout.write(await listRules());
    return 0;
  }
  if (values.explain !== undefined) {
    io.stdout.write(await explain(values.explain));
    return 0;
  }

  const format = values.format ?? 'stylish';
  if (!isFormatName(format)) {
    const suggestion = suggestClosest(format, FORMAT_NAMES);
    throw new UsageError(`unknown format ${format}${suggestion ? ` (did you mean ${suggestion}?)` : ''}; use one of ${FORMAT_NAMES.join(', ')}`);
  }
  const failOnFlag = values['fail-on'];
  if (failOnFlag !== undefined && !(FAIL_ON as readonly string[]).includes(failOnFlag)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, not ${failOnFlag}`);
  }
  const maxBytes = parseMaxFileSize(values['max-file-size']);
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  const input = inputOf(values, positionals);

  if (values['print-config']) {
    if (format !== 'stylish' && format !== 'json') throw new UsageError(`--print-config prints YAML, or JSON with --format json; not ${format}`);
    if (input.paths.length > 1) throw new UsageError(`--print-config takes one file at most, not ${input.paths.length}`);
    if (values.output !== undefined) checkWritable(values.output, io.cwd);
    const { printConfig } = await import('./print-config.js');
    const text = printConfig({ cwd: io.cwd, config: values.config, failOn: failOnFlag as FailOn | undefined, file: input.stdin ?? input.paths[0], format: format === 'json' ? 'json' : 'yaml' });
    if (values.output !== undefined) writeFileAtomically(values.output, io.cwd, text);
    else io.stdout.write(text);
    return 0;
  }

  if (values.base !== undefined && input.stdin !== undefined && values['stdin-filename'] === undefined) {
    throw new UsageError('--base with standard input needs --stdin-filename: the path of the inventory in the repository, to read it at the base');
  }
  if (values['fail-on-new'] && values.base === undefined) throw new UsageError('--fail-on-new needs --base <ref>: the findings new since that ref fail the run');
  if (values['write-baseline'] && values.baseline === undefined) throw new UsageError('--write-baseline needs --baseline <file>: the file to record the findings in');
  checkFixOptions(values, input.stdin !== undefined);
  const linkBase = parseLinkBase(values['link-base'], format);
  const baseline = await openBaseline(values.baseline, io.cwd);
  if (values.output !== undefined) checkWritable(values.output, io.cwd);
  if (baseline !== undefined && values['write-baseline']) checkWritable(baseline.location.shown, io.cwd);
  const stdin = input.stdin === undefined ? undefined : { file: input.stdin, text: await readStandardInput(io.stdin ?? process.stdin, maxBytes) };

  // Loaded only now: --help and --version start without the parser, the schema and the rules.
  const [{ checkWorkspace, failOnOf }, formatter, { rules }] = await Promise.all([import('../workspace/check.js'), loadFormatter(format), import('../rules/index.js')]);
  const checkOptions = {
    cwd: io.cwd,
    paths: input.paths,
    config: values.config,
    maxBytes,
    ...(stdin === undefined ? {} : { stdin }),
    ...(values.base === undefined ? {} : { base: { kind: 'git', ref: values.base } as const }),
  };
  const { report: unfixed, config } = await checkWorkspace(checkOptions);
  const failOn = failOnOf(failOnFlag as FailOn | undefined, config);

  let checked = unfixed;
  if (values.fix || values['fix-dry-run']) {
    const [{ fixFiles }, { writeFixedFiles }, { unifiedDiff }] = await Promise.all([import('../fixes/run.js'), import('../fixes/write.js'), import('../fixes/diff.js')]);
    const fixed = fixFiles(unfixed.files, { rules, settings: config?.rules ?? {} });
    const count = `${plural(fixed.reduce((sum, file) => sum + file.fixed, 0), 'problem')} in ${plural(fixed.length, 'file')}`;
    if (values['fix-dry-run']) {
      const diff = fixed.map((file) => unifiedDiff(file.file, file.before, file.after)).join('');
      if (values.output !== undefined) writeFileAtomically(values.output, io.cwd, diff);
      else io.stdout.write(diff);
      io.stderr.write(`ropa-lint: --fix-dry-run: ${fixed.length === 0 ? 'nothing to fix' : `--fix would fix ${count}`}; nothing was written\n`);
      return 0;
    }
    if (fixed.length > 0) {
      writeFixedFiles(fixed, io.cwd);
      io.stderr.write(`ropa-lint: fixed ${count}\n`);
      // What remains, checked as any run is (notices, documents, the base): the report and the exit code come from it.
      checked = (await checkWorkspace(checkOptions)).report;
    }
  }

  let report = checked;
  if (baseline !== undefined) {
    const { location } = baseline;
    const result = baseline.module.useBaseline(checked, { location, cwd: io.cwd, maxBytes, write: values['write-baseline'] === true });
    report = result.report;
    // Written before the report: a baseline that cannot be written fails the run with nothing written.
    if (result.written !== undefined) {
      writeFileAtomically(location.shown, io.cwd, result.written.text);
      io.stderr.write(`ropa-lint: recorded ${plural(result.written.findings, 'finding')} in the baseline ${stripControlCharacters(location.shown)}\n`);
    }
  }

  const shown = values.quiet ? errorsOnly(report) : report;
  const color = values.output === undefined && wantsColor(io, values);
  const output = formatter(shown, { rules: rules.map((rule) => rule.meta), color, version: VERSION, ...(linkBase === undefined ? {} : { linkBase }) });
  if (values.output !== undefined) writeFileAtomically(values.output, io.cwd, output);
  else for (const piece of output) io.stdout.write(piece);

  // The exit code comes from every finding, shown or not (as ESLint's does): --quiet changes what
  // is shown, never whether the run fails. When hidden findings fail it, stderr says so.
  // With --fail-on-new only the findings new since the base count; the others are reported only.
  const findings = report.files.flatMap((file) => file.findings);
  const counted = values['fail-on-new'] ? findings.filter((finding) => finding.isNew !== false) : findings;
  const failing = counted.filter((finding) => isAtLeast(finding.severity, failOn));
  if (values['fail-on-new']) {
    const existing = findings.filter((finding) => finding.isNew === false && isAtLeast(finding.severity, failOn)).length;
    if (existing > 0) io.stderr.write(`ropa-lint: --fail-on-new: ${plural(existing, 'finding')} at or above ${failOn} already at ${stripControlCharacters(values.base ?? '')} ${existing === 1 ? 'does' : 'do'} not fail the run\n`);
  }
  const hidden = values.quiet ? failing.filter((finding) => finding.severity !== 'error') : [];
  if (hidden.length > 0) io.stderr.write(`ropa-lint: ${countBySeverity(hidden)} hidden by --quiet ${hidden.length === 1 ? 'fails' : 'fail'} the run (fail-on: ${failOn})\n`);
  const warnings = counted.filter((finding) => finding.severity === 'warning').length;
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  if (tooManyWarnings) io.stderr.write(`ropa-lint: ${plural(warnings, `${values['fail-on-new'] ? 'new ' : ''}warning`)}, more than --max-warnings ${maxWarnings} allows\n`);
  return failing.length > 0 || tooManyWarnings ? 1 : 0;
}

/** `--baseline`: its module (loaded only for a run with a baseline) and where the file is. */
async function openBaseline(given: string | undefined, cwd: string) {
  if (given === undefined) return undefined;
  const module = await import('../baseline/index.js');
  return { module, location: module.locateBaseline(given, cwd) };
}

/**
 * `--fix` writes the files it checks, so it cannot fix standard input (`--fix-dry-run` shows the
 * fixes of standard input as a diff); `--fix-dry-run` prints a diff and writes nothing, so a
 * report format or a baseline to write would be ignored: they are refused instead.
 */
function checkFixOptions(values: { fix?: boolean; 'fix-dry-run'?: boolean; format?: string; 'write-baseline'?: boolean }, stdin: boolean): void {
  if (values.fix && values['fix-dry-run']) throw new UsageError('use either --fix (write the fixes) or --fix-dry-run (print them as a diff), not both');
  if (values.fix && stdin) throw new UsageError('--fix writes the fixes into the files it checks; for standard input use --fix-dry-run, which prints them as a diff');
  if (values['fix-dry-run'] && values.format !== undefined) throw new UsageError('--fix-dry-run prints a diff, not a report; leave out --format');
  if (values['fix-dry-run'] && values['write-baseline']) throw new UsageError('--fix-dry-run writes nothing; leave out --write-baseline');
}

/** `--link-base`: an http(s) URL that the markdown report's line links are made absolute with. */
function parseLinkBase(value: string | undefined, format: string): string | undefined {
  if (value === undefined) return undefined;
  if (format !== 'markdown') throw new UsageError(`--link-base makes the markdown report's line links absolute; use it with --format markdown, not ${format}`);
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:') || /[\s<>]/.test(value)) {
    throw new UsageError(`--link-base must be an http(s) URL such as https://github.com/owner/repo/blob/main, not ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * What to check: files, folders and globs, or standard input (`-` or `--stdin`), named by
 * `--stdin-filename`. Standard input is checked alone: mixed with files, one of them would be
 * checked against the other's notices and base without anyone having asked for that.
 */
function inputOf(values: { stdin?: boolean; 'stdin-filename'?: string }, positionals: string[]): { paths: string[]; stdin: string | undefined } {
  const dash = positionals.includes('-');
  const paths = positionals.filter((arg) => arg !== '-');
  const name = values['stdin-filename'];
  if (!dash && !values.stdin) {
    if (name !== undefined) throw new UsageError('--stdin-filename names standard input; use it with - or --stdin');
    return { paths, stdin: undefined };
  }
  if (paths.length > 0) throw new UsageError(`standard input is checked alone; name no files with - or --stdin (got ${paths[0]})`);
  if (name !== undefined && (name.trim() === '' || /[\u0000-\u001f\u007f]/.test(name))) throw new UsageError(`--stdin-filename needs a file path, not ${JSON.stringify(name)}`);
  return { paths: [], stdin: name ?? STDIN_NAME };
}

/** `--quiet`: the report as shown, with errors only and the summary counting what is shown. */
function errorsOnly(report: LintReport): LintReport {
  const files = report.files.map((file) => ({
    ...file,
    findings: file.findings.filter((finding) => finding.severity === 'error'),
    suppressed: file.suppressed.filter((finding) => finding.severity === 'error'),
  }));
  const { warnings, notices } = report.summary;
  return { ...report, files, summary: summarize(files), ...(warnings + notices > 0 ? { hidden: { warnings, notices } } : {}) };
}

function countBySeverity(findings: readonly Finding[]): string {
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  const notices = findings.filter((finding) => finding.severity === 'notice').length;
  return [warnings > 0 ? plural(warnings, 'warning') : '', notices > 0 ? plural(notices, 'notice') : ''].filter(Boolean).join(' and ');
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--max-warnings must be a whole number of warnings, 0 or more, not ${value}`);
  return Number(value.trim());
}

function parseMaxFileSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_BYTES;
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes <= 0) throw new UsageError(`--max-file-size must be a positive number of megabytes, not ${value}`);
  return Math.floor(megabytes * 1024 * 1024);
}

function wantsColor(io: CliIo, values: { color?: boolean; 'no-color'?: boolean }): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true && io.env.TERM !== 'dumb';
}

async function listRules(): Promise<string> {
  const { rules } = await import('../rules/index.js');
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  const lines = rules.map((rule) => {
    const { id, severity, reference, description, aiOnly, comparison } = rule.meta;
    return `${id.padEnd(width)}  ${severity.padEnd(7)}  ${aiOnly ? 'AI ' : comparison ? 'PR ' : '   '} ${reference ?? '—'}\n${' '.repeat(width + 2)}${description}`;
  });
  return `${lines.join('\n')}\n`;
}

async function explain(id: string): Promise<string> {
  const { rulesById } = await import('../rules/index.js');
  const rule = rulesById.get(id);
  if (!rule) {
    const suggestion = suggestClosest(id, [...rulesById.keys()]);
    throw new UsageError(`unknown rule ${id}${suggestion ? ` (did you mean ${suggestion}?)` : ''}; ropa-lint --list-rules lists them all`);
  }
  const page = path.join(packageRoot(), 'docs', 'rules', `${id}.md`);
  const text = existsSync(page) ? readFileSync(page, 'utf8') : `# ${id}\n\n${rule.meta.description}\n`;
  return `${stripControlCharacters(text.replace(/\r\n/g, '\n')).replace(/\n?$/, '\n')}`;
}

/** Subcommands, each a module loaded only when it is named: `ropa-lint export …`, `ropa-lint init`. */
const SUBCOMMANDS: Record<string, () => Promise<{ run(io: CliIo): Promise<number> }>> = {
  export: () => import('./export.js'),
  import: () => import('./import.js'),
  init: () => import('./init.js'),
};

function subcommandOf(word: string | undefined): (() => Promise<{ run(io: CliIo): Promise<number> }>) | undefined {
  return word !== undefined && Object.hasOwn(SUBCOMMANDS, word) ? SUBCOMMANDS[word] : undefined;
}
