import { baselineWords } from '../baseline/words.js';
import { LineIndex } from '../core/line-index.js';
import type { Finding, Severity, SuppressedFinding } from '../core/types.js';
import { codeFrame } from './code-frame.js';
import { oneLine, plural } from './text.js';
import type { Formatter } from './types.js';

type Paint = (text: string) => string;

interface Palette {
  severity: Record<Severity, Paint>;
  bold: Paint;
  dim: Paint;
  caret: Record<Severity, Paint>;
}

const ansi = (open: number, close: number): Paint => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain: Paint = (text) => text;

function palette(color: boolean): Palette {
  if (!color) {
    return { severity: { error: plain, warning: plain, notice: plain }, bold: plain, dim: plain, caret: { error: plain, warning: plain, notice: plain } };
  }
  const red = ansi(31, 39);
  const yellow = ansi(33, 39);
  const cyan = ansi(36, 39);
  const bold = ansi(1, 22);
  return {
    severity: { error: (text) => bold(red(text)), warning: (text) => bold(yellow(text)), notice: (text) => bold(cyan(text)) },
    bold,
    dim: ansi(2, 22),
    caret: { error: red, warning: yellow, notice: cyan },
  };
}

/** A code frame in the manner of rustc: the line at fault with a caret under the node. */
function frameLines(lines: LineIndex, finding: Finding, paint: Palette): string[] {
  const frame = codeFrame(lines, finding);
  const pad = ' '.repeat(String(finding.line).length);
  return [
    `${pad} ${paint.dim('|')}`,
    `${paint.dim(`${finding.line} |`)} ${frame.line.text}`,
    `${pad} ${paint.dim('|')} ${' '.repeat(frame.caretStart)}${paint.caret[finding.severity]('^'.repeat(frame.caretLength))}`,
  ];
}

export const formatStylish: Formatter = (report, context) => {
  const paint = palette(context.color);
  const out: string[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0 && file.suppressed.length === 0) continue;
    const lines = new LineIndex(file.source);
    for (const finding of file.findings) {
      const pad = ' '.repeat(String(finding.line).length);
      const isNew = finding.isNew === true ? ` ${paint.caret[finding.severity]('[new]')}` : '';
      out.push(`${paint.severity[finding.severity](`${finding.severity}[${finding.ruleId}]`)}${paint.bold(`: ${oneLine(finding.message)}`)}${isNew}`);
      out.push(`${pad}${paint.dim('-->')} ${oneLine(finding.file)}:${finding.line}:${finding.column}`);
      out.push(...frameLines(lines, finding, paint));
      if (finding.reference) out.push(`${pad} ${paint.dim('=')} why: ${oneLine(finding.reference)}`);
      out.push(`${pad} ${paint.dim('=')} help: ${oneLine(finding.help)}`);
      if (finding.fix) out.push(`${pad} ${paint.dim('=')} fix: ${oneLine(finding.fix.description)} (fixable with --fix)`);
      out.push(`${pad} ${paint.dim('=')} docs: ${finding.docsUrl}`);
      out.push('');
    }
    for (const suppressed of file.suppressed) out.push(suppressedLine(suppressed, paint));
    if (file.suppressed.length > 0) out.push('');
  }
  const { errors, warnings, notices, files } = report.summary;
  const total = errors + warnings + notices;
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}`;
  const suppressedCount = report.files.reduce((sum, file) => sum + file.suppressed.length, 0);
  const suppressedNote = suppressedCount > 0 ? `; ${suppressedCount} suppressed in place` : '';
  const newCount = report.files.reduce((sum, file) => sum + file.findings.filter((finding) => finding.isNew === true).length, 0);
  const newNote = report.base === undefined ? '' : `; ${newCount} new since ${oneLine(report.base)}`;
  const baselineNote = report.baseline === undefined ? '' : baselineWords(report.baseline, oneLine).map((words) => `; ${words}`).join('');
  const hidden = report.hidden ? [plural(report.hidden.warnings, 'warning'), plural(report.hidden.notices, 'notice')].filter((words) => !words.startsWith('0 ')).join(' and ') : '';
  if (total === 0 && hidden !== '') {
    // --quiet left warnings out: "no problems" would call the record clean.
    out.push(`${paint.bold('✔')} ${plural(files, 'file')} checked: no ${report.baseline === undefined ? '' : 'new '}errors (${hidden} not shown: --quiet)${suppressedNote}${baselineNote}`);
  } else if (total === 0) {
    out.push(`${paint.bold('✔')} ${plural(files, 'file')} checked: no ${report.baseline === undefined ? '' : 'new '}problems${suppressedNote}${baselineNote}`);
  } else {
    const worst: Severity = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'notice';
    out.push(paint.severity[worst](`✖ ${plural(total, 'problem')} (${counts}) in ${plural(files, 'file')}${newNote}${suppressedNote}${baselineNote}`));
    const fixable = fixableWords(report.files.flatMap((file) => file.findings.filter((finding) => finding.fix !== undefined)));
    if (fixable !== undefined) out.push(`  ${fixable} fixable with --fix`);
  }
  return `${out.join('\n')}\n`;
};

/** "2 errors and 1 warning", the fixable findings counted as ESLint's summary counts them; undefined for none. */
function fixableWords(findings: readonly Finding[]): string | undefined {
  if (findings.length === 0) return undefined;
  const counts = (['error', 'warning', 'notice'] as const).map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const).filter(([, count]) => count > 0);
  const words = counts.map(([severity, count]) => plural(count, severity));
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function suppressedLine(finding: SuppressedFinding, paint: Palette): string {
  const until = finding.until ? `, until ${finding.until}` : '';
  return paint.dim(`suppressed[${finding.ruleId}] ${oneLine(finding.file)}:${finding.line}:${finding.column}: ${oneLine(finding.message)} (reason: ${oneLine(finding.reason)}${until})`);
}
