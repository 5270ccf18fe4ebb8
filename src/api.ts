/**
 * The programmatic API: `import { lintText, lintFiles, rules, format } from 'ropa-lint'`.
 *
 * It is bundled to dist/api.js, and its declarations are emitted on their own to dist/api.d.ts.
 * So every type a user sees is declared in this file, not imported: the internal types change
 * with every rule, while this is a contract. The compiler still holds the two together: every
 * function below returns internal values as the public types and hands public values to
 * internal code, so a change on either side that breaks the other fails `tsc`. scripts/build.mjs
 * refuses a declaration file that imports anything.
 */
import { lintRun } from './core/compare.js';
import { ConfigError } from './core/errors.js';
import { suggestClosest } from './core/suggest.js';
import { formatGithub } from './formatters/github.js';
import { formatHtml } from './formatters/html.js';
import { formatJson } from './formatters/json.js';
import { formatMarkdown } from './formatters/markdown.js';
import { FORMAT_NAMES } from './formatters/names.js';
import { formatSarif } from './formatters/sarif.js';
import { formatStylish } from './formatters/stylish.js';
import type { FormatContext, Formatter } from './formatters/types.js';
import { summarize } from './core/types.js';
import { rules as registry, rulesById } from './rules/index.js';
import { VERSION } from './version.js';
import { checkWorkspace } from './workspace/check.js';
import { UsageError } from './workspace/usage-error.js';

export type Severity = 'error' | 'warning' | 'notice';

/** A rule's severity as configured: `off` turns the rule off. */
export type RuleSetting = Severity | 'off';

/** One problem in one inventory. Lines and columns are 1-based; columns count UTF-16 code units. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** What is wrong, in one sentence. */
  message: string;
  /** The article, recital or guideline, or null for structural rules (schema, duplicate-id...). */
  reference: string | null;
  /** How to fix it. */
  help: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** JSON Pointer into the inventory, e.g. `/processing_activities/0/purposes/1/lawful_basis`. */
  pointer: string;
  /** The pointer with list indexes replaced by the items' ids: it stays the same when items move. */
  stablePath: string;
  /** The rule's documentation page. */
  docsUrl: string;
  /** Only when a base was given: true when the base did not have this finding. */
  isNew?: boolean;
}

/** A finding that an `x-ropa-lint-ignore` entry of the inventory suppressed. */
export interface SuppressedFinding extends Finding {
  reason: string;
  /** The day (YYYY-MM-DD) the ignore entry expires, or null. */
  until: string | null;
}

export interface FileReport {
  file: string;
  /** The inventory's text (without a byte-order mark), which lines and columns refer to. */
  source: string;
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

export interface Summary {
  errors: number;
  warnings: number;
  notices: number;
  files: number;
}

/** What `lintText` and `lintFiles` return, and what `format` writes. */
export interface LintReport {
  files: FileReport[];
  summary: Summary;
  /** The base the run was compared with, when one was given. */
  base?: string;
}

/** A rule, as `ropa-lint --list-rules` shows it. */
export interface RuleInfo {
  id: string;
  /** The severity of its findings unless configured otherwise. */
  severity: Severity;
  /** The article, recital or guideline, or null for structural rules. */
  reference: string | null;
  description: string;
  docsUrl: string;
  /** True when it checks only purposes with `ai_training: true`. */
  aiOnly: boolean;
  /** True when it compares with a base and runs only when one is given (`base`). */
  comparison: boolean;
}

export type FormatName = 'github' | 'html' | 'json' | 'markdown' | 'sarif' | 'stylish';

export interface LintTextOptions {
  /** The file name findings are reported under, and notice and document paths are relative to. Default `ropa.yaml`. */
  file?: string;
  /** Severity per rule id, as under `rules:` in `.ropa-lint.yaml`; `off` turns a rule off. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /**
   * The Markdown text of the privacy notices the inventory's `notice` names, by the path written
   * there. A named notice missing here is reported as missing. Unset: notices are not checked.
   */
  notices?: Readonly<Record<string, string>>;
  /**
   * The paths the inventory names for its documents (assessments, DPIAs, contracts), as written
   * there, that exist. A named document missing here is reported as missing. Unset: not checked.
   */
  documents?: readonly string[];
  /** The same inventory before the change: runs the comparison rules and marks the new findings. */
  base?: string;
  /** Today as YYYY-MM-DD, for ignore entries' `until`. Default: the real date. */
  today?: string;
}

export interface LintFilesOptions {
  /** The folder to check from: patterns, the config and notices are relative to it. Default: `process.cwd()`. */
  cwd?: string;
  /** A config file, relative to `cwd`. Default: `.ropa-lint.yaml` (or `.ropa-lint.yml`) in `cwd` when present. */
  config?: string;
  /** Compare with the inventories at this git ref (branch, tag or sha). */
  base?: string;
}

export interface FormatOptions {
  /** ANSI colours in the `stylish` format. Default false. */
  color?: boolean;
  /** For `markdown`: a URL that file paths are appended to for line links, e.g. `https://github.com/o/r/blob/<sha>`. */
  linkBase?: string;
}

/**
 * Thrown for what the caller can fix: an unknown rule or format, a bad config file (`code:
 * 'config'`, one entry of `problems` per bad entry, with file, line and column), a file that
 * cannot be read or a pattern that matches nothing (`code: 'usage'`).
 */
export class RopaLintError extends Error {
  override readonly name = 'RopaLintError';
  readonly code: 'usage' | 'config';
  readonly problems: readonly string[];

