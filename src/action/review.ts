/**
 * The fixes of a pull request's findings as GitHub suggested changes: one review whose comments
 * each hold a ```suggestion block with the fixed line, which the author applies with a click.
 *
 * - Only lines the pull request adds can take them: GitHub accepts review comments on lines of
 *   the diff, and a fix on a line the change did not write is not this change's to suggest. The
 *   lines are read from the patches of the pull request's files; a line whose text at the head
 *   is not the text that was checked (the checkout is the merge commit) gets no suggestion.
 * - Posted once: the review's body starts with a hidden marker listing a key for each suggestion
 *   (the file, the old line and the new one, not the line number), and a run posts only the
 *   suggestions no earlier review of ropa-lint holds. A re-run posts nothing.
 * - Writing a review needs `pull-requests: write`. Without it (a fork's read-only token) the
 *   suggestions are left out and a note says why: the findings still reach the annotations,
 *   the comment and the job summary. Nothing here fails the step.
 */
import { createHash } from 'node:crypto';
import * as core from '@actions/core';
import { LineIndex } from '../core/line-index.js';
import type { FileReport, Finding, LintReport } from '../core/types.js';
import { applyFixes } from '../fixes/apply.js';
import { richText } from '../formatters/markdown.js';
import { plural } from '../formatters/text.js';
import type { RunContext } from './event.js';
import { type Client, describeFailure, isRefusal } from './octokit.js';

/** Starts the body of every review of suggestions; the keys of its suggestions follow it. */
export const REVIEW_MARKER = '<!-- ropa-lint:suggestions';
/** Comments in one review: a record full of slips is better fixed with `ropa-lint --fix`. */
export const MAX_SUGGESTIONS = 50;

/** A file of the pull request as the API lists it; `patch` is absent for large and binary files. */
export interface PullFile {
  filename: string;
  status: string;
  patch?: string;
}

export interface Suggestion {
  path: string;
  /** The line at the head of the pull request, 1-based. */
  line: number;
  body: string;
  /** Stable across pushes that move the line: the file, the line as it is and as it would be. */
  key: string;
}

export type ReviewOutcome = { action: 'posted'; id: number; suggestions: number } | { action: 'none'; reason: string };

/** The lines a patch adds, by their line number in the new file, with their text. */
export function addedLines(patch: string): Map<number, string> {
  const added = new Map<number, string>();
  let line: number | undefined;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (line === undefined || text.startsWith('\\')) continue;
    if (text.startsWith('+')) added.set(line, text.slice(1).replace(/\r$/, ''));
    if (!text.startsWith('-')) line += 1;
  }
  return added;
}

/** A fence no run of backticks in the line can close. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

function keyOf(path: string, before: string, after: string): string {
  return createHash('sha256').update(`${path}\u0000${before}\u0000${after}`).digest('hex').slice(0, 16);
}

/** The suggestions of one checked file, on the lines its patch adds. */
function suggestionsOfFile(report: FileReport, added: ReadonlyMap<number, string>): Suggestion[] {
  // A fix whose edits leave its line cannot be shown as one line's suggestion.
  const byLine = new Map<number, Finding[]>();
  for (const finding of report.findings) {
    const edits = finding.fix?.edits ?? [];
    if (edits.length === 0 || edits.some((edit) => edit.line !== edits[0]!.line || edit.endLine !== edit.line)) continue;
    byLine.set(edits[0]!.line, [...(byLine.get(edits[0]!.line) ?? []), finding]);
  }
  const lines = new LineIndex(report.source);
  const out: Suggestion[] = [];
  for (const [line, findings] of [...byLine].sort(([a], [b]) => a - b)) {
    const before = lines.lineText(line);
    if (added.get(line) !== before) continue;
    const applied = applyFixes(report.source, findings);
    const after = new LineIndex(applied.text).lineText(line);
    if (after === before || /[\r\n]/.test(after)) continue;
    const fence = fenceFor(after);
    const said = applied.fixed.map((finding) => `**ropa-lint** \`${finding.ruleId}\`: ${richText(finding.message)}. Fix: ${richText(finding.fix!.description)}.`);
    out.push({ path: report.file, line, body: `${said.join('\n\n')}\n\n${fence}suggestion\n${after}\n${fence}\n`, key: keyOf(report.file, before, after) });
  }
  return out;
}

