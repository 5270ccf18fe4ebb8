// The floor of issue 9: what any checker built on the `yaml` Document model pays before it
// checks anything — parse with positions (parseDocument and a LineCounter), turn the document
// into plain data and validate it against the JSON Schema. Nothing else.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { LineCounter, parseDocument } from 'yaml';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const schema = JSON.parse(readFileSync(new URL('../../schemas/inventory.schema.json', import.meta.url), 'utf8'));
const text = readFileSync(process.argv[2], 'utf8');
const lineCounter = new LineCounter();
const document = parseDocument(text, { lineCounter, merge: true, uniqueKeys: true });
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(schema);
validate(document.toJS({ maxAliasCount: -1 }));
process.stdout.write(`${document.errors.length} errors, ${validate.errors?.length ?? 0} violations, ${lineCounter.lineStarts.length} lines\n`);