  constructor(code: 'usage' | 'config', problems: readonly string[], options?: { cause?: unknown }) {
    super(problems.join('\n'), options);
    this.code = code;
    this.problems = problems;
  }
}

/** The version of ropa-lint. */
export const version: string = VERSION;

/** Every rule, sorted by id. */
export const rules: readonly RuleInfo[] = Object.freeze(
  registry.map(({ meta }) =>
    Object.freeze({
      id: meta.id,
      severity: meta.severity,
      reference: meta.reference,
      description: meta.description,
      docsUrl: meta.docsUrl,
      aiOnly: meta.aiOnly,
      comparison: meta.comparison === true,
    }),
  ),
);

/** The names `format` takes. */
export const formats: readonly FormatName[] = Object.freeze([...FORMAT_NAMES]);

function checkSettings(settings: Readonly<Record<string, RuleSetting>>): void {
  const problems: string[] = [];
  const ids = [...rulesById.keys()];
  for (const [id, setting] of Object.entries(settings)) {
    if (!rulesById.has(id)) {
      const suggestion = suggestClosest(id, ids);
      problems.push(`unknown rule \`${id}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}; \`rules\` lists them all`);
    } else if (!['error', 'warning', 'notice', 'off'].includes(setting)) {
      problems.push(`severity of rule \`${id}\` is \`${String(setting)}\`; allowed: error, warning, notice, off`);
    }
  }
  if (problems.length > 0) throw new RopaLintError('config', problems);
}

/**
 * Lints one inventory given as text. Nothing is read from disk: notices and documents are
 * checked only when the options give them.
 */
export function lintText(text: string, options: LintTextOptions = {}): LintReport {
  if (typeof text !== 'string') throw new TypeError('lintText: the inventory must be given as a string');
  const file = options.file ?? 'ropa.yaml';
  const settings = options.rules ?? {};
  checkSettings(settings);
  const files = lintRun([{ file, text }], {
    rules: registry,
    settings,
    ...(options.today === undefined ? {} : { today: options.today }),
    ...(options.notices === undefined ? {} : { notices: new Map(Object.entries(options.notices).map(([notice, markdown]) => [notice, { text: markdown }])) }),
    ...(options.documents === undefined ? {} : { documents: new Map(options.documents.map((document) => [document, { status: 'present' as const }])) }),
    ...(options.base === undefined ? {} : { base: [{ file, text: options.base }] }),
  });
  return { files, summary: summarize(files) };
}

/**
 * Checks inventories on disk as the command line does: `patterns` are files, folders or globs
 * (none: the config's `inventory`, else every `ropa.yaml` and `*.ropa.yaml`), the config file is
 * read, and so are the privacy notices and documents the inventories name, from inside their
 * repository only.
 */
export async function lintFiles(patterns: string | readonly string[] = [], options: LintFilesOptions = {}): Promise<LintReport> {
  const paths = typeof patterns === 'string' ? [patterns] : [...patterns];
  try {
    const { report } = await checkWorkspace({
      cwd: options.cwd ?? process.cwd(),
      paths,
      ...(options.config === undefined ? {} : { config: options.config }),
      ...(options.base === undefined ? {} : { base: { kind: 'git', ref: options.base } }),
    });
    return report;
  } catch (error) {
    if (error instanceof ConfigError) throw new RopaLintError('config', error.problems, { cause: error });
    if (error instanceof UsageError) throw new RopaLintError('usage', [error.message], { cause: error });
    throw error;
  }
}

const FORMATTERS: Record<FormatName, Formatter> = {
  github: formatGithub,
  html: formatHtml,
  json: formatJson,
  markdown: formatMarkdown,
  sarif: formatSarif,
  stylish: formatStylish,
};

/** A report in one of the command line's formats (`--format`), as a string. */
export function format(report: LintReport, name: FormatName, options: FormatOptions = {}): string {
  const formatter = Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined;
  if (formatter === undefined) {
    const suggestion = suggestClosest(String(name), FORMAT_NAMES);
    throw new RopaLintError('usage', [`unknown format ${String(name)}${suggestion ? ` (did you mean ${suggestion}?)` : ''}; use one of ${FORMAT_NAMES.join(', ')}`]);
  }
  const context: FormatContext = {
    rules: registry.map((rule) => rule.meta),
    color: options.color === true,
    version: VERSION,
    ...(options.linkBase === undefined ? {} : { linkBase: options.linkBase }),
  };
  return formatter(report, context);
}

// The public format names are the command line's, no more and no fewer.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const formatNamesAgree: Same<FormatName, (typeof FORMAT_NAMES)[number]> = true;
void formatNamesAgree;
