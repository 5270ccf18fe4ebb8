import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  INVALID_IGNORE,
  coverageOf,
  documentLookup,
  elementOf,
  fillTemplate,
  isoDay,
  noticeLookup,
  readIgnores,
  writesIgnores
} from "./chunk-NLTGYQNA.js";
import {
  compareStrings
} from "./chunk-V2HEZWUS.js";
import {
  parseYaml,
  stripByteOrderMark
} from "./chunk-JI7ZIL3M.js";
import {
  RuleCrashError
} from "./chunk-CZFTXMOU.js";
import {
  InventoryModel,
  stablePathOf
} from "./chunk-F4WG2D33.js";
import {
  parentPointer
} from "./chunk-4UDDO77X.js";
import {
  LineIndex
} from "./chunk-KBX44QPI.js";

// src/core/locate.ts
var Locator = class {
  constructor(locations, lines) {
    this.locations = locations;
    this.lines = lines;
  }
  locations;
  lines;
  locate(pointer, target = "node") {
    let current = pointer;
    let location = this.locations.get(current);
    let effectiveTarget = target;
    while (location === void 0 && current !== "") {
      current = parentPointer(current);
      location = this.locations.get(current);
      effectiveTarget = "key";
    }
    if (location === void 0) return this.toRange({ start: 0, end: 0 });
    return this.toRange(this.pick(current, location, effectiveTarget));
  }
  pick(pointer, location, target) {
    const isCollection = location.kind === "map" || location.kind === "seq";
    const isEmpty = location.value.end <= location.value.start;
    if (target === "key" || isEmpty || isCollection && !this.isSingleLine(location.value)) {
      if (location.key) return location.key;
      const label = this.locations.get(`${pointer}/id`) ?? this.locations.get(`${pointer}/name`);
      if (location.kind === "map" && label) return label.value;
    }
    return this.firstLineOf(location.value);
  }
  isSingleLine(span) {
    const text = this.lines.text;
    const newline = text.indexOf("\n", span.start);
    return newline === -1 || newline >= span.end;
  }
  firstLineOf(span) {
    const text = this.lines.text;
    const newline = text.indexOf("\n", span.start);
    if (newline === -1 || newline >= span.end) return span;
    const end = newline > span.start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    return { start: span.start, end };
  }
  toRange(span) {
    return this.lines.range(span.start, span.end);
  }
};

