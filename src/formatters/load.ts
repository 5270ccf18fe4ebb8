/**
 * One formatter, loaded alone: a run loads only the format it writes. The html and sarif
 * formatters bring node:crypto, which a stylish or json run has no use for.
 */
import type { FormatName } from './names.js';
import type { Formatter, PieceFormatter } from './types.js';

const whole =
  (formatter: Formatter): PieceFormatter =>
  (report, context) => [formatter(report, context)];

export async function loadFormatter(name: FormatName): Promise<PieceFormatter> {
  switch (name) {
    case 'github':
      return whole((await import('./github.js')).formatGithub);
    case 'html':
      return whole((await import('./html.js')).formatHtml);
    case 'json':
      return (await import('./json.js')).formatJsonPieces;
    case 'markdown':
      return whole((await import('./markdown.js')).formatMarkdown);
    case 'sarif':
      return (await import('./sarif.js')).formatSarifPieces;
    case 'stylish':
      return whole((await import('./stylish.js')).formatStylish);
  }
}
