import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  rules,
  rulesById
} from "./chunk-PJJWQB5Q.js";
import {
  Repository,
  describeError,
  isAbsoluteOrUrl
} from "./chunk-VBO3UMEZ.js";
import {
  summarize
} from "./chunk-MMY72QKQ.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  readInventory
} from "./chunk-OZ2VOCKG.js";
import {
  checkConfinedPattern,
  displayPath,
  findInventories
} from "./chunk-MYM53UIW.js";
import {
  UsageError
} from "./chunk-O4XAVONC.js";
import {
  Locator,
  lintParsed,
  parseSource
} from "./chunk-YLN6BJUR.js";
import {
  parseNotice
} from "./chunk-NLTGYQNA.js";
import {
  parseYaml,
  stripByteOrderMark
} from "./chunk-JI7ZIL3M.js";
import {
  ConfigError
} from "./chunk-CZFTXMOU.js";
import {
  isRecord,
  require_ucs2length
} from "./chunk-F4WG2D33.js";
import {
  joinPointer,
  lastSegment
} from "./chunk-4UDDO77X.js";
import {
  suggestClosest
} from "./chunk-IFVXAW5K.js";
import {
  LineIndex
} from "./chunk-KBX44QPI.js";
import {
  __toESM
} from "./chunk-3NTWQZSC.js";

// src/workspace/check.ts
import { existsSync } from "node:fs";
import path3 from "node:path";

// src/core/compare.ts
function lintRun(head, options) {
  const headFiles = head.map((input) => parseSource(input.text, input.file));
  const baseFiles = options.base?.map((input) => parseSource(input.text, input.file));
  options.parsed?.(headFiles, baseFiles);
  if (baseFiles === void 0) return headFiles.map((parsed) => lintParsed(parsed, options));
  const known = new Set(baseFiles.flatMap((parsed) => lintParsed(parsed, options).findings.map(findingKey)));
  const basePurposes = purposesOf(baseFiles.filter((file) => !file.unparsable));
  const headPurposes = purposesOf(headFiles.filter((file) => !file.unparsable));
  const pairs = pairPurposes(basePurposes, headPurposes);
  return headFiles.map((parsed) => {
    const comparison = { base: basePurposes, head: headPurposes, pairs: pairs.filter((pair) => pair.file === parsed.file).map((pair) => pair.pair) };
    const report = lintParsed(parsed, { ...options, comparison });
    return { ...report, findings: report.findings.map((finding) => ({ ...finding, isNew: !known.has(findingKey(finding)) })) };
  });
}
function findingKey(finding) {
  return `${finding.ruleId}\0${finding.file}\0${finding.stablePath}`;
}
function purposesOf(files) {
  return files.flatMap((file) => file.model.purposes.map((purpose) => ({ file: file.file, purpose })));
}
function idsOf(purpose) {
  const activity = purpose.activity.value.id;
  const id = purpose.value.id;
  return typeof activity === "string" && typeof id === "string" ? { activity, purpose: id } : void 0;
}
function descriptionOf(purpose) {
  const text = purpose.value.description;
  if (typeof text !== "string") return void 0;
  const normalised = text.trim().replace(/\s+/g, " ");
  return normalised === "" ? void 0 : normalised;
}
function pairPurposes(base, head) {
  const headIds = head.map((entry) => idsOf(entry.purpose));
  const baseIds = base.map((entry) => idsOf(entry.purpose));
  const claimed = /* @__PURE__ */ new Set();
  const matches = /* @__PURE__ */ new Map();
  const byKey = /* @__PURE__ */ new Map();
  baseIds.forEach((ids, index) => {
    if (!ids) return;
    const key = `${ids.activity}\0${ids.purpose}`;
    byKey.set(key, [...byKey.get(key) ?? [], index]);
  });
  const claim = (headIndex, candidates, by) => {
    const found = candidates.find((candidate) => !claimed.has(candidate));
    if (found === void 0) return;
    claimed.add(found);
    matches.set(headIndex, { base: found, by });
  };
  for (const sameFile of [true, false]) {
    headIds.forEach((ids, index) => {
      if (!ids || matches.has(index)) return;
      const candidates = (byKey.get(`${ids.activity}\0${ids.purpose}`) ?? []).filter((candidate) => base[candidate].file === head[index].file === sameFile);
      claim(index, candidates, "id");
    });
  }
  const signature = (purpose) => {
    const description = descriptionOf(purpose);
    return description === void 0 ? void 0 : `${String(purpose.value.id)}\0${description}`;
  };
  const groups = /* @__PURE__ */ new Map();
  const group = (key) => groups.get(key) ?? groups.set(key, { heads: [], bases: [] }).get(key);
  headIds.forEach((ids, index) => {
    const key = ids && !matches.has(index) ? signature(head[index].purpose) : void 0;
    if (key !== void 0) group(key).heads.push(index);
  });
  baseIds.forEach((ids, index) => {
    const key = ids && !claimed.has(index) ? signature(base[index].purpose) : void 0;
    if (key !== void 0) group(key).bases.push(index);
  });
  for (const { heads, bases } of groups.values()) {
    if (heads.length === 1 && bases.length === 1) claim(heads[0], bases, "description");
  }
  const pairs = [];
  head.forEach((entry, index) => {
    if (!headIds[index]) return;
    const match = matches.get(index);
    const baseEntry = match === void 0 ? void 0 : base[match.base];
    pairs.push({ file: entry.file, pair: { head: entry.purpose, base: baseEntry?.purpose, baseFile: baseEntry?.file, matchedBy: match?.by } });
  });
  return pairs;
}

