import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/core/engine.js';
import { summarize } from '../../src/core/types.js';
import { escapeHtml, formatHtml } from '../../src/formatters/html.js';
import { hostileReport } from '../support/hostile.js';
import { plainContext } from '../support/report.js';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('html formatter', () => {
  const page = formatHtml(hostileReport(), plainContext);

  it('is one page that loads nothing: a strict CSP allows only its own inline style and script, by hash', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    expect(csp).toBeDefined();
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!;
    expect(csp).toBe(`default-src 'none'; style-src ${sha256(style)}; script-src ${sha256(script)}; img-src 'none'; base-uri 'none'; form-action 'none'`);
    expect(page).not.toMatch(/<link\b|<iframe\b|<object\b|<embed\b|@import|url\(/i);
    expect(page, 'no tag loads a source').not.toMatch(/<[^>]*\ssrc\s*=/i);
    for (const [, href] of page.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\/github\.com\/ropa-lint\/ropa-lint\/blob\/main\/docs\/rules\/[a-z-]+\.md$/);
  });

  it('has exactly its own script and no element from the inventory', () => {
    expect(page.match(/<script\b/gi)).toHaveLength(1);
    expect(page).not.toMatch(/<img\b/i);
    expect(page, 'no tag carries an event handler').not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(page).toContain('purpose <code>&#60;script&#62;window.__pwned = &#39;purpose&#39;&#60;/script&#62;</code>');
    expect(page).toContain('&#60;script&#62;window.__pwned = &#39;reason&#39;&#60;/script&#62; [x](javascript:window.__pwned=1) @org/team ``` www.evil.example');
  });

  it('shows the summary counts, filters for every severity and every rule reported, and each finding with its code frame', () => {
    expect(page).toContain('<div class="count error" data-count="error"><span class="number">7</span><span class="label">errors</span></div>');
    expect(page).toContain('<div class="count" data-count="suppressed"><span class="number">1</span><span class="label">suppressed</span></div>');
    expect(page).toContain('<input type="checkbox" name="severity" value="warning" checked> warnings (3)');
    expect(page).toContain('<option value="notice-undisclosed-purpose">notice-undisclosed-purpose (2)</option>');
    expect(page).toContain('<span class="row at"><span class="gutter">30 | </span>        lawful_basis: contract</span><span class="row caret-row"><span class="gutter">   | </span>                      <span class="caret">^^^^^^^^</span></span>');
    expect(page).toContain('<h3>Suppressed in place (1)</h3>');
  });

  it('says so when there is nothing to report', () => {
    const files = [lintSource('version: 1\n', 'ropa.yaml', { rules: [] })];
    const clean = formatHtml({ files, summary: summarize(files) }, plainContext);
    expect(clean).toContain('No problems in 1 file.');
    expect(clean).toContain('<main></main>');
  });

  it('escapes text and attributes', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\u001b[31m`)).toBe('&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;[31m');
  });
});
