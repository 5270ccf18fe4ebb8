/**
 * JSON Schema validation of an inventory, with ajv errors turned into findings that say
 * what is wrong in words a DPO understands and what to write instead. The mistakes of someone
 * writing a first record get their own words: a list where a mapping belongs (a `- ` too many),
 * a mapping where a list belongs (the `- ` left out), `dpia: completed`, `country: USA`,
 * `special: [politics]`. A help line shows the shape to write, taken from the schema, and never
 * offers the invalid value back as the fix.
 */
import type { ErrorObject } from 'ajv';
import { fixableClosest } from '../fixes/closest.js';
import { schema as inventorySchema, validate } from '../generated/inventory-validator.js';
import { countryCode } from './countries.js';
import { describeLocation, isRecord, isStated } from './inventory.js';
import { joinPointer, lastSegment, parentPointer } from './pointer.js';
import type { FixRequest } from './rule.js';
import { suggestClosest } from './suggest.js';

export type SchemaMessageId =
  | 'unknownKey'
  | 'missing'
  | 'enum'
  | 'enumItem'
  | 'type'
  | 'notMapping'
  | 'notList'
  | 'pattern'
  | 'patternItem'
  | 'country'
  | 'format'
  | 'const'
  | 'empty'
  | 'tooFew'
  | 'unique'
  | 'invalid';

export interface SchemaViolation {
  messageId: SchemaMessageId;
  pointer: string;
  target: 'node' | 'key';
  data: Record<string, string>;
  /** The one safe fix, when there is one (see `fixOf`). */
  fix?: FixRequest;
}

/**
 * The violations of each parsed inventory, found once: the schema rule reports them and
 * record-incomplete consults them, and on a record of 10,000 purposes one validation with its
 * messages and fixes took about 100 ms.
 */
const validated = new WeakMap<object, readonly SchemaViolation[]>();

export function validateInventory(value: unknown): readonly SchemaViolation[] {
  if (!isRecord(value)) return violationsOf(value);
  let violations = validated.get(value);
  if (violations === undefined) validated.set(value, (violations = violationsOf(value)));
  return violations;
}

function violationsOf(value: unknown): SchemaViolation[] {
  if (validate(value)) return [];
  return reported(validate.errors ?? []).map((error) => {
    const violation = toViolation(error, value);
    const fix = fixOf(error, violation);
    return fix === undefined ? violation : { ...violation, fix };
  });
}

/**
 * The errors that are the schema rule's to report. A field holding nothing (null, or blank text or
 * a placeholder where text, one of a set of words or a block belongs: SPEC §2.1 "Not written") is
 * absent: where the field is optional (SPEC §1), the rule that asks for it reports it with its
 * article (`lawful_basis: TBD` is lawful-basis-missing's, `dpa:` processor-dpa's), and this one
 * would tell the same fact twice; where it is required, it is one fact however many keywords it
 * fails (`role:` fails both type and enum), told once. A placeholder where true or false or a list
 * belongs stays text of the wrong type: read as absent, `children: TBD` would pass as false.
 */
function reported(errors: ErrorObject[]): ErrorObject[] {
  const told = new Set<string>();
  const empty = new Set(errors.filter((error) => error.keyword === 'enum' && error.data === null).map((error) => error.instancePath));
  return errors.filter((error) => {
    // Most errors are about a value that holds something: its field is not looked up.
    if (!isBlank(error.data)) return true;
    const field = fieldAt(error.instancePath);
    if (field === undefined || !holdsNothing(error.data, field.node)) return true;
    if (!field.required) return false;
    // The enum error of a required field says what to fill in; its type error says no more.
    if (empty.has(error.instancePath) && error.keyword !== 'enum') return false;
    if (told.has(error.instancePath)) return false;
    told.add(error.instancePath);
    return true;
  });
}

/** Null, or blank text or a placeholder: a value that may hold nothing (see `holdsNothing`). */
function isBlank(value: unknown): boolean {
  return value === null || (typeof value === 'string' && !isStated(value));
}

/** The value holds nothing (see `reported`): null, or blank text or a placeholder where text or a mapping belongs. */
function holdsNothing(value: unknown, node: SchemaNode): boolean {
  if (value === null) return true;
  if (!isBlank(value)) return false;
  const types = typesOf(node);
  return types.includes('string') || types.includes('object');
}

