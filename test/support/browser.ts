/**
 * A headless Chromium for tests that need a real browser (Mermaid's parser and renderer want a
 * DOM). As in test/formatters/html-browser.test.ts, the browser comes from npm so that
 * `npm ci && npm test` passes on a machine with only Node and git: @sparticuz/chromium ships one
 * for Linux x64 with the libraries it links, Brotli-compressed, unpacked once into
 * node_modules/.cache. CHROMIUM_PATH names another browser; elsewhere an installed one is used.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';

const cache = fileURLToPath(new URL('../../node_modules/.cache/ropa-lint/', import.meta.url));

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

/** The folder of the installed @sparticuz/chromium and its version, or undefined. */
function packageOf(): { folder: string; version: string } | undefined {
  let folder: string;
  try {
    folder = path.dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium'));
  } catch {
    return undefined;
  }
  // Its entry point sits below the package's own folder, which has nested package.json files.
  for (;;) {
    const manifest = path.join(folder, 'package.json');
    if (existsSync(manifest)) {
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (name === '@sparticuz/chromium' && version) return { folder, version };
    }
    if (path.dirname(folder) === folder) return undefined;
    folder = path.dirname(folder);
  }
}

/** The packaged browser and its libraries, unpacked on first use (into a folder renamed into place, so a concurrent run never takes half of one). */
async function packagedChromium(): Promise<{ executable: string; libraries: string } | undefined> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  const found = packageOf();
  if (!found) return undefined;
  const target = path.join(cache, `chromium-${found.version}`);
  const executable = path.join(target, 'chromium');
  const libraries = path.join(target, 'lib');
  const complete = () => existsSync(executable) && existsSync(libraries);
  if (complete()) return { executable, libraries };
  const partial = `${target}.${process.pid}.partial`;
  mkdirSync(partial, { recursive: true });
  try {
    await pipeline(createReadStream(path.join(found.folder, 'bin', 'chromium.br')), createBrotliDecompress(), createWriteStream(path.join(partial, 'chromium'), { mode: 0o755 }));
    const archive = path.join(partial, 'libraries.tar');
    await pipeline(createReadStream(path.join(found.folder, 'bin', 'al2023.tar.br')), createBrotliDecompress(), createWriteStream(archive));
    const untarred = spawnSync('tar', ['-xf', archive, '-C', partial], { encoding: 'utf8' });
    if (untarred.status !== 0) throw new Error(`tar could not unpack the libraries of @sparticuz/chromium: ${untarred.error?.message ?? untarred.stderr}`);
    rmSync(archive);
    if (!complete()) {
      // An older layout (the browser without its libraries) may sit there: replace it whole.
      rmSync(target, { recursive: true, force: true });
      try {
        renameSync(partial, target);
      } catch (error) {
        if (!complete()) throw error;
      }
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return { executable, libraries };
}

export async function launchBrowser(): Promise<Browser> {
  const candidates: { executablePath: string; libraries?: string }[] = [];
  if (process.env.CHROMIUM_PATH) {
    candidates.push({ executablePath: process.env.CHROMIUM_PATH });
  } else {
    const packaged = await packagedChromium();
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
  throw new Error(`no Chromium could be started (${failures.length === 0 ? 'none found' : failures.join('; ')}). Run npm ci (it installs @sparticuz/chromium on Linux x64), install Chromium or Chrome, or set CHROMIUM_PATH.`);
}
