import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FormatName } from './names.js';
import type { Formatter } from './types.js';

export const formatters = {
  github: formatGithub,
  html: formatHtml,
  json: formatJson,
  markdown: formatMarkdown,
  sarif: formatSarif,
  stylish: formatStylish,
} as const satisfies Record<FormatName, Formatter>;

export { type FormatName, isFormatName } from './names.js';
