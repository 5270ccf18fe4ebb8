/**
 * docs/inventory-format.md, the JSON Schemas, the rule registry, the rules' docs pages and the
 * README say the same thing about the format: every field and every allowed value of the schema
 * is on the page with the same required-ness and the same rules, every rule the page or the
 * schema names exists, and the rule ids editors complete are the registry's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/core/engine.js';
import { rules, rulesById } from '../src/rules/index.js';
// @ts-expect-error: a plain ES module of the build scripts, without type declarations
import { ruleSummary } from '../scripts/rule-ids.mjs';

type Schema = {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  markdownEnumDescriptions?: string[];
  const?: unknown;
  examples?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  propertyNames?: Schema;
  items?: Schema;
  anyOf?: Schema[];
  $defs?: Record<string, Schema>;
};

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const inventorySchema = JSON.parse(read('../schemas/inventory.schema.json')) as Schema & { $id: string };
const configSchema = JSON.parse(read('../schemas/config.schema.json')) as Schema & { $id: string };
const page = read('../docs/inventory-format.md');
const readme = read('../README.md');
const registered = rules.map((rule) => rule.meta.id);

/** A local `$ref` followed, with the referring schema's own annotations (title, description) kept. */
function resolve(schema: Schema, root: Schema = inventorySchema): Schema {
  if (!schema.$ref) return schema;
  const target = schema.$ref.replace(/^#\/\$defs\//, '');
  const { $ref: _ref, ...own } = schema;
  return { ...resolve(root.$defs![target]!, root), ...own };
}

/** The rule ids a description names in its closing `Drives: `a`, `b`.` sentence. */
function drivesOf(description: string | undefined): string[] {
  const drives = /Drives: (.+)\.$/.exec(description ?? '')?.[1] ?? '';
  return [...drives.matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]!).sort();
}

interface Field {
  required: boolean;
  rules: string[];
}

interface EnumField {
  values: unknown[];
  rules: string[][];
}

/**
 * Every property of the inventory schema by its path as the page writes it
 * (`processing_activities[].purposes[].consent.collection`), and every enum by the same path.
 * The ignore entry, which stands in five places, is written once as `x-ropa-lint-ignore[]`.
 */
function schemaFields(): { fields: Map<string, Field>; enums: Map<string, EnumField> } {
  const fields = new Map<string, Field>();
  const enums = new Map<string, EnumField>();
  const walk = (node: Schema, base: string) => {
    const object = resolve(node);
    for (const [key, raw] of Object.entries(object.properties ?? {})) {
      const path = base === '' ? key : `${base}.${key}`;
      const property = resolve(raw);
      fields.set(path, { required: (object.required ?? []).includes(key), rules: drivesOf(property.description) });
      const items = property.items && resolve(property.items);
      for (const valued of [property, items]) {
        if (valued?.enum) enums.set(path, { values: valued.enum, rules: (valued.markdownEnumDescriptions ?? []).map(drivesOf) });
      }
      if (key === 'x-ropa-lint-ignore') walk(items!, 'x-ropa-lint-ignore[]');
      else if (property.properties) walk(property, path);
      else if (items?.properties) walk(items, `${path}[]`);
    }
  };
  walk(inventorySchema, '');
  return { fields, enums };
}

/** Text of a Markdown table cell without its code marks. */
const plain = (cell: Tokens.TableCell) => cell.text.replace(/`/g, '').trim();
/** The rule ids a cell links to (`[`id`](rules/id.md)`). */
const linkedRules = (text: string) => [...text.matchAll(/\]\(rules\/([a-z0-9-]+)\.md\)/g)].map((match) => match[1]!).sort();

/** The page's field tables (header `field`) and value tables (header `value`, under a heading naming the field in code). */
function pageTables(): { fields: Map<string, Field>; enums: Map<string, EnumField>; duplicates: string[] } {
  const fields = new Map<string, Field>();
  const enums = new Map<string, EnumField>();
  const duplicates: string[] = [];
  let heading = '';
  for (const token of marked.lexer(page)) {
    if (token.type === 'heading') heading = (token as Tokens.Heading).text;
    if (token.type !== 'table') continue;
    const table = token as Tokens.Table;
    const kind = plain(table.header[0]!);
    if (kind === 'field') {
      for (const row of table.rows) {
        const path = plain(row[0]!);
        if (fields.has(path)) duplicates.push(path);
        fields.set(path, { required: plain(row[1]!) === 'yes', rules: linkedRules(row[3]!.text) });
      }
    } else if (kind === 'value') {
      const path = /`([^`]+)`/.exec(heading)?.[1] ?? `(no field named in heading "${heading}")`;
      if (enums.has(path)) duplicates.push(path);
      enums.set(path, { values: table.rows.map((row) => (plain(row[0]!) === 'null' ? null : plain(row[0]!))), rules: table.rows.map((row) => linkedRules(row[2]!.text)) });
    }
  }
  return { fields, enums, duplicates };
}

