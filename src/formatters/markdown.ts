/**
 * GitHub-flavoured Markdown for pull-request comments and the job summary: a summary table by
 * rule, the findings grouped by file with line links, and the suppressions with their reasons.
 *
 * Everything that came from an inventory (ids, descriptions, reasons, file names) is escaped so
 * that it renders as the text it is: no HTML, no link, image or autolink, no @mention or #issue
 * reference, no emphasis, and no fence that closes or opens a code block. The report stays under
 * GitHub's 65,536-character limit for a comment and says how much it left out. After the
 * findings, each inventory's data map follows as a collapsed Mermaid block (datamap/report.ts).
 * With a base, the data flows the change adds or removes stand above the findings, in words and
 * as a picture (datamap/diff-report.ts); the picture is the first thing left out for room.
 */
import { baselineWords } from '../baseline/words.js';
import { compareStrings } from '../core/order.js';
import type { Finding, Severity, SuppressedFinding } from '../core/types.js';
import { flowChangesMarkdown, type MarkdownText } from '../datamap/diff-report.js';
import { dataMapsMarkdown } from '../datamap/report.js';
import { segments, truncate } from './rich-text.js';
import { oneLine, plural } from './text.js';
import type { Formatter } from './types.js';

/** GitHub refuses comment bodies above 65,536 characters. */
export const MARKDOWN_LIMIT = 65_536;
/** The longest message, help or reason a finding shows, before escaping. */
const MAX_TEXT = 1_000;
const ZERO_WIDTH_SPACE = '\u200b';

