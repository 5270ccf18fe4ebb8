/**
 * The html report as a reader sees it, in headless Chromium (Debian's `chromium`, which
 * .ci/run installs; CHROMIUM_PATH overrides it): the counts, a finding's text, a filter that
 * hides what it should, and no script from the inventory running. A screenshot goes to
 * test-results/ (git-ignored) for people to look at.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/formatters/html.js';
import { hostileReport } from '../support/hostile.js';
import { plainContext } from '../support/report.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshots = fileURLToPath(new URL('../../test-results/', import.meta.url));

describe('html report in a browser', () => {
  let browser: Browser;
  const report = hostileReport();
  const folder = mkdtempSync(path.join(tmpdir(), 'ropa-lint-html-'));
  const file = path.join(folder, 'report.html');
  writeFileSync(file, formatHtml(report, plainContext));

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the counts and findings, filters by severity and rule, runs no inventory script and requests nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
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

    // The counts a reader sees.
    await expect.poll(() => page.locator('[data-count="error"] .number').innerText()).toBe('7');
    expect(await page.locator('[data-count="warning"] .number').innerText()).toBe('3');
    expect(await page.locator('[data-count="suppressed"] .number').innerText()).toBe('1');
    expect(await page.locator('#showing').innerText()).toBe('Showing 10 of 10 findings');

    // A finding's text, hostile id and all, shown as text.
    const undisclosed = page.locator('li.finding[data-rule="notice-undisclosed-purpose"]').first();
    expect(await undisclosed.locator('.message').innerText()).toBe(
      "purpose <script>window.__pwned = 'purpose'</script> trains a model, but its privacy notice docs/[x](javascript:window.__pwned=1) <script>window.__pwned='notice'</script> @org/team ```.md could not be read, so nothing shows that the training is disclosed",
    );
    expect(await undisclosed.locator('pre.frame .at').innerText()).toContain(`- id: "<script>window.__pwned = 'purpose'</script>"`);
    expect(await page.locator('.suppressed td').nth(3).innerText()).toContain("<script>window.__pwned = 'reason'</script>");

    // Untick warnings: every warning is hidden, every error still shown.
    await page.getByLabel('warnings (3)').uncheck();
    expect(await page.locator('li.finding[data-severity="warning"]:visible').count()).toBe(0);
    expect(await page.locator('li.finding[data-severity="error"]:visible').count()).toBe(7);
    expect(await page.locator('#showing').innerText()).toBe('Showing 7 of 10 findings');

    // One rule: only its findings remain; the other file's section is hidden when it has none left.
    await page.getByLabel('warnings (3)').check();
    await page.locator('#rule-filter').selectOption('notice-undisclosed-purpose');
    expect(await page.locator('li.finding:visible').count()).toBe(2);
    expect(await page.locator('li.finding[data-rule="schema"]').first().isVisible()).toBe(false);
    expect(await page.locator('#showing').innerText()).toBe('Showing 2 of 10 findings');
    await page.locator('#rule-filter').selectOption('');

    // Nothing from the inventory ran or was fetched; the page's own script did run.
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('#filters').isVisible()).toBe(true);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(problems).toEqual([]);

    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, 'html-report.png'), fullPage: true });
    await page.close();
  });
});
