/**
 * The html export as text: the cover, the Art. 30 headings of each activity in the article's
 * order, the record in words, the error banner, and a page that runs and loads nothing, whatever
 * the record's names hold.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lintParsed, parseSource } from '../../src/core/engine.js';
import { exportHtml, type ExportedRecord } from '../../src/exporters/html.js';
import { rules } from '../../src/rules/index.js';
import { HOSTILE_STRINGS } from '../support/hostile.js';
import { CONTROLLER_HEADINGS, PROCESSOR_HEADINGS, RECORD } from './fixtures.js';

function exported(files: Record<string, string>): ExportedRecord[] {
  return Object.entries(files).map(([file, text]) => {
    const parsed = parseSource(text, file);
    return { file, model: parsed.model, report: lintParsed(parsed, { rules, today: '2026-11-30' }) };
  });
}

const options = { version: '0.0.0-test', today: '2026-11-30' };
const page = exportHtml(exported({ 'hr/ropa.yaml': RECORD }), options);

/** The text a reader sees: tags dropped, entities read. */
function visible(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ');
}

function sections(html: string): string[] {
  return html.split('<section class="page').slice(1);
}

describe('html export', () => {
  it('opens with a cover naming the controller, its representative and DPO, the joint controllers, the owner and the review date', () => {
    const cover = visible(sections(page)[0]!);
    expect(cover).toContain('Record of processing activities · Article 30 GDPR');
    expect(cover).toContain('Controller Hirewise B.V.');
    expect(cover).toContain('Contact privacy@hirewise.example');
    expect(cover).toContain('Representative (Art. 27) Hirewise UK Rep Ltd, rep@hirewise.example');
    expect(cover).toContain('Data protection officer dpo@hirewise.example');
    expect(cover).toContain('Talent Partners SA — privacy@talentpartners.example Arrangement (Art. 26): https://hirewise.example/arrangement');
    expect(cover).toContain('Kept by Privacy office');
    expect(cover).toContain('Last reviewed 2026-11-02');
    expect(cover).toContain('Exported 2026-11-30 from hr/ropa.yaml by ropa-lint 0.0.0-test');
    expect(cover).toContain('Processing activities (3)');
    expect([...sections(page)[0]!.matchAll(/<li><a href="#(activity-\d)">/g)].map((match) => match[1])).toEqual(['activity-1', 'activity-2', 'activity-3']);
  });

  it('lists the errors in a banner at the top of the record', () => {
    const cover = sections(page)[0]!;
    expect(cover.indexOf('class="banner"')).toBeLessThan(cover.indexOf('<h1>'));
    const banner = visible(/<div class="banner"[\s\S]*?<\/div>/.exec(cover)![0]);
    expect(banner).toMatch(/^ ropa-lint found 1 error in this record and \d+ warnings?\. The record below is shown as it is written; the errors are: purpose rank-applications has no lawful basis \(line \d+, lawful-basis-missing\) $/);
  });

  it('has no banner when the record has no error', () => {
    const clean = RECORD.replace("        description: Show recruiters a ranked shortlist of applications.\n        ai_training: false\n", '        description: Show recruiters a ranked shortlist of applications.\n        ai_training: false\n        lawful_basis: legitimate-interests\n        legitimate_interests: {interest: Faster review, assessment: https://hirewise.example/lia, objection: in-product, objection_before_processing: true}\n');
    const html = exportHtml(exported({ 'ropa.yaml': clean }), options);
    expect(html).not.toContain('class="banner"');
  });

  it('gives each activity a page with the points of Art. 30(1), or 30(2) for a processor, in the article\'s order', () => {
    const pages = sections(page).slice(1);
    expect(pages).toHaveLength(3);
    const headings = pages.map((section) => [...section.matchAll(/<h2 class="art30" data-article="([^"]+)">/g)].map((match) => match[1]));
    expect(headings).toEqual([PROCESSOR_HEADINGS, CONTROLLER_HEADINGS, CONTROLLER_HEADINGS]);
    expect(pages.map((section) => /<h1>([^<]*)<\/h1>/.exec(section)![1])).toEqual(['Applicant tracking for customer employers', 'Talent pool shared with Talent Partners', 'Candidate ranking']);
    expect(pages.every((section) => section.includes('<h2 class="map-heading">Data map</h2><div class="map"><svg'))).toBe(true);
  });

  it('says what the record says in words, not ids or YAML', () => {
    const [processor, joint, ranking] = sections(page).slice(1).map(visible);
    expect(processor).toContain('Processor Hirewise B.V.');
    expect(processor).toContain("Acting for Customer employers — each employer's privacy contact");
    expect(processor).toContain('Data subjects Job applicants; Recruiters of customer employers');
    expect(processor).toContain('None: the data is not transferred to a third country or an international organisation.');
    expect(processor).toContain('EuroHost GmbH — Germany (DE); contract under Art. 28(3) in place');
    expect(processor).toContain("Time limits for erasure Deleted 30 days after the employer's contract ends.");
    // A processor acts on its controller's basis: no gap is shown where Art. 30(2) asks for none.
    expect(processor).not.toContain('Lawful basis');
    expect(joint).toContain('Joint controllers Talent Partners SA — privacy@talentpartners.example');
    expect(joint).toContain('Lawful basis Consent (Art. 6(1)(a))');
    expect(joint).toContain('Consent opt-in; explicit; asked for this purpose alone; the service works without it; given by data subject; withdrawn in the product; proof kept in consent-log');
    expect(joint).toContain('United States (US) Standard contractual clauses (Art. 46(2)(c)) https://hirewise.example/scc');
    expect(joint).toContain('2 years');
    expect(joint).toContain('CVs, cover letters and answers: 6 months');
    expect(joint).toContain('encryption at rest');
    expect(ranking).toContain('Train the ranking model on applications and hiring decisions. AI training ( train-ranking-model )');
    expect(ranking).toContain('Lawful basis Legitimate interests (Art. 6(1)(f))');
    expect(ranking).toContain('Legitimate interests Better shortlists for recruiters; assessment: https://hirewise.example/lia; objection in the product, offered before processing');
    expect(ranking).toContain('Results of criminal record checks (received from another organisation; criminal convictions and offences (Art. 10), under Rehabilitation of Offenders Act 1974)');
    expect(ranking).toContain('Recipients None: the data is disclosed to no recipient.');
    expect(ranking).toContain('Impact assessment (Art. 35) In progress — https://hirewise.example/dpia');
    // A missing answer is named as missing, not left blank.
    expect(ranking).toContain('Show recruiters a ranked shortlist of applications. ( rank-applications ) Lawful basis Not stated in the record.');
    expect(ranking).toContain('Controller Hirewise B.V. — privacy@hirewise.example; representative (Art. 27): Hirewise UK Rep Ltd, rep@hirewise.example; data protection officer: dpo@hirewise.example');
    // Limits on some categories only: the activity's own is missing, and said to be.
    expect(ranking).toContain('Art. 30(1)(f) Time limits for erasure Not stated in the record. Categories of data with a time limit of their own: CVs, cover letters and answers: 6 months');
    for (const text of [processor, joint, ranking]) expect(text).not.toMatch(/\b(?:lawful_basis|ai_training|data_categories|on_behalf_of|legitimate-interests|provided-by-subject)\b/);
  });

  it('is one self-contained page: no script, nothing loaded, its style allowed by hash', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    expect(csp).toBe(`default-src 'none'; style-src 'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'; img-src 'none'; base-uri 'none'; form-action 'none'`);
    expect(page).not.toMatch(/<script\b|<link\b|<img\b|<iframe\b|@import|url\(/i);
    for (const [, href] of page.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#activity-\d+$/);
    expect(style).toContain('@page { size: A4;');
    expect(style).toMatch(/break-after: page/);
  });

  it('keeps the pages of several records apart', () => {
    const html = exportHtml(exported({ 'a.ropa.yaml': RECORD, 'b.ropa.yaml': RECORD }), options);
    const ids = [...html.matchAll(/<section class="page activity" id="([^"]+)">/g)].map((match) => match[1]);
    expect(ids).toEqual(['activity-1', 'activity-2', 'activity-3', 'r2-activity-1', 'r2-activity-2', 'r2-activity-3']);
    expect(new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1])).size).toBe([...html.matchAll(/ id="([^"]+)"/g)].length);
    expect(html.match(/class="page cover"/g)).toHaveLength(2);
  });

  it('shows a record it cannot parse as its errors, with no activity', () => {
    const html = exportHtml(exported({ 'broken.ropa.yaml': 'version: 1\ncontroller: [\n' }), options);
    expect(html).toContain('class="banner"');
    expect(visible(html)).toContain('The record lists no processing activity.');
  });
});