/** The schema of the field a pointer names, and whether its mapping requires it; undefined for a list entry, the file itself or a key the schema does not know. */
function fieldAt(pointer: string): { node: SchemaNode; required: boolean } | undefined {
  let node: SchemaNode = ROOT;
  let field: { node: SchemaNode; required: boolean } | undefined;
  for (const segment of pointer.split('/').slice(1)) {
    const property = node.properties?.[segment];
    if (property !== undefined) {
      field = { node: resolve(property), required: (node.required ?? []).includes(segment) };
      node = field.node;
    } else if (/^\d+$/.test(segment) && node.items !== undefined) {
      field = undefined;
      node = resolve(node.items);
    } else {
      return undefined;
    }
  }
  return field;
}

/**
 * `find` once per slip: a large record repeats the same ones (`lawfull_basis:` on a hundred
 * purposes), and each costs an edit distance to every candidate. Bounded, as a process that
 * checks many records (the API, an editor) keeps this module.
 */
function oncePerSlip(find: (given: string, candidates: readonly string[]) => string | undefined): (given: string, candidates: readonly string[]) => string | undefined {
  const found = new Map<string, string | undefined>();
  return (given, candidates) => {
    const key = `${given}\u0000${candidates.join('\u0000')}`;
    if (found.has(key)) return found.get(key);
    if (found.size >= 1000) found.clear();
    const to = find(given, candidates);
    found.set(key, to);
    return to;
  };
}

const closestFix = oncePerSlip(fixableClosest);
const closestKey = oncePerSlip(suggestClosest);

/** The words YAML 1.1 reads as true or false, which the format's YAML 1.2 reads as text. */
const BOOLEAN_WORDS: Readonly<Record<string, boolean>> = { yes: true, no: false, true: true, false: false, on: true, off: false };

/**
 * Names the country table knows that do not name one country alone (North or South Korea, a
 * continent): the help line may suggest a code for them, a fix may not pick one.
 */
const SHARED_COUNTRY_NAMES = new Set(['korea', 'america']);

/**
 * The fix of a violation, where exactly one correct edit exists and it changes no legal fact
 * (issue 16): a misspelt key or allowed value that is one slip from the one it stands for
 * (`lawfull_basis`, `optin`, `communication-content`; see src/fixes/closest.ts), a country's name
 * or alpha-3 code for its ISO code (`USA` → `US`), and `yes`/`no` or a quoted `"true"` where true
 * or false belongs. Never a value for another one that is allowed (a valid consent value or basis
 * is never a violation here), never `null` for a value, never a key that the mapping already has.
 */
function fixOf(error: ErrorObject, violation: SchemaViolation): FixRequest | undefined {
  switch (violation.messageId) {
    case 'unknownKey': {
      const key = violation.data.key!;
      const known = Object.keys(((error.parentSchema ?? {}) as SchemaNode).properties ?? {});
      const to = closestFix(key, known);
      if (to === undefined || (isRecord(error.data) && Object.prototype.hasOwnProperty.call(error.data, to))) return undefined;
      return { replace: 'key', from: key, to };
    }
    case 'enum':
    case 'enumItem': {
      if (typeof error.data !== 'string') return undefined;
      // The same candidates as the help line's "did you mean", null among them, so that the two never disagree.
      const allowed = (error.schema as unknown[]).map((option) => (option === null ? 'null' : String(option)));
      const to = closestFix(error.data, allowed);
      return to === undefined || to === 'null' ? undefined : { replace: 'value', from: error.data, to };
    }
    case 'type': {
      const expected = ([] as string[]).concat((error.params as { type: string | string[] }).type);
      if (!expected.includes('boolean') || typeof error.data !== 'string') return undefined;
      const to = Object.prototype.hasOwnProperty.call(BOOLEAN_WORDS, error.data.toLowerCase()) ? BOOLEAN_WORDS[error.data.toLowerCase()] : undefined;
      return to === undefined ? undefined : { replace: 'value', from: error.data, to };
    }
    case 'country': {
      const given = violation.data.given!;
      const code = countryCode(given);
      const name = given.trim().toLowerCase().replace(/\./g, ' ').replace(/\s+/g, ' ').trim().replace(/^the /, '');
      return code === undefined || code === given || SHARED_COUNTRY_NAMES.has(name) ? undefined : { replace: 'value', from: given, to: code };
    }
    default:
      return undefined;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  object: 'a mapping of keys to values',
  array: 'a list',
  null: 'empty (null)',
  integer: 'a whole number',
  number: 'a number',
};

function typeOfValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}

