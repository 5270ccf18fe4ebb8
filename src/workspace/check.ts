/**
 * One check of a folder on disk, the same for the CLI and the Action: load the config, find
 * and read the inventories, their notices and (optionally) their base versions, look for the
 * documents they name, and lint the run. Usage and I/O problems throw UsageError or ConfigError;
 * nothing here writes output.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { lintRun } from '../core/compare.js';
import { type Config, parseConfig } from '../core/config.js';
import { type FailOn, type LintReport, summarize } from '../core/types.js';
import { rules, rulesById } from '../rules/index.js';
import { checkConfinedPattern, displayPath, findInventories } from './files.js';
import type { FlowChange } from '../datamap/diff-flows.js';
import type { BaseFile } from './git-base.js';
import { DocumentReader } from './documents.js';
import { NoticeReader } from './notices.js';
import { DEFAULT_MAX_FILE_BYTES, readInventory } from './read-inventory.js';
import { UsageError } from './usage-error.js';

export const CONFIG_NAMES = ['.ropa-lint.yaml', '.ropa-lint.yml'];

/** Where the base versions of the inventories come from, when the run compares with one. */
export type BaseSource =
  | { kind: 'git'; ref: string }
  /** Another reader, e.g. the GitHub contents API when a checkout is shallow. Files are absolute paths. */
  | { kind: 'reader'; label: string; read(files: readonly string[]): Promise<BaseFile[]> };

export interface CheckOptions {
  cwd: string;
  /** Files, folders or globs; empty: the config's `inventory`, else the default patterns. */
  paths: readonly string[];
  /** Globs from an untrusted source (an Action input): they may not leave `cwd`. */
  confinePaths?: boolean;
  config?: string;
  maxBytes?: number;
  base?: BaseSource;
  /**
   * Standard input instead of files: its text, and the path it stands for (relative to `cwd`),
   * which names its findings and is where its notices and documents are looked up from.
   */
  stdin?: { text: string; file: string };
}

export interface CheckResult {
  report: LintReport;
  config: Config | undefined;
}

export function loadConfig(flag: string | undefined, cwd: string): { config: Config | undefined; configFolder: string } {
  let file: string | undefined;
  if (flag !== undefined) {
    file = path.resolve(cwd, flag);
    if (!existsSync(file)) throw new UsageError(`config file not found: ${flag}`);
  } else {
    file = CONFIG_NAMES.map((name) => path.join(cwd, name)).find((candidate) => existsSync(candidate));
  }
  if (file === undefined) return { config: undefined, configFolder: cwd };
  const shown = displayPath(file, cwd);
  return { config: parseConfig(readInventory(file, shown), shown, [...rulesById.keys()]), configFolder: path.dirname(file) };
}

export async function checkWorkspace(options: CheckOptions): Promise<CheckResult> {
  const { cwd } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (options.confinePaths) for (const pattern of options.paths) checkConfinedPattern(pattern, 'inventory');
  const { config, configFolder } = loadConfig(options.config, cwd);
  const useConfigPatterns = options.paths.length === 0 && config?.inventory !== undefined;
  const stdin = options.stdin;
  const files = stdin !== undefined ? [path.resolve(cwd, stdin.file)] : await findInventories([...options.paths], cwd, useConfigPatterns ? { patterns: config.inventory!, base: configFolder } : undefined);
  const head = files.map((file) => {
    const shown = displayPath(file, cwd);
    return { file: shown, text: stdin !== undefined ? stdin.text : readInventory(file, shown, maxBytes) };
  });

  let base: BaseFile[] | undefined;
  if (options.base?.kind === 'git') {
    // Loaded only for a comparison: a plain check starts without node:child_process.
    const { readInventoriesAtBase } = await import('./git-base.js');
    base = await readInventoriesAtBase(options.base.ref, files, cwd, { discover: stdin === undefined && options.paths.length === 0 && !useConfigPatterns, maxBytes });
  } else if (options.base?.kind === 'reader') {
    base = await options.base.read(files);
  }
  // With a base, the data flows the change alters, from the models the comparison parses anyway.
  const flowModule = base === undefined ? undefined : await import('../datamap/diff-flows.js');
  let flows: FlowChange[] | undefined;
  const reports = lintRun(head, {
    rules,
    settings: config?.rules ?? {},
    notices: new NoticeReader(cwd).provide,
    documents: new DocumentReader(cwd).provide,
    ...(base ? { base: base.map(({ file, text }) => ({ file: displayPath(file, cwd), text })) } : {}),
    ...(flowModule ? { parsed: (headFiles, baseFiles) => (flows = flowModule.flowChangesOf(headFiles, baseFiles ?? [])) } : {}),
  });
  const label = options.base === undefined ? undefined : options.base.kind === 'git' ? options.base.ref : options.base.label;
  return { report: { files: reports, summary: summarize(reports), ...(label === undefined ? {} : { base: label }), ...(flows === undefined ? {} : { flows }) }, config };
}

/** The severity that fails the run: the caller's, else the config's, else `error`. */
export function failOnOf(flag: FailOn | undefined, config: Config | undefined): FailOn {
  return flag ?? config?.failOn ?? 'error';
}
