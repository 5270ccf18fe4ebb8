/**
 * The data flows a change alters, from the parsed inventories to the reports: which inventories
 * are compared, what part of the map is drawn, the section of the markdown report (words always,
 * the picture while it fits GitHub's limit), the html report, and `ropa-lint --base` end to end.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lintSource, parseSource } from '../../src/core/engine.js';
import { type LintReport, summarize } from '../../src/core/types.js';
import { changedPart, type FlowChange, flowChangesOf } from '../../src/datamap/diff-flows.js';
import { FLOWS_HEADING, flowChangesHtml, flowChangesMarkdown } from '../../src/datamap/diff-report.js';
import { buildDataMap, diffDataMaps } from '../../src/datamap/index.js';
import { formatHtml } from '../../src/formatters/html.js';
import { escapeMarkdown, formatMarkdown, inlineCode, MARKDOWN_LIMIT } from '../../src/formatters/markdown.js';
import { rules } from '../../src/rules/index.js';
import { cli, workspace } from '../support/cli.js';
import { HOSTILE_STRINGS } from '../support/hostile.js';
import { modelOf, smallRecord } from './fixtures.js';

type Record = typeof smallRecord;

function record(change: (value: Record) => void = () => {}): Record {
  const value = structuredClone(smallRecord);
  change(value);
  return value;
}

const text = (value: unknown) => stringify(value);
const parsed = (file: string, value: unknown) => parseSource(typeof value === 'string' ? value : text(value), file);
const withCriminalChecks = (value: Record) => {
  value.data_categories.push({ id: 'criminal-checks', name: 'Criminal record checks', source: 'third-party', criminal: true } as never);
  value.processing_activities[0]!.data_categories.push('criminal-checks');
};
const withProcessor = (value: Record) => {
  value.processing_activities[0]!.processors.push({ name: 'Annotation Co', dpa: true, country: 'PH' });
};

const escape = { text: escapeMarkdown, code: inlineCode };

function changeOf(base: unknown, head: unknown, file = 'privacy/ropa.yaml'): FlowChange {
  return { file, status: 'changed', map: diffDataMaps(buildDataMap(modelOf(base)), buildDataMap(modelOf(head))) };
}

describe('flowChangesOf', () => {
  it('compares each inventory with the same file at the base, new ones with nothing and deleted ones with nothing at the head', () => {
    const head = [parsed('a.ropa.yaml', record(withProcessor)), parsed('same.ropa.yaml', record()), parsed('new.ropa.yaml', record())];
    const base = [parsed('a.ropa.yaml', record()), parsed('same.ropa.yaml', record()), parsed('gone.ropa.yaml', record())];
    const changes = flowChangesOf(head, base);
    expect(changes.map((change) => `${change.file} ${change.status}`)).toEqual(['a.ropa.yaml changed', 'new.ropa.yaml added', 'gone.ropa.yaml removed']);
    const marks = (change: FlowChange) => new Set([...change.map.nodes, ...change.map.edges].map((item) => item.change));
    expect(marks(changes[1]!)).toEqual(new Set(['added']));
    expect(marks(changes[2]!)).toEqual(new Set(['removed']));
  });

  it('leaves out an inventory that does not parse at either end, rather than calling every flow new or gone', () => {
    const broken = 'version: 1\nprocessing_activities: [\n';
    expect(flowChangesOf([parsed('a.ropa.yaml', broken)], [parsed('a.ropa.yaml', record())])).toEqual([]);
    expect(flowChangesOf([parsed('a.ropa.yaml', record(withProcessor))], [parsed('a.ropa.yaml', broken)])).toEqual([]);
    expect(flowChangesOf([parsed('a.ropa.yaml', record())], [parsed('a.ropa.yaml', record(withProcessor))])).toHaveLength(1);
  });
});

describe('changedPart', () => {
  const keys = (change: FlowChange) => changedPart(change.map).nodes.map((node) => node.key).sort();

  it('draws a new category with the activity it reaches and the purposes it now feeds', () => {
    expect(keys(changeOf(record(), record(withCriminalChecks)))).toEqual(['activity:replies', 'category:criminal-checks', 'purpose:suggest', 'purpose:train-replies', 'subject:guests', 'subject:members']);
  });

  it('draws a new processor with the purposes that reach it and its country, and nothing else of the record', () => {
    const part = changedPart(changeOf(record(), record(withProcessor)).map);
    expect(part.nodes.map((node) => node.key).sort()).toEqual(['country:PH', 'processor:Annotation Co', 'purpose:suggest', 'purpose:train-replies']);
    expect(part.edges.every((edge) => edge.change === 'added')).toBe(true);
  });
});

describe('the markdown section', () => {
  const change = changeOf(record(), record(withCriminalChecks));

  it('says the change in words, then draws it, with a legend', () => {
    const section = flowChangesMarkdown([change], 100_000, escape);
    const [heading, words, fence] = section.split('\n\n');
    expect(heading).toBe(`### ${FLOWS_HEADING}`);
    expect(words).toBe('This change lets the AI-training purpose `train-replies` use `criminal-checks` (criminal records); lets `suggest` use `criminal-checks` (criminal records).');
    expect(fence!.startsWith('```mermaid\nflowchart LR\n')).toBe(true);
    // The new flows are thick and green; the purposes they feed are drawn as they were.
    expect(section).toMatch(/ ==> /);
    expect(section).toMatch(/^ {2}linkStyle [\d,]+ stroke:#1a7f37,stroke-width:3px$/m);
    expect(section).toContain('"Criminal record checks<br>added #183; criminal records"');
    expect(section).toContain('<sub>Thick green lines');
    // The change's outline is defined last, so that it wins over the colours of the box's kind.
    const classes = [...section.matchAll(/^ {2}classDef (\w+)/gm)].map((match) => match[1]);
    expect(classes.at(-1)).toBe('added');
    expect(classes).toEqual(expect.arrayContaining(['subject', 'category', 'activity', 'ai', 'purpose']));
  });

  it('keeps the words and drops the picture when the budget does not hold it', () => {
    const full = flowChangesMarkdown([change], 100_000, escape);
    const short = flowChangesMarkdown([change], full.length - 1, escape);
    expect(short).not.toContain('```');
    expect(short).toContain('This change lets the AI-training purpose');
    expect(short).toContain("left out to keep the report within GitHub's limit");
    expect(flowChangesMarkdown([change], 0, escape)).toBe(short);
    expect(flowChangesMarkdown([change], full.length, escape)).toBe(full);
    expect(flowChangesMarkdown([change, change], full.length * 2, escape).length).toBeLessThanOrEqual(full.length * 2);
  });

  it('names each inventory when several change, and says nothing when none does', () => {
    const section = flowChangesMarkdown([change, { ...changeOf({}, record()), file: 'teams/new.ropa.yaml', status: 'added' }], 100_000, escape);
    expect(section).toContain('In `privacy/ropa.yaml`: This change lets');
    expect(section).toContain('In `teams/new.ropa.yaml` (new): This change adds activity `replies`;');
    expect(section.match(/```mermaid\n/g)).toHaveLength(2);
    expect(flowChangesMarkdown([], 100_000, escape)).toBe('');
  });

  it('stands above the findings in the report, and is absent without a change', () => {
    const files = [lintSource(text(record(withCriminalChecks)), 'privacy/ropa.yaml', { rules })];
    const report: LintReport = { files, summary: summarize(files), base: 'main', flows: [change] };
    const output = formatMarkdown(report, { rules: rules.map((rule) => rule.meta), color: false, version: 'test' });
    const at = output.indexOf(`### ${FLOWS_HEADING}`);
    expect(at).toBeGreaterThan(output.indexOf('| Rule | Severity |'));
    expect(at).toBeLessThan(output.indexOf('### `privacy/ropa.yaml`'));
    const without = formatMarkdown({ ...report, flows: [] }, { rules: rules.map((rule) => rule.meta), color: false, version: 'test' });
    expect(without).not.toContain(FLOWS_HEADING);
    expect(without).toBe(formatMarkdown({ ...report, flows: undefined as never }, { rules: rules.map((rule) => rule.meta), color: false, version: 'test' }));
  });

  it("stays within GitHub's limit with a thousand findings: the findings and the words stay, the picture goes first", () => {
    const purposes = Array.from({ length: 300 }, (_, index) => ({ id: `train-${index}`, description: `Train model ${index} on chats`, ai_training: true }));
    const base = record((value) => void (value.processing_activities[0]!.purposes = purposes as never));
    const head = record((value) => {
      value.processing_activities[0]!.purposes = purposes as never;
      withCriminalChecks(value);
    });
    const files = [lintSource(text(head), 'privacy/ropa.yaml', { rules })];
    expect(files[0]!.findings.length).toBeGreaterThan(1000);
    const flows = [changeOf(base, head)];
    const output = formatMarkdown({ files, summary: summarize(files), base: 'main', flows }, { rules: rules.map((rule) => rule.meta), color: false, version: 'test' });
    expect(output.length).toBeLessThanOrEqual(MARKDOWN_LIMIT - 100);
    expect(output).toContain('This change lets the AI-training purpose `train-0` use `criminal-checks` (criminal records)');
    expect(output).not.toContain('```mermaid');
    expect(output).toMatch(/more findings not shown/);
  });
});

/** A record whose every name is hostile: HTML, Markdown, Mermaid syntax and directives, a fence. */
function hostileRecord(): Record {
  const names = [...HOSTILE_STRINGS, '"]) --> n0[["pwned', '%%{init: {"securityLevel": "loose"}}%%', 'click n0 call alert(1)', 'a\nb', 'end', '#quot;#35;&amp;', '~~~'];
  return record((value) => {
    names.forEach((name, index) => {
      value.data_categories.push({ id: name, name, source: 'observed', special: [name] } as never);
      value.processing_activities[0]!.data_categories.push(name);
      value.processing_activities[0]!.processors.push({ name, dpa: true, country: index === 0 ? 'US' : name });
      value.processing_activities[0]!.recipients.push(name);
      value.processing_activities[0]!.purposes.push({ id: `p-${index} ${name}`, description: name, ai_training: true, lawful_basis: 'consent' });
    });
  });
}

