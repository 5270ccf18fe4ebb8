/**
 * docs/schemastore-catalog.json: the two entries to submit to SchemaStore's catalog, checked
 * against the catalog's format and SchemaStore's own checks, tied to the schemas' `$id` and to the
 * file names ropa-lint reads, and then served the way SchemaStore serves its catalog to the real
 * yaml-language-server (from a server on the loopback), so that the file matches are the ones an
 * editor applies. docs/editors.md is held to the same names and URLs.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_NAMES } from '../../src/workspace/check.js';
import { DEFAULT_PATTERNS } from '../../src/workspace/files.js';
import { fileUri, LspClient } from './lsp-client.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Entry {
  name: string;
  description: string;
  fileMatch?: string[];
  url: string;
  versions?: Record<string, string>;
  [key: string]: unknown;
}

const catalog = JSON.parse(read('docs/schemastore-catalog.json')) as { $schema: string; version: number; schemas: Entry[]; [key: string]: unknown };
const SCHEMA_FILES = ['schemas/config.schema.json', 'schemas/inventory.schema.json'] as const;
const idOf = (file: string) => (JSON.parse(read(file)) as { $id: string }).$id;

/** The entry for a schema file: the one whose url is that schema's `$id`. */
function entryFor(file: (typeof SCHEMA_FILES)[number]): Entry {
  const entry = catalog.schemas.find((candidate) => candidate.url === idOf(file));
  if (!entry) throw new Error(`no catalog entry has the url ${idOf(file)}, the $id of ${file}`);
  return entry;
}

/** Where raw files of this repository's main branch are served, from package.json's repository. */
function rawBase(): string {
  const { repository } = JSON.parse(read('package.json')) as { repository: { url: string } };
  const slug = /github\.com\/([^/]+\/[^/.]+)(\.git)?$/.exec(repository.url)?.[1];
  if (!slug) throw new Error(`package.json repository is not on GitHub: ${repository.url}`);
  return `https://raw.githubusercontent.com/${slug}/main/`;
}

