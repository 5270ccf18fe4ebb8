/**
 * The bundled examples are the mission's cases: their findings are the product's promise.
 * Each expected finding names rule, line and column.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocumentReader } from '../src/workspace/documents.js';
import { NoticeReader } from '../src/workspace/notices.js';
import { lintSource } from '../src/core/engine.js';
import { rules } from '../src/rules/index.js';

/** The examples' notices (examples/docs/*.md), read as the command line reads them. */
const root = fileURLToPath(new URL('..', import.meta.url));
const notices = new NoticeReader(root);
/** The documents the examples point to (DPIAs, assessments, contracts), looked up as the command line does. */
const documents = new DocumentReader(root);

function reportOf(file: string) {
  return lintSource(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'), file, { rules, today: '2026-11-25', notices: notices.provide, documents: documents.provide });
}

function findingsOf(file: string): string[] {
  return reportOf(file).findings.map((finding) => `${finding.line}:${finding.column} ${finding.severity} ${finding.ruleId}`);
}

describe('bundled examples', () => {
  it('acme-chat: a realistic compliant record has no error and no warning', () => {
    expect(findingsOf('examples/acme-chat.ropa.yaml')).toEqual([]);
  });

  it('slack-2024: training global models on customer messages with an admin e-mail opt-out', () => {
    expect(findingsOf('examples/slack-2024.ropa.yaml')).toEqual([
      '36:11 warning record-incomplete',
      '44:13 error notice-undisclosed-purpose',
      '44:13 error purpose-compatibility',
      '46:22 error processor-own-purpose',
      '50:23 error legitimate-interests-assessment',
      '52:40 warning right-to-object',
      '53:9 warning consent-records',
      '53:9 error eprivacy-communications-consent',
      '54:23 error consent-not-opt-in',
      '56:21 error consent-not-granular',
      '58:21 error consent-given-by-third-party',
      '59:23 error consent-withdrawal',
      '66:15 error dpia-required',
    ]);
  });

  it('zoom-2023: service-generated data under the terms, meeting content behind "Got it / Leave meeting"', () => {
    expect(findingsOf('examples/zoom-2023.ropa.yaml')).toEqual([
      '12:9 warning notice-withdrawal',
      '59:9 error dpia-required',
      '66:13 error purpose-compatibility',
      '69:23 error ai-training-contract-basis',
      '70:9 warning consent-records',
      '70:9 error eprivacy-terminal-consent',
      '71:23 error consent-not-opt-in',
      '73:21 error consent-not-granular',
      '74:33 error consent-bundled',
      '75:21 error consent-given-by-third-party',
      '76:23 error consent-withdrawal',
      '90:13 error notice-undisclosed-purpose',
      '94:9 warning consent-records',
      '94:9 error eprivacy-communications-consent',
      '95:23 error consent-not-opt-in',
      '97:21 error consent-not-granular',
      '98:33 error consent-bundled',
      '99:21 error consent-given-by-third-party',
      '100:23 error consent-withdrawal',
      '106:15 error dpia-required',
    ]);
  });

  it('hiring-platform: processor and joint-controller activities, criminal data, ignores at file and activity level', () => {
    expect(findingsOf('examples/hiring-platform.ropa.yaml')).toEqual([
      '47:9 error criminal-data-condition',
      '130:5 warning dpia-required',
    ]);
    // The ignore at the top of the file covers the talent pool's consent records; the one on
    // candidate-ranking covers its retention. Both are used, so invalid-ignore stays quiet.
    expect(reportOf('examples/hiring-platform.ropa.yaml').suppressed.map((finding) => `${finding.line}:${finding.column} ${finding.ruleId} until ${finding.until}`)).toEqual([
      '93:9 consent-records until 2027-01-31',
      '134:9 retention-missing until 2027-03-31',
    ]);
  });

  it('faulty: the small example shows each structural rule', () => {
    expect(findingsOf('examples/faulty.ropa.yaml')).toEqual([
      '2:1 warning notice-missing',
      '13:9 error duplicate-id',
      '17:9 warning record-incomplete',
      '20:32 error unknown-reference',
      '23:13 error schema',
      '25:22 error schema',
      '26:9 error schema',
      '27:9 warning consent-records',
      '27:9 error consent-withdrawal',
      '28:23 error schema',
    ]);
  });
});