// src/fixes/token.ts
var PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
var PLAIN_BREAK = /: |\s#|[,[\]{}]|:$|\s$/;
var NOT_TEXT = /^(?:true|false|yes|no|y|n|on|off|null|~|[-+]?(?:\.?\d[\d_.:eE+-]*|\.inf|\.nan))$/i;
function readScalarToken(raw) {
  if (raw === "" || /[\r\n]/.test(raw)) return void 0;
  if (raw.startsWith("'")) {
    if (raw.length < 2 || !raw.endsWith("'")) return void 0;
    const inner = raw.slice(1, -1);
    if (inner.replace(/''/g, "").includes("'")) return void 0;
    return { value: inner.replace(/''/g, "'"), style: "single" };
  }
  if (raw.startsWith('"')) {
    if (raw.length < 2 || !raw.endsWith('"')) return void 0;
    const inner = raw.slice(1, -1);
    if (/["\\]/.test(inner)) return void 0;
    return { value: inner, style: "double" };
  }
  if (PLAIN_START.test(raw) || PLAIN_BREAK.test(raw)) return void 0;
  return { value: raw, style: "plain" };
}
function tokenFor(value, style) {
  if (typeof value === "boolean") return String(value);
  if (style === "single") return `'${value.replace(/'/g, "''")}'`;
  if (style === "double" || PLAIN_START.test(value) || PLAIN_BREAK.test(value) || NOT_TEXT.test(value) || value === "") return JSON.stringify(value);
  return value;
}
function hasProperties(source, start) {
  const lineStart = source.lastIndexOf("\n", start - 1) + 1;
  return /(?:^|[\s,[{])[&!][^\s,[\]{}]*\s+$/.test(source.slice(lineStart, start));
}
function resolveFix(request, pointer, locations, source, toRange) {
  const location = locations.get(pointer);
  if (location === void 0) return void 0;
  const span = request.replace === "key" ? location.key : location.kind === "scalar" ? location.value : void 0;
  if (span === void 0 || span.end <= span.start) return void 0;
  const raw = source.slice(span.start, span.end);
  const token = readScalarToken(raw);
  if (token === void 0 || token.value !== request.from || hasProperties(source, span.start)) return void 0;
  const text = tokenFor(request.to, token.style);
  const reads = typeof request.to === "boolean" ? text === String(request.to) : readScalarToken(text)?.value === request.to;
  if (!reads || text === raw) return void 0;
  const description = request.replace === "key" ? `rename \`${raw}\` to \`${text}\`` : `replace \`${raw}\` with \`${text}\``;
  return { description, edits: [{ start: span.start, end: span.end, text, ...toRange(span) }] };
}

// src/core/engine.ts
function parseSource(text, file) {
  const source = stripByteOrderMark(text);
  const document = parseYaml(source);
  return {
    file,
    source,
    document,
    model: new InventoryModel(document.value),
    locator: new Locator(document.locations, new LineIndex(source)),
    unparsable: document.problems.some((problem) => problem.fatal)
  };
}
function lintSource(text, file, options) {
  return lintParsed(parseSource(text, file), options);
}
function lintParsed(parsed, options) {
  const { file, source, document, model, locator, unparsable } = parsed;
  const activeRules = options.rules;
  const ruleIds = /* @__PURE__ */ new Set([...options.knownRuleIds ?? [], ...activeRules.map((rule) => rule.meta.id)]);
  const today = options.today ?? isoDay(/* @__PURE__ */ new Date());
  const context = { file, document, model, ruleIds, today };
  if (options.notices) context.notices = noticeLookup(options.notices, file);
  if (options.documents) context.documents = documentLookup(options.documents, file);
  if (options.comparison) context.comparison = options.comparison;
  const settings = options.settings ?? {};
  const enabled = activeRules.filter(
    (rule) => settings[rule.meta.id] !== "off" && (rule.meta.comparison ? options.comparison !== void 0 : true) && (!unparsable || rule.meta.id === "schema")
  );
  const findings = [];
  const causesOf = /* @__PURE__ */ new Map();
  for (const rule of enabled) {
    const seen = /* @__PURE__ */ new Map();
    const setting = settings[rule.meta.id];
    const iterator = rule.check(context)[Symbol.iterator]();
    for (; ; ) {
      let next;
      try {
        next = iterator.next();
      } catch (error) {
        throw new RuleCrashError(rule.meta.id, file, error);
      }
      if (next.done) break;
      const report = next.value;
      const finding = toFinding(rule, report, setting, file, locator, document.value);
      const fix = report.fix && resolveFix(report.fix, report.pointer, document.locations, source, (span) => locator.toRange(span));
      if (fix) finding.fix = fix;
      const position = finding.line * 2097152 + finding.column;
      const atPosition = seen.get(position);
      if (atPosition === void 0) seen.set(position, finding);
      else if ([atPosition].flat().some((other) => sameFinding(other, finding))) continue;
      else seen.set(position, [atPosition, finding].flat());
      findings.push(finding);
      if (report.causes && report.causes.length > 0) causesOf.set(finding, report.causes);
    }
  }
  if (unparsable) return { file, source, findings: findings.sort(compareFindings), suppressed: [] };
  const byRule = /* @__PURE__ */ new Map();
  const directives = writesIgnores(document) ? readIgnores(model, ruleIds, today).directives : [];
  for (const directive of directives) byRule.set(directive.rule, [...byRule.get(directive.rule) ?? [], directive]);
  const used = /* @__PURE__ */ new Set();
  const partial = /* @__PURE__ */ new Map();
  const suppressed = [];
  const reported = findings.filter((finding) => {
    const candidates = byRule.get(finding.ruleId);
    if (!candidates || finding.ruleId === INVALID_IGNORE) return true;
    const coverage = coverageOf(candidates, finding.pointer, causesOf.get(finding));
    if (!coverage.suppressed) {
      for (const directive of coverage.partial) if (!partial.has(directive)) partial.set(directive, { finding, uncovered: coverage.uncovered });
      return true;
    }
    for (const directive of coverage.credited) used.add(directive);
    suppressed.push({ ...finding, reason: coverage.reason, until: coverage.until });
    return false;
  });
  const invalidIgnore = enabled.find((rule) => rule.meta.id === INVALID_IGNORE);
  if (invalidIgnore) {
    const enabledIds = new Set(enabled.map((rule) => rule.meta.id));
    for (const directives2 of byRule.values()) {
      for (const directive of directives2) {
        if (used.has(directive) || !enabledIds.has(directive.rule)) continue;
        const data = { where: directive.where, element: directive.element, rule: directive.rule };
        const half = partial.get(directive);
        const report = half ? {
          messageId: "partial",
          pointer: `${directive.pointer}/rule`,
          data: { ...data, finding: elementOf(model.root, half.finding.pointer).element, others: half.uncovered.map((cause) => elementOf(model.root, cause).element).join(", ") }
        } : { messageId: "unused", pointer: `${directive.pointer}/rule`, data };
        reported.push(toFinding(invalidIgnore, report, settings[INVALID_IGNORE], file, locator, document.value));
      }
    }
  }
  return { file, source, findings: reported.sort(compareFindings), suppressed: suppressed.sort(compareFindings) };
}
function toFinding(rule, report, setting, file, locator, root) {
  const template = rule.meta.messages[report.messageId];
  if (!template) throw new RuleCrashError(rule.meta.id, file, new Error(`unknown message id ${report.messageId}`));
  const range = report.span ? locator.toRange(report.span) : locator.locate(report.pointer, report.target);
  const data = report.related === void 0 ? report.data : { ...report.data, relatedLine: locator.locate(report.related).line };
  return {
    ruleId: rule.meta.id,
    severity: setting && setting !== "off" ? setting : report.severity ?? rule.meta.severity,
    message: fillTemplate(template.message, data),
    reference: rule.meta.reference,
    help: fillTemplate(template.help, data),
    file,
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    pointer: report.pointer,
    stablePath: stablePathOf(root, report.pointer),
    docsUrl: rule.meta.docsUrl
  };
}
function sameFinding(a, b) {
  return a.line === b.line && a.column === b.column && a.pointer === b.pointer && a.message === b.message;
}
function compareFindings(a, b) {
  return a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message);
}

export {
  Locator,
  parseSource,
  lintSource,
  lintParsed
};
