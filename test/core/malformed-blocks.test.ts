/**
 * A value the schema rejects is the schema rule's finding, and no other rule reads it as absent
 * ("records no DPIA" beside `dpia: completed`) or judges it as something it does not say. The
 * cases are found, not listed: every mapping, list, boolean and enum field of the inventory
 * schema that a complete record writes is given a value of the wrong shape, the way beginners
 * write them (`dpia: completed`, a list entry without its `- `, `dpa: yes`, `lawful_basis:
 * Consent`), and the record, otherwise clean under every rule, is linted with every rule and
 * compared with itself as the base, so that the comparison rules run too. A key written with a
 * typo (`lawfull_basis:`) is the same kind of mistake, and is tested the same way below.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parseDocument } from 'yaml';
import { lintRun } from '../../src/core/compare.js';
import type { Finding } from '../../src/core/types.js';
import { rules } from '../../src/rules/index.js';
import { yaml } from '../support/dedent.js';

interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  $defs?: Record<string, Schema>;
}

const schema = JSON.parse(readFileSync(new URL('../../schemas/inventory.schema.json', import.meta.url), 'utf8')) as Schema;

function resolve(node: Schema): Schema {
  if (!node.$ref) return node;
  const { $ref, ...own } = node;
  return { ...resolve(schema.$defs![$ref.replace('#/$defs/', '')]!), ...own };
}

const typesOf = (node: Schema) => [node.type ?? []].flat();

/** A record that every rule accepts, with every block a beginner gets wrong: consent, legitimate interests, a DPIA, processors, transfers, joint controllers, controllers acted for. */
const record = yaml`
  version: 1
  controller:
    name: Acme Chat Ltd
    contact: privacy@acme.example
    joint_controllers:
      - name: Partner Analytics SA
        contact: privacy@partner.example
        arrangement: docs/contracts/joint-controller.md
  notice: docs/privacy-notice.md
  record:
    owner: Privacy team
    updated: 2026-11-30
  data_subjects:
    - id: workspace-members
      name: Members of customer workspaces
      children: false
  data_categories:
    - id: chat-messages
      name: Messages, files and reactions
      source: communications-content
      retention: P90D
      collected_for: [deliver-messages]
    - id: wellbeing-answers
      name: Answers to the wellbeing survey
      source: provided-by-subject
      special: [health]
      criminal: false
      anonymised: false
  processing_activities:
    - id: messaging
      name: Messaging
      role: controller
      data_subjects: [workspace-members]
      data_categories: [chat-messages]
      purposes:
        - id: deliver-messages
          description: Store and deliver messages.
          ai_training: false
          lawful_basis: contract
        - id: detect-spam
          description: Detect spam and abuse.
          ai_training: false
          lawful_basis: legitimate-interests
          legitimate_interests:
            interest: Keep the platform free of spam
            assessment: docs/lia/detect-spam.md
            objection: in-product
            objection_before_processing: true
      recipients: []
      processors:
        - name: Hosting GmbH
          dpa: true
          dpa_reference: docs/contracts/hosting-dpa.pdf
          country: DE
        - name: GPU Cloud Inc
          dpa: true
          country: US
      transfers:
        - country: US
          mechanism: scc
          safeguard_reference: docs/transfers/us-scc.md
      retention: P90D
      security_measures: [encryption-at-rest, access-control]
      automated_decision_making: false
    - id: smart-replies
      name: Smart reply suggestions
      role: controller
      data_subjects: [workspace-members]
      data_categories: [chat-messages, wellbeing-answers]
      purposes:
        - id: train-reply-model
          description: Train the reply-suggestion model on past conversations.
          ai_training: true
          lawful_basis: consent
          special_category_condition: explicit-consent
          consent:
            collection: opt-in
            explicit: true
            granular: true
            required_for_service: false
            given_by: all-participants
            withdrawal: in-product
            records: consent-service
      recipients: [ML platform team]
      transfers: []
      retention: P30D
      security_measures: [encryption-at-rest, pseudonymisation]
      dpia:
        status: completed
        reference: docs/dpia/smart-replies.md
        criteria: [innovative-technology, sensitive-data]
      automated_decision_making: true
    - id: partner-analytics
      name: Usage analytics with our partner
      role: joint-controller
      data_subjects: [workspace-members]
      data_categories: [chat-messages]
      purposes:
        - id: count-usage
          description: Count how often features are used.
          ai_training: false
          lawful_basis: contract
      recipients: [Partner Analytics SA]
      transfers: []
      retention: P1Y
      security_measures: [aggregation]
    - id: customer-support
      name: Support desk run for customers
      role: processor
      on_behalf_of:
        - name: Customer Ltd
          contact: privacy@customer.example
      data_subjects: [workspace-members]
      data_categories: [chat-messages]
      purposes:
        - id: answer-tickets
          description: Answer support tickets for the customer.
          ai_training: false
          lawful_basis: contract
      transfers: []
      security_measures: [access-control]
`;

