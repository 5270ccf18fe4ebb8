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
export declare class RopaLintError extends Error {
    readonly name = "RopaLintError";
    readonly code: 'usage' | 'config';
    readonly problems: readonly string[];
    constructor(code: 'usage' | 'config', problems: readonly string[], options?: {
        cause?: unknown;
    });
}
/** The version of ropa-lint. */
export declare const version: string;
/** Every rule, sorted by id. */
export declare const rules: readonly RuleInfo[];
/** The names `format` takes. */
export declare const formats: readonly FormatName[];
/**
 * Lints one inventory given as text. Nothing is read from disk: notices and documents are
 * checked only when the options give them.
 */
export declare function lintText(text: string, options?: LintTextOptions): LintReport;
/**
 * Checks inventories on disk as the command line does: `patterns` are files, folders or globs
 * (none: the config's `inventory`, else every `ropa.yaml` and `*.ropa.yaml`), the config file is
 * read, and so are the privacy notices and documents the inventories name, from inside their
 * repository only.
 */
export declare function lintFiles(patterns?: string | readonly string[], options?: LintFilesOptions): Promise<LintReport>;
/** A report in one of the command line's formats (`--format`), as a string. */
export declare function format(report: LintReport, name: FormatName, options?: FormatOptions): string;
