import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  summarize
} from "./chunk-MMY72QKQ.js";
import {
  isInside
} from "./chunk-MYM53UIW.js";
import {
  UsageError
} from "./chunk-O4XAVONC.js";
import {
  compareStrings
} from "./chunk-V2HEZWUS.js";
import "./chunk-3NTWQZSC.js";

// src/baseline/baseline.ts
var SAME_FILE = { fileOf: (file) => file, covers: () => true };
function fingerprintKey(rule, file, path2) {
  return `${rule}\0${file}\0${path2}`;
}
function splitFindings(findings, baseline, scope = SAME_FILE) {
  const left = /* @__PURE__ */ new Map();
  for (const entry of baseline.entries) {
    if (!scope.covers(entry.file)) continue;
    const key = fingerprintKey(entry.rule, entry.file, entry.path);
    left.set(key, (left.get(key) ?? 0) + entry.count);
  }
  const kept = [];
  const baselined = [];
  for (const finding of findings) {
    const key = fingerprintKey(finding.ruleId, scope.fileOf(finding.file), finding.stablePath);
    const count = left.get(key) ?? 0;
    if (count > 0) {
      left.set(key, count - 1);
      baselined.push(finding);
    } else {
      kept.push(finding);
    }
  }
  let fixed = 0;
  for (const count of left.values()) fixed += count;
  return { kept, baselined, fixed };
}
function applyBaseline(report, baseline, file, scope = SAME_FILE) {
  const { kept, baselined, fixed } = splitFindings(
    report.files.flatMap((entry) => entry.findings),
    baseline,
    scope
  );
  const isKept = new Set(kept);
  const files = report.files.map((entry) => {
    const own = entry.findings.filter((finding) => isKept.has(finding));
    return { ...entry, findings: own, baselined: entry.findings.filter((finding) => !isKept.has(finding)) };
  });
  return { ...report, files, summary: summarize(files), baseline: { file, baselined: baselined.length, fixed } };
}
function baselineOf(findings, previous, scope = SAME_FILE) {
  const counts = /* @__PURE__ */ new Map();
  const add = (rule, file, path2, count) => {
    const key = fingerprintKey(rule, file, path2);
    const entry = counts.get(key);
    if (entry) entry.count += count;
    else counts.set(key, { rule, file, path: path2, count });
  };
  for (const entry of previous?.entries ?? []) if (!scope.covers(entry.file)) add(entry.rule, entry.file, entry.path, entry.count);
  for (const finding of findings) add(finding.ruleId, scope.fileOf(finding.file), finding.stablePath, 1);
  return { entries: sortEntries([...counts.values()]) };
}
function sortEntries(entries) {
  return entries.sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.path, b.path) || compareStrings(a.rule, b.rule));
}
function findingCount(baseline) {
  return baseline.entries.reduce((sum, entry) => sum + entry.count, 0);
}

