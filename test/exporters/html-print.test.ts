/**
 * The html export as an authority gets it: opened in headless Chromium and printed to PDF there.
 * The Art. 30 headings read in the article's order on every activity page, each activity starts
 * a new A4 sheet, and nothing in the page runs or loads, whatever the record's names hold. A page
 * is rendered to PNG in test-results/ (git-ignored) for people to look at: by pdftoppm from the
 * PDF where it is installed, else as a screenshot in print media.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintParsed, parseSource } from '../../src/core/engine.js';
import { exportHtml } from '../../src/exporters/html.js';
import { rules } from '../../src/rules/index.js';
import { launchBrowser, pdfPageCount } from './browser.js';
import { CONTROLLER_HEADINGS, PROCESSOR_HEADINGS, RECORD } from './fixtures.js';

const results = fileURLToPath(new URL('../../test-results/', import.meta.url));
const folder = mkdtempSync(path.join(tmpdir(), 'ropa-lint-export-'));

function exportFile(name: string, text: string): string {
  const parsed = parseSource(text, 'ropa.yaml');
  const html = exportHtml([{ file: 'ropa.yaml', model: parsed.model, report: lintParsed(parsed, { rules, today: '2026-11-30' }) }], { version: '0.0.0-test', today: '2026-11-30' });
  const file = path.join(folder, name);
  writeFileSync(file, html);
  return file;
}

/** Opens a file, recording every request, dialog, console error and page error. */
async function open(browser: Browser, file: string): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(pathToFileURL(file).href);
  await page.emulateMedia({ media: 'print' });
  return { page, requests, problems };
}

async function printedPages(browser: Browser, file: string): Promise<number> {
  const { page } = await open(browser, file);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.close();
  return pdfPageCount(pdf);
}

/** A purpose block of the fixture's shape, for an activity too long for one sheet. */
function manyPurposes(count: number): string {
  return Array.from({ length: count }, (_, index) => `      - id: extra-${index}\n        description: Extra purpose number ${index}, described at some length so that it takes a line of its own.\n        ai_training: false\n        lawful_basis: contract\n`).join('');
}

describe('html export printed in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('prints a cover and one A4 sheet per activity, with the Art. 30 headings in order, running and loading nothing', async () => {
    const file = exportFile('record.html', RECORD);
    const { page, requests, problems } = await open(browser, file);

    const headings = await page.locator('section.activity').evaluateAll((sections) =>
      sections.map((section) => [...section.querySelectorAll('h2.art30')].filter((heading) => (heading as unknown as { offsetParent: unknown }).offsetParent !== null).map((heading) => heading.getAttribute('data-article'))),
    );
    expect(headings).toEqual([PROCESSOR_HEADINGS, CONTROLLER_HEADINGS, CONTROLLER_HEADINGS]);
    // The heading text a reader sees starts with the point of the article.
    expect(await page.locator('section.activity').nth(1).locator('h2.art30').allInnerTexts()).toEqual([
      'Art. 30(1)(a)The controller and its contacts',
      'Art. 30(1)(b)Purposes of the processing',
      'Art. 30(1)(c)Categories of data subjects and of personal data',
      'Art. 30(1)(d)Categories of recipients',
      'Art. 30(1)(e)Transfers to third countries or international organisations',
      'Art. 30(1)(f)Time limits for erasure',
      'Art. 30(1)(g)Technical and organisational security measures',
    ]);
    expect(await page.locator('.banner').isVisible()).toBe(true);
    expect(await page.locator('section.activity svg.data-map').count()).toBe(3);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfPageCount(pdf)).toBe(4);
    // A4 in points (210 × 297 mm), as the print style asks.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(Buffer.from(pdf).toString('latin1'));
    expect(Number(box?.[1])).toBeCloseTo(595.3, 0);
    expect(Number(box?.[2])).toBeCloseTo(841.9, 0);

    mkdirSync(results, { recursive: true });
    writeFileSync(path.join(results, 'export.pdf'), pdf);
    const pdftoppm = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '4', '-l', '4', '-singlefile', path.join(results, 'export.pdf'), path.join(results, 'export-page-4')]);
    if (pdftoppm.error !== undefined || pdftoppm.status !== 0) await page.locator('section.activity').nth(2).screenshot({ path: path.join(results, 'export-page-4.png') });

    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(problems).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    await page.close();
  });

  it('starts each activity on a sheet of its own, however long the one before runs', async () => {
    const long = RECORD.replace('    purposes:\n      - id: host-applications\n', `    purposes:\n${manyPurposes(40)}      - id: host-applications\n`);
    const full = await printedPages(browser, exportFile('long.html', long));
    // Without the two short activities after it: exactly two sheets fewer, one each.
    const alone = RECORD.slice(0, RECORD.indexOf('  - id: talent-pool'));
    const first = await printedPages(browser, exportFile('long-alone.html', alone.replace('    purposes:\n      - id: host-applications\n', `    purposes:\n${manyPurposes(40)}      - id: host-applications\n`)));
    expect(first).toBeGreaterThanOrEqual(3);
    expect(full).toBe(first + 2);
  });

  it('shows hostile names as text and runs none of them', async () => {
    const names = ["<script>window.__pwned = 'name'</script>", '<img src=x onerror="window.__pwned = \'img\'">', '</style><svg onload="window.__pwned=1">'];
    const quoted = (text: string) => JSON.stringify(text);
    const hostile = `version: 1
controller: {name: ${quoted(names[0]!)}, contact: ${quoted(names[1]!)}}
data_subjects: [{id: s, name: ${quoted(names[2]!)}}]
data_categories: [{id: c, name: ${quoted(names[1]!)}, source: observed}]
processing_activities:
  - id: a
    name: ${quoted(names[1]!)}
    role: controller
    data_subjects: [s]
    data_categories: [c]
    purposes: [{id: p, description: ${quoted(names[0]!)}, ai_training: true, lawful_basis: consent}]
    recipients: [${quoted(names[2]!)}]
`;
    const file = exportFile('hostile.html', hostile);
    const { page, requests, problems } = await open(browser, file);
    expect(await page.locator('section.cover h1').innerText()).toBe(names[0]);
    expect(await page.locator('section.activity h1').innerText()).toBe(names[1]);
    expect(await page.locator('svg.data-map text', { hasText: 'window.__pwned' }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('script, img, iframe, object, embed').count()).toBe(0);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
