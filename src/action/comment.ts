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

export function stickyBody(markdown: string): string {
  const body = `${STICKY_MARKER}\n${markdown}`;
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
 * Updates the sticky comment, or creates it when there is something to say: a clean pull
 * request that never had findings gets no comment, one that had them sees the comment turn green.
 */
export async function upsertStickyComment(client: Client, context: RunContext, issueNumber: number, markdown: string, hasFindings: boolean): Promise<CommentOutcome> {
  const body = stickyBody(markdown);
  const existing = await findSticky(client, context, issueNumber);
  if (existing !== undefined) {
    await client.rest.issues.updateComment({ owner: context.owner, repo: context.repo, comment_id: existing, body });
    return { action: 'updated', id: existing };
  }
  if (!hasFindings) return { action: 'skipped' };
  const { data } = await client.rest.issues.createComment({ owner: context.owner, repo: context.repo, issue_number: issueNumber, body });
  return { action: 'created', id: data.id };
}