const SEVERITY_LABEL: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/**
 * Escapes text for the middle of a Markdown line: HTML special characters become entities; the
 * punctuation of code spans, emphasis, links and images, strikethrough and tables is
 * backslash-escaped (with `[` escaped, no `](…)` or `![…]` can form); and a zero-width space
 * splits what GitHub would turn into a link after rendering: @mentions and e-mail addresses,
 * #123 references, bare URLs and www. addresses.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
    .replace(/(w)(ww\.)/gi, `$1${ZERO_WIDTH_SPACE}$2`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`);
}

/** A code span that no backtick inside it can close, on one line. */
export function inlineCode(text: string): string {
  const content = oneLine(text);
  const longestRun = Math.max(0, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const padded = content.startsWith('`') || content.endsWith('`') || content.startsWith(' ') || content.endsWith(' ') || content === '' ? ` ${content} ` : content;
  return `${fence}${padded}${fence}`;
}

const MARKDOWN_TEXT: MarkdownText = { text: escapeMarkdown, code: inlineCode };

/** A message with its backticked parts as code spans and the rest escaped. */
export function richText(text: string): string {
  return segments(truncate(oneLine(text), MAX_TEXT))
    .map((segment) => (segment.code ? inlineCode(segment.text) : escapeMarkdown(segment.text)))
    .join('');
}

/** A path as a URL path: each segment percent-encoded, parentheses included. */
function encodePath(file: string): string {
  return file
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/[()'*!]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

function lineLink(file: string, line: number, linkBase: string | undefined): string {
  const target = `${encodePath(file)}#L${line}`;
  const url = linkBase ? `${linkBase.replace(/\/+$/, '')}/${target.replace(/^\/+/, '')}` : target;
  return `[line ${line}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

function findingBlock(finding: Finding, linkBase: string | undefined): string {
  const isNew = finding.isNew === true ? ' · **new**' : '';
  const head = `- ${SEVERITY_LABEL[finding.severity]} [\`${finding.ruleId}\`](<${finding.docsUrl}>) · ${lineLink(finding.file, finding.line, linkBase)}${isNew}: ${richText(finding.message)}`;
  const why = finding.reference ? `  \n  Why: ${richText(finding.reference)}` : '';
  return `${head}${why}  \n  Help: ${richText(finding.help)}\n`;
}

function suppressedBlock(finding: SuppressedFinding, linkBase: string | undefined): string {
  const until = finding.until ? ` (until ${escapeMarkdown(finding.until)})` : '';
  return `- \`${finding.ruleId}\` · ${lineLink(finding.file, finding.line, linkBase)}: ${richText(finding.message)}  \n  Reason: ${richText(finding.reason)}${until}\n`;
}

export const formatMarkdown: Formatter = (report, context) => {
  const { errors, warnings, notices, files } = report.summary;
  const total = errors + warnings + notices;
  const suppressedCount = report.files.reduce((sum, file) => sum + file.suppressed.length, 0);
  const newCount = report.files.reduce((sum, file) => sum + file.findings.filter((finding) => finding.isNew === true).length, 0);

  const head: string[] = ['## ropa-lint report', ''];
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}`;
  const extras = [
    ...(report.base === undefined ? [] : [`${newCount} new since ${inlineCode(report.base)}`]),
    ...(suppressedCount > 0 ? [`${suppressedCount} suppressed in place`] : []),
    ...(report.baseline === undefined ? [] : baselineWords(report.baseline, (file) => inlineCode(truncate(file, 300))).map((words) => words.replace('--write-baseline', '`--write-baseline`'))),
  ];
  head.push(total === 0 ? `✅ **No ${report.baseline === undefined ? '' : 'new '}problems** in ${plural(files, 'file')}${extras.length > 0 ? ` · ${extras.join(' · ')}` : ''}` : `**${counts}** in ${plural(files, 'file')}${extras.length > 0 ? ` · ${extras.join(' · ')}` : ''}`, '');

  const byRule = new Map<string, { severity: Severity; count: number }>();
  for (const finding of report.files.flatMap((file) => file.findings)) {
    const key = `${finding.ruleId}\u0000${finding.severity}`;
    byRule.set(key, { severity: finding.severity, count: (byRule.get(key)?.count ?? 0) + 1 });
  }
  if (byRule.size > 0) {
    head.push('| Rule | Severity | Findings |', '|---|---|--:|');
    const rows = [...byRule.entries()].sort(([a, left], [b, right]) => SEVERITY_ORDER[left.severity] - SEVERITY_ORDER[right.severity] || right.count - left.count || compareStrings(a, b));
    for (const [key, { severity, count }] of rows) head.push(`| \`${key.split('\u0000')[0]}\` | ${SEVERITY_LABEL[severity]} | ${count} |`);
    head.push('');
  }

  let output = `${head.join('\n')}\n`;
  const headLength = output.length;
  const footer = (findingsLeft: number, suppressedLeft: number) => {
    const parts = [...(findingsLeft > 0 ? [plural(findingsLeft, 'more finding')] : []), ...(suppressedLeft > 0 ? [plural(suppressedLeft, 'more suppression')] : [])];
    return `\n---\n**${parts.join(' and ')} not shown**: the report is cut to fit GitHub's limit of 65,536 characters. Run \`npx ropa-lint\` or read the job log for all of them.\n`;
  };
  // The words on the data flows a change alters are kept whatever the findings take (their pictures are not).
  const flowWords = flowChangesMarkdown(report.flows ?? [], 0, MARKDOWN_TEXT).length;
  const budget = MARKDOWN_LIMIT - footer(999_999, 999_999).length - 64 - flowWords;
  let findingsLeft = report.files.reduce((sum, file) => sum + file.findings.length, 0);
  let suppressedLeft = suppressedCount;
  let cut = false;

  const add = (block: string): boolean => {
    if (cut || output.length + block.length > budget) {
      cut = true;
      return false;
    }
    output += block;
    return true;
  };

  for (const file of report.files) {
    if (file.findings.length === 0 && file.suppressed.length === 0) continue;
    if (!add(`### ${inlineCode(truncate(file.file, 300))}\n\n`)) break;
    for (const finding of file.findings) {
      if (!add(findingBlock(finding, context.linkBase))) break;
      findingsLeft -= 1;
    }
    if (file.suppressed.length > 0 && add(`\n**Suppressed in place** (${file.suppressed.length}):\n\n`)) {
      for (const finding of file.suppressed) {
        if (!add(suppressedBlock(finding, context.linkBase))) break;
        suppressedLeft -= 1;
      }
    }
    add('\n');
  }
  // The change's flows go above the findings, drawn in the room the findings leave; the data maps after every finding.
  const flows = flowChangesMarkdown(report.flows ?? [], flowWords + (cut ? 0 : budget - output.length), MARKDOWN_TEXT);
  output = `${output.slice(0, headLength)}${flows}${output.slice(headLength)}`;
  if (!cut) output += dataMapsMarkdown(report.files, budget + flowWords - output.length);
  if (findingsLeft > 0 || suppressedLeft > 0) output += footer(findingsLeft, suppressedLeft);
  return output;
};