// src/generated/config-validator.js
var runtimeModule0 = __toESM(require_ucs2length(), 1);
var runtime0 = runtimeModule0.default?.__esModule ? runtimeModule0.default : runtimeModule0;
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/ropa-lint/ropa-lint/main/schemas/config.schema.json", "title": "ropa-lint configuration (.ropa-lint.yaml)", "description": "Rule severities, the inventories to check and the severity that fails a run.", "type": "object", "properties": { "rules": { "title": "Rules", "description": "Severity per rule id: off, notice, warning or error. ropa-lint --list-rules lists the rules.", "type": "object", "properties": { "ai-training-contract-basis": { "title": "ai-training-contract-basis", "description": "**error** by default \xB7 Art. 6(1)(b); EDPB Guidelines 2/2019. AI-training purposes only. Training a model is not necessary to perform a contract with the user, so contract is not a lawful basis for it.", "markdownDescription": "**error** by default \xB7 Art. 6(1)(b); EDPB Guidelines 2/2019. AI-training purposes only. Training a model is not necessary to perform a contract with the user, so contract is not a lawful basis for it.", "$ref": "#/$defs/setting" }, "ai-training-undeclared": { "title": "ai-training-undeclared", "description": "**warning** by default \xB7 Art. 5(1)(a). A purpose whose text says its data trains, fine-tunes, improves or evaluates a model is marked ai_training: true.", "markdownDescription": "**warning** by default \xB7 Art. 5(1)(a). A purpose whose text says its data trains, fine-tunes, improves or evaluates a model is marked ai_training: true.", "$ref": "#/$defs/setting" }, "anonymisation-claim": { "title": "anonymisation-claim", "description": "**warning** by default \xB7 Recital 26; EDPB Opinion 28/2024. A data category claimed to be anonymised links the assessment that backs the claim.", "markdownDescription": "**warning** by default \xB7 Recital 26; EDPB Opinion 28/2024. A data category claimed to be anonymised links the assessment that backs the claim.", "$ref": "#/$defs/setting" }, "automated-decision": { "title": "automated-decision", "description": "**warning** by default \xB7 Art. 22. Solely automated decisions rest on a contract, a law that authorises them, or explicit consent.", "markdownDescription": "**warning** by default \xB7 Art. 22. Solely automated decisions rest on a contract, a law that authorises them, or explicit consent.", "$ref": "#/$defs/setting" }, "children-consent": { "title": "children-consent", "description": "**error** by default \xB7 Art. 8. Consent that may come from children says how age and parental consent are verified.", "markdownDescription": "**error** by default \xB7 Art. 8. Consent that may come from children says how age and parental consent are verified.", "$ref": "#/$defs/setting" }, "consent-bundled": { "title": "consent-bundled", "description": "**error** by default \xB7 Art. 7(4), Recital 43. The service is not refused to people who decline consent: consent that is a condition of the service is not freely given.", "markdownDescription": "**error** by default \xB7 Art. 7(4), Recital 43. The service is not refused to people who decline consent: consent that is a condition of the service is not freely given.", "$ref": "#/$defs/setting" }, "consent-details-missing": { "title": "consent-details-missing", "description": "**error** by default \xB7 Art. 7(1). A purpose that needs consent (basis consent, explicit consent as its Art. 9(2) condition, or ePrivacy Art. 5(1) / 5(3) for training) has a consent block that describes how it is obtained.", "markdownDescription": "**error** by default \xB7 Art. 7(1). A purpose that needs consent (basis consent, explicit consent as its Art. 9(2) condition, or ePrivacy Art. 5(1) / 5(3) for training) has a consent block that describes how it is obtained.", "$ref": "#/$defs/setting" }, "consent-given-by-third-party": { "title": "consent-given-by-third-party", "description": "**error** by default \xB7 Art. 4(11); ePrivacy Art. 5(1). Consent comes from the people whose data it is: not from an account administrator or customer on their behalf, and on communications from every participant, not one.", "markdownDescription": "**error** by default \xB7 Art. 4(11); ePrivacy Art. 5(1). Consent comes from the people whose data it is: not from an account administrator or customer on their behalf, and on communications from every participant, not one.", "$ref": "#/$defs/setting" }, "consent-not-explicit": { "title": "consent-not-explicit", "description": "**error** by default \xB7 Art. 9(2)(a). Special-category data processed under consent needs explicit consent: an express statement, not just an affirmative act.", "markdownDescription": "**error** by default \xB7 Art. 9(2)(a). Special-category data processed under consent needs explicit consent: an express statement, not just an affirmative act.", "$ref": "#/$defs/setting" }, "consent-not-granular": { "title": "consent-not-granular", "description": "**error** by default \xB7 Recitals 32, 43. Consent is asked separately for each purpose, not once for a bundle of purposes.", "markdownDescription": "**error** by default \xB7 Recitals 32, 43. Consent is asked separately for each purpose, not once for a bundle of purposes.", "$ref": "#/$defs/setting" }, "consent-not-opt-in": { "title": "consent-not-opt-in", "description": "**error** by default \xB7 Art. 4(11), Recital 32; CJEU C-673/17 Planet49. Consent is collected by a clear affirmative act (opt-in), not by silence, a pre-ticked box, continued use or accepting the terms.", "markdownDescription": "**error** by default \xB7 Art. 4(11), Recital 32; CJEU C-673/17 Planet49. Consent is collected by a clear affirmative act (opt-in), not by silence, a pre-ticked box, continued use or accepting the terms.", "$ref": "#/$defs/setting" }, "consent-records": { "title": "consent-records", "description": "**warning** by default \xB7 Art. 7(1). A consent block says where proof of consent is kept, so the controller can demonstrate who consented, when and to what.", "markdownDescription": "**warning** by default \xB7 Art. 7(1). A consent block says where proof of consent is kept, so the controller can demonstrate who consented, when and to what.", "$ref": "#/$defs/setting" }, "consent-weakened": { "title": "consent-weakened", "description": "**error** by default \xB7 Art. 4(11), 7. Runs only when compared with a base (--base). A change moves a consent field of an existing purpose to a weaker value (opt-in to opt-out, explicit to not, easier withdrawal to harder, and so on), or removes the consent block while the purpose still relies on consent.", "markdownDescription": "**error** by default \xB7 Art. 4(11), 7. Runs only when compared with a base (--base). A change moves a consent field of an existing purpose to a weaker value (opt-in to opt-out, explicit to not, easier withdrawal to harder, and so on), or removes the consent block while the purpose still relies on consent.", "$ref": "#/$defs/setting" }, "consent-withdrawal": { "title": "consent-withdrawal", "description": "**error** by default \xB7 Art. 7(3). Consent can be withdrawn in the product, as easily as it was given.", "markdownDescription": "**error** by default \xB7 Art. 7(3). Consent can be withdrawn in the product, as easily as it was given.", "$ref": "#/$defs/setting" }, "criminal-data-condition": { "title": "criminal-data-condition", "description": "**error** by default \xB7 Art. 10. Data on criminal convictions and offences names the official authority or the law that authorises processing it.", "markdownDescription": "**error** by default \xB7 Art. 10. Data on criminal convictions and offences names the official authority or the law that authorises processing it.", "$ref": "#/$defs/setting" }, "document-missing": { "title": "document-missing", "description": "**warning** by default \xB7 Art. 5(2). The documents the record points to by a relative path (assessments, DPIAs, arrangements, contracts) exist in the repository.", "markdownDescription": "**warning** by default \xB7 Art. 5(2). The documents the record points to by a relative path (assessments, DPIAs, arrangements, contracts) exist in the repository.", "$ref": "#/$defs/setting" }, "dpia-required": { "title": "dpia-required", "description": "**error** by default \xB7 Art. 35(1), 35(3); WP248. An activity that trains models, or that meets two or more WP248 criteria, has a completed or in-progress DPIA.", "markdownDescription": "**error** by default \xB7 Art. 35(1), 35(3); WP248. An activity that trains models, or that meets two or more WP248 criteria, has a completed or in-progress DPIA.", "$ref": "#/$defs/setting" }, "duplicate-id": { "title": "duplicate-id", "description": "**error** by default. Every purpose id is defined once in the file, and every other id once in its list, so that references and reviews are unambiguous.", "markdownDescription": "**error** by default. Every purpose id is defined once in the file, and every other id once in its list, so that references and reviews are unambiguous.", "$ref": "#/$defs/setting" }, "eprivacy-communications-consent": { "title": "eprivacy-communications-consent", "description": "**error** by default \xB7 ePrivacy Art. 5(1), 6. AI-training purposes only. Training on communications content or metadata needs valid consent given by everyone taking part, whatever the lawful basis.", "markdownDescription": "**error** by default \xB7 ePrivacy Art. 5(1), 6. AI-training purposes only. Training on communications content or metadata needs valid consent given by everyone taking part, whatever the lawful basis.", "$ref": "#/$defs/setting" }, "eprivacy-terminal-consent": { "title": "eprivacy-terminal-consent", "description": "**error** by default \xB7 ePrivacy Art. 5(3). AI-training purposes only. Training on data read from users' devices (cookies, identifiers, telemetry) needs valid consent: it is never strictly necessary for the service.", "markdownDescription": "**error** by default \xB7 ePrivacy Art. 5(3). AI-training purposes only. Training on data read from users' devices (cookies, identifiers, telemetry) needs valid consent: it is never strictly necessary for the service.", "$ref": "#/$defs/setting" }, "invalid-ignore": { "title": "invalid-ignore", "description": "**warning** by default. Every x-ropa-lint-ignore entry names a rule, gives a reason, is not past its until date and suppresses something.", "markdownDescription": "**warning** by default. Every x-ropa-lint-ignore entry names a rule, gives a reason, is not past its until date and suppresses something.", "$ref": "#/$defs/setting" }, "lawful-basis-changed": { "title": "lawful-basis-changed", "description": "**error** by default \xB7 Art. 6(1), 13(1)(c); EDPB Guidelines 05/2020 \xA7121\u2013123. Runs only when compared with a base (--base). A change swaps the lawful basis of an existing purpose, above all away from consent, which cannot be swapped after the fact.", "markdownDescription": "**error** by default \xB7 Art. 6(1), 13(1)(c); EDPB Guidelines 05/2020 \xA7121\u2013123. Runs only when compared with a base (--base). A change swaps the lawful basis of an existing purpose, above all away from consent, which cannot be swapped after the fact.", "$ref": "#/$defs/setting" }, "lawful-basis-missing": { "title": "lawful-basis-missing", "description": "**error** by default \xB7 Art. 6(1). Every purpose of a controller names the Art. 6(1) lawful basis it relies on.", "markdownDescription": "**error** by default \xB7 Art. 6(1). Every purpose of a controller names the Art. 6(1) lawful basis it relies on.", "$ref": "#/$defs/setting" }, "legitimate-interests-assessment": { "title": "legitimate-interests-assessment", "description": "**error** by default \xB7 Art. 6(1)(f); EDPB Opinion 28/2024. A purpose based on legitimate interests links the documented balancing test behind it.", "markdownDescription": "**error** by default \xB7 Art. 6(1)(f); EDPB Opinion 28/2024. A purpose based on legitimate interests links the documented balancing test behind it.", "$ref": "#/$defs/setting" }, "new-ai-training-purpose": { "title": "new-ai-training-purpose", "description": "**notice** by default \xB7 Art. 25(1), 35(1). Runs only when compared with a base (--base). A change adds an AI-training purpose, or makes an existing purpose train models: it asks for a privacy review before it ships.", "markdownDescription": "**notice** by default \xB7 Art. 25(1), 35(1). Runs only when compared with a base (--base). A change adds an AI-training purpose, or makes an existing purpose train models: it asks for a privacy review before it ships.", "$ref": "#/$defs/setting" }, "notice-missing": { "title": "notice-missing", "description": "**warning** by default \xB7 Art. 13, 14. The inventory links the Markdown privacy notice that tells people about its purposes, and the file is there to read.", "markdownDescription": "**warning** by default \xB7 Art. 13, 14. The inventory links the Markdown privacy notice that tells people about its purposes, and the file is there to read.", "$ref": "#/$defs/setting" }, "notice-undisclosed-purpose": { "title": "notice-undisclosed-purpose", "description": "**error** by default \xB7 Art. 13(1)(c), 14(1)(c). AI-training purposes only. The privacy notice discloses each AI-training purpose: a section about the purpose says in visible words that the data trains a model.", "markdownDescription": "**error** by default \xB7 Art. 13(1)(c), 14(1)(c). AI-training purposes only. The privacy notice discloses each AI-training purpose: a section about the purpose says in visible words that the data trains a model.", "$ref": "#/$defs/setting" }, "notice-withdrawal": { "title": "notice-withdrawal", "description": "**warning** by default \xB7 Art. 13(2)(b)\u2013(c). When a purpose relies on consent or legitimate interests, the privacy notice says how to withdraw consent, opt out or object.", "markdownDescription": "**warning** by default \xB7 Art. 13(2)(b)\u2013(c). When a purpose relies on consent or legitimate interests, the privacy notice says how to withdraw consent, opt out or object.", "$ref": "#/$defs/setting" }, "processor-dpa": { "title": "processor-dpa", "description": "**error** by default \xB7 Art. 28(3). Every processor works under an Art. 28(3) data processing agreement.", "markdownDescription": "**error** by default \xB7 Art. 28(3). Every processor works under an Art. 28(3) data processing agreement.", "$ref": "#/$defs/setting" }, "processor-own-purpose": { "title": "processor-own-purpose", "description": "**error** by default \xB7 Art. 28(10). AI-training purposes only. A processor that trains models on its customers' data for its own purposes becomes a controller of that processing.", "markdownDescription": "**error** by default \xB7 Art. 28(10). AI-training purposes only. A processor that trains models on its customers' data for its own purposes becomes a controller of that processing.", "$ref": "#/$defs/setting" }, "purpose-compatibility": { "title": "purpose-compatibility", "description": "**error** by default \xB7 Art. 5(1)(b), 6(4). AI-training purposes only. Training on data collected for other purposes needs consent or a documented Art. 6(4) compatibility assessment.", "markdownDescription": "**error** by default \xB7 Art. 5(1)(b), 6(4). AI-training purposes only. Training on data collected for other purposes needs consent or a documented Art. 6(4) compatibility assessment.", "$ref": "#/$defs/setting" }, "purpose-scope-expanded": { "title": "purpose-scope-expanded", "description": "**warning** by default \xB7 Art. 6(4), 7. Runs only when compared with a base (--base). A change makes an existing AI-training purpose reach data categories or data subjects it did not reach before: what it rests on does not cover them.", "markdownDescription": "**warning** by default \xB7 Art. 6(4), 7. Runs only when compared with a base (--base). A change makes an existing AI-training purpose reach data categories or data subjects it did not reach before: what it rests on does not cover them.", "$ref": "#/$defs/setting" }, "record-incomplete": { "title": "record-incomplete", "description": "**warning** by default \xB7 Art. 30(1)(a)\u2013(g), 30(2). The record names the controller contact, the joint controllers or the controllers a processor acts for, and for each activity its data subjects, data categories, recipients, transfers and security measures.", "markdownDescription": "**warning** by default \xB7 Art. 30(1)(a)\u2013(g), 30(2). The record names the controller contact, the joint controllers or the controllers a processor acts for, and for each activity its data subjects, data categories, recipients, transfers and security measures.", "$ref": "#/$defs/setting" }, "retention-missing": { "title": "retention-missing", "description": "**warning** by default \xB7 Art. 5(1)(e). Every activity says how long its data is kept, itself or through the retention of every data category it uses.", "markdownDescription": "**warning** by default \xB7 Art. 5(1)(e). Every activity says how long its data is kept, itself or through the retention of every data category it uses.", "$ref": "#/$defs/setting" }, "right-to-object": { "title": "right-to-object", "description": "**error** by default \xB7 Art. 21. A purpose based on legitimate interests offers a way to object; for AI training, before the training starts.", "markdownDescription": "**error** by default \xB7 Art. 21. A purpose based on legitimate interests offers a way to object; for AI training, before the training starts.", "$ref": "#/$defs/setting" }, "schema": { "title": "schema", "description": "**error** by default. The file is valid YAML and follows the inventory format (schemas/inventory.schema.json).", "markdownDescription": "**error** by default. The file is valid YAML and follows the inventory format (schemas/inventory.schema.json).", "$ref": "#/$defs/setting" }, "special-category-condition": { "title": "special-category-condition", "description": "**error** by default \xB7 Art. 9(1)\u2013(2). Special-category data needs an Art. 9(2) condition; AI training only fits explicit consent or archiving and research.", "markdownDescription": "**error** by default \xB7 Art. 9(1)\u2013(2). Special-category data needs an Art. 9(2) condition; AI training only fits explicit consent or archiving and research.", "$ref": "#/$defs/setting" }, "transfer-mechanism": { "title": "transfer-mechanism", "description": "**error** by default \xB7 Art. 44\u201346. Every transfer outside the EEA rests on a transfer mechanism, and every processor outside the EEA has such a transfer recorded for its country.", "markdownDescription": "**error** by default \xB7 Art. 44\u201346. Every transfer outside the EEA rests on a transfer mechanism, and every processor outside the EEA has such a transfer recorded for its country.", "$ref": "#/$defs/setting" }, "unknown-reference": { "title": "unknown-reference", "description": "**error** by default. Every id an activity or data category refers to is defined: data subjects and data categories in their lists, collected_for purposes in any activity.", "markdownDescription": "**error** by default. Every id an activity or data category refers to is defined: data subjects and data categories in their lists, collected_for purposes in any activity.", "$ref": "#/$defs/setting" } }, "propertyNames": { "$ref": "#/$defs/ruleId" }, "additionalProperties": { "$ref": "#/$defs/setting" }, "examples": [{ "consent-records": "notice" }] }, "inventory": { "title": "Inventory", "description": "Files or globs of the inventories to check, relative to the config file's folder.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 }, "examples": [["privacy/**/*.ropa.yaml"]] }, "fail-on": { "title": "Fail on", "description": "The lowest severity that makes a run fail (exit code 1).", "type": "string", "enum": ["error", "warning", "notice", "never"], "markdownEnumDescriptions": ["Only errors fail the run (the default).", "Errors and warnings fail the run.", "Any finding fails the run.", "The run never fails on findings; usage and I/O errors still exit 2."] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false, "$defs": { "ruleId": { "title": "Rule id", "description": "The id of a rule of ropa-lint.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "setting": { "title": "Severity", "description": "The severity this rule reports with, or off.", "type": "string", "enum": ["off", "notice", "warning", "error"], "markdownEnumDescriptions": ["The rule does not run.", "Reported as a notice: information for review; fails a run only with fail-on: notice.", "Reported as a warning: fails a run with fail-on: warning or notice.", "Reported as an error: fails a run with the default fail-on: error."] } } };
var schema32 = { "title": "Rule id", "description": "The id of a rule of ropa-lint.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" };
var schema33 = { "title": "Severity", "description": "The severity this rule reports with, or off.", "type": "string", "enum": ["off", "notice", "warning", "error"], "markdownEnumDescriptions": ["The rule does not run.", "Reported as a notice: information for review; fails a run only with fail-on: notice.", "Reported as a warning: fails a run with fail-on: warning or notice.", "Reported as an error: fails a run with the default fail-on: error."] };
var pattern4 = new RegExp("^x-", "u");
var pattern5 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
var func1 = Object.prototype.hasOwnProperty;
var func2 = runtime0.default;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "rules" || key0 === "inventory" || key0 === "fail-on" || pattern4.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data0 = data.rules;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (!pattern5.test(key1)) {
              const err1 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema32, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err3 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema31.properties.rules.propertyNames, parentSchema: schema31.properties.rules, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          if (!func1.call(schema31.properties.rules.properties, key2)) {
            let data1 = data0[key2];
            if (typeof data1 !== "string") {
              const err4 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!(data1 === "off" || data1 === "notice" || data1 === "warning" || data1 === "error")) {
              const err5 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        }
        if (data0["ai-training-contract-basis"] !== void 0) {
          let data2 = data0["ai-training-contract-basis"];
          if (typeof data2 !== "string") {
            const err6 = { instancePath: instancePath + "/rules/ai-training-contract-basis", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (!(data2 === "off" || data2 === "notice" || data2 === "warning" || data2 === "error")) {
            const err7 = { instancePath: instancePath + "/rules/ai-training-contract-basis", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0["ai-training-undeclared"] !== void 0) {
          let data3 = data0["ai-training-undeclared"];
          if (typeof data3 !== "string") {
            const err8 = { instancePath: instancePath + "/rules/ai-training-undeclared", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (!(data3 === "off" || data3 === "notice" || data3 === "warning" || data3 === "error")) {
            const err9 = { instancePath: instancePath + "/rules/ai-training-undeclared", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0["anonymisation-claim"] !== void 0) {
          let data4 = data0["anonymisation-claim"];
          if (typeof data4 !== "string") {
            const err10 = { instancePath: instancePath + "/rules/anonymisation-claim", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (!(data4 === "off" || data4 === "notice" || data4 === "warning" || data4 === "error")) {
            const err11 = { instancePath: instancePath + "/rules/anonymisation-claim", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0["automated-decision"] !== void 0) {
          let data5 = data0["automated-decision"];
          if (typeof data5 !== "string") {
            const err12 = { instancePath: instancePath + "/rules/automated-decision", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (!(data5 === "off" || data5 === "notice" || data5 === "warning" || data5 === "error")) {
            const err13 = { instancePath: instancePath + "/rules/automated-decision", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0["children-consent"] !== void 0) {
          let data6 = data0["children-consent"];
          if (typeof data6 !== "string") {
            const err14 = { instancePath: instancePath + "/rules/children-consent", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (!(data6 === "off" || data6 === "notice" || data6 === "warning" || data6 === "error")) {
            const err15 = { instancePath: instancePath + "/rules/children-consent", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0["consent-bundled"] !== void 0) {
          let data7 = data0["consent-bundled"];
          if (typeof data7 !== "string") {
            const err16 = { instancePath: instancePath + "/rules/consent-bundled", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data7 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (!(data7 === "off" || data7 === "notice" || data7 === "warning" || data7 === "error")) {
            const err17 = { instancePath: instancePath + "/rules/consent-bundled", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data7 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data0["consent-details-missing"] !== void 0) {
          let data8 = data0["consent-details-missing"];
          if (typeof data8 !== "string") {
            const err18 = { instancePath: instancePath + "/rules/consent-details-missing", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data8 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (!(data8 === "off" || data8 === "notice" || data8 === "warning" || data8 === "error")) {
            const err19 = { instancePath: instancePath + "/rules/consent-details-missing", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data0["consent-given-by-third-party"] !== void 0) {
          let data9 = data0["consent-given-by-third-party"];
          if (typeof data9 !== "string") {
            const err20 = { instancePath: instancePath + "/rules/consent-given-by-third-party", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data9 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (!(data9 === "off" || data9 === "notice" || data9 === "warning" || data9 === "error")) {
            const err21 = { instancePath: instancePath + "/rules/consent-given-by-third-party", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data0["consent-not-explicit"] !== void 0) {
          let data10 = data0["consent-not-explicit"];
          if (typeof data10 !== "string") {
            const err22 = { instancePath: instancePath + "/rules/consent-not-explicit", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (!(data10 === "off" || data10 === "notice" || data10 === "warning" || data10 === "error")) {
            const err23 = { instancePath: instancePath + "/rules/consent-not-explicit", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data0["consent-not-granular"] !== void 0) {
          let data11 = data0["consent-not-granular"];
          if (typeof data11 !== "string") {
            const err24 = { instancePath: instancePath + "/rules/consent-not-granular", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data11 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (!(data11 === "off" || data11 === "notice" || data11 === "warning" || data11 === "error")) {
            const err25 = { instancePath: instancePath + "/rules/consent-not-granular", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data11 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data0["consent-not-opt-in"] !== void 0) {
          let data12 = data0["consent-not-opt-in"];
          if (typeof data12 !== "string") {
            const err26 = { instancePath: instancePath + "/rules/consent-not-opt-in", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data12 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (!(data12 === "off" || data12 === "notice" || data12 === "warning" || data12 === "error")) {
            const err27 = { instancePath: instancePath + "/rules/consent-not-opt-in", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data12 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data0["consent-records"] !== void 0) {
          let data13 = data0["consent-records"];
          if (typeof data13 !== "string") {
            const err28 = { instancePath: instancePath + "/rules/consent-records", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data13 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (!(data13 === "off" || data13 === "notice" || data13 === "warning" || data13 === "error")) {
            const err29 = { instancePath: instancePath + "/rules/consent-records", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data13 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data0["consent-weakened"] !== void 0) {
          let data14 = data0["consent-weakened"];
          if (typeof data14 !== "string") {
            const err30 = { instancePath: instancePath + "/rules/consent-weakened", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data14 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (!(data14 === "off" || data14 === "notice" || data14 === "warning" || data14 === "error")) {
            const err31 = { instancePath: instancePath + "/rules/consent-weakened", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data14 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data0["consent-withdrawal"] !== void 0) {
          let data15 = data0["consent-withdrawal"];
          if (typeof data15 !== "string") {
            const err32 = { instancePath: instancePath + "/rules/consent-withdrawal", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data15 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (!(data15 === "off" || data15 === "notice" || data15 === "warning" || data15 === "error")) {
            const err33 = { instancePath: instancePath + "/rules/consent-withdrawal", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data15 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data0["criminal-data-condition"] !== void 0) {
          let data16 = data0["criminal-data-condition"];
          if (typeof data16 !== "string") {
            const err34 = { instancePath: instancePath + "/rules/criminal-data-condition", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data16 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          if (!(data16 === "off" || data16 === "notice" || data16 === "warning" || data16 === "error")) {
            const err35 = { instancePath: instancePath + "/rules/criminal-data-condition", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data16 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data0["document-missing"] !== void 0) {
          let data17 = data0["document-missing"];
          if (typeof data17 !== "string") {
            const err36 = { instancePath: instancePath + "/rules/document-missing", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data17 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (!(data17 === "off" || data17 === "notice" || data17 === "warning" || data17 === "error")) {
            const err37 = { instancePath: instancePath + "/rules/document-missing", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data17 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data0["dpia-required"] !== void 0) {
          let data18 = data0["dpia-required"];
          if (typeof data18 !== "string") {
            const err38 = { instancePath: instancePath + "/rules/dpia-required", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data18 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (!(data18 === "off" || data18 === "notice" || data18 === "warning" || data18 === "error")) {
            const err39 = { instancePath: instancePath + "/rules/dpia-required", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data18 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data0["duplicate-id"] !== void 0) {
          let data19 = data0["duplicate-id"];
          if (typeof data19 !== "string") {
            const err40 = { instancePath: instancePath + "/rules/duplicate-id", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data19 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (!(data19 === "off" || data19 === "notice" || data19 === "warning" || data19 === "error")) {
            const err41 = { instancePath: instancePath + "/rules/duplicate-id", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data19 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data0["eprivacy-communications-consent"] !== void 0) {
          let data20 = data0["eprivacy-communications-consent"];
          if (typeof data20 !== "string") {
            const err42 = { instancePath: instancePath + "/rules/eprivacy-communications-consent", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data20 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (!(data20 === "off" || data20 === "notice" || data20 === "warning" || data20 === "error")) {
            const err43 = { instancePath: instancePath + "/rules/eprivacy-communications-consent", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data20 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data0["eprivacy-terminal-consent"] !== void 0) {
          let data21 = data0["eprivacy-terminal-consent"];
          if (typeof data21 !== "string") {
            const err44 = { instancePath: instancePath + "/rules/eprivacy-terminal-consent", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data21 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (!(data21 === "off" || data21 === "notice" || data21 === "warning" || data21 === "error")) {
            const err45 = { instancePath: instancePath + "/rules/eprivacy-terminal-consent", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data21 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data0["invalid-ignore"] !== void 0) {
          let data22 = data0["invalid-ignore"];
          if (typeof data22 !== "string") {
            const err46 = { instancePath: instancePath + "/rules/invalid-ignore", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data22 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (!(data22 === "off" || data22 === "notice" || data22 === "warning" || data22 === "error")) {
            const err47 = { instancePath: instancePath + "/rules/invalid-ignore", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data22 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data0["lawful-basis-changed"] !== void 0) {
          let data23 = data0["lawful-basis-changed"];
          if (typeof data23 !== "string") {
            const err48 = { instancePath: instancePath + "/rules/lawful-basis-changed", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data23 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (!(data23 === "off" || data23 === "notice" || data23 === "warning" || data23 === "error")) {
            const err49 = { instancePath: instancePath + "/rules/lawful-basis-changed", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data23 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data0["lawful-basis-missing"] !== void 0) {
          let data24 = data0["lawful-basis-missing"];
          if (typeof data24 !== "string") {
            const err50 = { instancePath: instancePath + "/rules/lawful-basis-missing", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data24 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          if (!(data24 === "off" || data24 === "notice" || data24 === "warning" || data24 === "error")) {
            const err51 = { instancePath: instancePath + "/rules/lawful-basis-missing", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data24 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data0["legitimate-interests-assessment"] !== void 0) {
          let data25 = data0["legitimate-interests-assessment"];
          if (typeof data25 !== "string") {
            const err52 = { instancePath: instancePath + "/rules/legitimate-interests-assessment", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data25 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          if (!(data25 === "off" || data25 === "notice" || data25 === "warning" || data25 === "error")) {
            const err53 = { instancePath: instancePath + "/rules/legitimate-interests-assessment", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data25 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data0["new-ai-training-purpose"] !== void 0) {
          let data26 = data0["new-ai-training-purpose"];
          if (typeof data26 !== "string") {
            const err54 = { instancePath: instancePath + "/rules/new-ai-training-purpose", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data26 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          if (!(data26 === "off" || data26 === "notice" || data26 === "warning" || data26 === "error")) {
            const err55 = { instancePath: instancePath + "/rules/new-ai-training-purpose", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data26 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data0["notice-missing"] !== void 0) {
          let data27 = data0["notice-missing"];
          if (typeof data27 !== "string") {
            const err56 = { instancePath: instancePath + "/rules/notice-missing", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data27 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          if (!(data27 === "off" || data27 === "notice" || data27 === "warning" || data27 === "error")) {
            const err57 = { instancePath: instancePath + "/rules/notice-missing", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data27 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data0["notice-undisclosed-purpose"] !== void 0) {
          let data28 = data0["notice-undisclosed-purpose"];
          if (typeof data28 !== "string") {
            const err58 = { instancePath: instancePath + "/rules/notice-undisclosed-purpose", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data28 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          if (!(data28 === "off" || data28 === "notice" || data28 === "warning" || data28 === "error")) {
            const err59 = { instancePath: instancePath + "/rules/notice-undisclosed-purpose", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data28 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data0["notice-withdrawal"] !== void 0) {
          let data29 = data0["notice-withdrawal"];
          if (typeof data29 !== "string") {
            const err60 = { instancePath: instancePath + "/rules/notice-withdrawal", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data29 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          if (!(data29 === "off" || data29 === "notice" || data29 === "warning" || data29 === "error")) {
            const err61 = { instancePath: instancePath + "/rules/notice-withdrawal", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data29 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data0["processor-dpa"] !== void 0) {
          let data30 = data0["processor-dpa"];
          if (typeof data30 !== "string") {
            const err62 = { instancePath: instancePath + "/rules/processor-dpa", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data30 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          if (!(data30 === "off" || data30 === "notice" || data30 === "warning" || data30 === "error")) {
            const err63 = { instancePath: instancePath + "/rules/processor-dpa", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data30 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data0["processor-own-purpose"] !== void 0) {
          let data31 = data0["processor-own-purpose"];
          if (typeof data31 !== "string") {
            const err64 = { instancePath: instancePath + "/rules/processor-own-purpose", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data31 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
          if (!(data31 === "off" || data31 === "notice" || data31 === "warning" || data31 === "error")) {
            const err65 = { instancePath: instancePath + "/rules/processor-own-purpose", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data31 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data0["purpose-compatibility"] !== void 0) {
          let data32 = data0["purpose-compatibility"];
          if (typeof data32 !== "string") {
            const err66 = { instancePath: instancePath + "/rules/purpose-compatibility", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data32 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          if (!(data32 === "off" || data32 === "notice" || data32 === "warning" || data32 === "error")) {
            const err67 = { instancePath: instancePath + "/rules/purpose-compatibility", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data32 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data0["purpose-scope-expanded"] !== void 0) {
          let data33 = data0["purpose-scope-expanded"];
          if (typeof data33 !== "string") {
            const err68 = { instancePath: instancePath + "/rules/purpose-scope-expanded", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data33 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
          if (!(data33 === "off" || data33 === "notice" || data33 === "warning" || data33 === "error")) {
            const err69 = { instancePath: instancePath + "/rules/purpose-scope-expanded", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data33 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data0["record-incomplete"] !== void 0) {
          let data34 = data0["record-incomplete"];
          if (typeof data34 !== "string") {
            const err70 = { instancePath: instancePath + "/rules/record-incomplete", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data34 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
          if (!(data34 === "off" || data34 === "notice" || data34 === "warning" || data34 === "error")) {
            const err71 = { instancePath: instancePath + "/rules/record-incomplete", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data34 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data0["retention-missing"] !== void 0) {
          let data35 = data0["retention-missing"];
          if (typeof data35 !== "string") {
            const err72 = { instancePath: instancePath + "/rules/retention-missing", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data35 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
          if (!(data35 === "off" || data35 === "notice" || data35 === "warning" || data35 === "error")) {
            const err73 = { instancePath: instancePath + "/rules/retention-missing", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data35 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data0["right-to-object"] !== void 0) {
          let data36 = data0["right-to-object"];
          if (typeof data36 !== "string") {
            const err74 = { instancePath: instancePath + "/rules/right-to-object", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data36 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
          if (!(data36 === "off" || data36 === "notice" || data36 === "warning" || data36 === "error")) {
            const err75 = { instancePath: instancePath + "/rules/right-to-object", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data36 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data0.schema !== void 0) {
          let data37 = data0.schema;
          if (typeof data37 !== "string") {
            const err76 = { instancePath: instancePath + "/rules/schema", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data37 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
          if (!(data37 === "off" || data37 === "notice" || data37 === "warning" || data37 === "error")) {
            const err77 = { instancePath: instancePath + "/rules/schema", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data37 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data0["special-category-condition"] !== void 0) {
          let data38 = data0["special-category-condition"];
          if (typeof data38 !== "string") {
            const err78 = { instancePath: instancePath + "/rules/special-category-condition", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data38 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
          if (!(data38 === "off" || data38 === "notice" || data38 === "warning" || data38 === "error")) {
            const err79 = { instancePath: instancePath + "/rules/special-category-condition", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data38 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data0["transfer-mechanism"] !== void 0) {
          let data39 = data0["transfer-mechanism"];
          if (typeof data39 !== "string") {
            const err80 = { instancePath: instancePath + "/rules/transfer-mechanism", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data39 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
          if (!(data39 === "off" || data39 === "notice" || data39 === "warning" || data39 === "error")) {
            const err81 = { instancePath: instancePath + "/rules/transfer-mechanism", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data39 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data0["unknown-reference"] !== void 0) {
          let data40 = data0["unknown-reference"];
          if (typeof data40 !== "string") {
            const err82 = { instancePath: instancePath + "/rules/unknown-reference", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data40 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
          if (!(data40 === "off" || data40 === "notice" || data40 === "warning" || data40 === "error")) {
            const err83 = { instancePath: instancePath + "/rules/unknown-reference", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data40 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
      } else {
        const err84 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.rules.type, parentSchema: schema31.properties.rules, data: data0 };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.inventory !== void 0) {
      let data41 = data.inventory;
      if (typeof data41 !== "string" && !Array.isArray(data41)) {
        const err85 = { instancePath: instancePath + "/inventory", schemaPath: "#/properties/inventory/type", keyword: "type", params: { type: schema31.properties.inventory.type }, message: "must be string,array", schema: schema31.properties.inventory.type, parentSchema: schema31.properties.inventory, data: data41 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
      if (typeof data41 === "string") {
        if (func2(data41) < 1) {
          const err86 = { instancePath: instancePath + "/inventory", schemaPath: "#/properties/inventory/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.inventory, data: data41 };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
      }
      if (Array.isArray(data41)) {
        const len0 = data41.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data42 = data41[i0];
          if (typeof data42 === "string") {
            if (func2(data42) < 1) {
              const err87 = { instancePath: instancePath + "/inventory/" + i0, schemaPath: "#/properties/inventory/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.inventory.items, data: data42 };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          } else {
            const err88 = { instancePath: instancePath + "/inventory/" + i0, schemaPath: "#/properties/inventory/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.inventory.items.type, parentSchema: schema31.properties.inventory.items, data: data42 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
      }
    }
    if (data["fail-on"] !== void 0) {
      let data43 = data["fail-on"];
      if (typeof data43 !== "string") {
        const err89 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties["fail-on"].type, parentSchema: schema31.properties["fail-on"], data: data43 };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
      if (!(data43 === "error" || data43 === "warning" || data43 === "notice" || data43 === "never")) {
        const err90 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema31.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema31.properties["fail-on"].enum, parentSchema: schema31.properties["fail-on"], data: data43 };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
    }
  } else {
    const err91 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err91];
    } else {
      vErrors.push(err91);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/core/config.ts
function parseConfig(text, file, knownRuleIds) {
  const source = stripByteOrderMark(text);
  const document = parseYaml(source);
  const locator = new Locator(document.locations, new LineIndex(source));
  const at = (pointer, target = "node") => {
    const range = locator.locate(pointer, target);
    return `${file}:${range.line}:${range.column}`;
  };
  const problems = [];
  for (const problem of document.problems) {
    const range = locator.toRange(problem.span);
    problems.push(`${file}:${range.line}:${range.column}: ${problem.message}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const value = document.value ?? {};
  if (!validate(value)) {
    for (const error of validate.errors ?? []) {
      if (error.keyword === "pattern" && error.instancePath === "/rules") continue;
      if (error.keyword === "propertyNames") continue;
      if (error.keyword === "additionalProperties") {
        const key = String(error.params.additionalProperty);
        const suggestion = suggestClosest(key, ["rules", "inventory", "fail-on"]);
        problems.push(`${at(joinPointer(error.instancePath, key), "key")}: unknown key \`${key}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}; allowed: rules, inventory, fail-on`);
      } else if (error.keyword === "enum") {
        const field = error.instancePath.startsWith("/rules/") ? `severity of rule \`${lastSegment(error.instancePath)}\`` : `\`${lastSegment(error.instancePath)}\``;
        problems.push(`${at(error.instancePath)}: ${field} is \`${String(error.data)}\`; allowed: ${error.schema.join(", ")}`);
      } else {
        problems.push(`${at(error.instancePath)}: \`${lastSegment(error.instancePath) || "the config"}\` ${error.message ?? "is invalid"}`);
      }
    }
  }
  const rules2 = {};
  const rawRules = isRecord(value) && isRecord(value.rules) ? value.rules : {};
  for (const [id, setting] of Object.entries(rawRules)) {
    if (!knownRuleIds.includes(id)) {
      const suggestion = suggestClosest(id, knownRuleIds);
      problems.push(`${at(joinPointer("/rules", id), "key")}: unknown rule \`${id}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}; \`ropa-lint --list-rules\` lists them all`);
    } else if (typeof setting === "string") {
      rules2[id] = setting;
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const record = isRecord(value) ? value : {};
  const inventory = record.inventory === void 0 ? void 0 : [].concat(record.inventory);
  return { rules: rules2, inventory, failOn: record["fail-on"] };
}

// src/workspace/documents.ts
import path from "node:path";
var DocumentReader = class {
  /** @param cwd the folder being checked: the boundary for inventories outside any git work tree */
  constructor(cwd) {
    this.cwd = cwd;
    this.repository = new Repository(cwd);
  }
  cwd;
  states = /* @__PURE__ */ new Map();
  repository;
  /**
   * The engine's `documents` option: a document path as written in an inventory, and the
   * inventory's file name as given to the engine (absolute, or relative to the working directory).
   */
  provide = (documentPath, inventory) => this.look(this.folderOf(inventory), documentPath);
  /** Each inventory's folder, resolved once: a record names thousands of documents. */
  folders = /* @__PURE__ */ new Map();
  folderOf(inventory) {
    let folder = this.folders.get(inventory);
    if (folder === void 0) this.folders.set(inventory, folder = this.repository.folder(path.dirname(path.resolve(this.cwd, inventory))));
    return folder;
  }
  look(folder, written) {
    const portable = written.trim().replace(/\\/g, "/");
    if (isAbsoluteOrUrl(portable)) return { status: "outside", reason: "absolute" };
    const resolved = path.resolve(folder.real, portable);
    const key = `${folder.root}\0${resolved}`;
    const cached = this.states.get(key);
    if (cached) return cached;
    const state = this.stateOf(folder, resolved);
    this.states.set(key, state);
    return state;
  }
  stateOf(folder, resolved) {
    const place = this.repository.place(folder, resolved);
    if (!("problem" in place)) return { status: "present" };
    switch (place.problem) {
      case "missing":
        return { status: "missing" };
      case "outside":
        return { status: "outside", reason: place.via, boundary: folder.boundary };
      case "unreadable":
        return { status: "unchecked", detail: place.detail };
      case "absolute":
        return { status: "outside", reason: "absolute" };
    }
  }
};

// src/workspace/notices.ts
import { readFileSync, statSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import path2 from "node:path";
var MAX_NOTICE_BYTES = 1024 * 1024;
var NoticeReader = class {
  /**
   * @param cwd the folder being checked: the boundary for inventories outside any git work tree
   * @param maxBytes notices larger than this are not read
   */
  constructor(cwd, maxBytes = MAX_NOTICE_BYTES) {
    this.cwd = cwd;
    this.maxBytes = maxBytes;
    this.repository = new Repository(cwd);
  }
  cwd;
  maxBytes;
  files = /* @__PURE__ */ new Map();
  repository;
  /**
   * The engine's `notices` option: a notice path as written in an inventory, and the inventory's
   * file name as given to the engine (absolute, or relative to the working directory).
   */
  provide = (noticePath, inventory) => this.read(path2.dirname(path2.resolve(this.cwd, inventory)), noticePath);
  /** The top of the git work tree holding `folder`, or the folder being checked outside git (a real path), and what to call it. */
  repositoryRoot(folder) {
    const { root, boundary } = this.repository.folder(folder);
    return { root, boundary };
  }
  read(folder, noticePath) {
    const place = this.repository.resolve(this.repository.folder(folder), noticePath);
    if ("problem" in place) return place.problem === "outside" ? { problem: "outside", detail: place.detail } : place;
    const { real } = place;
    const cached = this.files.get(real);
    if (cached) return cached;
    const file = this.load(real);
    this.files.set(real, file);
    return file;
  }
  load(real) {
    let buffer;
    try {
      const stats = statSync(real);
      if (!stats.isFile()) return { problem: "unreadable", detail: stats.isDirectory() ? "it is a folder" : "it is not a regular file" };
      if (stats.size > this.maxBytes) return { problem: "unreadable", detail: `it is larger than ${formatSize(this.maxBytes)}` };
      buffer = readFileSync(real);
    } catch (error) {
      return { problem: "unreadable", detail: describeError(error) };
    }
    if (!isUtf8(buffer)) return { problem: "unreadable", detail: "it is not UTF-8 text" };
    return { notice: parseNotice(buffer.toString("utf8").replace(/^\uFEFF/, "")) };
  }
};
function formatSize(bytes) {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(0)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

// src/workspace/check.ts
var CONFIG_NAMES = [".ropa-lint.yaml", ".ropa-lint.yml"];
function loadConfig(flag, cwd) {
  let file;
  if (flag !== void 0) {
    file = path3.resolve(cwd, flag);
    if (!existsSync(file)) throw new UsageError(`config file not found: ${flag}`);
  } else {
    file = CONFIG_NAMES.map((name) => path3.join(cwd, name)).find((candidate) => existsSync(candidate));
  }
  if (file === void 0) return { config: void 0, configFolder: cwd };
  const shown = displayPath(file, cwd);
  return { config: parseConfig(readInventory(file, shown), shown, [...rulesById.keys()]), configFolder: path3.dirname(file) };
}
async function checkWorkspace(options) {
  const { cwd } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (options.confinePaths) for (const pattern of options.paths) checkConfinedPattern(pattern, "inventory");
  const { config, configFolder } = loadConfig(options.config, cwd);
  const useConfigPatterns = options.paths.length === 0 && config?.inventory !== void 0;
  const stdin = options.stdin;
  const files = stdin !== void 0 ? [path3.resolve(cwd, stdin.file)] : await findInventories([...options.paths], cwd, useConfigPatterns ? { patterns: config.inventory, base: configFolder } : void 0);
  const head = files.map((file) => {
    const shown = displayPath(file, cwd);
    return { file: shown, text: stdin !== void 0 ? stdin.text : readInventory(file, shown, maxBytes) };
  });
  let base;
  if (options.base?.kind === "git") {
    const { readInventoriesAtBase } = await import("./git-base-4XNM5SWX.js");
    base = await readInventoriesAtBase(options.base.ref, files, cwd, { discover: stdin === void 0 && options.paths.length === 0 && !useConfigPatterns, maxBytes });
  } else if (options.base?.kind === "reader") {
    base = await options.base.read(files);
  }
  const flowModule = base === void 0 ? void 0 : await import("./diff-flows-OUKQO4CC.js");
  let flows;
  const reports = lintRun(head, {
    rules,
    settings: config?.rules ?? {},
    notices: new NoticeReader(cwd).provide,
    documents: new DocumentReader(cwd).provide,
    ...base ? { base: base.map(({ file, text }) => ({ file: displayPath(file, cwd), text })) } : {},
    ...flowModule ? { parsed: (headFiles, baseFiles) => flows = flowModule.flowChangesOf(headFiles, baseFiles ?? []) } : {}
  });
  const label = options.base === void 0 ? void 0 : options.base.kind === "git" ? options.base.ref : options.base.label;
  return { report: { files: reports, summary: summarize(reports), ...label === void 0 ? {} : { base: label }, ...flows === void 0 ? {} : { flows } }, config };
}
function failOnOf(flag, config) {
  return flag ?? config?.failOn ?? "error";
}

export {
  CONFIG_NAMES,
  loadConfig,
  checkWorkspace,
  failOnOf
};