interface SchemaNode {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  examples?: unknown[];
}

const ROOT = inventorySchema as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };

/** A local `$ref` followed, the referring node's own keywords (its examples, its description) kept. */
function resolve(node: SchemaNode | undefined): SchemaNode {
  if (!node?.$ref) return node ?? {};
  const { $ref, ...own } = node;
  return { ...resolve(ROOT.$defs[$ref.replace('#/$defs/', '')]), ...own };
}

function typesOf(node: SchemaNode): string[] {
  return [node.type ?? []].flat();
}

/**
 * A field's description as a help line reads it: the schema's descriptions end with the rules
 * the field drives (`Drives: ...`), which editors show and a fix does not need.
 */
export function plainDescription(description: string | undefined): string {
  return (description ?? '').replace(/\s*Drives: [^]*$/, '');
}

/**
 * A value for a help line, built from the schema: a node's first example, its first allowed value,
 * or for a mapping its required keys (at least two keys, the first ones of the schema) each with
 * such a value. Deeper than two levels, mappings are left out to keep the line short.
 */
function exampleOf(raw: SchemaNode | undefined, depth = 0): unknown {
  const node = resolve(raw);
  if (node.examples && node.examples.length > 0) return node.examples[0];
  const allowed = [node, ...(node.anyOf ?? [])].flatMap((branch) => branch.enum ?? []).find((value) => value !== null);
  if (allowed !== undefined) return allowed;
  if (node.const !== undefined) return node.const;
  const types = typesOf(node);
  if (types.includes('object') && node.properties) {
    if (depth >= 2) return undefined;
    const keys = Object.keys(node.properties);
    const required = node.required ?? [];
    const chosen = required.length >= 2 ? required : [...new Set([...required, ...keys])].slice(0, 2);
    const entries = chosen.map((key) => [key, exampleOf(node.properties![key], depth + 1)] as const).filter(([, value]) => value !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  if (types.includes('array')) {
    const item = exampleOf(node.items, depth + 1);
    return item === undefined ? [] : [item];
  }
  if (types.includes('boolean')) return true;
  return undefined;
}

/**
 * A scalar as YAML flow style reads it back as the same text: quoted when it holds a flow
 * indicator (`,` `[` `]` `{` `}`), `: ` or ` #`, starts with an indicator, or would read as
 * another type (`yes` is text in YAML 1.2, but a reader may not know that).
 */
function flowScalar(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  const plain =
    value.trim() === value &&
    value !== '' &&
    !/[,[\]{}]|: | #|:$/.test(value) &&
    !/^[-?:#&*!|>'"%@`]/.test(value) &&
    !/^(true|false|null|~|yes|no|on|off|[-+.\d][\d_.:eE+-]*)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** A value in YAML flow style for a help line: `{id: a, ai_training: false}`. */
function flowYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(', ')}]`;
  if (isRecord(value)) return `{${Object.entries(value).map(([key, item]) => `${key}: ${flowYaml(item)}`).join(', ')}}`;
  return flowScalar(value);
}

/** `key: value` for a help line, or the bare value for a list entry or the file itself. */
function written(key: string | undefined, value: unknown): string {
  return key === undefined ? flowYaml(value) : `${key}: ${flowYaml(value)}`;
}

/** Lists whose entries sit inside an activity: their entries are named with the activity (`transfer #1 of activity \`a\``). */
const ACTIVITY_LISTS = new Set(['processors', 'transfers', 'on_behalf_of']);

/** Where a node is, in the words of a message. */
interface Place {
  /** The node as a message's subject: "`dpia` in activity `a`", "entry #1 of `on_behalf_of` in activity `a`", "the file". */
  subject: string;
  /** The key the node is written under, or for a list entry the list's key; undefined for the file itself. */
  key: string | undefined;
  /** For a list entry: its position, counted from 1. */
  entry: number | undefined;
  /** The named thing the node is in: "activity `a`", "transfer #1 of activity `a`". */
  where: string;
}

function placeOf(root: unknown, pointer: string): Place {
  if (pointer === '') return { subject: 'the file', key: undefined, entry: undefined, where: 'the inventory' };
  const segment = lastSegment(pointer);
  if (/^\d+$/.test(segment)) {
    const list = parentPointer(pointer);
    const key = lastSegment(list);
    const where = describeLocation(root, list);
    return { subject: `entry #${Number(segment) + 1} of \`${key}\` in ${where}`, key, entry: Number(segment) + 1, where };
  }
  const owner = parentPointer(pointer);
  let where = describeLocation(root, owner);
  // An entry of an activity's list is named by itself (`transfer #1`, `processor \`X\``): say whose it is.
  if (/^\d+$/.test(lastSegment(owner)) && ACTIVITY_LISTS.has(lastSegment(parentPointer(owner)))) where = `${where} of ${describeLocation(root, parentPointer(parentPointer(owner)))}`;
  return { subject: `\`${segment}\` in ${where}`, key: segment, entry: undefined, where };
}

/** The item of a schema node that is a list, or the node itself. */
function itemsOf(node: SchemaNode): SchemaNode {
  return resolve(node.items);
}

/** "data subject" from the title "Data subject": what one entry of a list is, for help lines. */
function entryWord(items: SchemaNode): string {
  return items.title ? items.title.charAt(0).toLowerCase() + items.title.slice(1) : 'entry';
}

/**
 * The closest allowed value to a misspelt one: first the whole value (`optin` → `opt-in`), then
 * the words of the allowed values, so that a value naming only part of one is matched to it
 * (`politics` → `political-opinions`, `religion` → `religious-beliefs`). A word shared by two
 * values suggests neither.
 */
const closestAllowed = oncePerSlip((given, allowed) => {
  const whole = suggestClosest(given, allowed);
  if (whole !== undefined) return whole;
  const owners = new Map<string, Set<string>>();
  for (const value of allowed) {
    for (const word of value.split('-')) if (word.length >= 3) owners.set(word, (owners.get(word) ?? new Set()).add(value));
  }
  const unique = [...owners].filter(([, values]) => values.size === 1);
  const word = suggestClosest(given.toLowerCase().replace(/[\s_]+/g, '-'), unique.map(([candidate]) => candidate));
  return word === undefined ? undefined : [...owners.get(word)!][0];
});

function toViolation(error: ErrorObject, root: unknown): SchemaViolation {
  if (error.keyword === 'additionalProperties' || error.keyword === 'required') return keyViolation(error, describeLocation(root, error.instancePath));
  const place = placeOf(root, error.instancePath);
  const field = place.key ?? 'the inventory';
  const parentSchema = (error.parentSchema ?? {}) as SchemaNode;
  switch (error.keyword) {
    case 'enum': {
      const allowed = (error.schema as unknown[]).map((option) => (option === null ? 'null' : String(option)));
      // A required field left empty (`role:`): what to fill in, not an "empty (null)" that is not allowed.
      if (error.data === null && place.entry === undefined) {
        return { messageId: 'empty', pointer: error.instancePath, target: 'node', data: { subject: place.subject, fix: `fill in \`${field}\` with one of: ${allowed.filter((option) => option !== 'null').join(', ')}` } };
      }
      const given = typeof error.data === 'string' ? error.data : typeOfValue(error.data);
      const suggestion = typeof error.data === 'string' ? closestAllowed(error.data, allowed) : undefined;
      const fix = suggestion ? `did you mean \`${suggestion}\`?` : `use one of: ${allowed.join(', ')}`;
      if (place.entry !== undefined) return { messageId: 'enumItem', pointer: error.instancePath, target: 'node', data: { given, list: field, where: place.where, fix } };
      return { messageId: 'enum', pointer: error.instancePath, target: 'node', data: { subject: place.subject, given, allowed: allowed.join(', '), fix } };
    }
    case 'type':
      return typeViolation(error, place);
    case 'pattern': {
      const given = String(error.data);
      if (place.key === 'country' && place.entry === undefined) {
        const code = countryCode(given);
        const fix = code !== undefined && code !== given ? `did you mean \`${code}\`?` : 'write the two-letter ISO 3166-1 code in capitals, e.g. `US` for the United States, `GB` for the United Kingdom, `DE` for Germany';
        return { messageId: 'country', pointer: error.instancePath, target: 'node', data: { given, where: place.where, fix } };
      }
      const isId = (error.schema as string).startsWith('^[a-z0-9]+');
      const kebab = given.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
      const expected = isId ? 'a kebab-case id (lowercase letters and digits joined by single hyphens)' : firstSentence(parentSchema.description) || `text matching ${String(error.schema)}`;
      const fix = isId && kebab ? `write \`${kebab}\`` : `write ${firstSentence(parentSchema.description) || 'a value in the documented form'}`;
      if (place.entry !== undefined) return { messageId: 'patternItem', pointer: error.instancePath, target: 'node', data: { given, list: field, where: place.where, expected, fix } };
      return { messageId: 'pattern', pointer: error.instancePath, target: 'node', data: { subject: place.subject, given, expected, fix } };
    }
    case 'format':
      return { messageId: 'format', pointer: error.instancePath, target: 'node', data: { subject: place.subject, given: String(error.data), format: String(error.schema) } };
    case 'const':
      return { messageId: 'const', pointer: error.instancePath, target: 'node', data: { field, expected: String(error.schema), given: typeOfValue(error.data) } };
    case 'minLength':
      return { messageId: 'empty', pointer: error.instancePath, target: 'node', data: { subject: place.subject, fix: place.entry === undefined ? `fill in \`${field}\`: the format requires it` : 'fill in the entry or remove it' } };
    case 'minItems': {
      const example = parentSchema.examples?.[0];
      const entry = Array.isArray(example) && example.length > 0 ? `, e.g. \`- ${flowYaml(example[0])}\`` : '';
      return { messageId: 'tooFew', pointer: error.instancePath, target: 'node', data: { field, where: describeLocation(root, error.instancePath), example: entry } };
    }
    case 'uniqueItems':
      return { messageId: 'unique', pointer: error.instancePath, target: 'node', data: { subject: place.subject } };
    default:
      return { messageId: 'invalid', pointer: error.instancePath, target: 'node', data: { subject: place.subject, detail: error.message ?? 'is invalid' } };
  }
}

/**
 * An unknown key or a missing one: most of a large record's errors, told by where they are,
 * without the rest of their place.
 */
function keyViolation(error: ErrorObject, where: string): SchemaViolation {
  const parentSchema = (error.parentSchema ?? {}) as SchemaNode;
  if (error.keyword === 'additionalProperties') {
    const key = String((error.params as { additionalProperty: string }).additionalProperty);
    const known = Object.keys(parentSchema.properties ?? {});
    const suggestion = closestKey(key, known);
    return {
      messageId: 'unknownKey',
      pointer: joinPointer(error.instancePath, key),
      target: 'key',
      data: {
        key,
        where,
        fix: suggestion ? `did you mean \`${suggestion}\`? (Keys starting with \`x-\` are free for your own use.)` : `use one of ${known.map((name) => `\`${name}\``).join(', ')}, or prefix your own keys with \`x-\``,
      },
    };
  }
  const missing = String((error.params as { missingProperty: string }).missingProperty);
  const property = parentSchema.properties?.[missing];
  const values = property?.enum?.filter((option) => option !== null);
  const description = `${plainDescription(property?.description)}${values ? ` One of: ${values.join(', ')}.` : ''}`;
  return { messageId: 'missing', pointer: joinPointer(error.instancePath, missing), target: 'key', data: { key: missing, where, description } };
}

