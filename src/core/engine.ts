/**
 * The engine: source text in, findings out. It knows nothing of files, terminals or GitHub, nor
 * of which rules exist: like ESLint's Linter, it runs the rules its caller gives it, so that
 * core/ never imports rules/ (every rule imports core/).
 */
import type { Comparison } from './compare.js';
import { RuleCrashError } from './errors.js';
import { InventoryModel, stablePathOf } from './inventory.js';
import { LineIndex } from './line-index.js';
import { compareStrings } from './order.js';
import { Locator } from './locate.js';
import { type DocumentProvider, documentLookup } from './document.js';
import { resolveFix } from '../fixes/token.js';
import { type NoticeProvider, noticeLookup } from './notice.js';
import { type Report, type Rule, type RuleContext, fillTemplate } from './rule.js';
import { coverageOf, elementOf, type IgnoreDirective, INVALID_IGNORE, isoDay, readIgnores, writesIgnores } from './suppressions.js';
import type { FileReport, Finding, RuleSetting, SuppressedFinding } from './types.js';
import { type ParsedYaml, parseYaml, stripByteOrderMark } from '../parser/yaml-source.js';

export interface LintOptions {
  /** The rules to run (the CLI and the Action give the registry, `src/rules/index.ts`). */
  rules: readonly Rule[];
  /**
   * Every rule id an ignore entry may name without being "unknown"; the ids of `rules` by default.
   * A caller running a few rules gives the registry's ids here. A list or a set, not a one-shot
   * iterator: a run reads it once per file.
   */
  knownRuleIds?: readonly string[] | ReadonlySet<string>;
  /** Severity overrides per rule id (`off` disables a rule). */
  settings?: Readonly<Record<string, RuleSetting>>;
  /** Today as YYYY-MM-DD, for ignore entries' `until`; the real date by default. */
  today?: string;
  /**
   * The privacy notices named by the inventory's `notice`, by path as written there: their text
   * or why they were not read. Unset: notices were not read, and the rules that need them say nothing.
   */
  notices?: NoticeProvider;
  /**
   * What was found at the document paths the inventory names (assessments, DPIAs, contracts), by
   * path as written there. Unset: documents were not looked for, and document-missing says nothing.
   */
  documents?: DocumentProvider;
}

export { RuleCrashError };

/** One inventory parsed once, for every stage that needs it (the rules, the comparison). */
export interface ParsedSource {
  file: string;
  /** The text without a byte-order mark: positions and code frames refer to it. */
  source: string;
  document: ParsedYaml;
  model: InventoryModel;
  locator: Locator;
  /** A fatal YAML problem: only the schema rule's syntax findings are reported. */
  unparsable: boolean;
}

export function parseSource(text: string, file: string): ParsedSource {
  const source = stripByteOrderMark(text);
  const document = parseYaml(source);
  return {
    file,
    source,
    document,
    model: new InventoryModel(document.value),
    locator: new Locator(document.locations, new LineIndex(source)),
    unparsable: document.problems.some((problem) => problem.fatal),
  };
}

/** Lints one inventory given as text. `file` is only used to label the findings. */
export function lintSource(text: string, file: string, options: LintOptions): FileReport {
  return lintParsed(parseSource(text, file), options);
}

/**
 * Runs the enabled rules on a parsed inventory, then applies its in-place ignores. The
 * comparison rules run only when a comparison (the base of a change) is given.
 */
