/**
 * The engine: source text in, findings out. It knows nothing of files, terminals or GitHub.
 */
import { rules as registry } from '../rules/index.js';
import { InventoryModel, stablePathOf } from './inventory.js';
import { LineIndex } from './line-index.js';
import { Locator } from './locate.js';
import { type Report, type Rule, type RuleContext, fillTemplate } from './rule.js';
import type { FileReport, Finding, RuleSetting } from './types.js';
import { parseYaml, stripByteOrderMark } from './yaml-source.js';

export interface LintOptions {
  /** The rules to run; the full registry by default. */
  rules?: readonly Rule[];
  /** Severity overrides per rule id (`off` disables a rule). */
  settings?: Readonly<Record<string, RuleSetting>>;
}

export class RuleCrashError extends Error {
  constructor(
    readonly ruleId: string,
    readonly file: string,
    cause: unknown,
  ) {
    super(`rule ${ruleId} failed on ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Lints one inventory given as text. `file` is only used to label the findings. */
export function lintSource(text: string, file: string, options: LintOptions = {}): FileReport {
  const source = stripByteOrderMark(text);
  const document = parseYaml(source);
  const locator = new Locator(document.locations, new LineIndex(source));
  const context: RuleContext = { file, document, model: new InventoryModel(document.value) };
  const unparsable = document.problems.some((problem) => problem.fatal);
  const settings = options.settings ?? {};

  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of options.rules ?? registry) {
    const setting = settings[rule.meta.id];
    if (setting === 'off' || rule.meta.comparison) continue;
    if (unparsable && rule.meta.id !== 'schema') continue;
    let reports: Report[];
    try {
      reports = [...rule.check(context)];
    } catch (error) {
      throw new RuleCrashError(rule.meta.id, file, error);
    }
    for (const report of reports) {
      const finding = toFinding(rule, report, setting, file, locator, document.value);
      const key = `${finding.ruleId}\u0000${finding.pointer}\u0000${finding.line}:${finding.column}\u0000${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  findings.sort(compareFindings);
  return { file, source, findings, suppressed: [] };
}

function toFinding(rule: Rule, report: Report, setting: RuleSetting | undefined, file: string, locator: Locator, root: unknown): Finding {
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
    ...range,
    pointer: report.pointer,
    stablePath: stablePathOf(root, report.pointer),
    docsUrl: rule.meta.docsUrl,
  };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}