describe('hostile names', () => {
  const change = changeOf(record(), hostileRecord(), 'evil/<img src=x onerror=alert(1)>`.ropa.yaml');
  const files = [lintSource(text(hostileRecord()), change.file, { rules: [] })];
  const report: LintReport = { files, summary: summarize(files), base: 'main', flows: [change, { ...change, file: 'second.ropa.yaml' }] };

  it('stay text in the markdown report: only our fences, no tag, no link, no mention', () => {
    const output = formatMarkdown(report, { rules: [], color: false, version: 'test' });
    const section = output.slice(output.indexOf(`### ${FLOWS_HEADING}`), output.indexOf('<details>'));
    expect(section.split('\n').filter((line) => /^\s*(```|~~~)/.test(line))).toEqual(['```mermaid', '```', '```mermaid', '```']);
    const html = marked.parse(section, { gfm: true, async: false });
    const outside = html.replace(/<pre><code class="language-mermaid">[^<]*<\/code><\/pre>/g, '');
    expect(outside).not.toMatch(/<(?!\/?(h3|p|code|sub|pre)>)[a-z]/i);
    expect(outside.replace(/<code>[\s\S]*?<\/code>/g, '')).not.toMatch(/@org|https:\/\/evil/);
    // The reader still reads the names as written.
    expect(outside).toContain('&lt;script&gt;window.__pwned = &quot;script&quot;&lt;/script&gt;');
  });

  it('cannot leave their labels in the picture: every line is a node, a link, a class or a link style of generated ids', () => {
    const section = flowChangesMarkdown([change], 100_000, escape);
    const mermaid = /```mermaid\n([\s\S]*?)```/.exec(section)![1]!;
    const label = '"[^"\\n]*"';
    const grammar = [
      /^flowchart LR$/,
      new RegExp(`^  n\\d+(?:\\[${label}\\]|\\[\\[${label}\\]\\]|\\(\\[${label}\\]\\)|\\(\\("·"\\)\\))$`),
      new RegExp(`^  n\\d+ (?:-+>|=+>|-\\.+->)(?:\\|${label}\\|)? n\\d+$`),
      /^ {2}classDef [a-zA-Z]+ [a-z:#0-9,\- ]+$/,
      /^ {2}class n\d+(?:,n\d+)* [a-zA-Z]+$/,
      /^ {2}linkStyle \d+(?:,\d+)* [a-z:#0-9,\-]+$/,
    ];
    for (const line of mermaid.trimEnd().split('\n')) expect(grammar.some((pattern) => pattern.test(line)), line).toBe(true);
    const labels = [...mermaid.matchAll(/"([^"]*)"/g)].map((match) => match[1]!.replace(/<br>/g, '').replace(/#\d+;/g, ''));
    for (const content of labels) expect(content).not.toMatch(/[<>`%{}[\]"&|;:@#\r\n]/);
  });

  it('stay text in the html report', () => {
    const page = formatHtml(report, { rules: [], color: false, version: 'test' });
    const section = page.slice(page.indexOf('<section class="data-maps flow-changes"'), page.indexOf('</section>', page.indexOf('<section class="data-maps flow-changes"')));
    expect(section).toContain(`<h2>${FLOWS_HEADING}</h2>`);
    const tags = new Set([...section.matchAll(/<\/?([A-Za-z][\w:-]*)/g)].map((match) => match[1]!));
    expect([...tags].filter((tag) => !['section', 'h2', 'p', 'code', 'figure', 'figcaption', 'div', 'svg', 'title', 'rect', 'g', 'text', 'path', 'circle'].includes(tag))).toEqual([]);
    expect(section).toContain('&#60;script&#62;window.__pwned = &#34;script&#34;&#60;/script&#62;');
  });
});

describe('ropa-lint --base', () => {
  function git(root: string, ...args: string[]): void {
    execFileSync('git', ['-c', 'user.name=x', '-c', 'user.email=x@y', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: root, stdio: 'ignore' });
  }

  /** A repository with the base committed and tagged `base`, and the head in the working tree. */
  function repository(base: unknown, head: unknown): string {
    const root = workspace({ 'privacy/ropa.yaml': text(base) });
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'base');
    git(root, 'tag', 'base');
    writeFileSync(path.join(root, 'privacy/ropa.yaml'), text(head));
    return root;
  }

  it('draws the flows the change alters in the markdown and html reports', async () => {
    const root = repository(record(), record(withProcessor));
    const markdown = await cli(['--base', 'base', '--format', 'markdown', '--fail-on', 'never'], root);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain(`### ${FLOWS_HEADING}\n\nThis change adds processor Annotation Co in Philippines (PH).\n\n\`\`\`mermaid\nflowchart LR\n`);
    const html = await cli(['--base', 'base', '--format', 'html', '--fail-on', 'never'], root);
    expect(html.stdout).toContain(`<h2>${FLOWS_HEADING}</h2><p class="flow-change">This change adds processor Annotation Co in Philippines (PH).</p><figure class="data-map">`);
    // Nothing of it in the formats that scripts read.
    const json = await cli(['--base', 'base', '--format', 'json', '--fail-on', 'never'], root);
    expect(Object.keys(JSON.parse(json.stdout) as object)).not.toContain('flows');
  });

  it('draws nothing when no flow changes, and nothing without a base', async () => {
    const root = repository(record(), record((value) => void (value.processing_activities[0]!.name = 'Renamed')));
    const markdown = await cli(['--base', 'base', '--format', 'markdown', '--fail-on', 'never'], root);
    expect(markdown.stdout).toContain('new since `base`');
    expect(markdown.stdout).not.toContain(FLOWS_HEADING);
    const changed = repository(record(), record(withProcessor));
    expect((await cli(['--format', 'markdown', '--fail-on', 'never'], changed)).stdout).not.toContain(FLOWS_HEADING);
  });
});