describe('docs/schemastore-catalog.json', () => {
  it("is a catalog in SchemaStore's format (schema-catalog.json): $schema, version and entries with name, description, url", () => {
    expect(Object.keys(catalog).sort()).toEqual(['$schema', 'schemas', 'version']);
    expect(catalog.$schema).toBe('https://json.schemastore.org/schema-catalog.json');
    expect(catalog.version).toBe(1);
    expect(catalog.schemas).toHaveLength(2);
    for (const entry of catalog.schemas) {
      expect(Object.keys(entry).filter((key) => !['name', 'description', 'fileMatch', 'url', 'versions'].includes(key)), entry.name).toEqual([]);
      for (const key of ['name', 'description', 'url'] as const) expect(typeof entry[key] === 'string' && entry[key].length > 0, `${entry.name}: ${key}`).toBe(true);
      expect(entry.url).toMatch(/^https:\/\/\S+$/);
      expect(new URL(entry.url).protocol).toBe('https:');
      expect(Array.isArray(entry.fileMatch) && entry.fileMatch.every((pattern) => typeof pattern === 'string')).toBe(true);
      expect(new Set(entry.fileMatch).size, entry.name).toBe(entry.fileMatch!.length);
    }
  });

  it("passes SchemaStore's checks on names and descriptions: unique, without the word schema, no trailing punctuation", () => {
    const names = catalog.schemas.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    // Entries go into SchemaStore's catalog in alphabetical order.
    expect(names).toEqual([...names].sort());
    for (const entry of catalog.schemas) {
      for (const text of [entry.name, entry.description]) {
        expect(text.toLowerCase(), text).not.toContain('schema');
        expect(text, text).not.toMatch(/[,. \t-]$/);
        expect(text, text).not.toMatch(/^[,. \t-]|\n/);
      }
    }
  });

  it.each(SCHEMA_FILES)("%s: an entry whose url is the schema's $id, the raw file of this repository", (file) => {
    expect(idOf(file)).toBe(`${rawBase()}${file}`);
    expect(entryFor(file).url).toBe(idOf(file));
  });

  it('matches the files ropa-lint reads and no others: inventories by name, the config by name', () => {
    const inventoryNames = DEFAULT_PATTERNS.map((pattern) => pattern.replace(/^\*\*\//, ''));
    expect([...entryFor('schemas/inventory.schema.json').fileMatch!].sort()).toEqual([...inventoryNames].sort());
    expect([...entryFor('schemas/config.schema.json').fileMatch!].sort()).toEqual([...CONFIG_NAMES].sort());
    // yaml-language-server applies a catalog pattern only to a YAML file name, and SchemaStore
    // rejects a pattern that two entries claim.
    const patterns = catalog.schemas.flatMap((entry) => entry.fileMatch ?? []);
    expect(new Set(patterns).size).toBe(patterns.length);
    for (const pattern of patterns) expect(pattern).toMatch(/\.ya?ml$/);
  });
});

describe('docs/editors.md', () => {
  const page = read('docs/editors.md');

  it("names the schemas by their $id or by a path to the schemas' files", () => {
    const named = [...page.matchAll(/\$schema=([^\s`]+)/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(0);
    const ids = SCHEMA_FILES.map(idOf);
    for (const target of named) {
      if (/^https?:/.test(target)) expect(ids, target).toContain(target);
      else expect(target, target).toMatch(/(^|\/)schemas\/(inventory|config)\.schema\.json$/);
    }
  });

  it('gives yaml.schemas settings with the file matches of the catalog', () => {
    const blocks = [...page.matchAll(/```jsonc?\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);
    const settings = blocks.map((block) => block['yaml.schemas'] as Record<string, string[]> | undefined).filter((value) => value !== undefined);
    expect(settings.length).toBeGreaterThan(0);
    for (const schemas of settings) {
      for (const file of SCHEMA_FILES) {
        const key = Object.keys(schemas).find((candidate) => candidate === idOf(file) || candidate.endsWith(file));
        expect(key, `${file} in ${JSON.stringify(schemas)}`).toBeDefined();
        expect([...schemas[key!]!].sort()).toEqual([...entryFor(file).fileMatch!].sort());
      }
    }
  });

  it('links the catalog entries and the schemas with paths that exist', () => {
    for (const target of ['schemastore-catalog.json', '../schemas/inventory.schema.json', '../schemas/config.schema.json']) {
      expect(page).toContain(`](${target})`);
      expect(() => readFileSync(path.join(root, 'docs', target))).not.toThrow();
    }
  });
});

describe('the entries served as SchemaStore serves them, to yaml-language-server', () => {
  let http: Server;
  let base: string;
  let server: LspClient;
  const served: string[] = [];

  beforeAll(async () => {
    // SchemaStore's catalog with these entries, and the schemas at their URLs, from the loopback:
    // the raw-file prefix of each url becomes this server's address, nothing else changes.
    http = createServer((request, response) => {
      served.push(request.url ?? '');
      const file = request.url === '/api/json/catalog.json' ? null : SCHEMA_FILES.find((candidate) => request.url === `/${candidate}`);
      if (request.url === '/api/json/catalog.json') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(read('docs/schemastore-catalog.json').split(rawBase()).join(`${base}/`));
      } else if (file) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(read(file));
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    server = await LspClient.start({
      // A workspace with no settings of its own: only the catalog can give a file its schema.
      root: path.join(tmpdir(), 'ropa-lint-editor-workspace'),
      yamlSettings: { validate: true, completion: true, hover: true, schemaStore: { enable: true, url: `${base}/api/json/catalog.json` } },
    });
  }, 30_000);

  afterAll(async () => {
    await server?.close();
    await new Promise((resolve) => http?.close(resolve));
  });

  const workspaceFile = (name: string) => fileUri(path.join(tmpdir(), 'ropa-lint-editor-workspace', name));

  it.each([
    ['ropa.yaml', 'schemas/inventory.schema.json'],
    ['privacy/ropa.yaml', 'schemas/inventory.schema.json'],
    ['privacy/acme-chat.ropa.yaml', 'schemas/inventory.schema.json'],
    ['.ropa-lint.yaml', 'schemas/config.schema.json'],
    ['services/chat/.ropa-lint.yml', 'schemas/config.schema.json'],
    ['notes.yaml', 'no schema'],
    ['ropa.yaml.bak', 'no schema'],
    ['privacy/acme-chat.ropa.yml', 'no schema'],
  ] as const)('%s gets %s', async (name, file) => {
    const uri = workspaceFile(name);
    await server.open(uri, 'x-probe: true\n');
    const schemas = await server.schemasOf(uri);
    expect(schemas.map((schema) => schema.uri)).toEqual(file === 'no schema' ? [] : [`${base}/${file}`]);
  });

  it('validates with the schema fetched from the catalog url, and says so by the entry name', async () => {
    const inventory = workspaceFile('records/ropa.yaml');
    const diagnostics = await server.open(inventory, 'version: 1\nprocesing_activities: []\n');
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toContain('Property procesing_activities is not allowed.');
    expect((await server.schemasOf(inventory)).map((schema) => schema.name)).toEqual([entryFor('schemas/inventory.schema.json').name]);

    const config = workspaceFile('.ropa-lint.yaml');
    const configDiagnostics = await server.open(config, 'fail-on: sometimes\n');
    expect(configDiagnostics.map((diagnostic) => diagnostic.message)).toEqual(['Value is not accepted. Valid values: "error", "warning", "notice", "never".']);
    expect(served).toEqual(expect.arrayContaining(['/api/json/catalog.json', '/schemas/inventory.schema.json', '/schemas/config.schema.json']));
  });
});
