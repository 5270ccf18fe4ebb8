/**
 * The job summary: the Markdown report, plus a note on anything that degraded (a missing
 * permission, a missing base), escaped but for its code spans. Written on every run, failing or not.
 */
import * as core from '@actions/core';
import { richText } from '../formatters/markdown.js';

export async function writeJobSummary(markdown: string, notes: readonly string[]): Promise<void> {
  const text = notes.length > 0 ? `${markdown.replace(/\n*$/, '\n')}\n${notes.map((note) => `> [!NOTE]\n> ${richText(`${note.charAt(0).toUpperCase()}${note.slice(1)}`)}\n`).join('\n')}` : markdown;
  try {
    await core.summary.addRaw(text, true).write();
  } catch (error) {
    // No GITHUB_STEP_SUMMARY (a runner too old, or a run by hand): the log still has everything.
    core.info(`ropa-lint: cannot write the job summary: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}
