/**
 * SPEC §6: "`import` of an exported csv or xlsx gives back the same record for every field the
 * template carries." Generated inventories go out through `export` and back through `import`;
 * what the ICO template has a column for must come back as it went out.
 *
 * What the template has no place for is not compared: a processor's `dpa` flag, consent blocks
 * (their `records` comes back as `x-consent-records`), the sources and Art. 9 kinds of each data
 * category (the template has one source cell per row), per-category retention, an arrangement's
 * link, the objection route of legitimate interests, ids (made again from the names).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InventoryModel } from '../../src/core/inventory.js';
import { exportCsv, exportXlsx } from '../../src/exporters/table.js';
import { importRecords } from '../../src/importers/index.js';

const WORDS = ['payroll', 'billing', 'support', 'analytics', 'hosting', 'marketing', 'recruiting', 'search', 'mobile', 'account', 'order', 'delivery', 'review', 'audit', 'events', 'newsletter', 'loyalty', 'fraud', 'survey', 'backup', 'ledger', 'ticket', 'profile', 'catalogue', 'invoice', 'shipping', 'feedback', 'forum'];
const COUNTRIES = ['DE', 'FR', 'US', 'IN', 'JP', 'GB', 'IE', 'CH', 'BR', 'CA'];
const BASES = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const;
const CONDITIONS = ['explicit-consent', 'employment', 'vital-interests', 'not-for-profit', 'made-public', 'legal-claims', 'substantial-public-interest', 'health-care', 'public-health', 'archiving-research'];
const MECHANISMS = ['adequacy', 'scc', 'bcr', 'derogation', 'none'];
const DPIA = ['completed', 'in-progress', 'not-required', 'missing'];

const capitalised = (words: string[]) => words.map((word, index) => (index === 0 ? word[0]!.toUpperCase() + word.slice(1) : word)).join(' ');
/** A name of a few words, sometimes with a comma inside: "Billing, invoice and ledger". */
const name = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }), fc.option(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 2 }), { nil: undefined }))
  .map(([head, tail]) => (tail ? `${capitalised(head)}, ${tail.join(' and ')}` : capitalised(head)));
/** Names unique as the import compares them (case folded), so that two of a list stay two. */
const names = (min: number, max: number) => fc.uniqueArray(name, { minLength: min, maxLength: max, selector: (value) => value.toLowerCase() });
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 6 }).map((words) => `${capitalised(['keep', ...words])} records.`);
const url = fc.nat(9999).map((n) => `https://records.example/doc/${n}`);
const measure = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((words) => words.join('-'));

const purpose = fc
  .record({
    description: sentence,
    ai_training: fc.boolean(),
    lawful_basis: fc.option(fc.constantFrom(...BASES), { nil: undefined }),
    special_category_condition: fc.option(fc.constantFrom(...CONDITIONS), { nil: undefined }),
    legal_basis_reference: fc.option(sentence, { nil: undefined }),
    interest: sentence,
    assessment: fc.option(url, { nil: undefined }),
  })
  .map(({ interest, assessment, legal_basis_reference, ...value }) => ({
    ...value,
    // The import ties a reference and a balancing test to a purpose whose basis it read.
    ...(value.lawful_basis !== undefined && legal_basis_reference !== undefined ? { legal_basis_reference } : {}),
    ...(value.lawful_basis === 'legitimate-interests' ? { legitimate_interests: { interest, ...(assessment ? { assessment } : {}) } } : {}),
  }));

