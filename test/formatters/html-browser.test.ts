/**
 * The html report as a reader sees it, in headless Chromium: the counts, every finding's text
 * (hostile ids and all) as text, filters that hide what they should, and no script from the
 * inventory running. A screenshot goes
 * to test-results/ (git-ignored) for people to look at.
 * The browser comes from npm (test/support/browser.ts says how and why).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/formatters/html.js';
import { segments } from '../../src/formatters/rich-text.js';
import { oneLine } from '../../src/formatters/text.js';
import { launchBrowser } from '../support/browser.js';
import { hostileReport } from '../support/hostile.js';
import { plainContext } from '../support/report.js';

const screenshots = fileURLToPath(new URL('../../test-results/', import.meta.url));
describe('html report in a browser', () => {
  let browser: Browser;
  const report = hostileReport();
  const folder = mkdtempSync(path.join(tmpdir(), 'ropa-lint-html-'));
  const file = path.join(folder, 'report.html');
  writeFileSync(file, formatHtml(report, plainContext));

  beforeAll(async () => {
    browser = await launchBrowser();
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

    // The counts a reader sees are the report's. The hostile inventory's findings change with the
    // rules, so the numbers come from the report, and the filters below need each kind present.
    const findings = report.files.flatMap((entry) => entry.findings);
    const { errors, warnings } = report.summary;
    const total = findings.length;
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-count="error"] .number').innerText()).toBe(String(errors));
    expect(await page.locator('[data-count="warning"] .number').innerText()).toBe(String(warnings));
    expect(await page.locator('[data-count="suppressed"] .number').innerText()).toBe(String(report.files.flatMap((entry) => entry.suppressed).length));
    expect(await page.locator('#showing').innerText()).toBe(`Showing ${total} of ${total} findings`);

    // Every message, hostile ids and all, shown as its text (backticks mark code, as in the markdown format).
    const shown = await page.locator('li.finding .message').allTextContents();
    const expected = findings.map((finding) => segments(oneLine(finding.message)).map((segment) => segment.text).join(''));
    expect([...shown].sort()).toEqual([...expected].sort());
    expect(shown.some((text) => text.includes("<script>window.__pwned = 'purpose'</script>"))).toBe(true);
    expect(await page.locator('pre.frame').allTextContents()).toContainEqual(expect.stringContaining(`- id: "<script>window.__pwned = 'purpose'</script>"`));
    expect(await page.locator('.suppressed td').nth(3).innerText()).toContain("<script>window.__pwned = 'reason'</script>");

    // Untick warnings: every warning is hidden, every error still shown.
    await page.getByLabel(`warnings (${warnings})`).uncheck();
    expect(await page.locator('li.finding[data-severity="warning"]:visible').count()).toBe(0);
    expect(await page.locator('li.finding[data-severity="error"]:visible').count()).toBe(errors);
    expect(await page.locator('#showing').innerText()).toBe(`Showing ${total - warnings} of ${total} findings`);
    await page.getByLabel(`warnings (${warnings})`).check();

    // One rule that only the hostile file has: only its findings remain, and the other file's
    // section is hidden as it has none left.
    const [hostileFile, otherFile] = report.files;
    const onlyHostile = [...new Set(hostileFile!.findings.map((finding) => finding.ruleId))].filter((rule) => !otherFile!.findings.some((finding) => finding.ruleId === rule));
    expect(onlyHostile.length).toBeGreaterThan(0);
    const rule = onlyHostile[0]!;
    const ofRule = findings.filter((finding) => finding.ruleId === rule).length;
    await page.locator('#rule-filter').selectOption(rule);
    expect(await page.locator('li.finding:visible').count()).toBe(ofRule);
    expect(await page.locator(`li.finding:visible:not([data-rule="${rule}"])`).count()).toBe(0);
    expect(await page.locator('section.file').nth(1).isVisible()).toBe(false);
    expect(await page.locator('section.file').nth(0).isVisible()).toBe(true);
    expect(await page.locator('#showing').innerText()).toBe(`Showing ${ofRule} of ${total} findings`);
    await page.locator('#rule-filter').selectOption('');
    expect(await page.locator('li.finding:visible').count()).toBe(total);

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
