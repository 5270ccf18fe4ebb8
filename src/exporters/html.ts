/**
 * The record as an authority asks for it (Art. 30(4)): one self-contained, printable html
 * document. Each inventory opens with a cover (the controller, its representative and DPO, the
 * joint controllers, who keeps the record and when it was last reviewed); then each activity has
 * a page of its own with the points of Art. 30(1)(a)–(g), or of Art. 30(2)(a)–(d) for an activity
 * done as a processor, as headings in the article's order, in words rather than ids, and its data
 * map. When ropa-lint finds errors in the record, a banner at the top lists them.
 *
 * The page needs no script and loads nothing: the style is inline and allowed by its hash in the
 * Content-Security-Policy, the data maps are inline SVG. Everything from the record is escaped.
 */
import { createHash } from 'node:crypto';
import {
  type ActivityView,
  type DataCategory,
  type DataSubject,
  type InventoryModel,
  isRecord,
  isStated,
  type JointController,
  type Located,
  type Party,
  type Processor,
  type PurposeView,
  recordsOf,
  stringsOf,
  type Transfer,
} from '../core/inventory.js';
import { joinPointer, pointerOf } from '../core/pointer.js';
import type { FileReport, Finding } from '../core/types.js';
import { buildDataMap, countryName } from '../datamap/graph.js';
import { escapeXml, renderSvg } from '../datamap/svg.js';
import { segments } from '../formatters/rich-text.js';
import { oneLine, plural } from '../formatters/text.js';
import { DPIA_STATUS, durationWords, kebabWords, LAWFUL_BASIS, MECHANISM, ROLE, ROUTE, SOURCE, SPECIAL_CONDITION, wordsFor } from './words.js';

/** One inventory to export: its parsed model and what the check found in it. */
export interface ExportedRecord {
  file: string;
  model: InventoryModel;
  report: FileReport;
}

export interface HtmlExportOptions {
  version: string;
  /** The day of the export, YYYY-MM-DD. */
  today: string;
}

