/**
 * The command line: the only code that reads argv, writes to the terminal and picks exit codes.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, RuleCrashError } from '../core/errors.js';
import { suggestClosest } from '../core/suggest.js';
import { type FailOn, isAtLeast } from '../core/types.js';
import { loadFormatter } from '../formatters/load.js';
import { FORMAT_NAMES, isFormatName } from '../formatters/names.js';
import { stripControlCharacters } from '../formatters/text.js';
import { VERSION } from '../version.js';
import { packageRoot } from '../workspace/package-root.js';
import { DEFAULT_MAX_FILE_BYTES } from '../workspace/read-inventory.js';
import { UsageError } from '../workspace/usage-error.js';
import { checkWritable, writeFileAtomically } from '../workspace/write-file.js';

export interface CliIo {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'fail-on': { type: 'string' },
  'max-file-size': { type: 'string' },
  base: { type: 'string' },
  'list-rules': { type: 'boolean' },
  explain: { type: 'string' },
  'no-color': { type: 'boolean' },
  color: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: ropa-lint [options] [files, folders or globs...]

Checks records of processing activities (GDPR Art. 30) kept as YAML for lawful basis,
consent and ePrivacy problems, above all in AI-training purposes.
Without files, checks **/ropa.yaml and **/*.ropa.yaml (or the config's \`inventory\`).

Options:
  -f, --format <name>     stylish (default), json, sarif, github, markdown (PR comments, job
                          summaries) or html (one self-contained page with filters)
  -o, --output <file>     write the report to a file instead of stdout
  -c, --config <file>     config file (default: .ropa-lint.yaml when present)
      --fail-on <level>   error (default), warning, notice or never: the lowest severity that exits 1
      --max-file-size <MB> refuse inventories larger than this (default 32)
      --base <ref>        compare with the inventories at a git ref (e.g. origin/main): runs the
                          comparison rules and marks the findings that are new since the ref
      --list-rules        list every rule with its severity, scope (AI: AI-training purposes only;
                          PR: with a base only) and legal reference
      --explain <rule>    show a rule's documentation
      --color, --no-color force colours on or off (default: on a terminal, off with NO_COLOR)
  -v, --version           print the version
  -h, --help              print this help

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, config or I/O error.
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

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(-{1,2}[^' ]+)'/.exec(message)?.[1];
    if (flag && /Unknown option/.test(message)) {
      const suggestion = suggestClosest(flag.replace(/^-+/, ''), Object.keys(OPTIONS));
      throw new UsageError(`unknown option ${flag}${suggestion ? ` (did you mean --${suggestion}?)` : ''}; see ropa-lint --help`);
    }
    throw new UsageError(`${message.replace(/\.$/, '')}; see ropa-lint --help`);
  }
}

async function run(io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(io.argv);
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
  if (values.output !== undefined) checkWritable(values.output, io.cwd);

  // Loaded only now: --help and --version start without the parser, the schema and the rules.
  const [{ checkWorkspace, failOnOf }, formatter, { rules }] = await Promise.all([import('../workspace/check.js'), loadFormatter(format), import('../rules/index.js')]);
  const { report, config } = await checkWorkspace({ cwd: io.cwd, paths: positionals, config: values.config, maxBytes, ...(values.base === undefined ? {} : { base: { kind: 'git', ref: values.base } }) });
  const failOn = failOnOf(failOnFlag as FailOn | undefined, config);

  const color = values.output === undefined && wantsColor(io, values);
  const output = formatter(report, { rules: rules.map((rule) => rule.meta), color, version: VERSION });
  if (values.output !== undefined) writeFileAtomically(values.output, io.cwd, output);
  else for (const piece of output) io.stdout.write(piece);

  const failing = report.files.some((file) => file.findings.some((finding) => isAtLeast(finding.severity, failOn)));
  return failing ? 1 : 0;
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