/** Every subschema of a schema, with the path it is at, for checks that hold everywhere. */
function* subschemas(schema: Schema, path = '#'): Generator<[string, Schema]> {
  yield [path, schema];
  for (const [group, children] of [
    ['properties', schema.properties],
    ['patternProperties', schema.patternProperties],
    ['$defs', schema.$defs],
  ] as const) {
    for (const [key, child] of Object.entries(children ?? {})) yield* subschemas(child, `${path}/${group}/${key}`);
  }
  if (schema.items) yield* subschemas(schema.items, `${path}/items`);
  if (typeof schema.additionalProperties === 'object') yield* subschemas(schema.additionalProperties, `${path}/additionalProperties`);
  for (const [index, branch] of (schema.anyOf ?? []).entries()) yield* subschemas(branch, `${path}/anyOf/${index}`);
}

describe('docs/inventory-format.md and the inventory schema', () => {
  const schema = schemaFields();
  const documented = pageTables();

  it('the schema has the fields of SPEC v2 §1 (the walk finds them)', () => {
    for (const path of ['controller.joint_controllers[].arrangement', 'record.updated', 'data_categories[].criminal_condition', 'processing_activities[].on_behalf_of[].contact', 'processing_activities[].dpia.criteria', 'x-ropa-lint-ignore[].until']) {
      expect(schema.fields.has(path), path).toBe(true);
    }
  });

  it('documents every field of the schema once, and no field the schema does not have', () => {
    expect(documented.duplicates).toEqual([]);
    expect([...documented.fields.keys()].sort()).toEqual([...schema.fields.keys()].sort());
  });

  it('marks exactly the fields the schema requires as required', () => {
    const required = (fields: Map<string, Field>) => [...fields].filter(([, field]) => field.required).map(([path]) => path).sort();
    expect(required(documented.fields)).toEqual(required(schema.fields));
  });

  it('names for each field the rules its schema description names', () => {
    for (const [path, field] of schema.fields) expect(documented.fields.get(path)?.rules, path).toEqual(field.rules);
  });

  it('lists every allowed value of every enum, in the schema\'s order, and no other value table', () => {
    expect([...documented.enums.keys()].sort()).toEqual([...schema.enums.keys()].sort());
    for (const [path, values] of schema.enums) expect(documented.enums.get(path)?.values, path).toEqual(values.values);
  });

  it('names for each value the rules its markdownEnumDescription names', () => {
    for (const [path, values] of schema.enums) expect(documented.enums.get(path)?.rules, path).toEqual(values.rules);
  });

  it('names the WP248 criteria, the sources and the lawful bases that the rules read', () => {
    expect(schema.enums.get('processing_activities[].dpia.criteria')?.values).toHaveLength(9);
    expect(schema.enums.get('data_categories[].source')?.rules[0]).toContain('eprivacy-communications-consent');
    expect(schema.enums.get('processing_activities[].purposes[].consent.collection')?.rules.at(-1)).toContain('consent-not-opt-in');
  });

  it('gives a valid inventory as its example', () => {
    const example = /```yaml\n(# yaml-language-server[\s\S]*?)```/.exec(page)?.[1];
    expect(example).toBeDefined();
    const findings = lintSource(example!, 'docs/inventory-format.md', { rules: [rulesById.get('schema')!] }).findings;
    expect(findings.map((finding) => `${finding.line}:${finding.column} ${finding.message}`)).toEqual([]);
  });
});