/** The suggestions of a run on the lines the pull request adds, file by file in the report's order. */
export function suggestionsOf(report: LintReport, files: readonly PullFile[]): Suggestion[] {
  const byName = new Map(files.filter((file) => file.status !== 'removed' && file.patch !== undefined).map((file) => [file.filename, file.patch!]));
  return report.files.flatMap((file) => {
    const patch = byName.get(file.file);
    return patch === undefined ? [] : suggestionsOfFile(file, addedLines(patch));
  });
}

/** The keys of the suggestions earlier reviews of ropa-lint hold, read from their markers. */
export function postedKeys(bodies: Iterable<string | null | undefined>): Set<string> {
  const keys = new Set<string>();
  for (const body of bodies) {
    if (typeof body !== 'string' || !body.startsWith(REVIEW_MARKER)) continue;
    const end = body.indexOf('-->');
    for (const key of body.slice(REVIEW_MARKER.length, end < 0 ? undefined : end).match(/\b[0-9a-f]{16}\b/g) ?? []) keys.add(key);
  }
  return keys;
}

function reviewBody(fresh: readonly Suggestion[], shown: number): string {
  const more = fresh.length - shown;
  const rest = more > 0 ? ` ${more} more ${more === 1 ? 'fix is' : 'fixes are'} not shown here: \`npx ropa-lint --fix\` makes all of them.` : '';
  return `${REVIEW_MARKER} ${fresh.map((suggestion) => suggestion.key).join(' ')} -->\nropa-lint can fix ${plural(shown, 'line')} of this change: each suggestion replaces a misspelt key or value, a country's name or a yes/no with the one value the format allows, and changes nothing else.${rest}`;
}

/** Posts the suggestions this run has and no earlier review holds, as one review. Throws what the API throws. */
export async function postSuggestions(client: Client, context: RunContext, report: LintReport): Promise<ReviewOutcome> {
  const pullRequest = context.pullRequest;
  if (pullRequest === undefined) return { action: 'none', reason: 'not a pull request' };
  if (!report.files.some((file) => file.findings.some((finding) => finding.fix !== undefined))) return { action: 'none', reason: 'nothing to fix' };
  const where = { owner: context.owner, repo: context.repo, pull_number: pullRequest.number };
  const files: PullFile[] = [];
  for await (const { data } of client.paginate.iterator(client.rest.pulls.listFiles, { ...where, per_page: 100 })) {
    for (const file of data) files.push({ filename: file.filename, status: file.status, ...(file.patch === undefined ? {} : { patch: file.patch }) });
  }
  const suggestions = suggestionsOf(report, files);
  if (suggestions.length === 0) return { action: 'none', reason: 'no fix on a line this pull request adds' };
  const bodies: (string | null | undefined)[] = [];
  for await (const { data } of client.paginate.iterator(client.rest.pulls.listReviews, { ...where, per_page: 100 })) bodies.push(...data.map((review) => review.body));
  const posted = postedKeys(bodies);
  const fresh = [...new Map(suggestions.filter((suggestion) => !posted.has(suggestion.key)).map((suggestion) => [suggestion.key, suggestion])).values()];
  if (fresh.length === 0) return { action: 'none', reason: 'every suggestion is in an earlier review' };
  const shown = fresh.slice(0, MAX_SUGGESTIONS);
  const { data } = await client.rest.pulls.createReview({
    ...where,
    commit_id: pullRequest.headSha,
    event: 'COMMENT',
    body: reviewBody(fresh, shown.length),
    comments: shown.map((suggestion) => ({ path: suggestion.path, line: suggestion.line, side: 'RIGHT' as const, body: suggestion.body })),
  });
  return { action: 'posted', id: data.id, suggestions: shown.length };
}

/**
 * The Action's step: posts the suggestions, and returns a note for the job summary when they
 * could not be posted (undefined when all went well or there was nothing to post). Never throws.
 */
export async function reviewSuggestions(client: Client, context: RunContext, report: LintReport): Promise<string | undefined> {
  try {
    const outcome = await postSuggestions(client, context, report);
    if (outcome.action === 'posted') core.info(`ropa-lint: posted review ${outcome.id} with ${outcome.suggestions} suggested ${outcome.suggestions === 1 ? 'fix' : 'fixes'}`);
    else core.debug(`ropa-lint: no review of suggestions: ${outcome.reason}`);
    return undefined;
  } catch (error) {
    const failure = describeFailure(error);
    if (isRefusal(error)) return `the token cannot review the pull request (${failure}); add \`pull-requests: write\` to the workflow's \`permissions:\` to get the safe fixes as suggested changes (\`npx ropa-lint --fix\` makes them locally).`;
    return `the suggested fixes could not be posted as a review (${failure}); \`npx ropa-lint --fix\` makes them locally.`;
  }
}