/**
 * A value of the wrong type. A mapping or a list in the wrong place is told apart from the rest,
 * with the shape to write: a `- ` too many, a `- ` left out, one word where a block belongs.
 */
function typeViolation(error: ErrorObject, place: Place): SchemaViolation {
  const node = resolve(error.parentSchema as SchemaNode);
  const expected = ([] as string[]).concat((error.params as { type: string | string[] }).type);
  const given = typeOfValue(error.data);
  const base = { pointer: error.instancePath, target: 'node' as const };
  // The node's key in a help line: none for a list entry or the file itself.
  const key = place.entry === undefined ? place.key : undefined;
  const example = exampleOf(node);

  if (expected.length === 1 && expected[0] === 'object') {
    return { ...base, messageId: 'notMapping', data: { subject: place.subject, given, fix: mappingFix(node, error.data, place, example) } };
  }
  if (expected.includes('array') && !expected.includes('string')) {
    return { ...base, messageId: 'notList', data: { subject: place.subject, given, fix: listFix(node, error.data, place.key, example) } };
  }
  const words = expected.map((type) => TYPE_WORDS[type] ?? type).join(' or ');
  let fix: string;
  if (expected.includes('boolean')) fix = `write ${key === undefined ? '`true` or `false`' : `\`${key}: true\` or \`${key}: false\``}, without quotes: YAML reads only these two words as true and false`;
  else if (example !== undefined) fix = `write ${words}, e.g. \`${written(key, example)}\``;
  else fix = `write ${key === undefined ? 'it' : `\`${key}\``} as ${words}`;
  return { ...base, messageId: 'type', data: { subject: place.subject, expected: words, given, fix } };
}

/** What to write where a mapping belongs but something else is written. */
function mappingFix(node: SchemaNode, data: unknown, place: Place, example: unknown): string {
  // The file itself: its keys start their lines; an example of a whole record would not fit a line.
  if (place.key === undefined) {
    const first = Array.isArray(data) && isRecord(data[0]) ? Object.keys(data[0])[0] : undefined;
    return first === undefined ? 'start the file with `version: 1` and the other keys of the format, each at the start of its line' : `remove the \`- \` before \`${first}:\`: the keys of the file start at the beginning of their lines`;
  }
  const entry = place.entry !== undefined;
  const shown = (value: unknown) => (entry ? `- ${flowYaml(value)}` : written(place.key, value));
  const shape = example === undefined ? '' : `, e.g. \`${shown(example)}\``;
  const what = entry ? `an entry of \`${place.key}\` is a mapping` : `the keys of \`${place.key}\` go under it`;
  // A `- ` too many: `dpia:` followed by `- status: completed`.
  if (Array.isArray(data) && data.length === 1 && isRecord(data[0])) {
    const first = Object.keys(data[0])[0];
    return `remove the \`- \`${first === undefined ? '' : ` before \`${first}:\``}: ${what}${shape}`;
  }
  if (typeof data === 'string' && node.properties && data.trim() !== '') {
    // One word for the whole block: `dpia: completed` means the status, `- Customer Ltd` the name.
    const meant = Object.entries(node.properties).find(([, property]) => resolve(property).enum?.includes(data))?.[0] ?? (node.properties.name ? 'name' : undefined);
    if (meant !== undefined) return `did you mean \`${shown({ [meant]: data })}\`? ${what.charAt(0).toUpperCase()}${what.slice(1)}${shape}`;
  }
  return `write it as a mapping: ${what}${shape}`;
}

