import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  DETERMINERS,
  phraseAfter,
  statedPhrase,
  trainingPhrase,
  trainingStatements,
  x
} from "./chunk-3MYTIAQK.js";
import {
  hasKeyAnywhere
} from "./chunk-JI7ZIL3M.js";
import {
  describeLocation,
  isRecord
} from "./chunk-F4WG2D33.js";
import {
  joinPointer
} from "./chunk-4UDDO77X.js";

// src/core/document.ts
var DOCUMENT_EXTENSIONS = new Set(
  "md markdown mdx txt text rst adoc asciidoc html htm pdf doc docx odt ott rtf xls xlsx ods csv tsv ppt pptx odp json yaml yml toml xml png jpg jpeg gif svg webp tif tiff eml msg zip 7z gz tgz p7s sig asc".split(" ")
);
var PLACEHOLDER = /^(?:(?:todo|tbd|tbc|fixme|xxx)(?:$|[\s:,;(\-–—])|n\/a$|none$|unknown$|pending$|[?\-–—…. ]+$|\[(?:confirm|needs)\b)/i;
var URL_SCHEME = /^([a-z][a-z0-9+.-]+):/i;
var WWW = /^www\./i;
var HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;
var ABSOLUTE = /^(?:file:|[\\/]|[a-z]:|~(?:[a-z_][\w-]*)?(?:[\\/]|$))/i;
var NEWLINE = /[\r\n]/;
var SLASH = /[\\/]/;
var WHITESPACE = /\s/;
var LETTER = new RegExp("\\p{L}", "u");
var LETTERS_OR_DIGITS = /^[A-Za-z0-9]+$/;
var NOT_A_NAME = /[\\/\s]/;
var OTHER = { kind: "other" };
var ABSOLUTE_PATH = { kind: "absolute" };
function extensionOf(value) {
  const dot = value.lastIndexOf(".");
  if (dot <= 0 || value.length - dot > 9 || NOT_A_NAME.test(value[dot - 1])) return void 0;
  const extension = value.slice(dot + 1);
  return LETTERS_OR_DIGITS.test(extension) ? extension.toLowerCase() : void 0;
}
function classifyDocumentValue(raw) {
  const value = raw.trim();
  if (value === "" || NEWLINE.test(value) || PLACEHOLDER.test(value)) return OTHER;
  if (ABSOLUTE.test(value)) return ABSOLUTE_PATH;
  if (URL_SCHEME.test(value) || WWW.test(value)) return OTHER;
  const slash = value.search(SLASH);
  if (slash > 0 && HOST.test(value.slice(0, slash)) && !DOCUMENT_EXTENSIONS.has(extensionOf(value.slice(0, slash)) ?? "")) return OTHER;
  const extension = extensionOf(value);
  if (extension !== void 0 && DOCUMENT_EXTENSIONS.has(extension)) return { kind: "relative", path: value };
  if (slash === -1 || WHITESPACE.test(value)) return OTHER;
  const last = value.split(SLASH).filter((segment) => segment !== "").at(-1) ?? "";
  return LETTER.test(last) ? { kind: "relative", path: value } : OTHER;
}
function documentLookup(provider, inventory) {
  const cache = /* @__PURE__ */ new Map();
  return (documentPath) => {
    const cached = cache.get(documentPath);
    if (cached) return cached;
    const state = ABSOLUTE.test(documentPath.trim()) && classifyDocumentValue(documentPath).kind === "absolute" ? { status: "outside", reason: "absolute" } : typeof provider === "function" ? provider(documentPath, inventory) : provider.get(documentPath) ?? { status: "missing" };
    cache.set(documentPath, state);
    return state;
  };
}

// src/language/withdrawal-statement.ts
var words = (list) => new Set(list.trim().split(/\s+/));
var WITHDRAW = words("withdraw withdraws withdrew withdrawn withdrawing");
var WITHDRAWAL_NOUNS = words("withdrawal withdrawals objection objections optout optouts unsubscription");
var OPT = words("opt opts opted opting");
var OBJECT = words("object objects objected objecting");
var OBJECT_VERB_BEFORE = words("to may can might could also will shall you we they and or always");
var REVOKE = words("revoke revokes revoked revoking revocation retract retracts retracted retracting");
var CONSENT = words("consent consents permission permissions authorisation authorization agreement");
var UNSUBSCRIBE = words("unsubscribe unsubscribes unsubscribed unsubscribing");
var TURN = words("turn turns turned turning switch switches switched switching toggle toggles toggled toggling");
var NEAR = 4;
function statementsIn(view) {
  const ws = view.words;
  const found = [];
  const withObject = (at) => {
    const object = phraseAfter(ws, at + 1, Math.min(ws.length, at + 1 + NEAR));
    return { start: at, end: object && !object.pronoun && object.start === at + 1 ? object.head : at, anchor: at, nominal: true };
  };
  for (let at = 0; at < ws.length; at += 1) {
    const word = ws[at];
    const previous = ws[at - 1] ?? "";
    if (WITHDRAW.has(word)) found.push(withObject(at));
    else if (WITHDRAWAL_NOUNS.has(word)) found.push({ start: at, end: at, anchor: at, nominal: true });
    else if (OPT.has(word) && ws[at + 1] === "out") found.push({ start: at, end: at + 1, anchor: at, nominal: true });
    else if (OBJECT.has(word) && !DETERMINERS.has(previous) && (ws[at + 1] === "to" || OBJECT_VERB_BEFORE.has(previous))) found.push({ start: at, end: at, anchor: at, nominal: true });
    else if (REVOKE.has(word)) {
      for (let near = Math.max(0, at - NEAR); near <= Math.min(ws.length - 1, at + NEAR); near += 1) {
        if (CONSENT.has(ws[near])) {
          found.push({ start: Math.min(at, near), end: Math.max(at, near), anchor: at, nominal: true });
          break;
        }
      }
    } else if (UNSUBSCRIBE.has(word)) found.push({ start: at, end: at, anchor: at, nominal: true });
    else if (TURN.has(word)) {
      for (let near = at + 1; near <= Math.min(ws.length - 1, at + NEAR); near += 1) {
        if (ws[near] === "off") {
          found.push({ start: at, end: near, anchor: at, nominal: true });
          break;
        }
      }
    }
  }
  return found;
}
var TRIGGERS = /* @__PURE__ */ new Set([...WITHDRAW, ...WITHDRAWAL_NOUNS, ...OPT, ...OBJECT, ...REVOKE, ...UNSUBSCRIBE, ...TURN]);
var OPTIONS = { questions: "unless-no", suppositionsState: true, triggers: TRIGGERS };
function withdrawalPhrase(text) {
  return statedPhrase(text, statementsIn, OPTIONS);
}

// src/core/notice.ts
function noticeEntries(root) {
  if (!isRecord(root)) return [];
  const notice = root.notice;
  if (typeof notice === "string") return notice.trim() === "" ? [] : [{ path: notice, pointer: "/notice" }];
  if (!Array.isArray(notice)) return [];
  const entries = [];
  notice.forEach((item, index) => {
    if (typeof item === "string" && item.trim() !== "") entries.push({ path: item, pointer: joinPointer("/notice", index) });
  });
  return entries;
}
function noticeLookup(provider, inventory) {
  const cache = /* @__PURE__ */ new Map();
  return (noticePath) => {
    const cached = cache.get(noticePath);
    if (cached) return cached;
    const input = typeof provider === "function" ? provider(noticePath, inventory) : provider.get(noticePath) ?? { problem: "missing" };
    const file = "text" in input ? { notice: parseNotice(input.text) } : input;
    cache.set(noticePath, file);
    return file;
  };
}
var NON_ASCII = /[^\u0000-\u007f]/;
var NON_WORD = /[^\p{L}\p{N}]+/u;
function wordsOf(text) {
  const plain = NON_ASCII.test(text) ? text.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "") : text;
  const words2 = [];
  for (const word of plain.toLowerCase().split(NON_WORD)) if (word !== "") words2.push(stem(word));
  return words2;
}
function stem(word) {
  let w = word;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  if (w.length > 3 && w.at(-1) === w.at(-2) && !"aeiou".includes(w.at(-1))) w = w.slice(0, -1);
  return w;
}
var stems = (list) => new Set(list.split(" ").map(stem));
var TRAINING_WORDS = stems(
  "train trains trained training retrain retraining pretrain pretrained teach teaches taught finetune finetuned tune tuned tuning improve improving develop developing build building refine refining evaluate evaluating create creating model models algorithm algorithms ai llm llms ml classifier classifiers network networks"
);
function containsPhrase(words2, phrase, from = 0) {
  outer: for (let index = from; index + phrase.length <= words2.length; index += 1) {
    for (let offset = 0; offset < phrase.length; offset += 1) if (words2[index + offset] !== phrase[offset]) continue outer;
    return index;
  }
  return -1;
}
var STOPWORDS = stems(
  "a an the and or but nor of on in into onto for to from by with without at as is are be been being was were it its this that these those their our your we us you they them he she his her my which who whom whose what when where while how than then so such not no any all each every some more most other own same can could may might must shall should will would do does did done has have had also only both via per about after before over under up out if once use used uses using new e g i"
);
var GENERIC = /* @__PURE__ */ new Set([
  ...TRAINING_WORDS,
  ...stems("machine learning deep data personal information purpose purposes process processing feed feeds based past future")
]);
var NUMBER = /^\d+$/;
function significantWords(description) {
  return [...new Set(wordsOf(description).filter((word) => !STOPWORDS.has(word) && !GENERIC.has(word) && !NUMBER.test(word)))];
}
function purposeWords(purpose) {
  return { id: wordsOf(purpose.id), significant: typeof purpose.description === "string" ? significantWords(purpose.description) : [] };
}
var wordSets = /* @__PURE__ */ new WeakMap();
function wordsName(words2, own) {
  const idWords = own.id;
  if (idWords.some((word) => !STOPWORDS.has(word) && !GENERIC.has(word)) && containsPhrase(words2, idWords) >= 0) return true;
  const significant = own.significant;
  if (significant.length === 0) return false;
  const needed = significant.length <= 2 ? significant.length : Math.max(2, Math.ceil(significant.length / 2));
  let present = wordSets.get(words2);
  if (present === void 0) wordSets.set(words2, present = new Set(words2));
  let found = 0;
  for (const word of significant) if (present.has(word)) found += 1;
  return found >= needed;
}
function githubSlug(text) {
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "").replace(/ /g, "-");
}
var ANCHOR_ATTRIBUTE = /<a\s(?:[^<>]{0,1000}?\s)?(?:id|name)\s*=\s*["']?([^"'\s<>]{1,200})/gi;
var HREF_FRAGMENT = /<a\s(?:[^<>]{0,1000}?\s)?href\s*=\s*["']?#([^"'\s<>]{1,200})/gi;
var ROPA_ID = /(?:^|\s)ropa:\s*([a-z0-9][a-z0-9_-]*)/gi;
var TAG = /<[^<>]*>/g;
var CUSTOM_ID = /\{#([^}\s]+)\}\s*$/;
function readHtml(html, anchors) {
  for (const match of html.matchAll(ANCHOR_ATTRIBUTE)) anchors.add(match[1].toLowerCase());
  for (const match of html.matchAll(HREF_FRAGMENT)) anchors.add(match[1].toLowerCase());
  let text = "";
  let from = 0;
  for (let open = html.indexOf("<!--"); open !== -1; open = html.indexOf("<!--", from)) {
    const close = html.indexOf("-->", open + 4);
    const comment = html.slice(open + 4, close === -1 ? html.length : close);
    for (const id of comment.matchAll(ROPA_ID)) anchors.add(id[1].toLowerCase());
    text += `${html.slice(from, open)} `;
    from = close === -1 ? html.length : close + 3;
  }
  text += html.slice(from);
  return text.replace(TAG, " ");
}
function linkTarget(href) {
  if (!href.startsWith("#") || href.length < 2 || href.length > 201) return void 0;
  try {
    return decodeURIComponent(href.slice(1)).toLowerCase();
  } catch {
    return href.slice(1).toLowerCase();
  }
}
function inlineText(tokens, anchors) {
  let text = "";
  for (const token of tokens ?? []) {
    if (token.type === "html") text += readHtml(token.text, anchors);
    else if (token.type === "image" || token.type === "br") text += " ";
    else {
      if (token.type === "link") {
        const target = linkTarget(token.href);
        if (target !== void 0) anchors.add(target);
      }
      if ("tokens" in token && Array.isArray(token.tokens)) text += inlineText(token.tokens, anchors);
      else if ("text" in token && typeof token.text === "string") text += token.text;
    }
  }
  return text.replace(/\n/g, " ");
}
function blockText(token, anchors) {
  switch (token.type) {
    case "paragraph":
    case "heading":
    // a heading inside a quote or a list item: text of the section it sits in
    case "text":
      return "tokens" in token && Array.isArray(token.tokens) ? inlineText(token.tokens, anchors) : String(token.text);
    case "html":
      return readHtml(token.text, anchors);
    case "blockquote":
      return token.tokens.map((child) => blockText(child, anchors)).join("\n");
    case "list":
      return token.items.map((item) => item.tokens.map((child) => blockText(child, anchors)).join("\n")).join("\n");
    case "table": {
      const table = token;
      return [table.header, ...table.rows].map((row) => row.map((cell) => inlineText(cell.tokens, anchors)).join(" | ")).join("\n");
    }
    default:
      return "";
  }
}
function statesTraining(section) {
  if (trainingPhrase(section.text) !== void 0) return true;
  if (section.heading === "" || trainingPhrase(section.heading) === void 0) return false;
  return !trainingStatements(section.text).some((statement) => statement.polarity === "denied");
}
function newSection(depth, heading, parent) {
  return { depth, heading, words: [], anchors: /* @__PURE__ */ new Set(), parent, children: [], text: "", training: false, trainingWithin: false, withdrawal: false };
}
function parseNotice(markdown) {
  const anchors = /* @__PURE__ */ new Set();
  const slugCounts = /* @__PURE__ */ new Map();
  const preamble = newSection(0, "", null);
  const sections = [preamble];
  const ownText = /* @__PURE__ */ new Map([[preamble, []]]);
  const stack = [];
  let current = preamble;
  let pending = [];
  let allWords = 0;
  let withdrawal = false;
  const tie = (section, ids) => {
    for (const id of ids) {
      section.anchors.add(id);
      anchors.add(id);
    }
  };
  for (const token of x.lexer(markdown, { gfm: true })) {
    if (token.type === "space") continue;
    const found = /* @__PURE__ */ new Set();
    if (token.type === "heading") {
      const heading = token;
      let text2 = inlineText(heading.tokens, found).trim();
      const custom = CUSTOM_ID.exec(text2);
      if (custom) {
        found.add(custom[1].toLowerCase());
        text2 = text2.slice(0, custom.index).trimEnd();
      }
      const base = githubSlug(text2);
      const seen = slugCounts.get(base) ?? 0;
      slugCounts.set(base, seen + 1);
      found.add(seen === 0 ? base : `${base}-${seen}`);
      while (stack.length > 0 && stack.at(-1).depth >= heading.depth) stack.pop();
      const parent = stack.at(-1) ?? null;
      const section = newSection(heading.depth, text2, parent);
      parent?.children.push(section);
      stack.push(section);
      sections.push(section);
      ownText.set(section, []);
      tie(section, [...pending, ...found]);
      pending = [];
      current = section;
      continue;
    }
    const text = blockText(token, found);
    tie(current, pending);
    pending = [];
    if (found.size > 0 && text.trim() === "") pending = [...found];
    else {
      tie(current, found);
      ownText.get(current).push(text);
    }
  }
  tie(current, pending);
  for (const section of sections) {
    section.text = ownText.get(section).join("\n");
    section.words = wordsOf(`${section.heading}
${section.text}`);
    section.training = statesTraining(section);
    section.withdrawal = withdrawalPhrase(`${section.heading}
${section.text}`) !== void 0;
    allWords += section.words.length;
    withdrawal ||= section.withdrawal;
  }
  for (const section of [...sections].reverse()) {
    section.trainingWithin = section.training || section.children.some((child) => child.trainingWithin);
  }
  const headed = sections.filter((section) => section.depth > 0);
  const first = headed[0];
  const title = first && headed.every((section) => section === first || section.depth > first.depth) ? first : null;
  return { sections: sections.filter((section) => section.depth > 0 || section.words.length > 0 || section.anchors.size > 0), title, anchors, withdrawal, empty: allWords === 0 };
}
function tiedTo(section, question) {
  let own = question.tied.get(section);
  if (own === void 0) {
    const { purpose } = question;
    own = purpose.id !== "" && section.anchors.has(purpose.id.toLowerCase()) || wordsName(section.words, question.words ??= purposeWords(purpose));
    question.tied.set(section, own);
  }
  return own;
}
function tiedWithin(section, question) {
  return tiedTo(section, question) || section.children.some((child) => tiedWithin(child, question));
}
function discloses(notice, purpose) {
  const question = { purpose, tied: /* @__PURE__ */ new Map() };
  return notice.sections.some((section) => {
    if (section.depth === 0 || section === notice.title) return section.training && tiedTo(section, question);
    return section.trainingWithin && tiedTo(section, question) || section.training && tiedWithin(section, question);
  });
}

// src/core/rule.ts
var DOCS_BASE_URL = "https://github.com/ropa-lint/ropa-lint/blob/main/docs/rules/";
function defineRule(rule) {
  return { meta: { ...rule.meta, docsUrl: `${DOCS_BASE_URL}${rule.meta.id}.md` }, check: rule.check };
}
var compiledTemplates = /* @__PURE__ */ new Map();
function fillTemplate(template, data = {}) {
  let parts = compiledTemplates.get(template);
  if (!parts) compiledTemplates.set(template, parts = template.split(/\{(\w+)\}/));
  if (parts.length === 1) return parts[0];
  const pieces = new Array(parts.length);
  pieces[0] = parts[0];
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index];
    pieces[index] = Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : `{${name}}`;
    pieces[index + 1] = parts[index + 1];
  }
  return pieces.join("");
}

// src/core/suppressions.ts
var IGNORE_KEY = "x-ropa-lint-ignore";
var INVALID_IGNORE = "invalid-ignore";
function writesIgnores(document) {
  let writes = ignoresWritten.get(document);
  if (writes === void 0) ignoresWritten.set(document, writes = hasKeyAnywhere(document, IGNORE_KEY));
  return writes;
}
var ignoresWritten = /* @__PURE__ */ new WeakMap();
function placeListsOf(model) {
  return [[{ value: model.root, pointer: "" }], model.subjects, model.categories, model.activities, model.purposes];
}
function elementOf(root, scope) {
  if (scope === "") return { where: "at the top of the file", element: "the inventory" };
  const element = describeLocation(root, scope);
  return { where: `on ${element}`, element };
}
function readIgnores(model, knownRuleIds, today) {
  const read = { directives: [], problems: [] };
  for (const places of placeListsOf(model)) {
    for (const place of places) {
      if (!Object.prototype.hasOwnProperty.call(place.value, IGNORE_KEY)) continue;
      const entries = place.value[IGNORE_KEY];
      if (!Array.isArray(entries)) continue;
      const named = elementOf(model.root, place.pointer);
      entries.forEach((entry, index) => {
        if (!isRecord(entry)) return;
        const { rule, reason, until } = entry;
        const directive = {
          rule: typeof rule === "string" ? rule : "",
          reason: typeof reason === "string" ? reason.trim() : "",
          until: typeof until === "string" ? until : null,
          scope: place.pointer,
          pointer: joinPointer(joinPointer(place.pointer, IGNORE_KEY), index),
          ...named
        };
        const problem = directive.rule === "" ? "noRule" : !knownRuleIds.has(directive.rule) ? "unknownRule" : directive.rule === INVALID_IGNORE ? "notIgnorable" : directive.reason === "" ? "noReason" : directive.until !== null && directive.until < today ? "expired" : void 0;
        if (problem) read.problems.push({ directive, problem });
        else read.directives.push(directive);
      });
    }
  }
  return read;
}
function positionBelow(position, segment, child) {
  switch (position) {
    case "top":
      if (!Array.isArray(child)) return "inner";
      return segment === "processing_activities" ? "activities" : segment === "data_subjects" || segment === "data_categories" ? "places" : "inner";
    case "activity":
      return segment === "purposes" && Array.isArray(child) ? "places" : "inner";
    case "places":
      return isRecord(child) ? "place" : "inner";
    case "activities":
      return isRecord(child) ? "activity" : "inner";
    default:
      return "inner";
  }
}
function pointerOfTrail(trail, depth) {
  let pointer = "";
  for (let index = 0; index < depth; index += 1) pointer = joinPointer(pointer, trail[index]);
  return pointer;
}
function pathOfTrail(trail, from, depth) {
  let path = "";
  for (let index = from; index < depth; index += 1) {
    const segment = trail[index];
    path = typeof segment === "number" ? `${path}[${segment}]` : path === "" ? segment : `${path}.${segment}`;
  }
  return path;
}
function misplacedIgnores(model) {
  const root = model.root;
  const found = [];
  const trail = [];
  const stack = [{ node: root, segment: "", depth: 0, position: "top", owner: 0 }];
  while (stack.length > 0) {
    const { node, segment, depth, position, owner: above } = stack.pop();
    if (depth > 0) trail[depth - 1] = segment;
    const isPlace = position === "top" || position === "place" || position === "activity";
    const owner = isPlace ? depth : above;
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) {
        const child = node[index];
        if (typeof child === "object" && child !== null) stack.push({ node: child, segment: index, depth: depth + 1, position: positionBelow(position, index, child), owner });
      }
    } else if (isRecord(node)) {
      if (!isPlace && Object.prototype.hasOwnProperty.call(node, IGNORE_KEY)) {
        const scope = pointerOfTrail(trail, owner);
        found.push({ pointer: joinPointer(pointerOfTrail(trail, depth), IGNORE_KEY), path: pathOfTrail(trail, owner, depth), owner: { scope, element: elementOf(root, scope).element } });
      }
      const first = stack.length;
      for (const key in node) {
        const child = node[key];
        if (!key.startsWith("x-") && typeof child === "object" && child !== null) stack.push({ node: child, segment: key, depth: depth + 1, position: positionBelow(position, key, child), owner });
      }
      for (let low = first, high = stack.length - 1; low < high; low++, high--) {
        const swap = stack[low];
        stack[low] = stack[high];
        stack[high] = swap;
      }
    }
  }
  return found;
}
function within(pointer, scope) {
  return pointer === scope || pointer.startsWith(`${scope}/`);
}
function coverageOf(directives, pointer, causes = []) {
  const direct = directives.filter((directive) => within(pointer, directive.scope));
  const perCause = causes.map((cause) => directives.filter((directive) => within(cause, directive.scope)));
  const causing = perCause.flat();
  if (direct.length > 0) {
    const inner = innermost(direct);
    return { suppressed: true, reason: inner.reason, until: inner.until, credited: [...direct, ...causing] };
  }
  if (causes.length > 0 && perCause.every((covering) => covering.length > 0)) {
    const shown = perCause.map(innermost);
    const reasons = [...new Set(shown.map((directive) => directive.reason))];
    const untils = shown.map((directive) => directive.until).filter((until) => until !== null);
    return { suppressed: true, reason: reasons.join("; "), until: untils.length > 0 ? untils.sort()[0] : null, credited: causing };
  }
  return { suppressed: false, partial: causing, uncovered: causes.filter((_, index) => perCause[index].length === 0) };
}
function innermost(directives) {
  return directives.reduce((best, directive) => directive.scope.length > best.scope.length ? directive : best);
}
function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

export {
  classifyDocumentValue,
  documentLookup,
  noticeEntries,
  noticeLookup,
  parseNotice,
  discloses,
  defineRule,
  fillTemplate,
  INVALID_IGNORE,
  writesIgnores,
  elementOf,
  readIgnores,
  misplacedIgnores,
  coverageOf,
  isoDay
};
