/**
 * Annotations as workflow commands, for a token that cannot write check runs (fork pull
 * requests, missing `permissions:`). GitHub shows at most 10 annotations per level per step,
 * so the most severe go first, 10 of each level, and one line says where the rest are.
 */
import type { Finding, LintReport, Severity } from '../core/types.js';
import { SEVERITIES } from '../core/types.js';
import { formatGithub } from '../formatters/github.js';
import type { FormatContext } from '../formatters/types.js';

/** GitHub's display limit of workflow-command annotations per level and step. */
export const SHOWN_PER_LEVEL = 10;

export interface FallbackAnnotations {
  /** The workflow commands, one per line. */
  text: string;
  shown: number;
  left: number;
}

/**
 * Workflow commands for `findings` (the findings of `report` still to show), at most
 * SHOWN_PER_LEVEL per level, errors first; `elsewhere` names where all of them are, and
 * `reserved` keeps places for the step's own annotations (the failure message is an error).
 */
export function fallbackAnnotations(report: LintReport, findings: readonly Finding[], context: FormatContext, elsewhere: string, reserved: Partial<Record<Severity, number>> = {}): FallbackAnnotations {
  const room = (severity: Severity) => Math.max(0, SHOWN_PER_LEVEL - (reserved[severity] ?? 0));
  const chosen = new Set<Finding>(SEVERITIES.flatMap((severity) => findings.filter((finding) => finding.severity === severity).slice(0, room(severity))));
  const commandsOf = (severity: Severity) =>
    formatGithub({ ...report, files: report.files.map((file) => ({ ...file, findings: file.findings.filter((finding) => finding.severity === severity && chosen.has(finding)), suppressed: [] })) }, context);
  const text = SEVERITIES.map(commandsOf).join('');
  const left = findings.length - chosen.size;
  const more = left > 0 ? `ropa-lint: ${left} more finding${left === 1 ? ' is' : 's are'} not shown as annotations (GitHub shows ${SHOWN_PER_LEVEL} per level and step); all of them are in ${elsewhere}.\n` : '';
  return { text: `${text}${more}`, shown: chosen.size, left };
}
