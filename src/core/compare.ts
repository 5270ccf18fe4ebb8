/**
 * The comparison stage (SPEC §4): what a change does to the record's legal meaning.
 *
 * It takes the inventories of a whole run at the base and at the head, matches their purposes
 * across files, runs the comparison rules on each head file with the matched pairs, and marks
 * which head findings the base did not already have. Like the engine it takes text and returns
 * findings: reading the base (git, an API) is the caller's business.
 *
 * How purposes are matched, in this order (each base purpose pairs with one head purpose at most):
 * 1. same activity id and purpose id in the same file;
 * 2. same activity id and purpose id in another file: the purpose moved between files;
 * 3. same purpose id and the same description under another activity id: the activity was
 *    renamed, or the purpose moved to another activity. It is the same purpose, so the
 *    comparison rules judge what changed (e.g. the data it now reaches). Only an unambiguous
 *    match counts (one base candidate, one head candidate), in any file.
 * Anything else is new (in the head) or deleted (at the base). Purposes without an activity id
 * or purpose id cannot be matched and are not compared: the schema rule reports them.
 */
import { rules as registry } from '../rules/index.js';
import { compareFindings, type LintOptions, lintSource, RuleCrashError, toFinding } from './engine.js';
import { InventoryModel, type PurposeView } from './inventory.js';
import { LineIndex } from './line-index.js';
import { Locator } from './locate.js';
import type { Report, RuleContext } from './rule.js';
import { covers, isoDay, readIgnores } from './suppressions.js';
import type { FileReport, Finding, SuppressedFinding } from './types.js';
import { type ParsedYaml, parseYaml, stripByteOrderMark } from './yaml-source.js';

/** One inventory as text, labelled with the file name findings are reported under. */
export interface SourceText {
  file: string;
  text: string;
}

/** A purpose of the run and the file it is in. */
export interface FilePurpose {
  file: string;
  purpose: PurposeView;
}

/** How a head purpose was found at the base (see the module comment). */
export type MatchedBy = 'id' | 'description';

/** A purpose of the head file being checked, with the same purpose at the base when there is one. */
export interface PurposePair {
  head: PurposeView;
  /** The purpose at the base, or undefined when the change adds it. */
  base: PurposeView | undefined;
  /** The file the base purpose is in: another file than the head's when the purpose moved. */
  baseFile: string | undefined;
  matchedBy: MatchedBy | undefined;
}

/** What a comparison rule sees besides the head file: the whole run at both ends. */
export interface Comparison {
  /** Every purpose of the run at the base. */
  base: readonly FilePurpose[];
  /** Every purpose of the run at the head. */
  head: readonly FilePurpose[];
  /** The purposes of the head file being checked that have an activity id and a purpose id, each paired. */
  pairs: readonly PurposePair[];
}

export interface RunOptions extends LintOptions {
  /**
   * The inventories at the base of the change. When given (even empty: nothing existed at the
   * base), the comparison rules run and every head finding gets `isNew`. Without it they never run.
   */
  base?: readonly SourceText[];
}

interface Parsed {
  file: string;
  source: string;
  document: ParsedYaml;
  model: InventoryModel;
  unparsable: boolean;
}

function parse(input: SourceText): Parsed {
  const source = stripByteOrderMark(input.text);
  const document = parseYaml(source);
  return { file: input.file, source, document, model: new InventoryModel(document.value), unparsable: document.problems.some((problem) => problem.fatal) };
}

/** Lints the inventories of one run; with a base, compares them with it (SPEC §4). */
export function lintRun(head: readonly SourceText[], options: RunOptions = {}): FileReport[] {
  const reports = head.map((input) => lintSource(input.text, input.file, options));
  if (options.base === undefined) return reports;

  // What the base already had: a head finding with the same rule, file and id-based path is not new.
  const known = new Set<string>();
  for (const input of options.base) {
    for (const finding of lintSource(input.text, input.file, options).findings) known.add(findingKey(finding));
  }

  const headFiles = head.map(parse);
  const baseFiles = options.base.map(parse).filter((file) => !file.unparsable);
  const basePurposes = purposesOf(baseFiles);
  const headPurposes = purposesOf(headFiles.filter((file) => !file.unparsable));
  const pairs = pairPurposes(basePurposes, headPurposes);

  return reports.map((report, index) => {
    const parsed = headFiles[index]!;
    const compared = parsed.unparsable ? { findings: [], suppressed: [] } : runComparisonRules(parsed, { base: basePurposes, head: headPurposes, pairs: pairs.filter((pair) => pair.file === parsed.file).map((pair) => pair.pair) }, options);
    const mark = (finding: Finding): Finding => ({ ...finding, isNew: !known.has(findingKey(finding)) });
    return {
      ...report,
      findings: [...report.findings, ...compared.findings].map(mark).sort(compareFindings),
      suppressed: [...report.suppressed, ...compared.suppressed].sort(compareFindings),
    };
  });
}

function findingKey(finding: Finding): string {
  return `${finding.ruleId}\u0000${finding.file}\u0000${finding.stablePath}`;
}

