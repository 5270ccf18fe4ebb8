import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/core/engine.js';
import type { Finding, LintReport } from '../../src/core/types.js';
import { summarize } from '../../src/core/types.js';
import { escapeMarkdown, formatMarkdown, inlineCode, MARKDOWN_LIMIT } from '../../src/formatters/markdown.js';
import { rulesById } from '../../src/rules/index.js';
import { yaml } from '../support/dedent.js';
import { HOSTILE_FILE, hostileReport } from '../support/hostile.js';
import { plainContext } from '../support/report.js';

const inventory = yaml`
  version: 1
  controller: {name: Acme, contact: privacy@acme.example}
  notice: docs/notice.md
  processing_activities:
    - id: chat
      name: Chat
      purposes:
        - id: p
          lawful_basis: consent
          consent: {collection: opt-out, withdrawal: in-product, records: db}
          x-ropa-lint-ignore: [{rule: consent-not-opt-in, reason: "Legacy users, migrated by June", until: 2099-01-31}]
        - {id: q, lawful_basis: consent, consent: {collection: implied, withdrawal: email, records: db}}
`;

function sample(): LintReport {
  const rules = ['consent-not-opt-in', 'consent-withdrawal', 'notice-missing'].map((id) => rulesById.get(id)!);
  const files = [lintSource(inventory, 'privacy/ropa.yaml', { rules, today: '2026-11-25', notices: new Map() })];
  return { files, summary: summarize(files) };
}

/** What GitHub would show, approximated by marked's GFM renderer. */
function rendered(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false });
}