describe('html export of hostile names', () => {
  const names = [...HOSTILE_STRINGS, '</style><script>window.__pwned=1</script>', '<svg onload="window.__pwned=1">', '"><a href="javascript:alert(1)">x</a>'];
  const quoted = (text: string) => JSON.stringify(text);
  const yaml = `version: 1
controller: {name: ${quoted(names[0]!)}, contact: ${quoted(names[4]!)}, dpo: ${quoted(names[2]!)}, representative: ${quoted(names[8]!)}, joint_controllers: [{name: ${quoted(names[9]!)}, contact: ${quoted(names[1]!)}, arrangement: ${quoted(names[3]!)}}]}
record: {owner: ${quoted(names[7]!)}, updated: ${quoted(names[5]!)}}
data_subjects: [{id: s, name: ${quoted(names[1]!)}}]
data_categories: [{id: c, name: ${quoted(names[2]!)}, source: observed, special: [${quoted(names[3]!)}], retention: ${quoted(names[6]!)}}]
processing_activities:
${names
  .map(
    (name, index) => `  - id: a${index}
    name: ${quoted(name)}
    description: ${quoted(name)}
    role: ${index % 3 === 0 ? 'processor' : index % 3 === 1 ? 'joint-controller' : 'controller'}
    on_behalf_of: [{name: ${quoted(name)}, contact: ${quoted(name)}}]
    data_subjects: [s]
    data_categories: [c]
    purposes: [{id: ${quoted(`${name}${index}`)}, description: ${quoted(name)}, ai_training: true, lawful_basis: consent, legal_basis_reference: ${quoted(name)}, consent: {records: ${quoted(name)}, age_verification: ${quoted(name)}}}]
    recipients: [${quoted(name)}]
    processors: [{name: ${quoted(name)}, country: ${quoted(name)}, dpa_reference: ${quoted(name)}}]
    transfers: [{country: ${quoted(name)}, mechanism: ${quoted(name)}, safeguard_reference: ${quoted(name)}}]
    retention: ${quoted(name)}
    security_measures: [${quoted(name)}]
    dpia: {status: ${quoted(name)}, reference: ${quoted(name)}}`,
  )
  .join('\n')}
`;
  const html = exportHtml(exported({ [names[2]!]: yaml }), options);

  it('shows every name as text: only the export\'s own elements, no handler, no link out', () => {
    const body = html.replace(/<style>[\s\S]*?<\/style>/, '');
    const tags = new Set([...body.matchAll(/<\/?([A-Za-z][\w-]*)/g)].map((match) => match[1]!.toLowerCase()));
    const own = new Set(['html', 'head', 'meta', 'title', 'body', 'section', 'div', 'p', 'strong', 'ol', 'ul', 'li', 'a', 'span', 'h1', 'h2', 'h3', 'dl', 'dt', 'dd', 'code', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'svg', 'g', 'rect', 'text', 'path', 'circle']);
    expect([...tags].filter((tag) => !own.has(tag))).toEqual([]);
    const tagText = [...body.matchAll(/<[^>]*>/g)].map((match) => match[0]).join('\n');
    expect(tagText).not.toMatch(/\son[a-z]+\s*=|javascript:/i);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#activity-\d+$/);
    expect(html.match(/<style>/g)).toHaveLength(1);
    // The reader sees the names as written.
    expect(visible(html)).toContain('</style><script>window.__pwned=1</script>');
    expect(visible(html)).toContain('<img src=x onerror="window.__pwned = \'img\'">');
  });
});
