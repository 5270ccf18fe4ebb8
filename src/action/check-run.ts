/**
 * One check run named `ropa-lint` on the commit under review, with every finding as an
 * annotation. The Checks API takes at most 50 annotations per request: the run is created
 * complete (conclusion and all) with the first 50, and each further 50 is added by an update,
 * so a failure half-way never leaves the run pending or green.
 */
import type { Finding, Severity } from '../core/types.js';
import { severityRank } from '../core/types.js';
import { stripControlCharacters } from '../formatters/text.js';
import type { RunContext } from './event.js';
import type { Client } from './octokit.js';

export const CHECK_NAME = 'ropa-lint';
/** The Checks API's limit on annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** The Checks API's limit on `output.summary`. */
export const SUMMARY_LIMIT = 65_535;
/** Well under the API's 64 KB per annotation message. */
const MESSAGE_LIMIT = 4_000;

export type Conclusion = 'failure' | 'neutral' | 'success';

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
  raw_details?: string;
}

const LEVEL: Record<Severity, Annotation['annotation_level']> = { error: 'failure', warning: 'warning', notice: 'notice' };

function clip(text: string, limit: number): string {
  const clean = stripControlCharacters(text);
  return clean.length <= limit ? clean : `${clean.slice(0, limit - 1)}…`;
}

export function toAnnotation(finding: Finding): Annotation {
  const annotation: Annotation = {
    path: finding.file,
    start_line: finding.line,
    end_line: finding.endLine,
    annotation_level: LEVEL[finding.severity],
    title: finding.ruleId,
    message: clip(`${finding.message}\nHelp: ${finding.help}`, MESSAGE_LIMIT),
  };
  // The API accepts columns only on a one-line annotation.
  if (finding.line === finding.endLine) {
    annotation.start_column = finding.column;
    annotation.end_column = finding.endColumn;
  }
  const details = [...(finding.isNew === true ? ['New in this pull request.'] : []), ...(finding.reference ? [`Why: ${finding.reference}`] : []), `Docs: ${finding.docsUrl}`];
  annotation.raw_details = clip(details.join('\n'), MESSAGE_LIMIT);
  return annotation;
}

/** Most severe first, in report order within a severity: what matters most is sent first. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => severityRank(b.finding.severity) - severityRank(a.finding.severity) || a.index - b.index)
    .map(({ finding }) => finding);
}

/** Cuts a Markdown report to `limit` characters at a line end, and says how much was left out. */
export function cutToLimit(markdown: string, limit = SUMMARY_LIMIT): string {
  if (markdown.length <= limit) return markdown;
  const note = (left: number) => `\n\n---\n**Cut**: the last ${left.toLocaleString('en-US')} characters of the report do not fit the check run's limit of ${limit.toLocaleString('en-US')} characters; the job summary has the full report.\n`;
  const room = limit - note(markdown.length).length;
  let end = markdown.lastIndexOf('\n', room);
  if (end <= 0) end = room;
  // Never split a surrogate pair.
  if (/[\ud800-\udbff]/.test(markdown.charAt(end - 1))) end -= 1;
  return `${markdown.slice(0, end)}${note(markdown.length - end)}`;
}

export function conclusionOf(failing: boolean, findings: number): Conclusion {
  if (failing) return 'failure';
  return findings > 0 ? 'neutral' : 'success';
}

export interface CheckRunContent {
  title: string;
  summary: string;
  conclusion: Conclusion;
  /** Sent most severe first. */
  findings: readonly Finding[];
}

export interface CheckRunResult {
  /** How many of the findings (from the start of `findings`) were annotated. */
  annotated: number;
  checkRunId?: number;
  /** The request that failed, when one did. */
  error?: unknown;
}

export async function publishCheckRun(client: Client, context: RunContext, content: CheckRunContent): Promise<CheckRunResult> {
  const annotations = content.findings.map(toAnnotation);
  const output = (from: number) => ({ title: content.title, summary: cutToLimit(content.summary), annotations: annotations.slice(from, from + ANNOTATIONS_PER_REQUEST) });
  let checkRunId: number | undefined;
  let annotated = 0;
  try {
    const { data } = await client.rest.checks.create({
      owner: context.owner,
      repo: context.repo,
      name: CHECK_NAME,
      head_sha: context.sha,
      status: 'completed',
      conclusion: content.conclusion,
      completed_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      output: output(0),
    });
    checkRunId = data.id;
    annotated = Math.min(annotations.length, ANNOTATIONS_PER_REQUEST);
    while (annotated < annotations.length) {
      await client.rest.checks.update({ owner: context.owner, repo: context.repo, check_run_id: checkRunId, output: output(annotated) });
      annotated = Math.min(annotations.length, annotated + ANNOTATIONS_PER_REQUEST);
    }
    return { annotated, checkRunId };
  } catch (error) {
    return { annotated, error, ...(checkRunId === undefined ? {} : { checkRunId }) };
  }
}
