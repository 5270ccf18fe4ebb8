// Writes the registry's rule ids, with each rule's severity, reference and description, into the
// places of the JSON Schemas where users write a rule id: the config's `rules:` keys and an
// ignore entry's `rule`, so that editors complete them. It also gives every description written
// in Markdown (code spans, bold, links) a `markdownDescription` with the same text, which
// yaml-language-server renders where it would show `description` with its marks escaped.
// `npm run generate` runs it, then scripts/validators.mjs: run that after changing a rule's metadata or a
// description in a schema. test/format-docs.test.ts fails while the schemas lag the registry.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);

/** The registry's rule metadata, read from the TypeScript sources through a throwaway bundle. */
async function registry() {
  const folder = mkdtempSync(join(tmpdir(), 'ropa-lint-rule-ids-'));
  try {
    // CommonJS, with its packages inside: the bundle sits outside node_modules' reach.
    const outfile = join(folder, 'rules.cjs');
    await build({ entryPoints: [fileURLToPath(new URL('src/rules/index.ts', root))], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error' });
    const { rules } = createRequire(import.meta.url)(outfile);
    return rules.map((rule) => rule.meta);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** What an editor shows beside a rule id: default severity, reference, scope, what it checks. */
export function ruleSummary(meta) {
  const scope = meta.comparison ? ' Runs only when compared with a base (--base).' : meta.aiOnly ? ' AI-training purposes only.' : '';
  return `**${meta.severity}** by default${meta.reference ? ` · ${meta.reference}` : ''}.${scope} ${meta.description}`;
}

/** Code spans, bold or links: what an editor should render rather than show as typed. */
export const MARKDOWN = /`|\*\*|\]\(/;

/**
 * The schema with `markdownDescription` beside each description written in Markdown (right after
 * it, the same text) and none beside a plain one. Everything else is kept as it is, in its order.
 */
export function withMarkdownDescriptions(node) {
  if (Array.isArray(node)) return node.map(withMarkdownDescriptions);
  if (node === null || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'markdownDescription') continue;
    copy[key] = withMarkdownDescriptions(value);
    // A property named `description` (a purpose's) holds a schema, not text: only text is an annotation.
    if (key === 'description' && typeof value === 'string' && MARKDOWN.test(value)) copy.markdownDescription = value;
  }
  return copy;
}

function update(file, change) {
  const url = new URL(file, root);
  const schema = JSON.parse(readFileSync(url, 'utf8'));
  change(schema);
  writeFileSync(url, `${JSON.stringify(withMarkdownDescriptions(schema), null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const metas = await registry();
  update('schemas/inventory.schema.json', (schema) => {
    const hint = schema.$defs.ignore.items.properties.rule.anyOf.find((branch) => Array.isArray(branch.enum));
    hint.enum = metas.map((meta) => meta.id);
    hint.markdownEnumDescriptions = metas.map(ruleSummary);
  });
  update('schemas/config.schema.json', (schema) => {
    schema.properties.rules.properties = Object.fromEntries(metas.map((meta) => [meta.id, { title: meta.id, description: ruleSummary(meta), $ref: '#/$defs/setting' }]));
  });
}
