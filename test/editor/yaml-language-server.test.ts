/**
 * The schemas as an editor user meets them: the real yaml-language-server (the engine of VS
 * Code's YAML extension, and of Neovim's, Helix's and Zed's YAML support) driven over stdio like an
 * editor drives it. An inventory gets its schema from the modeline the examples start with, and
 * `.ropa-lint.yaml` from the `yaml.schemas` setting (docs/editors.md). Nothing goes to the network.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintText, rules } from '../../src/api.js';
import { yaml } from '../support/dedent.js';
import { fileUri, LspClient, markupText, withCursors, type CompletionItem, type Diagnostic } from './lsp-client.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MODELINE = '# yaml-language-server: $schema=../schemas/inventory.schema.json';

interface SchemaNode {
  $ref?: string;
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  enum?: unknown[];
  markdownEnumDescriptions?: string[];
  [keyword: string]: unknown;
}

const inventorySchema = JSON.parse(readFileSync(path.join(root, 'schemas/inventory.schema.json'), 'utf8')) as SchemaNode;
const configSchema = JSON.parse(readFileSync(path.join(root, 'schemas/config.schema.json'), 'utf8')) as SchemaNode;

/** Follows local `$ref`s (`#/$defs/…`), as the server does. */
function deref(schema: SchemaNode, node: SchemaNode): SchemaNode {
  let current = node;
  for (let hops = 0; current.$ref !== undefined; hops++) {
    if (hops > 20 || !current.$ref.startsWith('#/')) throw new Error(`cannot follow $ref ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce<SchemaNode>((parent, key) => (parent as Record<string, SchemaNode>)[key.replace(/~1/g, '/').replace(/~0/g, '~')]!, schema);
  }
  return current;
}

/** The schema node that governs the value at `at` in a document (keys and list indexes). */
function schemaAt(schema: SchemaNode, at: ReadonlyArray<string | number>): SchemaNode {
  let node = deref(schema, schema);
  for (const step of at) {
    const next = typeof step === 'number' ? node.items : node.properties?.[step];
    if (!next) throw new Error(`the schema has nothing at ${at.join('/')} (stuck at ${String(step)})`);
    node = deref(schema, next);
  }
  return node;
}

/** The part of a node that lists values: the node itself, or its branch of an anyOf / oneOf that does. */
function enumNode(schema: SchemaNode, node: SchemaNode): SchemaNode {
  if (node.enum) return node;
  const branch = [...(node.anyOf ?? []), ...(node.oneOf ?? [])].map((part) => deref(schema, part)).find((part) => part.enum);
  if (!branch) throw new Error(`no enum at ${node.title ?? JSON.stringify(node).slice(0, 80)}`);
  return branch;
}

/** Every node of a schema that lists values, wherever it is. */
function allEnums(node: unknown, found = new Set<SchemaNode>()): Set<SchemaNode> {
  if (Array.isArray(node)) for (const item of node) allEnums(item, found);
  else if (node !== null && typeof node === 'object') {
    if (Array.isArray((node as SchemaNode).enum)) found.add(node as SchemaNode);
    for (const value of Object.values(node)) allEnums(value, found);
  }
  return found;
}

/** Hover text as a person reads it: the server escapes Markdown in plain descriptions. */
function readable(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}

/** The server quotes a value that YAML 1.1 would read as a boolean (`"off"`); either way it is the text. */
function unquoted(label: string): string {
  return label.startsWith('"') ? (JSON.parse(label) as string) : label;
}

function documentation(item: CompletionItem): string {
  return markupText(item.documentation);
}

/** 1-based, as ropa-lint and editors show them. */
function where(diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
}

// SPEC §1, the `source` table: the values users write, in the SPEC's order.
const SOURCES = [
  'communications-content',
  'communications-metadata',
  'terminal-equipment',
  'provided-by-subject',
  'observed',
  'inferred',
  'third-party',
  'public',
];

let server: LspClient;

beforeAll(async () => {
  server = await LspClient.start({
    root,
    // What a user puts in .vscode/settings.json (docs/editors.md); the catalog stays off, so that
    // only the modeline and this setting can give a file its schema.
    yamlSettings: {
      validate: true,
      completion: true,
      hover: true,
      schemaStore: { enable: false },
      schemas: { './schemas/config.schema.json': ['.ropa-lint.yaml'] },
    },
  });
}, 30_000);

afterAll(async () => {
  await server?.close();
});

describe('which schema a file gets', () => {
  it('an inventory gets the inventory schema from the modeline the examples start with', async () => {
    const uri = fileUri(path.join(root, 'examples/modeline-only.yaml'));
    await server.open(uri, `${MODELINE}\nversion: 1\n`);
    expect((await server.schemasOf(uri)).map((schema) => schema.uri)).toEqual([fileUri(path.join(root, 'schemas/inventory.schema.json'))]);
  });

  it('.ropa-lint.yaml gets the config schema from the yaml.schemas setting', async () => {
    const uri = fileUri(path.join(root, 'privacy/.ropa-lint.yaml'));
    await server.open(uri, 'fail-on: warning\n');
    expect((await server.schemasOf(uri)).map((schema) => schema.uri)).toEqual([fileUri(path.join(root, 'schemas/config.schema.json'))]);
  });

  it('a YAML file with neither gets no schema and no diagnostics', async () => {
    const uri = fileUri(path.join(root, 'examples/unrelated.yaml'));
    expect(await server.open(uri, 'anything: goes\n')).toEqual([]);
    expect(await server.schemasOf(uri)).toEqual([]);
  });
});

describe('diagnostics', () => {
  it('underlines an unknown key and a value outside the list, and says what is allowed', async () => {
    const text = yaml`
      ${MODELINE}
      version: 1
      controller:
        name: Acme Chat Ltd
        nmae: Acme
        x-jira: PRIV-12
      data_subjects:
        - id: members
          name: Members of customer workspaces
      data_categories:
        - id: messages
          name: Messages
          source: email
      processing_activities:
        - id: replies
          name: Smart replies
          role: controller
          data_subjects: [members]
          data_categories: [messages]
          purposes:
            - id: deliver-messages
              description: Deliver messages.
              ai_training: false
    `;
    const diagnostics = await server.open(fileUri(path.join(root, 'examples/mistakes.ropa.yaml')), text);
    // The `x-` key is a user extension (SPEC §1): the editor leaves it alone, as ropa-lint does.
    expect(diagnostics.map((diagnostic) => [where(diagnostic), diagnostic.message])).toEqual([
      ['5:3-5:7', 'Property nmae is not allowed.'],
      ['13:13-13:18', `Value is not accepted. Valid values: ${SOURCES.map((source) => `"${source}"`).join(', ')}.`],
    ]);
    expect(diagnostics.map((diagnostic) => diagnostic.severity)).toEqual([1, 1]);
  });

  const examples = readdirSync(path.join(root, 'examples')).filter((name) => name.endsWith('.ropa.yaml')).sort();

  it.each(examples)('%s: the editor underlines the lines ropa-lint reports as schema findings', async (name) => {
    const original = readFileSync(path.join(root, 'examples', name), 'utf8');
    // An example without the modeline is opened as a user who adds it would see it.
    const text = original.startsWith('# yaml-language-server:') ? original : `${MODELINE}\n${original}`;
    const diagnostics = await server.open(fileUri(path.join(root, 'examples', `editor-${name}`)), text);
    const findings = lintText(text, { file: name }).files.flatMap((file) => file.findings).filter((finding) => finding.ruleId === 'schema');
    expect(diagnostics.map((diagnostic) => diagnostic.range.start.line + 1).sort((a, b) => a - b)).toEqual(
      findings.map((finding) => finding.line).sort((a, b) => a - b),
    );
  });

  it('a record with one mistake of each kind: the editor and ropa-lint flag the same lines', async () => {
    const text = yaml`
      ${MODELINE}
      version: 1
      controller:
        name: Acme Chat Ltd
      data_subjects:
        - id: Members
          name: Members
          children: maybe
      data_categories:
        - id: messages
          name: Messages
          source: communications-content
          special: [health, politics]
      processing_activities:
        - id: replies
          name: Smart replies
          role: controller
          data_subjects: [members]
          data_categories: [messages]
          purposes:
            - id: train
              ai_training: true
              lawful_basis: consent
              consent:
                collection: optin
                given_by: admin
          transfers:
            - country: USA
              mechanism: adequacy
    `;
    const diagnostics = await server.open(fileUri(path.join(root, 'examples/each-kind.ropa.yaml')), text);
    const findings = lintText(text, { file: 'each-kind.ropa.yaml' }).files.flatMap((file) => file.findings).filter((finding) => finding.ruleId === 'schema');
    // An id that is not kebab-case (6), a text for a boolean (8), values outside their lists (13,
    // 25, 26), a purpose without its description (21), a country that is not two letters (28).
    const expected = [6, 8, 13, 21, 25, 26, 28];
    expect(diagnostics.map((diagnostic) => diagnostic.range.start.line + 1).sort((a, b) => a - b)).toEqual(expected);
    expect(findings.map((finding) => finding.line).sort((a, b) => a - b)).toEqual(expected);
  });
});

describe('completion of values, each with what it means', () => {
  // One record with the caret at every place the inventory schema lists values.
  const inventory = withCursors(yaml`
    ${MODELINE}
    version: 1
    controller:
      name: Acme Chat Ltd
    data_subjects:
      - id: members
        name: Members of customer workspaces
    data_categories:
      - id: messages
        name: Messages
        source: <<source>>
        special:
          - <<special>>
    processing_activities:
      - id: replies
        name: Smart replies
        role: <<role>>
        data_subjects: [members]
        data_categories: [messages]
        purposes:
          - id: train-reply-model
            description: Train the reply model on past conversations.
            ai_training: true
            lawful_basis: <<lawful_basis>>
            special_category_condition: <<special_category_condition>>
            consent:
              collection: <<collection>>
              given_by: <<given_by>>
              withdrawal: <<withdrawal>>
            legitimate_interests:
              objection: <<objection>>
        processors:
          - name: GPU Cloud Inc
            mechanism: <<processor_mechanism>>
        transfers:
          - country: US
            mechanism: <<transfer_mechanism>>
        dpia:
          status: <<dpia_status>>
          criteria:
            - <<dpia_criteria>>
  `);
  const inventoryUri = fileUri(path.join(root, 'examples/completion.ropa.yaml'));

  const config = withCursors(yaml`
    rules:
      consent-records: <<setting>>
    fail-on: <<fail_on>>
  `);
  const configUri = fileUri(path.join(root, 'settings/.ropa-lint.yaml'));

  const cases: ReadonlyArray<[cursor: string, schema: SchemaNode, at: ReadonlyArray<string | number>]> = [
    ['source', inventorySchema, ['data_categories', 0, 'source']],
    ['special', inventorySchema, ['data_categories', 0, 'special', 0]],
    ['role', inventorySchema, ['processing_activities', 0, 'role']],
    ['lawful_basis', inventorySchema, ['processing_activities', 0, 'purposes', 0, 'lawful_basis']],
    ['special_category_condition', inventorySchema, ['processing_activities', 0, 'purposes', 0, 'special_category_condition']],
    ['collection', inventorySchema, ['processing_activities', 0, 'purposes', 0, 'consent', 'collection']],
    ['given_by', inventorySchema, ['processing_activities', 0, 'purposes', 0, 'consent', 'given_by']],
    ['withdrawal', inventorySchema, ['processing_activities', 0, 'purposes', 0, 'consent', 'withdrawal']],
    ['objection', inventorySchema, ['processing_activities', 0, 'purposes', 0, 'legitimate_interests', 'objection']],
    ['processor_mechanism', inventorySchema, ['processing_activities', 0, 'processors', 0, 'mechanism']],
    ['transfer_mechanism', inventorySchema, ['processing_activities', 0, 'transfers', 0, 'mechanism']],
    ['dpia_status', inventorySchema, ['processing_activities', 0, 'dpia', 'status']],
    ['dpia_criteria', inventorySchema, ['processing_activities', 0, 'dpia', 'criteria', 0]],
    ['setting', configSchema, ['rules', 'consent-records']],
    ['fail_on', configSchema, ['fail-on']],
  ];

  beforeAll(async () => {
    await server.open(inventoryUri, inventory.text);
    await server.open(configUri, config.text);
  });

  it.each(cases)('%s: every allowed value, with its markdownEnumDescription as Markdown', async (cursor, schema, at) => {
    const values = enumNode(schema, schemaAt(schema, at));
    const document = schema === configSchema ? config : inventory;
    const items = await server.completion(schema === configSchema ? configUri : inventoryUri, document.at[cursor]!);
    expect(items.map((item) => unquoted(item.label)).sort()).toEqual(values.enum!.map(String).sort());
    for (const item of items) {
      const index = values.enum!.map(String).indexOf(unquoted(item.label));
      expect(item.documentation, item.label).toEqual({ kind: 'markdown', value: values.markdownEnumDescriptions?.[index] });
      expect(documentation(item).length, item.label).toBeGreaterThan(20);
    }
  });

  it('covers every place the schemas list values, so a new one is checked in the editor too', () => {
    const covered = new Set(cases.map(([, schema, at]) => enumNode(schema, schemaAt(schema, at))));
    // The rule ids an ignore names are completed in their own test below.
    covered.add(enumNode(inventorySchema, schemaAt(inventorySchema, ['x-ropa-lint-ignore', 0, 'rule'])));
    const uncovered = [...allEnums(inventorySchema), ...allEnums(configSchema)].filter((node) => !covered.has(node));
    expect(uncovered.map((node) => node.title ?? node.enum!.join('|'))).toEqual([]);
  });

  it('source: the SPEC values, and the ePrivacy article each of the first three brings in', async () => {
    const items = await server.completion(inventoryUri, inventory.at.source!);
    expect(items.map((item) => item.label)).toEqual(SOURCES);
    const said = Object.fromEntries(items.map((item) => [item.label, documentation(item)]));
    expect(said['communications-content']).toMatch(/ePrivacy Art\. 5\(1\)/);
    expect(said['communications-metadata']).toMatch(/ePrivacy Art\. 6\b/);
    expect(said['terminal-equipment']).toMatch(/ePrivacy Art\. 5\(3\)/);
    expect(said['provided-by-subject']).not.toMatch(/ePrivacy/);
  });

  it('collection: says why terms-acceptance and pre-ticked boxes are not consent', async () => {
    const said = Object.fromEntries((await server.completion(inventoryUri, inventory.at.collection!)).map((item) => [item.label, documentation(item)]));
    expect(said['terms-acceptance']).toMatch(/Art\. 7\(/);
    expect(said['pre-ticked']).toMatch(/Planet49/);
    expect(said['opt-in']).toMatch(/Art\. 4\(11\)/);
  });
});

describe('completion of rule ids', () => {
  const ids = rules.map((rule) => rule.id).sort();
  // The schemas carry the registry's rule ids and descriptions, written there by a script.
  const lag = (id: string) => `${id}: the schemas lag the registry; run \`npm run generate\``;

  const document = withCursors(yaml`
    ${MODELINE}
    version: 1
    controller:
      name: Acme Chat Ltd
    data_subjects: []
    data_categories: []
    processing_activities:
      - id: replies
        name: Smart replies
        role: controller
        data_subjects: []
        data_categories: []
        purposes:
          - id: train-reply-model
            description: Train the reply model.
            ai_training: true
            x-ropa-lint-ignore:
              - rule: <<purpose>>
                reason: Reviewed with the DPO.
    x-ropa-lint-ignore:
      - rule: <<file>>
        reason: Reviewed with the DPO.
  `);
  const uri = fileUri(path.join(root, 'examples/ignores.ropa.yaml'));

  beforeAll(async () => {
    await server.open(uri, document.text);
  });

  it.each([
    ['the whole file', 'file'],
    ['a purpose', 'purpose'],
  ])("an ignore's rule: on %s lists every rule, each with its description", async (_where, cursor) => {
    const items = await server.completion(uri, document.at[cursor]!);
    expect(items.map((item) => item.label).sort(), lag('rule ids')).toEqual(ids);
    for (const rule of rules) {
      const item = items.find((candidate) => candidate.label === rule.id)!;
      expect(item.documentation, rule.id).toMatchObject({ kind: 'markdown' });
      expect(documentation(item), lag(rule.id)).toContain(rule.description);
    }
  });

  it('a key under rules: in .ropa-lint.yaml lists every rule, each with its description and none that does not exist', async () => {
    const document = withCursors('rules:\n  <<key>>\nfail-on: error\n');
    const uri = fileUri(path.join(root, 'keys/.ropa-lint.yaml'));
    await server.open(uri, document.text);
    const items = await server.completion(uri, document.at.key!);
    const offered = items.filter((item) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(item.label));
    expect(offered.map((item) => item.label).sort(), lag('rule ids')).toEqual(ids);
    for (const rule of rules) expect(documentation(offered.find((item) => item.label === rule.id)!), lag(rule.id)).toContain(rule.description);
  });
});

describe('hover', () => {
  const document = withCursors(yaml`
    ${MODELINE}
    version: 1
    controller:
      name: Acme Chat Ltd
    data_subjects: []
    data_categories:
      - id: messages
        name: Messages
        <<source_key>>source: communications-<<source_value>>content
    processing_activities:
      - id: replies
        name: Smart replies
        role: controller
        data_subjects: []
        data_categories: [messages]
        purposes:
          - id: train-reply-model
            description: Train the reply model.
            ai_training: true
            lawful_<<basis_key>>basis: consent
  `);
  const uri = fileUri(path.join(root, 'examples/hover.ropa.yaml'));

  beforeAll(async () => {
    await server.open(uri, document.text);
  });

  it('on a key: its title and description from the schema', async () => {
    const node = schemaAt(inventorySchema, ['processing_activities', 0, 'purposes', 0, 'lawful_basis']);
    const text = readable(markupText((await server.hover(uri, document.at.basis_key!))?.contents));
    expect(text).toContain(`#### ${node.title}`);
    expect(text).toContain(node.description);
    expect(node.description).toMatch(/Art\. 6\(1\)/);
  });

  it('on a key whose values have meanings: the description and what each value means', async () => {
    const node = schemaAt(inventorySchema, ['data_categories', 0, 'source']);
    const text = readable(markupText((await server.hover(uri, document.at.source_key!))?.contents));
    expect(text).toContain(node.description);
    node.enum!.forEach((value, index) => expect(text).toContain(`\`${String(value)}\`: ${node.markdownEnumDescriptions![index]}`));
  });

  it('on a value: what that value means in law', async () => {
    const text = markupText((await server.hover(uri, document.at.source_value!))?.contents);
    expect(text).toMatch(/`communications-content`: [^\n]*ePrivacy Art\. 5\(1\)/);
  });

  it('on a rule id in .ropa-lint.yaml: the rule, its default severity and its article', async () => {
    const config = withCursors('rules:\n  consent-<<key>>records: notice\n');
    const configUri = fileUri(path.join(root, 'hover/.ropa-lint.yaml'));
    await server.open(configUri, config.text);
    const text = readable(markupText((await server.hover(configUri, config.at.key!))?.contents));
    const rule = rules.find((candidate) => candidate.id === 'consent-records')!;
    // The severities also appear as the allowed values: look at the line that describes the rule.
    const line = text.split('\n').find((candidate) => candidate.includes(rule.description));
    expect(line).toContain(`${rule.severity}** by default`);
    expect(line).toContain(rule.reference!);
  });
});
