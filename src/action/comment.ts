/**
 * One sticky pull-request comment: found by a hidden marker at the start of its body (a quote
 * of it starts with `>`, so it is never mistaken for ours), updated in place on every run.
 */
import type { RunContext } from './event.js';
import type { Client } from './octokit.js';

export const STICKY_MARKER = '<!-- ropa-lint:sticky -->';
/** GitHub refuses comment bodies above 65,536 characters. */
const BODY_LIMIT = 65_536;

export type CommentOutcome = { action: 'created' | 'updated'; id: number } | { action: 'skipped' };

/** Stands in for a picture left out of a comment that would be too long with it. */
export const PICTURE_LEFT_OUT = "<sub>A picture is left out here to keep the comment within GitHub's limit of 65,536 characters.</sub>\n";

/**
 * The comment's body. The report fits GitHub's limit by itself; should it not, the Mermaid
 * pictures go first (the words beside them say the same), and only then is the text cut. Only
 * the report's own fences can start a line with ```mermaid: everything from a record is escaped.
 */
export function stickyBody(markdown: string): string {
  let body = `${STICKY_MARKER}\n${markdown}`;
  if (body.length > BODY_LIMIT) body = body.replace(/^```mermaid\n[\s\S]*?^```\n/gm, PICTURE_LEFT_OUT);
  return body.length <= BODY_LIMIT ? body : `${body.slice(0, BODY_LIMIT - 2).replace(/[\ud800-\udbff]$/, '')}…\n`;
}

/** The oldest comment that carries the marker, reading every page of the conversation. */
async function findSticky(client: Client, context: RunContext, issueNumber: number): Promise<number | undefined> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, { owner: context.owner, repo: context.repo, issue_number: issueNumber, per_page: 100 });
  for await (const { data } of pages) {
    const ours = data.find((comment) => typeof comment.body === 'string' && comment.body.startsWith(STICKY_MARKER));
    if (ours) return ours.id;
  }
  return undefined;
}

/**
 * Updates the sticky comment, or creates it when there is something to say (`worthSaying`:
 * findings, or data flows the change alters): a clean pull request that leaves the flows alone
 * gets no comment; one that had findings sees the comment turn green.
 */
export async function upsertStickyComment(client: Client, context: RunContext, issueNumber: number, markdown: string, worthSaying: boolean): Promise<CommentOutcome> {
  const body = stickyBody(markdown);
  const existing = await findSticky(client, context, issueNumber);
  if (existing !== undefined) {
    await client.rest.issues.updateComment({ owner: context.owner, repo: context.repo, comment_id: existing, body });
    return { action: 'updated', id: existing };
  }
  if (!worthSaying) return { action: 'skipped' };
  const { data } = await client.rest.issues.createComment({ owner: context.owner, repo: context.repo, issue_number: issueNumber, body });
  return { action: 'created', id: data.id };
}