const notice = `# Privacy notice

## Smart replies {#train-reply-model}

With your consent we use your conversations to train the model that suggests replies. You can
withdraw your consent at any time in the settings, and object to spam detection there too.
`;

const documents = new Map(
  ['docs/contracts/joint-controller.md', 'docs/lia/detect-spam.md', 'docs/contracts/hosting-dpa.pdf', 'docs/transfers/us-scc.md', 'docs/dpia/smart-replies.md'].map((path) => [path, { status: 'present' as const }]),
);

const FILE = 'privacy/ropa.yaml';

function lint(text: string): Finding[] {
  return lintRun([{ file: FILE, text }], { rules, today: '2026-11-25', notices: () => ({ text: notice }), documents, base: [{ file: FILE, text: record }] }).flatMap((report) => report.findings);
}

interface Mutation {
  /** The pointer of the node given the wrong shape. */
  pointer: string;
  /** How it is wrong, for the test's name. */
  how: string;
  text: string;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What a beginner writes for a whole mapping: its name or its one telling value (`controller: Acme Chat Ltd`, `dpia: completed`), or `yes`. */
function inOneWord(value: unknown): string {
  const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const word = fields.name ?? fields.id ?? fields.country ?? fields.status;
  return typeof word === 'string' ? word : 'yes';
}

/**
 * The wrong shapes a beginner gives a node of this schema, written from its value in the record:
 * a mapping (a list entry among them) as one word or as a list of itself (a `- ` too many), a list
 * as a text or as its first entry (the `- ` left out), a boolean as `yes` or `no`, an allowed value
 * capitalised.
 */
function wrongShapes(node: Schema, value: unknown): { how: string; value: unknown }[] {
  const types = typesOf(node);
  const shapes: { how: string; value: unknown }[] = [];
  if (types.includes('object') && !types.includes('string')) {
    shapes.push({ how: 'a text', value: inOneWord(value) }, { how: 'a list', value: [value] });
  }
  if (types.includes('array')) {
    const first = Array.isArray(value) ? value[0] : undefined;
    if (!types.includes('string')) shapes.push({ how: 'a text', value: typeof first === 'string' ? first : 'yes' });
    shapes.push({ how: 'a mapping', value: typeof first === 'object' && first !== null ? first : { name: String(first ?? 'x') } });
  }
  if (types.includes('boolean')) shapes.push({ how: 'yes or no', value: value === true ? 'yes' : 'no' });
  if (node.enum && typeof value === 'string') shapes.push({ how: 'a capitalised value', value: capitalised(value) });
  return shapes;
}

/** Every wrong shape of every node of the record the schema gives a mapping, list, boolean or enum. */
function mutations(): Mutation[] {
  const found: Mutation[] = [];
  const visit = (node: Schema, value: unknown, path: (string | number)[]) => {
    const resolved = resolve(node);
    if (path.length > 0) {
      for (const shape of wrongShapes(resolved, value)) {
        const document = parseDocument(record);
        document.setIn(path, document.createNode(shape.value));
        found.push({ pointer: `/${path.join('/')}`, how: shape.how, text: document.toString() });
      }
    }
    if (Array.isArray(value) && resolved.items) {
      const items = resolve(resolved.items);
      value.forEach((item, index) => visit(items, item, [...path, index]));
    } else if (typeof value === 'object' && value !== null && resolved.properties) {
      for (const [key, child] of Object.entries(value)) {
        const property = resolved.properties[key];
        if (property) visit(property, child, [...path, key]);
      }
    }
  };
  visit(schema, parseDocument(record).toJS(), []);
  return found;
}

const within = (pointer: string, node: string) => pointer === node || pointer.startsWith(`${node}/`);

/**
 * The fields whose wrong shape a rule still reads as absent or judges, each with that rule, while
 * the rule is being reworked by its owner. The test fails for an entry that no longer needs to be
 * here, so the list only shrinks.
 */
const PENDING: Record<string, string> = {};

describe('a value of the wrong shape is the schema rule\'s finding alone', () => {
  it('the record is clean under every rule, so any other finding comes from the wrong shape', () => {
    expect(lint(record).map((finding) => `${finding.ruleId} ${finding.pointer}`)).toEqual([]);
  });

  const cases = mutations();

  it('the mutations reach every kind of block', () => {
    const pointers = new Set(cases.map((mutation) => mutation.pointer));
    for (const pointer of ['/controller', '/controller/joint_controllers/0', '/processing_activities/1/purposes/0/consent', '/processing_activities/0/purposes/1/legitimate_interests', '/processing_activities/1/dpia', '/processing_activities/0/processors', '/processing_activities/0/transfers/0', '/processing_activities/3/on_behalf_of', '/data_subjects']) {
      expect(pointers, pointer).toContain(pointer);
    }
  });

  it.each(cases.map((mutation) => [`${mutation.pointer} as ${mutation.how}`, mutation] as const))('%s', (name, mutation) => {
    const findings = lint(mutation.text);
    const schemaFindings = findings.filter((finding) => finding.ruleId === 'schema');
    expect(schemaFindings.some((finding) => within(finding.pointer, mutation.pointer)), `the schema reports ${mutation.pointer}`).toBe(true);
    const others = findings.filter((finding) => finding.ruleId !== 'schema').map((finding) => `${finding.ruleId} at ${finding.pointer}: ${finding.message}`);
    const pending = PENDING[name];
    if (pending === undefined) {
      expect(others).toEqual([]);
    } else {
      expect(others.some((other) => other.startsWith(`${pending} `)), `${pending} no longer speaks of ${name}: remove it from PENDING`).toBe(true);
      expect(others.filter((other) => !other.startsWith(`${pending} `))).toEqual([]);
    }
  });

  it('lists only cases that exist', () => {
    const names = new Set(mutations().map((mutation) => `${mutation.pointer} as ${mutation.how}`));
    expect(Object.keys(PENDING).filter((name) => !names.has(name))).toEqual([]);
  });
});

/**
 * A key written with a typo (`lawfull_basis: consent`, `consnet:`) is one fact: the schema rule
 * reports the unknown key and asks "did you mean `lawful_basis`?". A rule that asks for the key
 * stays quiet, instead of saying the purpose "has no lawful basis". The keys are found, not
 * listed: every key of the record whose removal makes a rule speak is a key a rule asks for, and
 * is given the two typos of someone writing a record by hand, a letter doubled and two letters
 * swapped.
 */
interface Misspelling {
  /** The pointer of the key as the record writes it. */
  pointer: string;
  key: string;
  misspelt: string;
  text: string;
  /** The rules that speak when the key is removed: those that ask for it. */
  askedBy: string[];
}

/** A letter doubled at the end of the first word (`lawfull_basis`), and two letters swapped before the last (`consnet`). */
function typosOf(key: string): string[] {
  const first = key.split('_')[0]!;
  const doubled = `${first}${first.at(-1)}${key.slice(first.length)}`;
  const at = Math.max(0, key.length - 3);
  const swapped = `${key.slice(0, at)}${key[at + 1]}${key[at]}${key.slice(at + 2)}`;
  return [doubled, swapped].filter((typo) => typo !== key);
}

/** Every key of every mapping of the record, with its path. */
function keysOfRecord(): (string | number)[][] {
  const found: (string | number)[][] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        found.push([...path, key]);
        visit(child, [...path, key]);
      }
    }
  };
  visit(parseDocument(record).toJS(), []);
  return found;
}