// src/baseline/file.ts
var BASELINE_VERSION = 1;
var BASELINE_SCHEMA_URL = "https://raw.githubusercontent.com/ropa-lint/ropa-lint/main/schemas/baseline.schema.json";
var COMMENT = "ropa-lint baseline: findings accepted when ropa-lint was adopted. `ropa-lint --baseline <this file>` reports only findings not listed here. Each is a rule, a file and the id-based path of an element, never a line. Run `ropa-lint --baseline <this file> --write-baseline` after fixing some to drop them.";
var MAX_TEXT = 1e4;
var MAX_COUNT = 1e9;
var TOP_KEYS = /* @__PURE__ */ new Set(["$schema", "comment", "version", "findings"]);
var ENTRY_KEYS = /* @__PURE__ */ new Set(["rule", "file", "path", "count"]);
function serializeBaseline(baseline) {
  const lines = sortEntries([...baseline.entries]).map((entry) => {
    const count = entry.count > 1 ? `, "count": ${entry.count}` : "";
    return `    {"rule": ${JSON.stringify(entry.rule)}, "file": ${JSON.stringify(entry.file)}, "path": ${JSON.stringify(entry.path)}${count}}`;
  });
  const findings = lines.length === 0 ? "[]" : `[
${lines.join(",\n")}
  ]`;
  return `{
  "$schema": ${JSON.stringify(BASELINE_SCHEMA_URL)},
  "comment": ${JSON.stringify(COMMENT)},
  "version": ${BASELINE_VERSION},
  "findings": ${findings}
}
`;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function shown(value) {
  if (typeof value === "string") return "text";
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  return Array.isArray(value) ? "a list" : "an object";
}
function keyName(key) {
  return /^[a-z_$-]{1,20}$/i.test(key) ? JSON.stringify(key) : "a key";
}
function position(text2, offset) {
  let line = 1;
  let start = 0;
  for (let index = text2.indexOf("\n"); index !== -1 && index < offset; index = text2.indexOf("\n", index + 1)) {
    line += 1;
    start = index + 1;
  }
  return `${line}:${offset - start + 1}`;
}
function text(value, where, what, allowEmpty = false) {
  if (typeof value !== "string") throw new UsageError(`${where}: \`${what}\` must be a string, not ${shown(value)}`);
  if (!allowEmpty && value === "" || value.length > MAX_TEXT || /[\u0000-\u001f\u007f]/.test(value)) {
    throw new UsageError(`${where}: \`${what}\` must be ${allowEmpty ? "a" : "a non-empty"} line of text of at most ${MAX_TEXT.toLocaleString("en-US")} characters`);
  }
  return value;
}
function entryOf(value, where) {
  if (!isPlainObject(value)) throw new UsageError(`${where} must be an object with rule, file and path, not ${shown(value)}`);
  for (const key of Object.keys(value)) {
    if (!ENTRY_KEYS.has(key)) throw new UsageError(`${where} has the unknown key ${keyName(key)}; an entry has rule, file, path and count`);
  }
  for (const key of ["rule", "file", "path"]) {
    if (!Object.hasOwn(value, key)) throw new UsageError(`${where} has no \`${key}\``);
  }
  const rule = text(value.rule, where, "rule");
  if (!/^[a-z0-9][a-z0-9-]*$/.test(rule)) throw new UsageError(`${where}: \`rule\` must be a rule id such as lawful-basis-missing`);
  const file = text(value.file, where, "file");
  const path2 = text(value.path, where, "path", true);
  if (path2 !== "" && !path2.startsWith("/")) throw new UsageError(`${where}: \`path\` must be empty or start with /, as ropa-lint writes it`);
  let count = 1;
  if (Object.hasOwn(value, "count")) {
    const raw = value.count;
    if (typeof raw !== "number" || !Number.isSafeInteger(raw) || raw < 1 || raw > MAX_COUNT) throw new UsageError(`${where}: \`count\` must be a whole number of 1 or more, not ${shown(raw)}`);
    count = raw;
  }
  return { rule, file, path: path2, count };
}
function parseBaseline(source, shownAs) {
  const where = `baseline ${shownAs}`;
  const body = source.startsWith("\uFEFF") ? source.slice(1) : source;
  let data;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const offset = /\bposition (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
    throw new UsageError(`${where}${offset === void 0 ? "" : `:${position(body, Number(offset))}`}: not valid JSON; write the file with --write-baseline`);
  }
  if (!isPlainObject(data)) throw new UsageError(`${where}: a baseline is a JSON object with \`version\` and \`findings\`, not ${shown(data)}`);
  for (const key of Object.keys(data)) {
    if (!TOP_KEYS.has(key)) throw new UsageError(`${where}: unknown key ${keyName(key)}; a baseline has $schema, comment, version and findings`);
  }
  const version = data.version;
  if (typeof version === "number" && Number.isSafeInteger(version) && version > BASELINE_VERSION) {
    throw new UsageError(`${where}: written by a newer ropa-lint (baseline version ${version}); this one reads version ${BASELINE_VERSION}: upgrade ropa-lint`);
  }
  if (version !== BASELINE_VERSION) throw new UsageError(`${where}: \`version\` must be ${BASELINE_VERSION}, not ${Object.hasOwn(data, "version") ? shown(version) : "missing"}`);
  if (Object.hasOwn(data, "$schema")) text(data.$schema, where, "$schema");
  if (Object.hasOwn(data, "comment") && typeof data.comment !== "string") throw new UsageError(`${where}: \`comment\` must be a string, not ${shown(data.comment)}`);
  const findings = data.findings;
  if (!Array.isArray(findings)) throw new UsageError(`${where}: \`findings\` must be a list, not ${Object.hasOwn(data, "findings") ? shown(findings) : "missing"}`);
  const entries = [];
  const seen = /* @__PURE__ */ new Map();
  findings.forEach((value, index) => {
    const entry = entryOf(value, `${where}: findings[${index}]`);
    const key = `${entry.rule}\0${entry.file}\0${entry.path}`;
    const first = seen.get(key);
    if (first !== void 0) throw new UsageError(`${where}: findings[${index}] repeats findings[${first}]; give one entry a \`count\` instead`);
    seen.set(key, index);
    entries.push(entry);
  });
  return { entries };
}

// src/baseline/read.ts
import { isUtf8 } from "node:buffer";
import { closeSync, existsSync, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import path from "node:path";
function locateBaseline(given, cwd) {
  if (given.trim() === "" || /[\u0000-\u001f\u007f]/.test(given)) throw new UsageError(`--baseline needs a file path, not ${JSON.stringify(given)}`);
  return { file: path.resolve(cwd, given), shown: given };
}
function locateConfinedBaseline(given, workspace) {
  if (/[\u0000-\u001f\u007f]/.test(given)) throw new UsageError(`input baseline must be a file path, not ${JSON.stringify(given)}`);
  if (path.isAbsolute(given) || /^[a-zA-Z]:/.test(given)) throw new UsageError(`input baseline must be a path relative to the workspace, not ${given}`);
  if (given.split(/[\\/]/).includes("..")) throw new UsageError(`input baseline must stay inside the workspace, and ${given} leaves it (..)`);
  const file = path.resolve(workspace, given);
  if (existsSync(file)) {
    const real = realpathSync(file);
    if (!isInside(real, realpathSync(workspace))) throw new UsageError(`input baseline: ${given} resolves to a file outside the workspace; refusing to read it`);
  }
  return { file, shown: given };
}
function readBaseline(location, maxBytes) {
  let descriptor;
  try {
    descriptor = openSync(location.file, "r");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    if (code === "ENOENT") return void 0;
    throw new UsageError(`cannot read the baseline ${location.shown}: ${code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "it is a directory" : code || String(error)}`);
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) throw new UsageError(`cannot read the baseline ${location.shown}: it is not a regular file`);
    const limit = maxBytes >= 1048576 ? `${(maxBytes / 1048576).toFixed(0)} MB` : `${Math.max(1, Math.round(maxBytes / 1024))} KB`;
    const tooLarge = () => new UsageError(`the baseline ${location.shown} is larger than ${limit}; a baseline that large is not one ropa-lint wrote (raise the limit with --max-file-size)`);
    if (stats.size > maxBytes) throw tooLarge();
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(descriptor, buffer, length, buffer.length - length, null);
    if (length > maxBytes) throw tooLarge();
    const bytes = buffer.subarray(0, length);
    if (!isUtf8(bytes)) throw new UsageError(`the baseline ${location.shown} is not UTF-8 text; write it with --write-baseline`);
    return parseBaseline(bytes.toString("utf8"), location.shown);
  } finally {
    closeSync(descriptor);
  }
}
function scopeOf(location, cwd, checked, root) {
  const folder = path.dirname(location.file);
  const fileOf = (file) => path.relative(folder, path.resolve(cwd, file)).split(path.sep).join("/");
  const covered = /* @__PURE__ */ new Set();
  for (const file of checked) covered.add(fileOf(file));
  const gone = /* @__PURE__ */ new Map();
  return {
    fileOf,
    covers(file) {
      if (covered.has(file)) return true;
      let known = gone.get(file);
      if (known === void 0) {
        const absolute = path.resolve(folder, file);
        known = (root === void 0 || isInside(absolute, root)) && !existsSync(absolute);
        gone.set(file, known);
      }
      return known;
    }
  };
}

// src/baseline/index.ts
function useBaseline(report, options) {
  const { location } = options;
  const previous = readBaseline(location, options.maxBytes);
  if (previous === void 0 && !options.write) {
    throw new UsageError(`baseline file not found: ${location.shown}; record today's findings in it first: npx ropa-lint --baseline ${location.shown} --write-baseline`);
  }
  const scope = scopeOf(location, options.cwd, report.files.map((file) => file.file), options.root);
  if (!options.write) return { report: applyBaseline(report, previous, location.shown, scope) };
  const baseline = baselineOf(
    report.files.flatMap((file) => file.findings),
    previous,
    scope
  );
  return { report: applyBaseline(report, baseline, location.shown, scope), written: { text: serializeBaseline(baseline), findings: findingCount(baseline) } };
}
export {
  applyBaseline,
  baselineOf,
  locateBaseline,
  locateConfinedBaseline,
  parseBaseline,
  serializeBaseline,
  splitFindings,
  useBaseline
};
