/**
 * A headless Chromium for the export tests, found as the html report's browser test finds it
 * (test/formatters/html-browser.test.ts explains why): CHROMIUM_PATH, else the Chromium the dev
 * dependency @sparticuz/chromium ships (unpacked once into node_modules/.cache), else one
 * installed on the machine.
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';

const cache = fileURLToPath(new URL('../../node_modules/.cache/ropa-lint/', import.meta.url));
const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

async function packagedChromium(): Promise<string | undefined> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  let folder: string;
  try {
    folder = path.dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium'));
  } catch {
    return undefined;
  }
  const manifest = (at: string) => (existsSync(path.join(at, 'package.json')) ? (JSON.parse(readFileSync(path.join(at, 'package.json'), 'utf8')) as { name?: string; version?: string }) : undefined);
  while (manifest(folder)?.name !== '@sparticuz/chromium') {
    if (path.dirname(folder) === folder) return undefined;
    folder = path.dirname(folder);
  }
  const executable = path.join(cache, `chromium-${manifest(folder)!.version!}`, 'chromium');
  if (existsSync(executable)) return executable;
  mkdirSync(path.dirname(executable), { recursive: true });
  const partial = `${executable}.${process.pid}.partial`;
  try {
    await pipeline(createReadStream(path.join(folder, 'bin', 'chromium.br')), createBrotliDecompress(), createWriteStream(partial, { mode: 0o755 }));
    renameSync(partial, executable);
  } finally {
    rmSync(partial, { force: true });
  }
  return executable;
}

export async function launchBrowser(): Promise<Browser> {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : [await packagedChromium(), ...SYSTEM_BROWSERS.filter((file) => existsSync(file))];
  const failures: string[] = [];
  for (const executablePath of candidates) {
    if (executablePath === undefined) continue;
    try {
      return await chromium.launch({ executablePath, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    } catch (error) {
      failures.push(`${executablePath}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  throw new Error(`no Chromium could be started (${failures.length === 0 ? 'none found' : failures.join('; ')}). Run npm ci, install Chromium or Chrome, or set CHROMIUM_PATH.`);
}

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object each (`/Pages` is the tree above them). */
export function pdfPageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