export function lintParsed(parsed: ParsedSource, options: LintOptions & { comparison?: Comparison }): FileReport {
  const { file, source, document, model, locator, unparsable } = parsed;
  const activeRules = options.rules;
  // A rule that runs is known, whatever the caller listed.
  const ruleIds = new Set([...(options.knownRuleIds ?? []), ...activeRules.map((rule) => rule.meta.id)]);
  const today = options.today ?? isoDay(new Date());
  const context: RuleContext = { file, document, model, ruleIds, today };
  if (options.notices) context.notices = noticeLookup(options.notices, file);
  if (options.documents) context.documents = documentLookup(options.documents, file);
  if (options.comparison) context.comparison = options.comparison;
  const settings = options.settings ?? {};
  const enabled = activeRules.filter(
    (rule) => settings[rule.meta.id] !== 'off' && (rule.meta.comparison ? options.comparison !== undefined : true) && (!unparsable || rule.meta.id === 'schema'),
  );

  const findings: Finding[] = [];
  const causesOf = new Map<Finding, readonly string[]>();
  for (const rule of enabled) {
    // A rule that reports the same thing twice (same pointer, position and message) is told once.
    // Keyed by position, a number: a string key of the whole message cost a copy of it per finding.
    const seen = new Map<number, Finding | Finding[]>();
    const setting = settings[rule.meta.id];
    // Each report is made a finding as the rule yields it: gathered first, thousands of them outlived
    // the young generation and were copied for nothing.
    const iterator = rule.check(context)[Symbol.iterator]();
    for (;;) {
      let next: IteratorResult<Report>;
      try {
        next = iterator.next();
      } catch (error) {
        throw new RuleCrashError(rule.meta.id, file, error);
      }
      if (next.done) break;
      const report = next.value;
      const finding = toFinding(rule, report, setting, file, locator, document.value);
      const fix = report.fix && resolveFix(report.fix, report.pointer, document.locations, source, (span) => locator.toRange(span));
      if (fix) finding.fix = fix;
      const position = finding.line * 0x200000 + finding.column;
      const atPosition = seen.get(position);
      if (atPosition === undefined) seen.set(position, finding);
      else if ([atPosition].flat().some((other) => sameFinding(other, finding))) continue;
      else seen.set(position, [atPosition, finding].flat());
      findings.push(finding);
      if (report.causes && report.causes.length > 0) causesOf.set(finding, report.causes);
    }
  }
  if (unparsable) return { file, source, findings: findings.sort(compareFindings), suppressed: [] };

  const byRule = new Map<string, IgnoreDirective[]>();
  const directives = writesIgnores(document) ? readIgnores(model, ruleIds, today).directives : [];
  for (const directive of directives) byRule.set(directive.rule, [...(byRule.get(directive.rule) ?? []), directive]);
  // An entry is used when it covers a finding, alone or with the entries on the other causing purposes.
  const used = new Set<IgnoreDirective>();
  // Entries on some of the purposes that cause a finding, while others have none: the finding stays.
  const partial = new Map<IgnoreDirective, { finding: Finding; uncovered: readonly string[] }>();
  const suppressed: SuppressedFinding[] = [];
  const reported = findings.filter((finding) => {
    const candidates = byRule.get(finding.ruleId);
    if (!candidates || finding.ruleId === INVALID_IGNORE) return true;
    const coverage = coverageOf(candidates, finding.pointer, causesOf.get(finding));
    if (!coverage.suppressed) {
      for (const directive of coverage.partial) if (!partial.has(directive)) partial.set(directive, { finding, uncovered: coverage.uncovered });
      return true;
    }
    for (const directive of coverage.credited) used.add(directive);
    suppressed.push({ ...finding, reason: coverage.reason, until: coverage.until });
    return false;
  });

  const invalidIgnore = enabled.find((rule) => rule.meta.id === INVALID_IGNORE);
  if (invalidIgnore) {
    // An entry of a rule that did not run (switched off, or a comparison rule without a base) cannot be judged unused.
    const enabledIds = new Set(enabled.map((rule) => rule.meta.id));
    for (const directives of byRule.values()) {
      for (const directive of directives) {
        if (used.has(directive) || !enabledIds.has(directive.rule)) continue;
        const data = { where: directive.where, element: directive.element, rule: directive.rule };
        const half = partial.get(directive);
        const report: Report = half
          ? {
              messageId: 'partial',
              pointer: `${directive.pointer}/rule`,
              data: { ...data, finding: elementOf(model.root, half.finding.pointer).element, others: half.uncovered.map((cause) => elementOf(model.root, cause).element).join(', ') },
            }
          : { messageId: 'unused', pointer: `${directive.pointer}/rule`, data };
        reported.push(toFinding(invalidIgnore, report, settings[INVALID_IGNORE], file, locator, document.value));
      }
    }
  }
  return { file, source, findings: reported.sort(compareFindings), suppressed: suppressed.sort(compareFindings) };
}

/** A rule's report as a finding: located, filled in, with the configured severity. */
export function toFinding(rule: Rule, report: Report, setting: RuleSetting | undefined, file: string, locator: Locator, root: unknown): Finding {
  const template = rule.meta.messages[report.messageId];
  if (!template) throw new RuleCrashError(rule.meta.id, file, new Error(`unknown message id ${report.messageId}`));
  const range = report.span ? locator.toRange(report.span) : locator.locate(report.pointer, report.target);
  const data = report.related === undefined ? report.data : { ...report.data, relatedLine: locator.locate(report.related).line };
  return {
    ruleId: rule.meta.id,
    severity: setting && setting !== 'off' ? setting : (report.severity ?? rule.meta.severity),
    message: fillTemplate(template.message, data),
    reference: rule.meta.reference,
    help: fillTemplate(template.help, data),
    file,
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    pointer: report.pointer,
    stablePath: stablePathOf(root, report.pointer),
    docsUrl: rule.meta.docsUrl,
  };
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.line === b.line && a.column === b.column && a.pointer === b.pointer && a.message === b.message;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message);
}