const activity = fc.record({
  name: name,
  description: fc.option(sentence, { nil: undefined }),
  role: fc.constantFrom('controller', 'joint-controller', 'processor'),
  onBehalfOf: names(1, 2),
  subjects: names(1, 3),
  categories: names(1, 3),
  purposes: fc.uniqueArray(purpose, { minLength: 1, maxLength: 3, selector: (value) => value.description }),
  recipients: fc.option(names(0, 3), { nil: undefined }),
  processors: fc.uniqueArray(fc.record({ name: name, country: fc.option(fc.constantFrom(...COUNTRIES), { nil: undefined }), dpa_reference: fc.option(url, { nil: undefined }) }), { maxLength: 2, selector: (value) => value.name.toLowerCase() }),
  transfers: fc.option(fc.uniqueArray(fc.record({ country: fc.constantFrom(...COUNTRIES), mechanism: fc.option(fc.constantFrom(...MECHANISMS), { nil: undefined }) }), { maxLength: 2, selector: (value) => value.country }), { nil: undefined }),
  safeguard: fc.option(url, { nil: undefined }),
  retention: fc.option(fc.oneof(fc.constantFrom('P90D', 'P2Y', 'P6M', 'P1Y6M'), sentence), { nil: undefined }),
  security: fc.uniqueArray(measure, { maxLength: 3 }),
  dpia: fc.option(fc.record({ status: fc.constantFrom(...DPIA), reference: fc.option(url, { nil: undefined }) }), { nil: undefined }),
  automated: fc.option(fc.boolean(), { nil: undefined }),
});

const inventory = fc
  .record({
    controller: fc.record({ name: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 2 }).map((words) => `${capitalised(words)} Ltd`), contact: fc.constant('privacy@company.example'), dpo: fc.option(fc.constant('dpo@company.example'), { nil: undefined }), representative: fc.option(fc.constant('EU Rep SA, rep@eurep.example'), { nil: undefined }) }),
    // The import reads "Name, …" in a joint controller's cell as the name and its contact: no comma in the name.
    joint: fc.record({ name: name.map((value) => value.replace(/,/g, '')), contact: fc.constant('privacy@partner.example') }),
    owner: fc.option(fc.constant('Privacy team'), { nil: undefined }),
    updated: fc.option(fc.constantFrom('2026-01-31', '2025-11-02'), { nil: undefined }),
    activities: fc.uniqueArray(activity, { minLength: 1, maxLength: 4, selector: (value) => value.name.toLowerCase() }),
  })
  .map(({ controller, joint, owner, updated, activities }) => {
    const subjects = new Map<string, string>();
    const categories = new Map<string, string>();
    const idOf = (map: Map<string, string>, prefix: string, value: string) => {
      const key = value.toLowerCase();
      if (!map.has(key)) map.set(key, `${prefix}-${map.size + 1}`);
      return map.get(key)!;
    };
    const names: Record<string, string> = {};
    const built = activities.map((entry, index) => {
      const subjectIds = entry.subjects.map((value) => ((names[idOf(subjects, 's', value)] ??= value), idOf(subjects, 's', value)));
      const categoryIds = entry.categories.map((value) => ((names[idOf(categories, 'c', value)] ??= value), idOf(categories, 'c', value)));
      return {
        id: `a-${index + 1}`,
        name: entry.name,
        ...(entry.description ? { description: entry.description } : {}),
        role: entry.role,
        ...(entry.role === 'processor' ? { on_behalf_of: entry.onBehalfOf.map((value) => ({ name: value })) } : {}),
        data_subjects: subjectIds,
        data_categories: categoryIds,
        purposes: entry.purposes.map((value, number) => ({ id: `p-${index + 1}-${number + 1}`, ...value })),
        ...(entry.recipients ? { recipients: entry.recipients } : {}),
        processors: entry.processors.map(({ country, dpa_reference, ...value }) => ({ ...value, dpa: true, ...(country ? { country } : {}), ...(dpa_reference ? { dpa_reference } : {}) })),
        ...(entry.transfers
          ? { transfers: entry.transfers.map(({ mechanism, ...value }) => ({ ...value, ...(mechanism ? { mechanism } : {}), ...(entry.safeguard ? { safeguard_reference: entry.safeguard } : {}) })) }
          : {}),
        ...(entry.retention ? { retention: entry.retention } : {}),
        security_measures: entry.security,
        ...(entry.dpia ? { dpia: { status: entry.dpia.status, ...(entry.dpia.reference ? { reference: entry.dpia.reference } : {}) } } : {}),
        ...(entry.automated === undefined ? {} : { automated_decision_making: entry.automated }),
      };
    });
    const hasJoint = built.some((entry) => entry.role === 'joint-controller');
    return {
      version: 1,
      controller: {
        name: controller.name,
        contact: controller.contact,
        ...(controller.dpo ? { dpo: controller.dpo } : {}),
        ...(controller.representative ? { representative: controller.representative } : {}),
        ...(hasJoint ? { joint_controllers: [joint] } : {}),
      },
      ...(owner || updated ? { record: { ...(owner ? { owner } : {}), ...(updated ? { updated } : {}) } } : {}),
      data_subjects: [...subjects.values()].map((id) => ({ id, name: names[id] })),
      data_categories: [...categories.values()].map((id) => ({ id, name: names[id], source: 'observed' })),
      processing_activities: built,
    };
  });

