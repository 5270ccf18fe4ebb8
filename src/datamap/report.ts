/**
 * The data maps of the inventories a check read, for the reports: Mermaid blocks for the markdown
 * report (GitHub draws them in pull-request comments and job summaries), SVG drawings for the
 * html report. Each inventory is read again from the text the report carries; one that could not
 * be parsed, or has no activity, gets no map.
 */
import { parseSource } from '../core/engine.js';
import type { FileReport } from '../core/types.js';
import { oneLine } from '../formatters/text.js';
import { buildDataMap, type DataMap } from './graph.js';
import { renderMermaid } from './mermaid.js';
import { escapeXml, renderSvg } from './svg.js';

function mapOf(file: FileReport): DataMap | undefined {
  const parsed = parseSource(file.source, file.file);
  if (parsed.unparsable || parsed.model.activities.length === 0) return undefined;
  return buildDataMap(parsed.model);
}

/**
 * One collapsed Mermaid block per inventory, as long as they fit in `budget` characters; a map
 * that does not fit (or that GitHub would refuse to draw) is named in one line instead.
 */
export function dataMapsMarkdown(files: readonly FileReport[], budget: number): string {
  let output = '';
  for (const file of files) {
    const map = mapOf(file);
    if (!map) continue;
    const name = `<code>${escapeXml(oneLine(file.file))}</code>`;
    const mermaid = renderMermaid(map);
    const block = mermaid === undefined ? undefined : `<details><summary>Data map of ${name}</summary>\n\n\`\`\`mermaid\n${mermaid}\`\`\`\n\n</details>\n\n`;
    const instead = `<sub>The data map of ${name} is too large for this report: \`ropa-lint export --format html\` draws one per activity.</sub>\n\n`;
    if (block !== undefined && output.length + block.length <= budget) output += block;
    else if (output.length + instead.length <= budget) output += instead;
  }
  return output;
}

/** One SVG drawing per inventory, each in a figure named after its file. */
export function dataMapsHtml(files: readonly FileReport[]): string {
  const figures: string[] = [];
  files.forEach((file, index) => {
    const map = mapOf(file);
    if (!map) return;
    const name = escapeXml(oneLine(file.file));
    const svg = renderSvg(map, { title: `Data map of ${oneLine(file.file)}`, idPrefix: `report-map-${index + 1}` });
    figures.push(`<figure class="data-map"><figcaption>Data map of <code>${name}</code></figcaption><div class="drawing">${svg}</div></figure>`);
  });
  return figures.length === 0 ? '' : `<section class="data-maps" aria-label="Data maps"><h2>Data maps</h2>${figures.join('')}</section>`;
}