/** What to write where a list belongs but something else is written. */
function listFix(node: SchemaNode, data: unknown, key: string | undefined, example: unknown): string {
  const items = itemsOf(node);
  const name = key === undefined ? 'the list' : `\`${key}\``;
  if (typesOf(items).includes('object')) {
    const entry = Array.isArray(example) && isRecord(example[0]) ? Object.entries(example[0]) : [];
    if (entry.length === 0) return `start each ${entryWord(items)} of ${name} with \`- \``;
    const [[firstKey, firstValue], ...rest] = entry as [[string, unknown], ...[string, unknown][]];
    const others = rest.map(([other, value]) => `\`${other}: ${flowYaml(value)}\``);
    const below = others.length === 0 ? '' : `, then ${others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} and ${others.at(-1)}`} on the next line${others.length === 1 ? '' : 's'}, lined up with \`${firstKey}\``;
    // The `- ` left out: the keys of one entry written straight under the list's key.
    const lead = isRecord(data) ? `start each ${entryWord(items)} with \`- \`` : `write each ${entryWord(items)} as an entry that starts with \`- \``;
    return `${lead}, e.g. \`- ${firstKey}: ${flowYaml(firstValue)}\`${below}`;
  }
  // One value where a list of such values belongs: a list of one, when the value may stand in it.
  if (typeof data === 'string' && fitsItem(items, data) && key !== undefined) return `write it as a list, with brackets: \`${key}: [${flowScalar(data)}]\``;
  return `write ${name} as a list${example === undefined ? '' : `, e.g. \`${written(key, example)}\``}`;
}

/** A text that the list's entries may hold as it is (so that putting it in brackets is the whole fix). */
function fitsItem(items: SchemaNode, value: string): boolean {
  if (!typesOf(items).includes('string') || value.trim() === '') return false;
  if (items.enum) return items.enum.includes(value);
  return items.pattern === undefined || new RegExp(items.pattern, 'u').test(value);
}

/** A description's opening clause, up to its first stop, semicolon or parenthesis: `ISO 3166-1 alpha-2 code of the destination country`. */
function firstSentence(description: string | undefined): string {
  return plainDescription(description).split(/;|\s\(|\.\s|\.$/)[0]!;
}
