/** The export tests' browser is the shared one (test/support/browser.ts); this adds what printing needs. */
export { launchBrowser } from '../support/browser.js';

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object each (`/Pages` is the tree above them). */
export function pdfPageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
