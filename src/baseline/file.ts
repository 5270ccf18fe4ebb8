/**
 * The baseline file: JSON with one finding per line, sorted, so that a change to it reads as a
 * diff of findings. It is untrusted input (in the Action it comes with the pull request), so it
 * is parsed defensively: a size limit before parsing (read.ts), exact keys and types, nothing of
 * it copied into an object by its own keys (no prototype pollution), and errors that name the
 * place without echoing the text (a symbolic link could point at a secret).
 */
import { UsageError } from '../workspace/usage-error.js';
import { type Baseline, type BaselineEntry, sortEntries } from './baseline.js';

export const BASELINE_VERSION = 1;
export const BASELINE_SCHEMA_URL = 'https://raw.githubusercontent.com/ropa-lint/ropa-lint/main/schemas/baseline.schema.json';
const COMMENT =
  'ropa-lint baseline: findings accepted when ropa-lint was adopted. `ropa-lint --baseline <this file>` reports only findings not listed here. ' +
  'Each is a rule, a file and the id-based path of an element, never a line. Run `ropa-lint --baseline <this file> --write-baseline` after fixing some to drop them.';

/** Longest rule id, file or path accepted: far beyond any real one, short enough to bound memory per entry. */
const MAX_TEXT = 10_000;
const MAX_COUNT = 1_000_000_000;
const TOP_KEYS = new Set(['$schema', 'comment', 'version', 'findings']);
const ENTRY_KEYS = new Set(['rule', 'file', 'path', 'count']);

/** The file's text: one entry per line, keys in a fixed order, `count` only when above 1. */
export function serializeBaseline(baseline: Baseline): string {
  const lines = sortEntries([...baseline.entries]).map((entry) => {
    const count = entry.count > 1 ? `, "count": ${entry.count}` : '';
    return `    {"rule": ${JSON.stringify(entry.rule)}, "file": ${JSON.stringify(entry.file)}, "path": ${JSON.stringify(entry.path)}${count}}`;
  });
  const findings = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n  ]`;
  return `{\n  "$schema": ${JSON.stringify(BASELINE_SCHEMA_URL)},\n  "comment": ${JSON.stringify(COMMENT)},\n  "version": ${BASELINE_VERSION},\n  "findings": ${findings}\n}\n`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value for an error message: a number or its type, never its text. */
function shown(value: unknown): string {
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}

/** A key for an error message: one of the few a baseline may have, else only that it is unknown. */
function keyName(key: string): string {
  return /^[a-z_$-]{1,20}$/i.test(key) ? JSON.stringify(key) : 'a key';
}

/** Line and column of a character offset, for a JSON syntax error. */
function position(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    start = index + 1;
  }
  return `${line}:${offset - start + 1}`;
}

function text(value: unknown, where: string, what: string, allowEmpty = false): string {
  if (typeof value !== 'string') throw new UsageError(`${where}: \`${what}\` must be a string, not ${shown(value)}`);
  if ((!allowEmpty && value === '') || value.length > MAX_TEXT || /[\u0000-\u001f\u007f]/.test(value)) {
    throw new UsageError(`${where}: \`${what}\` must be ${allowEmpty ? 'a' : 'a non-empty'} line of text of at most ${MAX_TEXT.toLocaleString('en-US')} characters`);
  }
  return value;
}

function entryOf(value: unknown, where: string): BaselineEntry {
  if (!isPlainObject(value)) throw new UsageError(`${where} must be an object with rule, file and path, not ${shown(value)}`);
  for (const key of Object.keys(value)) {
    if (!ENTRY_KEYS.has(key)) throw new UsageError(`${where} has the unknown key ${keyName(key)}; an entry has rule, file, path and count`);
  }
  for (const key of ['rule', 'file', 'path']) {
    if (!Object.hasOwn(value, key)) throw new UsageError(`${where} has no \`${key}\``);
  }
  const rule = text(value.rule, where, 'rule');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(rule)) throw new UsageError(`${where}: \`rule\` must be a rule id such as lawful-basis-missing`);
  const file = text(value.file, where, 'file');
  const path = text(value.path, where, 'path', true);
  if (path !== '' && !path.startsWith('/')) throw new UsageError(`${where}: \`path\` must be empty or start with /, as ropa-lint writes it`);
  let count = 1;
  if (Object.hasOwn(value, 'count')) {
    const raw = value.count;
    if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 1 || raw > MAX_COUNT) throw new UsageError(`${where}: \`count\` must be a whole number of 1 or more, not ${shown(raw)}`);
    count = raw;
  }
  return { rule, file, path, count };
}

/**
 * Reads a baseline file's text. Throws UsageError with one line naming the file and the place
 * (`baseline ropa-lint-baseline.json: findings[3]: ...`) for anything but a baseline.
 */
export function parseBaseline(source: string, shownAs: string): Baseline {
  const where = `baseline ${shownAs}`;
  const body = source.startsWith('\ufeff') ? source.slice(1) : source;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    // The parser's message quotes the text; only the place is kept.
    const offset = /\bposition (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    throw new UsageError(`${where}${offset === undefined ? '' : `:${position(body, Number(offset))}`}: not valid JSON; write the file with --write-baseline`);
  }
  if (!isPlainObject(data)) throw new UsageError(`${where}: a baseline is a JSON object with \`version\` and \`findings\`, not ${shown(data)}`);
  for (const key of Object.keys(data)) {
    if (!TOP_KEYS.has(key)) throw new UsageError(`${where}: unknown key ${keyName(key)}; a baseline has $schema, comment, version and findings`);
  }
  const version = data.version;
  if (typeof version === 'number' && Number.isSafeInteger(version) && version > BASELINE_VERSION) {
    throw new UsageError(`${where}: written by a newer ropa-lint (baseline version ${version}); this one reads version ${BASELINE_VERSION}: upgrade ropa-lint`);
  }
  if (version !== BASELINE_VERSION) throw new UsageError(`${where}: \`version\` must be ${BASELINE_VERSION}, not ${Object.hasOwn(data, 'version') ? shown(version) : 'missing'}`);
  if (Object.hasOwn(data, '$schema')) text(data.$schema, where, '$schema');
  if (Object.hasOwn(data, 'comment') && typeof data.comment !== 'string') throw new UsageError(`${where}: \`comment\` must be a string, not ${shown(data.comment)}`);
  const findings = data.findings;
  if (!Array.isArray(findings)) throw new UsageError(`${where}: \`findings\` must be a list, not ${Object.hasOwn(data, 'findings') ? shown(findings) : 'missing'}`);

  const entries: BaselineEntry[] = [];
  const seen = new Map<string, number>();
  findings.forEach((value: unknown, index) => {
    const entry = entryOf(value, `${where}: findings[${index}]`);
    const key = `${entry.rule}\u0000${entry.file}\u0000${entry.path}`;
    const first = seen.get(key);
    if (first !== undefined) throw new UsageError(`${where}: findings[${index}] repeats findings[${first}]; give one entry a \`count\` instead`);
    seen.set(key, index);
    entries.push(entry);
  });
  return { entries };
}
