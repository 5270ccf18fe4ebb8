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
import { type LintOptions, lintParsed, type ParsedSource, parseSource } from './engine.js';
import type { PurposeView } from './inventory.js';
import type { FileReport, Finding } from './types.js';

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
  /**
   * Handed the run's parsed inventories, the head's and (with a base) the base's, before any rule
   * runs: a caller that needs more than findings from them (the data flows a change alters) reads
   * them here rather than parsing the text again. It must not change them.
   */
  parsed?(head: readonly ParsedSource[], base: readonly ParsedSource[] | undefined): void;
}

/** Lints the inventories of one run; with a base, compares them with it (SPEC §4). Each file is parsed once. */
export function lintRun(head: readonly SourceText[], options: RunOptions): FileReport[] {
  const headFiles = head.map((input) => parseSource(input.text, input.file));
  const baseFiles = options.base?.map((input) => parseSource(input.text, input.file));
  options.parsed?.(headFiles, baseFiles);
  if (baseFiles === undefined) return headFiles.map((parsed) => lintParsed(parsed, options));

  // What the base already had: a head finding with the same rule, file and id-based path is not new.
  const known = new Set(baseFiles.flatMap((parsed) => lintParsed(parsed, options).findings.map(findingKey)));
  const basePurposes = purposesOf(baseFiles.filter((file) => !file.unparsable));
  const headPurposes = purposesOf(headFiles.filter((file) => !file.unparsable));
  const pairs = pairPurposes(basePurposes, headPurposes);

  return headFiles.map((parsed) => {
    const comparison: Comparison = { base: basePurposes, head: headPurposes, pairs: pairs.filter((pair) => pair.file === parsed.file).map((pair) => pair.pair) };
    const report = lintParsed(parsed, { ...options, comparison });
    return { ...report, findings: report.findings.map((finding) => ({ ...finding, isNew: !known.has(findingKey(finding)) })) };
  });
}

function findingKey(finding: Finding): string {
  return `${finding.ruleId}\u0000${finding.file}\u0000${finding.stablePath}`;
}

function purposesOf(files: readonly ParsedSource[]): FilePurpose[] {
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
