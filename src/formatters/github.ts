import type { Severity } from '../core/types.js';
import { oneLine, stripControlCharacters } from './text.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'notice' };

/** Escapes a workflow command's message, as the runner decodes it. */
export function escapeData(text: string): string {
  return stripControlCharacters(text.replace(/\r/g, '\n')).replace(/%/g, '%25').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as data, plus the separators `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: one annotation per finding. Every value is escaped, so
 * a description that holds `\n::error::` or `::add-mask::` stays part of one message.
 */
export const formatGithub: Formatter = (report) => {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      const properties = [`file=${escapeProperty(finding.file)}`, `line=${finding.line}`, `endLine=${finding.endLine}`];
      if (finding.line === finding.endLine) properties.push(`col=${finding.column}`, `endColumn=${finding.endColumn}`);
      properties.push(`title=${escapeProperty(`ropa-lint ${finding.ruleId}`)}`);
      const reference = finding.reference ? `\nWhy: ${finding.reference}` : '';
      const message = `${finding.message}${reference}\nHelp: ${finding.help}\nDocs: ${finding.docsUrl}`;
      lines.push(`::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(message)}`);
    }
  }
  // Suppressed findings are listed as plain log lines: visible in the log, never an annotation.
  for (const file of report.files) {
    for (const finding of file.suppressed) {
      const until = finding.until ? `, until ${finding.until}` : '';
      lines.push(oneLine(`ropa-lint: suppressed ${finding.ruleId} at ${finding.file}:${finding.line}:${finding.column} (reason: ${finding.reason}${until})`));
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
