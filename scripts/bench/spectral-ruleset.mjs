// What Spectral 6 can express of ropa-lint's checks, for the benchmark of issue 17: the JSON Schema
// of the format, and the rules that test one field where it stands. Rules that relate one part of
// the record to another (references, duplicate ids, categories feeding training purposes, the
// notice, documents on disk, comparison with a base) have no Spectral form and are left out, so
// this ruleset does less than ropa-lint does.
import { readFileSync } from 'node:fs';
import { enumeration, schema, truthy } from '@stoplight/spectral-functions';

// Read from the working directory (the repository, where the benchmark runs): the Spectral CLI
// bundles a ruleset before it runs it, and the bundle has no `import.meta.url`.
const inventorySchema = JSON.parse(readFileSync('schemas/inventory.schema.json', 'utf8'));
const PURPOSES = '$.processing_activities[*].purposes[*]';
const ACTIVITIES = '$.processing_activities[*]';

const rule = (given, field, then, severity = 0) => ({ given, severity, then: { ...(field === undefined ? {} : { field }), ...then } });

export default {
  rules: {
    schema: rule('$', undefined, { function: schema, functionOptions: { schema: inventorySchema, allErrors: true, dialect: 'draft2020-12' } }),
    'lawful-basis-missing': rule(PURPOSES, 'lawful_basis', { function: truthy }),
    'purpose-compatibility': rule("$.processing_activities[*].purposes[?(@ && @.ai_training === true && @.lawful_basis !== 'consent')]", 'compatibility_assessment', { function: truthy }),
    'consent-not-opt-in': rule(`${PURPOSES}.consent`, 'collection', { function: enumeration, functionOptions: { values: ['opt-in'] } }),
    'consent-bundled': rule(`${PURPOSES}.consent`, 'required_for_service', { function: enumeration, functionOptions: { values: [false] } }),
    'consent-not-granular': rule(`${PURPOSES}.consent`, 'granular', { function: truthy }),
    'consent-withdrawal': rule(`${PURPOSES}.consent`, 'withdrawal', { function: enumeration, functionOptions: { values: ['in-product'] } }),
    'consent-records': rule(`${PURPOSES}.consent`, 'records', { function: truthy }),
    'consent-given-by-third-party': rule(`${PURPOSES}.consent`, 'given_by', { function: enumeration, functionOptions: { values: ['data-subject', 'all-participants', 'parent-or-guardian'] } }),
    'legitimate-interests-assessment': rule(`${PURPOSES}.legitimate_interests`, 'assessment', { function: truthy }),
    'right-to-object': rule(`${PURPOSES}.legitimate_interests`, 'objection', { function: enumeration, functionOptions: { values: ['in-product', 'email', 'support-request'] } }),
    'retention-missing': rule(ACTIVITIES, 'retention', { function: truthy }),
    'processor-dpa': rule(`${ACTIVITIES}.processors[*]`, 'dpa', { function: truthy }),
    'transfer-mechanism': rule(`${ACTIVITIES}.transfers[*]`, 'mechanism', { function: truthy }),
    'dpia-required': rule(`${ACTIVITIES}.dpia`, 'status', { function: enumeration, functionOptions: { values: ['completed', 'in-progress', 'not-required'] } }),
  },
};