function misspellings(): Misspelling[] {
  const found: Misspelling[] = [];
  for (const path of keysOfRecord()) {
    const removed = parseDocument(record);
    removed.deleteIn(path);
    const askedBy = [...new Set(lint(removed.toString()).filter((finding) => finding.ruleId !== 'schema').map((finding) => finding.ruleId))];
    if (askedBy.length === 0) continue;
    const key = String(path.at(-1));
    for (const misspelt of typosOf(key)) {
      const document = parseDocument(record);
      const mapping = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
      const pair = isMap(mapping) ? mapping.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
      if (!pair || !isScalar(pair.key)) throw new Error(`no key at /${path.join('/')}`);
      pair.key.value = misspelt;
      found.push({ pointer: `/${path.join('/')}`, key, misspelt, text: document.toString(), askedBy });
    }
  }
  return found;
}

/**
 * The misspelt keys each rule still reads as absent, by the pointer of the key, while the rule's
 * owner reworks it (issue 15). The test fails for an entry whose rule no longer speaks of it, so
 * the lists only shrink.
 */
const PENDING_MISSPELT: Record<string, string[]> = {};

/** The rules still pending for a misspelt key. */
const pendingFor = (pointer: string) => Object.keys(PENDING_MISSPELT).filter((rule) => PENDING_MISSPELT[rule]!.includes(pointer)).sort();

