import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  DPIA_STATUS,
  LAWFUL_BASIS,
  MECHANISM,
  ROLE,
  ROUTE,
  SOURCE,
  SPECIAL_CONDITION,
  durationWords,
  kebabWords,
  wordsFor
} from "./chunk-WAWIOEUB.js";
import {
  escapeXml,
  renderSvg,
  segments
} from "./chunk-DXSWGV4H.js";
import {
  buildDataMap,
  countryName
} from "./chunk-VZ6X3ZMH.js";
import {
  isRecord,
  isStated,
  recordsOf,
  stringsOf
} from "./chunk-F4WG2D33.js";
import {
  joinPointer,
  pointerOf
} from "./chunk-4UDDO77X.js";
import "./chunk-IFVXAW5K.js";
import {
  oneLine,
  plural
} from "./chunk-AM75H7XY.js";
import "./chunk-3NTWQZSC.js";

// src/exporters/html.ts
import { createHash } from "node:crypto";
var STYLE = `
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
var hash = (text2) => `'sha256-${createHash("sha256").update(text2, "utf8").digest("base64")}'`;
var CSP = `default-src 'none'; style-src ${hash(STYLE)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
var escape = escapeXml;
function text(value) {
  return typeof value === "string" && isStated(value) ? value.trim() : void 0;
}
var NOT_STATED = '<span class="gap">Not stated in the record.</span>';
function rich(message) {
  return segments(oneLine(message)).map((segment) => segment.code ? `<code>${escape(segment.text)}</code>` : escape(segment.text)).join("");
}
function heading(article, title) {
  return `<h2 class="art30" data-article="${escape(article)}"><span class="article">Art. ${escape(article)}</span>${escape(title)}</h2>`;
}
function list(items, empty = NOT_STATED) {
  return items.length === 0 ? `<p>${empty}</p>` : `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`;
}
function facts(rows) {
  const shown = rows.filter((row) => row[1] !== void 0);
  return shown.length === 0 ? "" : `<dl>${shown.map(([term, value]) => `<dt>${escape(term)}</dt><dd>${value}</dd>`).join("")}</dl>`;
}
function party(value) {
  if (!isRecord(value)) return void 0;
  const name = text(value.name);
  const contact = text(value.contact);
  if (name === void 0 && contact === void 0) return void 0;
  return `${name === void 0 ? '<span class="gap">name not stated</span>' : escape(name)}${contact === void 0 ? "" : ` \u2014 ${escape(contact)}`}`;
}
function banner(findings) {
  const errors = findings.filter((finding) => finding.severity === "error");
  if (errors.length === 0) return "";
  const warnings = findings.filter((finding) => finding.severity === "warning").length;
  const items = errors.map((finding) => `<li>${rich(finding.message)} <span class="where">(line ${finding.line}, ${escape(finding.ruleId)})</span></li>`);
  return [
    '<div class="banner" role="alert">',
    `<p><strong>ropa-lint found ${plural(errors.length, "error")} in this record</strong>${warnings > 0 ? ` and ${plural(warnings, "warning")}` : ""}. The record below is shown as it is written; the errors are:</p>`,
    `<ol>${items.join("")}</ol>`,
    "</div>"
  ].join("");
}
function anchorOf(prefix, index) {
  return `${prefix === "r1" ? "" : `${prefix}-`}activity-${index + 1}`;
}
function cover(record, options, prefix) {
  const { model } = record;
  const root = model.root;
  const controller = isRecord(root.controller) ? root.controller : {};
  const joint = recordsOf(controller.joint_controllers, pointerOf("controller", "joint_controllers")).map(({ value }) => {
    const arrangement = text(value.arrangement);
    return `${party(value) ?? NOT_STATED}${arrangement === void 0 ? "" : `<br><span class="ref">Arrangement (Art. 26): ${escape(arrangement)}</span>`}`;
  });
  const bookkeeping = isRecord(root.record) ? root.record : {};
  const updated = text(bookkeeping.updated);
  const contents = model.activities.map((activity, index) => {
    const ai = activity.purposes.some((purpose) => purpose.value.ai_training === true);
    const role = wordsFor(ROLE, activity.value.role);
    return `<li><a href="#${anchorOf(prefix, index)}">${escape(activityName(activity))}</a>${role ? ` <span class="ref">${escape(role)}</span>` : ""}${ai ? '<span class="badge">AI training</span>' : ""}</li>`;
  });
  return [
    '<section class="page cover">',
    banner(record.report.findings),
    '<p class="kicker">Record of processing activities \xB7 Article 30 GDPR</p>',
    `<h1>${escape(text(controller.name) ?? "Controller not named")}</h1>`,
    heading("30(1)(a)", "The controller and its contacts"),
    facts([
      ["Controller", escape(text(controller.name) ?? "") || NOT_STATED],
      ["Contact", text(controller.contact) === void 0 ? NOT_STATED : escape(text(controller.contact))],
      ["Representative (Art. 27)", text(controller.representative) === void 0 ? '<span class="none">None named.</span>' : escape(text(controller.representative))],
      ["Data protection officer", text(controller.dpo) === void 0 ? '<span class="none">None named.</span>' : escape(text(controller.dpo))]
    ]),
    joint.length > 0 ? `<h3>Joint controllers (Art. 26)</h3>${list(joint)}` : "",
    "<h3>About this record</h3>",
    facts([
      ["Kept by", text(bookkeeping.owner) === void 0 ? NOT_STATED : escape(text(bookkeeping.owner))],
      ["Last reviewed", updated === void 0 ? NOT_STATED : escape(updated)],
      ["Exported", `${escape(options.today)} from <code>${escape(oneLine(record.file))}</code> by ropa-lint ${escape(options.version)}`]
    ]),
    `<h3>Processing activities (${model.activities.length})</h3>`,
    contents.length === 0 ? '<p class="gap">The record lists no processing activity.</p>' : `<ol class="contents">${contents.join("")}</ol>`,
    "</section>"
  ].join("");
}
function activityName(activity) {
  return text(activity.value.name) ?? text(activity.value.id) ?? "Unnamed activity";
}
function purposeBlock(purpose, processorRole) {
  const { value } = purpose;
  const ai = value.ai_training === true;
  const consent = isRecord(value.consent) ? value.consent : void 0;
  const interests = isRecord(value.legitimate_interests) ? value.legitimate_interests : void 0;
  const consentWords = consent ? [
    text(consent.collection),
    consent.explicit === true ? "explicit" : consent.explicit === false ? "not explicit" : void 0,
    consent.granular === true ? "asked for this purpose alone" : consent.granular === false ? "bundled with other purposes" : void 0,
    consent.required_for_service === true ? "the service is refused without it" : consent.required_for_service === false ? "the service works without it" : void 0,
    text(consent.given_by) === void 0 ? void 0 : `given by ${kebabWords(text(consent.given_by))}`,
    wordsFor(ROUTE, consent.withdrawal) === void 0 ? void 0 : `withdrawn ${wordsFor(ROUTE, consent.withdrawal)}`,
    text(consent.records) === void 0 ? "no proof recorded" : `proof kept in ${text(consent.records)}`,
    text(consent.age_verification) === void 0 ? void 0 : `age checked by ${text(consent.age_verification)}`
  ].filter((part) => part !== void 0) : [];
  const objection = wordsFor(ROUTE, interests?.objection);
  const interestWords = interests ? [
    text(interests.interest)?.replace(/[.;]+$/, ""),
    text(interests.assessment) === void 0 ? "no assessment recorded" : `assessment: ${text(interests.assessment)}`,
    objection === void 0 ? void 0 : `objection ${objection}${interests.objection_before_processing === true ? ", offered before processing" : ""}`
  ].filter((part) => part !== void 0) : [];
  const id = text(value.id);
  return [
    `<div class="purpose${ai ? " ai" : ""}">`,
    `<p class="title">${escape(text(value.description) ?? id ?? "Purpose not described")}${ai ? '<span class="badge" title="The data trains, fine-tunes or evaluates an AI model">AI training</span>' : ""}${id === void 0 ? "" : ` <span class="ref">(<code>${escape(id)}</code>)</span>`}</p>`,
    facts([
      // Art. 30(2) asks a processor for no basis: it acts on the controller's.
      ["Lawful basis", wordsFor(LAWFUL_BASIS, value.lawful_basis) === void 0 ? processorRole ? void 0 : NOT_STATED : escape(wordsFor(LAWFUL_BASIS, value.lawful_basis))],
      ["Law or contract relied on", text(value.legal_basis_reference) === void 0 ? void 0 : escape(text(value.legal_basis_reference))],
      ["Art. 9 condition", wordsFor(SPECIAL_CONDITION, value.special_category_condition) === void 0 ? void 0 : escape(wordsFor(SPECIAL_CONDITION, value.special_category_condition))],
      ["Consent", consentWords.length > 0 ? escape(consentWords.join("; ")) : void 0],
      ["Legitimate interests", interestWords.length > 0 ? escape(interestWords.join("; ")) : void 0],
      ["Compatibility (Art. 6(4))", text(value.compatibility_assessment) === void 0 ? void 0 : escape(text(value.compatibility_assessment))]
    ]),
    "</div>"
  ].join("");
}
function subjectItem({ value }) {
  return `${escape(text(value.name) ?? String(value.id))}${value.children === true ? ' <span class="ref">(may include children, Art. 8)</span>' : ""}`;
}
function categoryItem({ value }) {
  const notes = [
    wordsFor(SOURCE, value.source),
    ...stringsOf(value.special).filter(isStated).length > 0 ? [`special categories (Art. 9): ${stringsOf(value.special).filter(isStated).map(kebabWords).join(", ")}`] : [],
    ...value.criminal === true ? [`criminal convictions and offences (Art. 10)${text(value.criminal_condition) ? `, under ${text(value.criminal_condition)}` : ""}`] : [],
    ...value.anonymised === true ? ["claimed anonymised"] : []
  ].filter((note) => note !== void 0);
  return `${escape(text(value.name) ?? String(value.id))}${notes.length > 0 ? ` <span class="ref">(${escape(notes.join("; "))})</span>` : ""}`;
}
function dataSection(activity) {
  return facts([
    ["Data subjects", inline(activity.subjects.map(subjectItem))],
    ["Personal data", activity.categories.length === 0 ? NOT_STATED : list(activity.categories.map(categoryItem))]
  ]);
}
function inline(items, empty = NOT_STATED) {
  return items.length === 0 ? empty : items.join("; ");
}
function processorItem({ value }) {
  const country = text(value.country);
  const parts = [
    ...country === void 0 ? [] : [escape(countryName(country))],
    value.dpa === true ? "contract under Art. 28(3) in place" : '<span class="gap">no Art. 28(3) contract recorded</span>',
    ...text(value.dpa_reference) === void 0 ? [] : [`<span class="ref">${escape(text(value.dpa_reference))}</span>`]
  ];
  return `${escape(text(value.name) ?? "Processor not named")} \u2014 ${parts.join("; ")}`;
}
function recipientsSection(activity) {
  const recipients = activity.value.recipients;
  const processors = recordsOf(activity.value.processors, joinPointer(activity.pointer, "processors"));
  const names = stringsOf(recipients).filter(isStated).map((name) => escape(name.trim()));
  return facts([
    ["Recipients", Array.isArray(recipients) ? inline(names, '<span class="none">None: the data is disclosed to no recipient.</span>') : NOT_STATED],
    ["Processors", processors.length > 0 ? list(processors.map(processorItem)) : void 0]
  ]);
}
function transfersSection(activity) {
  const transfers = activity.value.transfers;
  if (!Array.isArray(transfers)) return `<p>${NOT_STATED}</p>`;
  const rows = recordsOf(transfers, joinPointer(activity.pointer, "transfers")).map(({ value }) => {
    const country = text(value.country);
    const mechanism = wordsFor(MECHANISM, value.mechanism);
    const documentation = text(value.safeguard_reference);
    return `<tr><td>${country === void 0 ? NOT_STATED : escape(countryName(country))}</td><td>${mechanism === void 0 ? NOT_STATED : escape(mechanism)}</td><td>${documentation === void 0 ? '<span class="none">\u2014</span>' : escape(documentation)}</td></tr>`;
  });
  if (rows.length === 0) return '<p class="none">None: the data is not transferred to a third country or an international organisation.</p>';
  return `<table><thead><tr><th>Country</th><th>Safeguard</th><th>Documentation</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
function retentionSection(activity) {
  const own = text(activity.value.retention);
  const perCategory = activity.categories.filter((category) => text(category.value.retention) !== void 0).map((category) => `${escape(text(category.value.name) ?? String(category.value.id))}: ${escape(durationWords(text(category.value.retention)))}`);
  const everyCategory = activity.categories.length > 0 && perCategory.length === activity.categories.length;
  const parts = [];
  if (own !== void 0) parts.push(`<p>${escape(durationWords(own))}</p>`);
  else if (!everyCategory) parts.push(`<p>${NOT_STATED}</p>`);
  if (perCategory.length > 0) parts.push(everyCategory && own === void 0 ? "" : '<p class="ref">Categories of data with a time limit of their own:</p>', list(perCategory));
  return parts.join("");
}
function securitySection(activity) {
  return `<p>${inline(stringsOf(activity.value.security_measures).filter(isStated).map((measure) => escape(kebabWords(measure.trim()))))}</p>`;
}
function controllerFacts(model, activity) {
  const controller = isRecord(model.root.controller) ? model.root.controller : {};
  const name = text(controller.name) === void 0 ? NOT_STATED : escape(text(controller.name));
  const contact = text(controller.contact) === void 0 ? NOT_STATED : escape(text(controller.contact));
  const others = [
    text(controller.representative) === void 0 ? void 0 : `representative (Art. 27): ${escape(text(controller.representative))}`,
    text(controller.dpo) === void 0 ? void 0 : `data protection officer: ${escape(text(controller.dpo))}`
  ].filter((part) => part !== void 0);
  const rows = [["Controller", `${name} \u2014 ${contact}${others.length > 0 ? `; ${others.join("; ")}` : ""}`]];
  if (activity.value.role === "joint-controller") {
    const joint = recordsOf(controller.joint_controllers, pointerOf("controller", "joint_controllers")).map(({ value }) => party(value) ?? NOT_STATED);
    rows.push(["Joint controllers", joint.length === 0 ? NOT_STATED : joint.join("<br>")]);
  }
  return facts(rows);
}
function processorFacts(model, activity) {
  const controller = isRecord(model.root.controller) ? model.root.controller : {};
  const onBehalfOf = recordsOf(activity.value.on_behalf_of, joinPointer(activity.pointer, "on_behalf_of")).map(({ value }) => party(value) ?? NOT_STATED);
  return facts([
    ["Processor", text(controller.name) === void 0 ? NOT_STATED : escape(text(controller.name))],
    ["Contact", text(controller.contact) === void 0 ? NOT_STATED : escape(text(controller.contact))],
    ["Acting for", onBehalfOf.length === 0 ? NOT_STATED : onBehalfOf.join("<br>")],
    ["Representative (Art. 27)", text(controller.representative) === void 0 ? void 0 : escape(text(controller.representative))],
    ["Data protection officer", text(controller.dpo) === void 0 ? void 0 : escape(text(controller.dpo))]
  ]);
}
function alsoRecorded(activity, processorRole) {
  const dpia = isRecord(activity.value.dpia) ? activity.value.dpia : void 0;
  const dpiaWords = dpia ? [wordsFor(DPIA_STATUS, dpia.status), text(dpia.reference)].filter((part) => part !== void 0).join(" \u2014 ") : void 0;
  const automated = activity.value.automated_decision_making;
  const rows = [
    ["Impact assessment (Art. 35)", dpiaWords ? escape(dpiaWords) : NOT_STATED],
    ["Automated decisions (Art. 22)", automated === true ? "Yes: decisions with legal or similarly significant effects are made by automated means." : automated === false ? "No" : void 0]
  ];
  const processorExtras = processorRole ? `${recipientsSection(activity)}${facts([["Time limits for erasure", retentionSection(activity)]])}` : "";
  return `<h2 class="also">Also recorded</h2>${facts(rows)}${processorExtras}`;
}
function activityPage(record, activity, index, prefix) {
  const { model } = record;
  const processorRole = activity.value.role === "processor";
  const role = wordsFor(ROLE, activity.value.role);
  const description = text(activity.value.description);
  const purposes = activity.purposes.map((purpose) => purposeBlock(purpose, processorRole)).join("") || `<p>${NOT_STATED}</p>`;
  const sections = processorRole ? [
    heading("30(2)(a)", "The processor, the controllers it acts for, and their contacts"),
    processorFacts(model, activity),
    heading("30(2)(b)", "Categories of processing carried out for each controller"),
    purposes,
    dataSection(activity),
    heading("30(2)(c)", "Transfers to third countries or international organisations"),
    transfersSection(activity),
    heading("30(2)(d)", "Technical and organisational security measures"),
    securitySection(activity)
  ] : [
    heading("30(1)(a)", "The controller and its contacts"),
    controllerFacts(model, activity),
    heading("30(1)(b)", "Purposes of the processing"),
    purposes,
    heading("30(1)(c)", "Categories of data subjects and of personal data"),
    dataSection(activity),
    heading("30(1)(d)", "Categories of recipients"),
    recipientsSection(activity),
    heading("30(1)(e)", "Transfers to third countries or international organisations"),
    transfersSection(activity),
    heading("30(1)(f)", "Time limits for erasure"),
    retentionSection(activity),
    heading("30(1)(g)", "Technical and organisational security measures"),
    securitySection(activity)
  ];
  const name = activityName(activity);
  const map = renderSvg(buildDataMap(model, activity), { title: `Data map of ${name}`, idPrefix: `${prefix}-${index + 1}` });
  return [
    `<section class="page activity" id="${anchorOf(prefix, index)}">`,
    `<p class="kicker">Activity ${index + 1} of ${model.activities.length}${role ? ` \xB7 ${escape(role)}` : ""}</p>`,
    `<h1>${escape(name)}</h1>`,
    description === void 0 ? "" : `<p class="lead">${escape(description)}</p>`,
    ...sections,
    alsoRecorded(activity, processorRole),
    `<h2 class="map-heading">Data map</h2><div class="map">${map}</div>`,
    "</section>"
  ].join("");
}
function exportHtml(records, options) {
  const names = records.map((record) => text(isRecord(record.model.root.controller) ? record.model.root.controller.name : void 0)).filter((name) => name !== void 0);
  const title = `Record of processing activities${names.length > 0 ? ` \u2014 ${[...new Set(names)].join(", ")}` : ""}`;
  const body = records.map((record, number) => {
    const prefix = `r${number + 1}`;
    return [cover(record, options, prefix), ...record.model.activities.map((activity, index) => activityPage(record, activity, index, prefix))].join("\n");
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
${body.join("\n")}
</body>
</html>
`;
}
export {
  exportHtml
};