describe('rules named by the format', () => {
  it('every rule the page links exists and has its docs page, and every rule is linked', () => {
    const linked = new Set(linkedRules(page));
    for (const id of linked) {
      expect(registered, `docs/inventory-format.md links rules/${id}.md`).toContain(id);
      expect(existsSync(new URL(`../docs/rules/${id}.md`, import.meta.url)), id).toBe(true);
    }
    expect(registered.filter((id) => !linked.has(id))).toEqual([]);
  });

  it('every rule a schema description names exists', () => {
    for (const [path, node] of subschemas(inventorySchema)) {
      for (const id of [...drivesOf(node.description), ...(node.markdownEnumDescriptions ?? []).flatMap(drivesOf)]) expect(registered, path).toContain(id);
    }
  });

  const summaries = rules.map((rule) => (ruleSummary as (meta: unknown) => string)(rule.meta));
  const stale = 'the schemas lag the registry: run `npm run generate`';

  it('ignores\' `rule` offers exactly the registry\'s rule ids, each with its severity, reference and description', () => {
    const rule = resolve(inventorySchema.$defs!.ignore!.items!).properties!.rule!;
    const hint = rule.anyOf!.find((branch) => branch.enum)!;
    expect(hint.enum, stale).toEqual(registered);
    expect(hint.markdownEnumDescriptions, stale).toEqual(summaries);
    expect(summaries[registered.indexOf('consent-not-opt-in')]).toContain('**error** by default · Art. 4(11), Recital 32');
  });

  it('the config\'s `rules:` offers exactly the registry\'s rule ids as keys, each with its severity, reference and description', () => {
    const properties = configSchema.properties!.rules!.properties!;
    expect(Object.keys(properties), stale).toEqual(registered);
    expect(Object.values(properties).map((property) => property.description), stale).toEqual(summaries);
  });

  it('an unknown rule in an ignore is reported once, by invalid-ignore with the closest id, not by the schema', () => {
    const text = [
      'version: 1',
      'controller: {name: Acme}',
      'data_subjects: []',
      'data_categories: []',
      'processing_activities: []',
      'x-ropa-lint-ignore: [{rule: notice-mising, reason: The notice is published by the parent company}]',
      '',
    ].join('\n');
    const findings = lintSource(text, 'test.ropa.yaml', { rules }).findings.filter((finding) => finding.line === 6);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['invalid-ignore']);
    expect(findings[0]!.help).toContain('`notice-missing`');
  });
});

describe('the schemas for editors', () => {
  it.each([
    ['inventory', inventorySchema],
    ['config', configSchema],
  ] as const)('%s: every enum value has a markdownEnumDescription', (_name, schema) => {
    for (const [path, node] of subschemas(schema)) {
      if (!node.enum) continue;
      expect(node.markdownEnumDescriptions?.length, path).toBe(node.enum.length);
      for (const description of node.markdownEnumDescriptions!) expect(description.trim().length, path).toBeGreaterThan(10);
    }
  });

  it.each([
    ['inventory', inventorySchema],
    ['config', configSchema],
  ] as const)('%s: every property has a title and a description, and every free-text field examples', (_name, schema) => {
    for (const [path, raw] of subschemas(schema)) {
      if (!/\/properties\/[^/]+$/.test(path)) continue;
      const node = resolve(raw, schema);
      expect(node.title, `${path} title`).toBeTruthy();
      expect(node.description, `${path} description`).toBeTruthy();
      const freeText = [node.type].flat().includes('string') && !node.enum && node.const === undefined && !node.anyOf && !path.includes('/rules/properties/');
      if (freeText) expect(node.examples?.length, `${path} examples`).toBeGreaterThan(0);
    }
  });

  it('the schemas\' $id is the URL the README and the format page give editors', () => {
    expect(inventorySchema.$id).toMatch(/^https:\/\/raw\.githubusercontent\.com\/ropa-lint\/ropa-lint\/main\/schemas\/inventory\.schema\.json$/);
    expect(readme).toContain(`# yaml-language-server: $schema=${inventorySchema.$id}`);
    expect(page).toContain(`# yaml-language-server: $schema=${inventorySchema.$id}`);
    expect(readme).toContain(`# yaml-language-server: $schema=${configSchema.$id}`);
  });

  it('the README\'s section on the inventory links this page', () => {
    const section = readme.slice(readme.indexOf('## The inventory'), readme.indexOf('\n## ', readme.indexOf('## The inventory') + 1));
    expect(section).toContain('(docs/inventory-format.md)');
  });
});