type Value = Record<string, unknown>;
const list = (value: unknown): Value[] => (Array.isArray(value) ? (value as Value[]) : []);
const strings = (value: unknown): string[] | undefined => (Array.isArray(value) ? (value as string[]) : undefined);

/** The fields the ICO template (and its extra columns) carries, by name, in order. */
function carried(record: Value): unknown {
  const byId = (key: string) => new Map(list(record[key]).map((item) => [item.id as string, item.name as string]));
  const subjects = byId('data_subjects');
  const categories = byId('data_categories');
  const controller = record.controller as Value;
  return {
    controller: { name: controller.name, contact: controller.contact, dpo: controller.dpo, representative: controller.representative, joint: list(controller.joint_controllers).map((entry) => ({ name: entry.name, contact: entry.contact })) },
    record: record.record ?? {},
    activities: list(record.processing_activities).map((activity) => {
      const processors = list(activity.processors);
      const transfers = activity.transfers === undefined ? undefined : list(activity.transfers);
      const dpia = activity.dpia as Value | undefined;
      return {
        name: activity.name,
        description: activity.description,
        role: activity.role ?? 'controller',
        onBehalfOf: list(activity.on_behalf_of).map((party) => party.name),
        subjects: (strings(activity.data_subjects) ?? []).map((id) => subjects.get(id)),
        categories: (strings(activity.data_categories) ?? []).map((id) => categories.get(id)),
        recipients: strings(activity.recipients),
        processors: processors.map((processor) => ({ name: processor.name, country: processor.country })),
        // One contract cell per row: it is a processor's only when the activity has one processor.
        contract: processors.length === 1 ? processors[0]!.dpa_reference : undefined,
        transfers: transfers?.map((transfer) => ({ country: transfer.country, mechanism: transfer.mechanism, reference: transfer.safeguard_reference })),
        retention: activity.retention,
        security: strings(activity.security_measures)?.length ? strings(activity.security_measures) : undefined,
        dpia: dpia ? { status: dpia.status, reference: dpia.reference } : undefined,
        automated: activity.automated_decision_making,
        purposes: list(activity.purposes).map((purpose) => {
          const interests = purpose.legitimate_interests as Value | undefined;
          return {
            description: purpose.description,
            ai: purpose.ai_training,
            basis: purpose.lawful_basis,
            condition: purpose.special_category_condition,
            reference: purpose.legal_basis_reference,
            interest: interests?.interest,
            assessment: interests?.assessment,
          };
        }),
      };
    }),
  };
}

const options = { version: '0.0.0-test', today: '2026-11-30' };
const exported = (value: Value) => ({ file: 'ropa.yaml', model: new InventoryModel(value), report: { file: 'ropa.yaml', source: '', findings: [], suppressed: [] } });

describe('export, then import, gives back the record', () => {
  it('through CSV', () => {
    fc.assert(
      fc.property(inventory, (value) => {
        const csv = exportCsv(exported(value), options);
        const back = importRecords([{ file: 'record.csv', bytes: Buffer.from(csv, 'utf8') }]);
        expect(carried(back.inventory)).toEqual(carried(value));
      }),
      { numRuns: 60 },
    );
  });

  it('through XLSX', () => {
    fc.assert(
      fc.property(inventory, (value) => {
        const xlsx = exportXlsx([exported(value)], options);
        const back = importRecords([{ file: 'record.xlsx', bytes: xlsx }]);
        expect(carried(back.inventory)).toEqual(carried(value));
      }),
      { numRuns: 30 },
    );
  });
});