describe('a misspelt key is the schema rule\'s finding alone', () => {
  const cases = misspellings();

  it('the keys found are those the rules ask for, in every kind of block', () => {
    const keys = new Set(cases.map((misspelling) => misspelling.key));
    for (const key of ['lawful_basis', 'consent', 'legitimate_interests', 'assessment', 'retention', 'notice', 'ai_training', 'contact', 'recipients', 'dpa', 'status']) expect(keys, key).toContain(key);
    expect(cases.filter((misspelling) => misspelling.pointer === '/data_categories/0/retention').map((misspelling) => misspelling.askedBy), 'a category\'s retention, when its activity has none').toEqual([['retention-missing'], ['retention-missing']]);
  });

  it.each(cases.map((misspelling) => [`${misspelling.pointer} misspelt as ${misspelling.misspelt}`, misspelling] as const))('%s', (_name, misspelling) => {
    const findings = lint(misspelling.text);
    const suggestion = findings.filter((finding) => finding.ruleId === 'schema' && finding.pointer.endsWith(`/${misspelling.misspelt}`));
    expect(suggestion.map((finding) => `${finding.message} ${finding.help}`).join('\n'), 'the schema names the key to write').toContain(`did you mean \`${misspelling.key}\`?`);
    const speaking = [...new Set(findings.filter((finding) => finding.ruleId !== 'schema').map((finding) => finding.ruleId))].sort();
    const others = findings.filter((finding) => finding.ruleId !== 'schema' && !pendingFor(misspelling.pointer).includes(finding.ruleId));
    expect(others.map((finding) => `${finding.ruleId} at ${finding.pointer}: ${finding.message}`), `asked for by ${misspelling.askedBy.join(', ')}`).toEqual([]);
    expect(speaking, 'a rule listed in PENDING_MISSPELT for this key no longer speaks of it: remove it from the list').toEqual(pendingFor(misspelling.pointer));
  });

  it('lists only keys that are found', () => {
    const pointers = new Set(cases.map((misspelling) => misspelling.pointer));
    expect(Object.values(PENDING_MISSPELT).flat().filter((pointer) => !pointers.has(pointer))).toEqual([]);
  });
});
