/**
 * Applies the fixes of one file's findings to its text, as ESLint does: in source order, each
 * fix whole or not at all, and a fix that overlaps one already taken waits for the next pass
 * (the text is linted again, so the finding comes back with a fix for the new text, or without
 * one). Two findings that ask for the same edit share it.
 */
import type { Finding, Fix, TextEdit } from '../core/types.js';

export interface Applied {
  /** The text with the fixes applied. */
  text: string;
  /** The findings whose fix is in `text`. */
  fixed: Finding[];
}

const sameEdit = (a: TextEdit, b: TextEdit): boolean => a.start === b.start && a.end === b.end && a.text === b.text;

export function applyFixes(source: string, findings: readonly Finding[]): Applied {
  const withFix = findings.filter((finding): finding is Finding & { fix: Fix } => finding.fix !== undefined && finding.fix.edits.length > 0);
  const ordered = [...withFix].sort((a, b) => a.fix.edits[0]!.start - b.fix.edits[0]!.start || a.fix.edits[0]!.end - b.fix.edits[0]!.end);
  const taken: TextEdit[] = [];
  const fixed: Finding[] = [];
  for (const finding of ordered) {
    const edits = [...finding.fix.edits].sort((a, b) => a.start - b.start);
    if (edits.some((edit, index) => edit.end < edit.start || edit.end > source.length || (index > 0 && edit.start < edits[index - 1]!.end))) continue;
    const fresh = edits.filter((edit) => !taken.some((other) => sameEdit(edit, other)));
    if (fresh.some((edit) => taken.some((other) => edit.start < other.end && other.start < edit.end))) continue;
    taken.push(...fresh);
    fixed.push(finding);
  }
  taken.sort((a, b) => a.start - b.start);
  let text = '';
  let cursor = 0;
  for (const edit of taken) {
    text += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  text += source.slice(cursor);
  return { text, fixed };
}
