/**
 * The html report as a reader sees it, in headless Chromium: the counts, every finding's text
 * (hostile ids and all) as text, filters that hide what they should, and no script from the
 * inventory running. A screenshot goes
 * to test-results/ (git-ignored) for people to look at.
 *
 * The browser comes from npm like every other tool of the project, so that `npm ci && npm test`
 * passes on a machine with nothing but Node and git: the dev dependency @sparticuz/chromium
 * ships a headless Chromium for Linux x64, Brotli-compressed, with the few libraries it links.
 * It is unpacked once into node_modules/.cache. CHROMIUM_PATH names another browser; elsewhere
 * (macOS, ARM) an installed Chromium or Chrome is used.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/formatters/html.js';
import { segments } from '../../src/formatters/rich-text.js';
import { oneLine } from '../../src/formatters/text.js';
import { hostileReport } from '../support/hostile.js';
import { plainContext } from '../support/report.js';

const screenshots = fileURLToPath(new URL('../../test-results/', import.meta.url));
const cache = fileURLToPath(new URL('../../node_modules/.cache/ropa-lint/', import.meta.url));

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * The npm package's Chromium, unpacked on first use: the browser, and the NSS and expat
 * libraries it links, built for Amazon Linux (glibc 2.34) and shipped beside it. With them it
 * needs nothing from the system but glibc; undefined where the package has no browser.
 */
async function packagedChromium(): Promise<{ executable: string; libraries: string } | undefined> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  // The package's own folder, above its entry point (build/ has package.json files of its own).
  const manifestOf = (folder: string) => {
    const file = path.join(folder, 'package.json');
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string }) : undefined;
  };
  let folder = path.dirname(entry);
  while (manifestOf(folder)?.name !== '@sparticuz/chromium') {
    if (path.dirname(folder) === folder) return undefined;
    folder = path.dirname(folder);
  }
  const target = path.join(cache, `chromium-${manifestOf(folder)!.version!}`);
  const executable = path.join(target, 'chromium');
  const libraries = path.join(target, 'lib');
  const complete = () => existsSync(executable) && existsSync(libraries);
  if (!complete()) {
    // Unpacked into a folder of its own, then renamed: an interrupted or concurrent unpack never
    // leaves half a browser where the next run would take it for a whole one.
    const partial = `${target}.${process.pid}.partial`;
    mkdirSync(partial, { recursive: true });
    try {
      await pipeline(createReadStream(path.join(folder, 'bin', 'chromium.br')), createBrotliDecompress(), createWriteStream(path.join(partial, 'chromium'), { mode: 0o755 }));
      const archive = path.join(partial, 'libraries.tar');
      await pipeline(createReadStream(path.join(folder, 'bin', 'al2023.tar.br')), createBrotliDecompress(), createWriteStream(archive));
      const untarred = spawnSync('tar', ['-xf', archive, '-C', partial], { encoding: 'utf8' });
      if (untarred.status !== 0) throw new Error(`tar could not unpack the libraries of @sparticuz/chromium: ${untarred.error?.message ?? untarred.stderr}`);
      rmSync(archive);
      if (!complete()) {
        rmSync(target, { recursive: true, force: true });
        try {
          renameSync(partial, target);
        } catch (error) {
          // Another run renamed its own unpack into place first: the same files.
          if (!complete()) throw error;
        }
      }
    } finally {
      rmSync(partial, { recursive: true, force: true });
    }
  }
  return { executable, libraries };
}

async function launchBrowser(): Promise<Browser> {
  const candidates: { executablePath: string; libraries?: string }[] = [];
  if (process.env.CHROMIUM_PATH) {
    candidates.push({ executablePath: process.env.CHROMIUM_PATH });
  } else {
    const packaged = await packagedChromium();
    // Its own libraries first, the same on every machine; the system's where those do not load
    // (a glibc older than Amazon Linux's).
    if (packaged) candidates.push({ executablePath: packaged.executable, libraries: packaged.libraries }, { executablePath: packaged.executable });
    candidates.push(...SYSTEM_BROWSERS.filter((file) => existsSync(file)).map((executablePath) => ({ executablePath })));
  }
  const failures: string[] = [];
  for (const { executablePath, libraries } of candidates) {
    try {
      return await chromium.launch({
        executablePath,
        args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        ...(libraries === undefined ? {} : { env: { ...process.env, LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') } }),
      });
    } catch (error) {
      failures.push(`${executablePath}${libraries ? ' with its own libraries' : ''}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  throw new Error(
    `no Chromium could be started (${failures.length === 0 ? 'none found' : failures.join('; ')}). Run npm ci (it installs @sparticuz/chromium on Linux x64), install Chromium or Chrome, or set CHROMIUM_PATH.`,
  );
}

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
