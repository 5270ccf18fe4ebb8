/**
 * The data maps in the reports: one collapsed Mermaid block per inventory in the markdown report,
 * kept within the room the findings leave, and one SVG figure per inventory in the html report.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/core/engine.js';
import type { FileReport } from '../../src/core/types.js';
import { summarize } from '../../src/core/types.js';
import { dataMapsHtml, dataMapsMarkdown } from '../../src/datamap/report.js';
import { formatHtml } from '../../src/formatters/html.js';
import { formatMarkdown } from '../../src/formatters/markdown.js';
import { plainContext } from '../support/report.js';
import { RECORD } from '../exporters/fixtures.js';

const file = (name: string, text: string): FileReport => lintSource(text, name, { rules: [] });

describe('data maps in the markdown report', () => {
  it('gives each inventory with activities a collapsed Mermaid block, named after its file', () => {
    const output = dataMapsMarkdown([file('hr/ropa.yaml', RECORD), file('empty.ropa.yaml', 'version: 1\nprocessing_activities: []\n'), file('broken.ropa.yaml', 'version: [\n')], 100_000);
    expect(output.match(/```mermaid\n/g)).toHaveLength(1);
    expect(output.startsWith('<details><summary>Data map of <code>hr/ropa.yaml</code></summary>\n\n```mermaid\nflowchart LR\n')).toBe(true);
    expect(output.endsWith('```\n\n</details>\n\n')).toBe(true);
    expect(output).toContain('[["Candidate ranking"]]');
  });

  it('names a map instead of drawing it when it does not fit, and writes nothing when not even that fits', () => {
    const full = dataMapsMarkdown([file('hr/ropa.yaml', RECORD)], 100_000);
    const short = dataMapsMarkdown([file('hr/ropa.yaml', RECORD)], full.length - 1);
    expect(short).toBe('<sub>The data map of <code>hr/ropa.yaml</code> is too large for this report: `ropa-lint export --format html` draws one per activity.</sub>\n\n');
    expect(dataMapsMarkdown([file('hr/ropa.yaml', RECORD)], 20)).toBe('');
  });

  it('come after the findings of the report, within its limit', () => {
    const files = [lintSource(RECORD, 'hr/ropa.yaml', { rules: [] })];
    const output = formatMarkdown({ files, summary: summarize(files) }, plainContext);
    expect(output).toBe(`## ropa-lint report\n\n✅ **No problems** in 1 file\n\n${dataMapsMarkdown(files, 100_000)}`);
  });

  it('escape a hostile file name in the summary line', () => {
    const output = dataMapsMarkdown([file('<img src=x onerror=alert(1)>`.yaml', RECORD)], 100_000);
    expect(output).toContain('<summary>Data map of <code>&#60;img src=x onerror=alert(1)&#62;`.yaml</code></summary>');
  });
});

describe('data maps in the html report', () => {
  it('draws one figure per inventory with activities, after the findings', () => {
    const files = [file('hr/ropa.yaml', RECORD), file('empty.ropa.yaml', 'version: 1\n')];
    const section = dataMapsHtml(files);
    expect(section.match(/<figure class="data-map">/g)).toHaveLength(1);
    expect(section).toContain('<figcaption>Data map of <code>hr/ropa.yaml</code></figcaption><div class="drawing"><svg ');
    const page = formatHtml({ files, summary: summarize(files) }, plainContext);
    expect(page.indexOf('<section class="data-maps"')).toBeGreaterThan(page.indexOf('<main>'));
    expect(dataMapsHtml([file('empty.ropa.yaml', 'version: 1\n')])).toBe('');
  });
});