describe('markdown formatter', () => {
  it('summarises by rule, groups findings by file with line links, and lists suppressions with their reasons', () => {
    const output = formatMarkdown(sample(), plainContext);
    expect(output).toContain('**2 errors, 1 warning, 0 notices** in 1 file · 1 suppressed in place');
    expect(output).toContain('| Rule | Severity | Findings |\n|---|---|--:|\n| `consent-not-opt-in` | ❌ error | 1 |\n| `consent-withdrawal` | ❌ error | 1 |\n| `notice-missing` | ⚠️ warning | 1 |\n');
    expect(output).toContain('### `privacy/ropa.yaml`\n');
    expect(output).toContain('- ⚠️ warning [`notice-missing`](<https://github.com/ropa-lint/ropa-lint/blob/main/docs/rules/notice-missing.md>) · [line 3](<privacy/ropa.yaml#L3>): the privacy notice `docs/notice.md` does not exist');
    expect(output).toContain('[line 12](<privacy/ropa.yaml#L12>): purpose `q` takes');
    expect(output).toContain('**Suppressed in place** (1):\n\n- `consent-not-opt-in` · [line 10](<privacy/ropa.yaml#L10>): purpose `p`');
    expect(output).toContain('Reason: Legacy users, migrated by June (until 2099-01-31)');
    expect(output.length).toBeLessThan(MARKDOWN_LIMIT);
  });

  it('links to GitHub blobs when given a base URL', () => {
    const output = formatMarkdown(sample(), { ...plainContext, linkBase: 'https://github.com/acme/app/blob/0123abc/' });
    expect(output).toContain('[line 3](<https://github.com/acme/app/blob/0123abc/privacy/ropa.yaml#L3>)');
    expect(output).not.toContain('(<privacy/ropa.yaml');
  });

  it('says so when there is nothing to report', () => {
    const files = [lintSource('version: 1\n', 'ropa.yaml', { rules: [] })];
    expect(formatMarkdown({ files, summary: summarize(files) }, plainContext)).toBe('## ropa-lint report\n\n✅ **No problems** in 1 file\n\n');
  });

  it('marks new findings and counts them when a base was given', () => {
    const report = sample();
    report.base = 'origin/main';
    report.files[0]!.findings = report.files[0]!.findings.map((finding, index) => ({ ...finding, isNew: index === 0 }));
    const output = formatMarkdown(report, plainContext);
    expect(output).toContain('· 1 new since `origin/main` ·');
    expect(output.match(/· \*\*new\*\*: /g)).toHaveLength(1);
  });

  it('stays under 65,536 characters and says how many findings it left out', () => {
    const finding = (line: number): Finding => ({
      ruleId: 'schema',
      severity: 'error',
      message: `value \`${'x'.repeat(80)}\` at line ${line} is not allowed`,
      reference: null,
      help: 'remove it',
      file: 'big.ropa.yaml',
      line,
      column: 1,
      endLine: line,
      endColumn: 2,
      pointer: '',
      stablePath: '',
      docsUrl: 'https://github.com/ropa-lint/ropa-lint/blob/main/docs/rules/schema.md',
    });
    const findings = Array.from({ length: 3000 }, (_, index) => finding(index + 1));
    const suppressed = [{ ...finding(1), reason: 'r', until: null }];
    const files = [{ file: 'big.ropa.yaml', source: '', findings, suppressed }];
    const output = formatMarkdown({ files, summary: summarize(files) }, plainContext);
    expect(output.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    const shown = output.split('\n').filter((line) => line.startsWith('- ❌ error')).length;
    expect(shown).toBeGreaterThan(100);
    expect(output).toContain(`**${3000 - shown} more findings and 1 more suppression not shown**: the report is cut to fit GitHub's limit of 65,536 characters.`);
    expect(output).toContain('| `schema` | ❌ error | 3000 |');
  });

  it('cuts one enormous message rather than the report', () => {
    const files = [lintSource(`version: 1\ncontroller: {name: Acme, contact: a@b.c}\nnotice: "${'n'.repeat(200_000)}.md"\nprocessing_activities: []\n`, 'ropa.yaml', { rules: [rulesById.get('notice-missing')!], notices: new Map() })];
    const output = formatMarkdown({ files, summary: summarize(files) }, plainContext);
    expect(output.length).toBeLessThan(5_000);
    expect(output).toContain('…');
  });
});

describe('markdown escaping', () => {
  it('escapes HTML, link and emphasis syntax, and splits mentions, references and autolinks', () => {
    expect(escapeMarkdown('<b>*x*</b> [a](b) ![c](d) ~~e~~ | f_g_ \\')).toBe('&lt;b&gt;\\*x\\*&lt;/b&gt; \\[a\\](b) !\\[c\\](d) \\~\\~e\\~\\~ \\| f\\_g\\_ \\\\');
    expect(escapeMarkdown('@org/team a@b.example #12 https://x.example www.x.example')).toBe('@\u200borg/team a@\u200bb.example #\u200b12 https:\u200b//x.example w\u200bww.x.example');
    expect(escapeMarkdown('line\nbreak\r\n```')).toBe('line break \\`\\`\\`');
  });

  it('code spans no backtick inside can close', () => {
    expect(inlineCode('id')).toBe('`id`');
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('```')).toBe('```` ``` ````');
    expect(inlineCode('')).toBe('`  `');
  });

  it('hostile ids, descriptions, reasons, notice paths and file names render inert', () => {
    const output = formatMarkdown(hostileReport(), plainContext);
    // The only fences are the data maps' own Mermaid blocks, one per file: nothing from the inventory opens or closes one.
    expect(output.split('\n').filter((line) => /^\s*(```|~~~)/.test(line))).toEqual(['```mermaid', '```', '```mermaid', '```']);
    const html = rendered(output);
    expect(html.replace(/<pre><code class="language-mermaid">[^<]*<\/code><\/pre>/g, '')).not.toMatch(/<(script|img|iframe|pre)\b/i);
    expect(html, 'no tag carries an event handler').not.toMatch(/<[^>]*\son\w+\s*=/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href, href).toMatch(/^(https:\/\/github\.com\/ropa-lint\/ropa-lint\/blob\/main\/docs\/rules\/[a-z-]+\.md|evil\/%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%5Bx%5D%28javascript%3Aalert%281%29%29\.ropa\.yaml#L\d+|clean\.ropa\.yaml#L\d+)$/);
    // Outside code (where GitHub never links anything) no mention or autolink survives.
    const text = html.replace(/<code>[\s\S]*?<\/code>/g, '');
    expect(text).not.toMatch(/@org|https:\/\/evil|www\.evil/);
    expect(text).toContain('@\u200borg/team');
    // The reader still sees the strings as they were written.
    expect(html).toContain('&lt;script&gt;window.__pwned = &#39;purpose&#39;&lt;/script&gt;');
    expect(output).toContain(`### ${inlineCode(HOSTILE_FILE)}`);
  });
});