const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa; --error: #cf222e; --ai: #bc4c00; --gap: #9a6700; }
* { box-sizing: border-box; }
html { background: #e9ecef; }
body { margin: 0; font: 9.5pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--fg); }
.page { background: #fff; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 16mm 15mm; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
h1 { font-size: 17pt; line-height: 1.2; margin: 0 0 1.5mm; }
h2 { font-size: 10.5pt; margin: 4mm 0 1mm; padding-bottom: .6mm; border-bottom: 1px solid var(--line); break-after: avoid; }
h2 .article { color: var(--muted); font-weight: 600; margin-right: .4em; }
h3 { font-size: 9.5pt; margin: 2.5mm 0 .8mm; }
p { margin: 0 0 1.5mm; }
ul { margin: 0 0 1.5mm; padding-left: 5mm; }
li { margin: 0 0 .6mm; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .5mm 4mm; margin: 0 0 2mm; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
code { font: 9pt ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--panel); padding: 0 .25em; border-radius: 3px; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0 0 2mm; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: 1mm 2mm 1mm 0; overflow-wrap: anywhere; }
th { color: var(--muted); font-weight: 600; }
.kicker { color: var(--muted); text-transform: uppercase; letter-spacing: .04em; font-size: 8.5pt; margin: 0 0 1mm; }
.lead { font-size: 10.5pt; }
.gap { color: var(--gap); font-style: italic; }
.none { color: var(--muted); }
.ref { color: var(--muted); font-size: 8.5pt; }
.purpose { border-left: 3px solid #8250df; padding: .3mm 0 .3mm 3mm; margin: 0 0 2mm; break-inside: avoid; }
.purpose.ai { border-left-color: var(--ai); }
.purpose .title { font-weight: 600; margin: 0 0 .5mm; }
.purpose .title .ref { font-weight: 400; }
.purpose dl { font-size: 8.5pt; margin: 0; }
.badge { display: inline-block; font-size: 7.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; padding: 0 1.5mm; border-radius: 2px; border: 1px solid var(--ai); color: var(--ai); margin-left: 1.5mm; vertical-align: 1px; }
.banner { border: 2px solid var(--error); border-radius: 4px; padding: 3mm 4mm; margin: 0 0 6mm; }
.banner strong { color: var(--error); }
.banner ol { margin: 2mm 0 0; padding-left: 5mm; font-size: 9pt; }
.banner .where { color: var(--muted); }
.contents { padding-left: 6mm; }
.contents a { color: inherit; text-decoration: none; }
.map { margin-top: 2mm; break-inside: avoid; }
.map svg { display: block; max-width: 100%; height: auto; }
footer.meta { margin-top: 8mm; color: var(--muted); font-size: 8.5pt; }
@page { size: A4; margin: 12mm 12mm 13mm; }
@media print {
  html { background: none; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; break-after: page; }
  .page:last-child { break-after: auto; }
  /* At 75 % a label is about 7 pt, and most maps fit beside their activity on one sheet. */
  .map { zoom: .75; }
  .map svg { max-height: 240mm; width: auto; }
  a { color: inherit; text-decoration: none; }
}
`;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const CSP = `default-src 'none'; style-src ${hash(STYLE)}; img-src 'none'; base-uri 'none'; form-action 'none'`;

const escape = escapeXml;

/** A written string from the record, trimmed; undefined when absent, blank, a placeholder or another type. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && isStated(value) ? value.trim() : undefined;
}

const NOT_STATED = '<span class="gap">Not stated in the record.</span>';

/** A message with its backticked parts as code, all escaped. */
function rich(message: string): string {
  return segments(oneLine(message))
    .map((segment) => (segment.code ? `<code>${escape(segment.text)}</code>` : escape(segment.text)))
    .join('');
}

function heading(article: string, title: string): string {
  return `<h2 class="art30" data-article="${escape(article)}"><span class="article">Art. ${escape(article)}</span>${escape(title)}</h2>`;
}

function list(items: string[], empty = NOT_STATED): string {
  return items.length === 0 ? `<p>${empty}</p>` : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

function facts(rows: [string, string | undefined][]): string {
  const shown = rows.filter((row): row is [string, string] => row[1] !== undefined);
  return shown.length === 0 ? '' : `<dl>${shown.map(([term, value]) => `<dt>${escape(term)}</dt><dd>${value}</dd>`).join('')}</dl>`;
}

function party(value: Party | undefined): string | undefined {
  if (!isRecord(value)) return undefined;
  const name = text(value.name);
  const contact = text(value.contact);
  if (name === undefined && contact === undefined) return undefined;
  return `${name === undefined ? '<span class="gap">name not stated</span>' : escape(name)}${contact === undefined ? '' : ` — ${escape(contact)}`}`;
}

function banner(findings: Finding[]): string {
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length === 0) return '';
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  const items = errors.map((finding) => `<li>${rich(finding.message)} <span class="where">(line ${finding.line}, ${escape(finding.ruleId)})</span></li>`);
  return [
    '<div class="banner" role="alert">',
    `<p><strong>ropa-lint found ${plural(errors.length, 'error')} in this record</strong>${warnings > 0 ? ` and ${plural(warnings, 'warning')}` : ''}. The record below is shown as it is written; the errors are:</p>`,
    `<ol>${items.join('')}</ol>`,
    '</div>',
  ].join('');
}

/** The anchor of an activity's page; the first record's are plain `activity-N`. */
function anchorOf(prefix: string, index: number): string {
  return `${prefix === 'r1' ? '' : `${prefix}-`}activity-${index + 1}`;
}

function cover(record: ExportedRecord, options: HtmlExportOptions, prefix: string): string {
  const { model } = record;
  const root = model.root;
  const controller = isRecord(root.controller) ? root.controller : {};
  const joint = recordsOf<JointController>(controller.joint_controllers, pointerOf('controller', 'joint_controllers')).map(({ value }) => {
    const arrangement = text(value.arrangement);
    return `${party(value) ?? NOT_STATED}${arrangement === undefined ? '' : `<br><span class="ref">Arrangement (Art. 26): ${escape(arrangement)}</span>`}`;
  });
  const bookkeeping = isRecord(root.record) ? root.record : {};
  const updated = text(bookkeeping.updated);
  const contents = model.activities.map((activity, index) => {
    const ai = activity.purposes.some((purpose) => purpose.value.ai_training === true);
    const role = wordsFor(ROLE, activity.value.role);
    return `<li><a href="#${anchorOf(prefix, index)}">${escape(activityName(activity))}</a>${role ? ` <span class="ref">${escape(role)}</span>` : ''}${ai ? '<span class="badge">AI training</span>' : ''}</li>`;
  });
  return [
    '<section class="page cover">',
    banner(record.report.findings),
    '<p class="kicker">Record of processing activities · Article 30 GDPR</p>',
    `<h1>${escape(text(controller.name) ?? 'Controller not named')}</h1>`,
    heading('30(1)(a)', 'The controller and its contacts'),
    facts([
      ['Controller', escape(text(controller.name) ?? '') || NOT_STATED],
      ['Contact', text(controller.contact) === undefined ? NOT_STATED : escape(text(controller.contact)!)],
      ['Representative (Art. 27)', text(controller.representative) === undefined ? '<span class="none">None named.</span>' : escape(text(controller.representative)!)],
      ['Data protection officer', text(controller.dpo) === undefined ? '<span class="none">None named.</span>' : escape(text(controller.dpo)!)],
    ]),
    joint.length > 0 ? `<h3>Joint controllers (Art. 26)</h3>${list(joint)}` : '',
    '<h3>About this record</h3>',
    facts([
      ['Kept by', text(bookkeeping.owner) === undefined ? NOT_STATED : escape(text(bookkeeping.owner)!)],
      ['Last reviewed', updated === undefined ? NOT_STATED : escape(updated)],
      ['Exported', `${escape(options.today)} from <code>${escape(oneLine(record.file))}</code> by ropa-lint ${escape(options.version)}`],
    ]),
    `<h3>Processing activities (${model.activities.length})</h3>`,
    contents.length === 0 ? '<p class="gap">The record lists no processing activity.</p>' : `<ol class="contents">${contents.join('')}</ol>`,
    '</section>',
  ].join('');
}

function activityName(activity: ActivityView): string {
  return text(activity.value.name) ?? text(activity.value.id) ?? 'Unnamed activity';
}

function purposeBlock(purpose: PurposeView, processorRole: boolean): string {
  const { value } = purpose;
  const ai = value.ai_training === true;
  const consent = isRecord(value.consent) ? value.consent : undefined;
  const interests = isRecord(value.legitimate_interests) ? value.legitimate_interests : undefined;
  const consentWords = consent
    ? [
        text(consent.collection),
        consent.explicit === true ? 'explicit' : consent.explicit === false ? 'not explicit' : undefined,
        consent.granular === true ? 'asked for this purpose alone' : consent.granular === false ? 'bundled with other purposes' : undefined,
        consent.required_for_service === true ? 'the service is refused without it' : consent.required_for_service === false ? 'the service works without it' : undefined,
        text(consent.given_by) === undefined ? undefined : `given by ${kebabWords(text(consent.given_by)!)}`,
        wordsFor(ROUTE, consent.withdrawal) === undefined ? undefined : `withdrawn ${wordsFor(ROUTE, consent.withdrawal)}`,
        text(consent.records) === undefined ? 'no proof recorded' : `proof kept in ${text(consent.records)}`,
        text(consent.age_verification) === undefined ? undefined : `age checked by ${text(consent.age_verification)}`,
      ].filter((part): part is string => part !== undefined)
    : [];
  const objection = wordsFor(ROUTE, interests?.objection);
  const interestWords = interests
    ? [
        text(interests.interest)?.replace(/[.;]+$/, ''),
        text(interests.assessment) === undefined ? 'no assessment recorded' : `assessment: ${text(interests.assessment)}`,
        objection === undefined ? undefined : `objection ${objection}${interests.objection_before_processing === true ? ', offered before processing' : ''}`,
      ].filter((part): part is string => part !== undefined)
    : [];
  const id = text(value.id);
  return [
    `<div class="purpose${ai ? ' ai' : ''}">`,
    `<p class="title">${escape(text(value.description) ?? id ?? 'Purpose not described')}${ai ? '<span class="badge" title="The data trains, fine-tunes or evaluates an AI model">AI training</span>' : ''}${id === undefined ? '' : ` <span class="ref">(<code>${escape(id)}</code>)</span>`}</p>`,
    facts([
      // Art. 30(2) asks a processor for no basis: it acts on the controller's.
      ['Lawful basis', wordsFor(LAWFUL_BASIS, value.lawful_basis) === undefined ? (processorRole ? undefined : NOT_STATED) : escape(wordsFor(LAWFUL_BASIS, value.lawful_basis)!)],
      ['Law or contract relied on', text(value.legal_basis_reference) === undefined ? undefined : escape(text(value.legal_basis_reference)!)],
      ['Art. 9 condition', wordsFor(SPECIAL_CONDITION, value.special_category_condition) === undefined ? undefined : escape(wordsFor(SPECIAL_CONDITION, value.special_category_condition)!)],
      ['Consent', consentWords.length > 0 ? escape(consentWords.join('; ')) : undefined],
      ['Legitimate interests', interestWords.length > 0 ? escape(interestWords.join('; ')) : undefined],
      ['Compatibility (Art. 6(4))', text(value.compatibility_assessment) === undefined ? undefined : escape(text(value.compatibility_assessment)!)],
    ]),
    '</div>',
  ].join('');
}

function subjectItem({ value }: Located<DataSubject>): string {
  return `${escape(text(value.name) ?? String(value.id))}${value.children === true ? ' <span class="ref">(may include children, Art. 8)</span>' : ''}`;
}

function categoryItem({ value }: Located<DataCategory>): string {
  const notes = [
    wordsFor(SOURCE, value.source),
    ...(stringsOf(value.special).filter(isStated).length > 0 ? [`special categories (Art. 9): ${stringsOf(value.special).filter(isStated).map(kebabWords).join(', ')}`] : []),
    ...(value.criminal === true ? [`criminal convictions and offences (Art. 10)${text(value.criminal_condition) ? `, under ${text(value.criminal_condition)}` : ''}`] : []),
    ...(value.anonymised === true ? ['claimed anonymised'] : []),
  ].filter((note): note is string => note !== undefined);
  return `${escape(text(value.name) ?? String(value.id))}${notes.length > 0 ? ` <span class="ref">(${escape(notes.join('; '))})</span>` : ''}`;
}

function dataSection(activity: ActivityView): string {
  return facts([
    ['Data subjects', inline(activity.subjects.map(subjectItem))],
    ['Personal data', activity.categories.length === 0 ? NOT_STATED : list(activity.categories.map(categoryItem))],
  ]);
}

/** Short items on one line, separated by semicolons (names may hold commas). */
function inline(items: string[], empty = NOT_STATED): string {
  return items.length === 0 ? empty : items.join('; ');
}

function processorItem({ value }: Located<Processor>): string {
  const country = text(value.country);
  const parts = [
    ...(country === undefined ? [] : [escape(countryName(country))]),
    value.dpa === true ? 'contract under Art. 28(3) in place' : '<span class="gap">no Art. 28(3) contract recorded</span>',
    ...(text(value.dpa_reference) === undefined ? [] : [`<span class="ref">${escape(text(value.dpa_reference)!)}</span>`]),
  ];
  return `${escape(text(value.name) ?? 'Processor not named')} — ${parts.join('; ')}`;
}

function recipientsSection(activity: ActivityView): string {
  const recipients = activity.value.recipients;
  const processors = recordsOf<Processor>(activity.value.processors, joinPointer(activity.pointer, 'processors'));
  const names = stringsOf(recipients).filter(isStated).map((name) => escape(name.trim()));
  return facts([
    ['Recipients', Array.isArray(recipients) ? inline(names, '<span class="none">None: the data is disclosed to no recipient.</span>') : NOT_STATED],
    ['Processors', processors.length > 0 ? list(processors.map(processorItem)) : undefined],
  ]);
}

function transfersSection(activity: ActivityView): string {
  const transfers = activity.value.transfers;
  if (!Array.isArray(transfers)) return `<p>${NOT_STATED}</p>`;
  const rows = recordsOf<Transfer>(transfers, joinPointer(activity.pointer, 'transfers')).map(({ value }) => {
    const country = text(value.country);
    const mechanism = wordsFor(MECHANISM, value.mechanism);
    const documentation = text(value.safeguard_reference);
    return `<tr><td>${country === undefined ? NOT_STATED : escape(countryName(country))}</td><td>${mechanism === undefined ? NOT_STATED : escape(mechanism)}</td><td>${documentation === undefined ? '<span class="none">—</span>' : escape(documentation)}</td></tr>`;
  });
  if (rows.length === 0) return '<p class="none">None: the data is not transferred to a third country or an international organisation.</p>';
  return `<table><thead><tr><th>Country</th><th>Safeguard</th><th>Documentation</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function retentionSection(activity: ActivityView): string {
  const own = text(activity.value.retention);
  const perCategory = activity.categories
    .filter((category) => text(category.value.retention) !== undefined)
    .map((category) => `${escape(text(category.value.name) ?? String(category.value.id))}: ${escape(durationWords(text(category.value.retention)!))}`);
  // Limits on every category stand for the activity's (SPEC §2.1); on some only, the rest is not stated.
  const everyCategory = activity.categories.length > 0 && perCategory.length === activity.categories.length;
  const parts: string[] = [];
  if (own !== undefined) parts.push(`<p>${escape(durationWords(own))}</p>`);
  else if (!everyCategory) parts.push(`<p>${NOT_STATED}</p>`);
  if (perCategory.length > 0) parts.push(everyCategory && own === undefined ? '' : '<p class="ref">Categories of data with a time limit of their own:</p>', list(perCategory));
  return parts.join('');
}

function securitySection(activity: ActivityView): string {
  return `<p>${inline(stringsOf(activity.value.security_measures).filter(isStated).map((measure) => escape(kebabWords(measure.trim()))))}</p>`;
}

function controllerFacts(model: InventoryModel, activity: ActivityView): string {
  const controller = isRecord(model.root.controller) ? model.root.controller : {};
  // The cover gives these at length; each page repeats them on one line, as Art. 30(1)(a) asks of every activity.
  const name = text(controller.name) === undefined ? NOT_STATED : escape(text(controller.name)!);
  const contact = text(controller.contact) === undefined ? NOT_STATED : escape(text(controller.contact)!);
  const others = [
    text(controller.representative) === undefined ? undefined : `representative (Art. 27): ${escape(text(controller.representative)!)}`,
    text(controller.dpo) === undefined ? undefined : `data protection officer: ${escape(text(controller.dpo)!)}`,
  ].filter((part): part is string => part !== undefined);
  const rows: [string, string | undefined][] = [['Controller', `${name} — ${contact}${others.length > 0 ? `; ${others.join('; ')}` : ''}`]];
  if (activity.value.role === 'joint-controller') {
    const joint = recordsOf<JointController>(controller.joint_controllers, pointerOf('controller', 'joint_controllers')).map(({ value }) => party(value) ?? NOT_STATED);
    rows.push(['Joint controllers', joint.length === 0 ? NOT_STATED : joint.join('<br>')]);
  }
  return facts(rows);
}

function processorFacts(model: InventoryModel, activity: ActivityView): string {
  const controller = isRecord(model.root.controller) ? model.root.controller : {};
  const onBehalfOf = recordsOf<Party>(activity.value.on_behalf_of, joinPointer(activity.pointer, 'on_behalf_of')).map(({ value }) => party(value) ?? NOT_STATED);
  return facts([
    ['Processor', text(controller.name) === undefined ? NOT_STATED : escape(text(controller.name)!)],
    ['Contact', text(controller.contact) === undefined ? NOT_STATED : escape(text(controller.contact)!)],
    ['Acting for', onBehalfOf.length === 0 ? NOT_STATED : onBehalfOf.join('<br>')],
    ['Representative (Art. 27)', text(controller.representative) === undefined ? undefined : escape(text(controller.representative)!)],
    ['Data protection officer', text(controller.dpo) === undefined ? undefined : escape(text(controller.dpo)!)],
  ]);
}

function alsoRecorded(activity: ActivityView, processorRole: boolean): string {
  const dpia = isRecord(activity.value.dpia) ? activity.value.dpia : undefined;
  const dpiaWords = dpia ? [wordsFor(DPIA_STATUS, dpia.status), text(dpia.reference)].filter((part): part is string => part !== undefined).join(' — ') : undefined;
  const automated = activity.value.automated_decision_making;
  const rows: [string, string | undefined][] = [
    ['Impact assessment (Art. 35)', dpiaWords ? escape(dpiaWords) : NOT_STATED],
    ['Automated decisions (Art. 22)', automated === true ? 'Yes: decisions with legal or similarly significant effects are made by automated means.' : automated === false ? 'No' : undefined],
  ];
  // Art. 30(2) asks a processor for neither recipients nor time limits; the record may still give them.
  const processorExtras = processorRole ? `${recipientsSection(activity)}${facts([['Time limits for erasure', retentionSection(activity)]])}` : '';
  return `<h2 class="also">Also recorded</h2>${facts(rows)}${processorExtras}`;
}

function activityPage(record: ExportedRecord, activity: ActivityView, index: number, prefix: string): string {
  const { model } = record;
  const processorRole = activity.value.role === 'processor';
  const role = wordsFor(ROLE, activity.value.role);
  const description = text(activity.value.description);
  const purposes = activity.purposes.map((purpose) => purposeBlock(purpose, processorRole)).join('') || `<p>${NOT_STATED}</p>`;
  const sections = processorRole
    ? [
        heading('30(2)(a)', 'The processor, the controllers it acts for, and their contacts'),
        processorFacts(model, activity),
        heading('30(2)(b)', 'Categories of processing carried out for each controller'),
        purposes,
        dataSection(activity),
        heading('30(2)(c)', 'Transfers to third countries or international organisations'),
        transfersSection(activity),
        heading('30(2)(d)', 'Technical and organisational security measures'),
        securitySection(activity),
      ]
    : [
        heading('30(1)(a)', 'The controller and its contacts'),
        controllerFacts(model, activity),
        heading('30(1)(b)', 'Purposes of the processing'),
        purposes,
        heading('30(1)(c)', 'Categories of data subjects and of personal data'),
        dataSection(activity),
        heading('30(1)(d)', 'Categories of recipients'),
        recipientsSection(activity),
        heading('30(1)(e)', 'Transfers to third countries or international organisations'),
        transfersSection(activity),
        heading('30(1)(f)', 'Time limits for erasure'),
        retentionSection(activity),
        heading('30(1)(g)', 'Technical and organisational security measures'),
        securitySection(activity),
      ];
  const name = activityName(activity);
  const map = renderSvg(buildDataMap(model, activity), { title: `Data map of ${name}`, idPrefix: `${prefix}-${index + 1}` });
  return [
    `<section class="page activity" id="${anchorOf(prefix, index)}">`,
    `<p class="kicker">Activity ${index + 1} of ${model.activities.length}${role ? ` · ${escape(role)}` : ''}</p>`,
    `<h1>${escape(name)}</h1>`,
    description === undefined ? '' : `<p class="lead">${escape(description)}</p>`,
    ...sections,
    alsoRecorded(activity, processorRole),
    `<h2 class="map-heading">Data map</h2><div class="map">${map}</div>`,
    '</section>',
  ].join('');
}

/** The records as one printable html document. */
export function exportHtml(records: readonly ExportedRecord[], options: HtmlExportOptions): string {
  const names = records.map((record) => text(isRecord(record.model.root.controller) ? record.model.root.controller.name : undefined)).filter((name): name is string => name !== undefined);
  const title = `Record of processing activities${names.length > 0 ? ` — ${[...new Set(names)].join(', ')}` : ''}`;
  const body = records.map((record, number) => {
    const prefix = `r${number + 1}`;
    return [cover(record, options, prefix), ...record.model.activities.map((activity, index) => activityPage(record, activity, index, prefix))].join('\n');
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(oneLine(title))}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