function purposesOf(files: readonly Parsed[]): FilePurpose[] {
  return files.flatMap((file) => file.model.purposes.map((purpose) => ({ file: file.file, purpose })));
}

function idsOf(purpose: PurposeView): { activity: string; purpose: string } | undefined {
  const activity = purpose.activity.value.id;
  const id = purpose.value.id;
  return typeof activity === 'string' && typeof id === 'string' ? { activity, purpose: id } : undefined;
}

/** Whitespace-insensitive description, or undefined when there is none to match on. */
function descriptionOf(purpose: PurposeView): string | undefined {
  const text = purpose.value.description;
  if (typeof text !== 'string') return undefined;
  const normalised = text.trim().replace(/\s+/g, ' ');
  return normalised === '' ? undefined : normalised;
}

/** Pairs every head purpose that has ids with its base purpose (see the module comment for the order). */
export function pairPurposes(base: readonly FilePurpose[], head: readonly FilePurpose[]): { file: string; pair: PurposePair }[] {
  const headIds = head.map((entry) => idsOf(entry.purpose));
  const baseIds = base.map((entry) => idsOf(entry.purpose));
  const claimed = new Set<number>();
  const matches = new Map<number, { base: number; by: MatchedBy }>();

  const byKey = new Map<string, number[]>();
  baseIds.forEach((ids, index) => {
    if (!ids) return;
    const key = `${ids.activity}\u0000${ids.purpose}`;
    byKey.set(key, [...(byKey.get(key) ?? []), index]);
  });
  const claim = (headIndex: number, candidates: number[], by: MatchedBy): void => {
    const found = candidates.find((candidate) => !claimed.has(candidate));
    if (found === undefined) return;
    claimed.add(found);
    matches.set(headIndex, { base: found, by });
  };
  // 1 and 2: by ids, first in the same file, then anywhere.
  for (const sameFile of [true, false]) {
    headIds.forEach((ids, index) => {
      if (!ids || matches.has(index)) return;
      const candidates = (byKey.get(`${ids.activity}\u0000${ids.purpose}`) ?? []).filter((candidate) => (base[candidate]!.file === head[index]!.file) === sameFile);
      claim(index, candidates, 'id');
    });
  }
  // 3: same purpose id and description under another activity id, when unambiguous.
  const signature = (purpose: PurposeView): string | undefined => {
    const description = descriptionOf(purpose);
    return description === undefined ? undefined : `${String(purpose.value.id)}\u0000${description}`;
  };
  const groups = new Map<string, { heads: number[]; bases: number[] }>();
  const group = (key: string) => groups.get(key) ?? groups.set(key, { heads: [], bases: [] }).get(key)!;
  headIds.forEach((ids, index) => {
    const key = ids && !matches.has(index) ? signature(head[index]!.purpose) : undefined;
    if (key !== undefined) group(key).heads.push(index);
  });
  baseIds.forEach((ids, index) => {
    const key = ids && !claimed.has(index) ? signature(base[index]!.purpose) : undefined;
    if (key !== undefined) group(key).bases.push(index);
  });
  for (const { heads, bases } of groups.values()) {
    if (heads.length === 1 && bases.length === 1) claim(heads[0]!, bases, 'description');
  }

  const pairs: { file: string; pair: PurposePair }[] = [];
  head.forEach((entry, index) => {
    if (!headIds[index]) return;
    const match = matches.get(index);
    const baseEntry = match === undefined ? undefined : base[match.base];
    pairs.push({ file: entry.file, pair: { head: entry.purpose, base: baseEntry?.purpose, baseFile: baseEntry?.file, matchedBy: match?.by } });
  });
  return pairs;
}

/** Runs the enabled comparison rules on one head file; findings are located and suppressed like any other. */
function runComparisonRules(parsed: Parsed, comparison: Comparison, options: LintOptions): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const settings = options.settings ?? {};
  const activeRules = options.rules ?? registry;
  const enabled = activeRules.filter((rule) => rule.meta.comparison === true && settings[rule.meta.id] !== 'off');
  if (enabled.length === 0) return { findings: [], suppressed: [] };
  const ruleIds = new Set([...registry, ...activeRules].map((rule) => rule.meta.id));
  const today = options.today ?? isoDay(new Date());
  const locator = new Locator(parsed.document.locations, new LineIndex(parsed.source));
  const context: RuleContext = { file: parsed.file, document: parsed.document, model: parsed.model, ruleIds, today, comparison };
  const { directives } = readIgnores(parsed.model, ruleIds, today);

  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const seen = new Set<string>();
  for (const rule of enabled) {
    let reports: Report[];
    try {
      reports = [...rule.check(context)];
    } catch (error) {
      throw new RuleCrashError(rule.meta.id, parsed.file, error);
    }
    for (const report of reports) {
      const finding = toFinding(rule, report, settings[rule.meta.id], parsed.file, locator, parsed.document.value);
      const key = `${finding.ruleId}\u0000${finding.pointer}\u0000${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const directive = directives.find((candidate) => covers(candidate, finding.ruleId, finding.pointer));
      if (directive) suppressed.push({ ...finding, reason: directive.reason, until: directive.until });
      else findings.push(finding);
    }
  }
  return { findings, suppressed };
}
