/**
 * The data flows a change alters, in the reports of a run with a base: a paragraph in words per
 * inventory, and a picture of the changed part of its data map (changedPart), as a Mermaid block
 * in the markdown report (the pull-request comment and the job summary) and as SVG in the html
 * report. The words always come; a picture only where it fits: GitHub refuses a comment above
 * 65,536 characters, and a picture says nothing the words do not.
 */
import { type Segment, truncate } from '../formatters/rich-text.js';
import { oneLine } from '../formatters/text.js';
import { describeFlowChanges } from './describe-diff.js';
import { changedPart, type FlowChange } from './diff-flows.js';
import { renderMermaid } from './mermaid.js';
import { escapeXml, renderSvg } from './svg.js';

/** Inventories described one by one; the others are counted. */
const MAX_FILES = 10;
export const FLOWS_HEADING = 'Data flows this change adds or removes';

/** The markdown report's own escaping, given by it: this module stays below the formatters. */
export interface MarkdownText {
  /** Escapes plain text for the middle of a Markdown line. */
  text(text: string): string;
  /** A code span that nothing inside it can close. */
  code(text: string): string;
}

function paragraph(change: FlowChange, named: boolean, render: (segment: Segment) => string): string {
  const words = describeFlowChanges(change.map);
  const intro: Segment[] = !named
    ? []
    : [
        { code: false, text: 'In ' },
        { code: true, text: truncate(oneLine(change.file), 300) },
        { code: false, text: change.status === 'added' ? ' (new): ' : change.status === 'removed' ? ' (deleted): ' : ': ' },
      ];
  return [...intro, ...words].map(render).join('');
}

const LEGEND = '<sub>Thick green lines and boxes marked added are flows the change adds; dotted red lines and boxes marked removed, flows it removes.</sub>\n\n';
const TOO_LARGE = '<sub>Too many flows change to draw them here: `ropa-lint export --format html` draws the record.</sub>\n\n';
const NO_ROOM = "<sub>The picture is left out to keep the report within GitHub's limit of 65,536 characters.</sub>\n\n";

/**
 * The section of the markdown report: a heading, then per inventory its paragraph and, while
 * `budget` characters allow, its picture. The words do not count against `budget`: they always
 * come (bounded by ten inventories of twelve clauses); only pictures are dropped. Empty when no
 * flow changed.
 */
export function flowChangesMarkdown(changes: readonly FlowChange[], budget: number, escape: MarkdownText): string {
  if (changes.length === 0) return '';
  const named = changes.length > 1;
  const shown = changes.slice(0, MAX_FILES);
  const render = (segment: Segment) => (segment.code ? escape.code(segment.text) : escape.text(segment.text));
  const words = shown.map((change) => `${paragraph(change, named, render)}\n\n`);
  const rest = changes.length - shown.length;
  const more = rest > 0 ? `<sub>${rest} more ${rest === 1 ? 'inventory changes its' : 'inventories change their'} flows: run \`ropa-lint --base\` on them for the rest.</sub>\n\n` : '';
  const heading = `### ${FLOWS_HEADING}\n\n`;
  const pictures = shown.map((change) => renderMermaid(changedPart(change.map)));
  // The report without any picture, each in its note; a picture replaces its note while the budget allows.
  let length = heading.length + more.length + words.reduce((sum, text, index) => sum + text.length + (pictures[index] === undefined ? TOO_LARGE : NO_ROOM).length, 0);
  let drawn = false;
  const parts = shown.map((_, index) => {
    const mermaid = pictures[index];
    if (mermaid === undefined) return `${words[index]}${TOO_LARGE}`;
    const block = `\`\`\`mermaid\n${mermaid}\`\`\`\n\n`;
    const extra = block.length - NO_ROOM.length + (drawn ? 0 : LEGEND.length);
    if (length + extra > budget) return `${words[index]}${NO_ROOM}`;
    length += extra;
    drawn = true;
    return `${words[index]}${block}`;
  });
  return `${heading}${parts.join('')}${drawn ? LEGEND : ''}${more}`;
}

/** The section of the html report: the same words, and an SVG picture per inventory. */
export function flowChangesHtml(changes: readonly FlowChange[] | undefined): string {
  if (changes === undefined || changes.length === 0) return '';
  const named = changes.length > 1;
  const render = (segment: Segment) => (segment.code ? `<code>${escapeXml(segment.text)}</code>` : escapeXml(segment.text));
  const figures = changes.slice(0, MAX_FILES).map((change, index) => {
    const svg = renderSvg(changedPart(change.map), { title: `Data flows changed in ${oneLine(change.file)}`, idPrefix: `flow-changes-${index + 1}` });
    return `<p class="flow-change">${paragraph(change, named, render)}</p><figure class="data-map"><figcaption>Data flows changed in <code>${escapeXml(oneLine(change.file))}</code></figcaption><div class="drawing">${svg}</div></figure>`;
  });
  const rest = changes.length - MAX_FILES;
  const more = rest > 0 ? `<p>${rest} more ${rest === 1 ? 'inventory changes its' : 'inventories change their'} flows.</p>` : '';
  return `<section class="data-maps flow-changes" aria-label="${FLOWS_HEADING}"><h2>${FLOWS_HEADING}</h2>${figures.join('')}${more}</section>`;
}
