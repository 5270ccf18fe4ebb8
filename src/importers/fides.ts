/**
 * Fides manifests (fideslang): one activity per `system`, one purpose per privacy declaration.
 * Two shapes are read:
 * - the current one (fideslang 2 and 3), where a declaration carries its own
 *   `legal_basis_for_processing`, `special_category_legal_basis`, `retention_period` and
 *   `impact_assessment_location`, and the system its DPIA and transfer fields;
 * - the pre-3.0 one, where the basis sits on the `data_use` resource (`legal_basis`,
 *   `special_category`, `recipients`, `legitimate_interest_impact_assessment`) and the system
 *   has `data_responsibility_title`, `third_country_transfers` (ISO alpha-3) and
 *   `data_protection_impact_assessment`.
 * Definitions (`data_use`, `data_category`, `data_subject`, `organization`) may sit in any of
 * the files given; they are read first.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { trainingPhrase } from '../language/training-statement.js';
import type { ActivityDraft, ProcessorDraft, RecordBuilder, Role } from './builder.js';
import { readCategoryName } from './categories.js';
import { isNothing, type Party, splitList, splitParties } from './cells.js';
import { countryCode, type Mechanism } from './countries.js';
import { ImportError, refusePrototypeKey } from './errors.js';
import { fidesCategoryFacts } from './fides-taxonomy.js';
import { type LawfulBasis, readLawfulBases, readSpecialCondition, type SpecialCondition } from './lawful-basis.js';
import { LIMITS } from './limits.js';
import { readDpiaStatus } from './record-row.js';
import type { SourcePlace } from './report.js';
import { fold, quote, slugify, tidy } from './text.js';

type Json = Record<string, unknown>;

export interface FidesManifest {
  file: string;
  root: Json;
  /** The line of the node at a path, for the report. */
  lineOf(path: (string | number)[]): number | undefined;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Parses a manifest (YAML or JSON) and refuses what could attack a reader. */
export function parseFides(source: string, file: string): FidesManifest {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const error = document.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new ImportError({ file, line }, `not valid YAML: ${error.message.split('\n')[0]}`);
  }
  visit(document, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && typeof pair.key.value === 'string') {
        const offset = pair.key.range?.[0];
        refusePrototypeKey(pair.key.value, { file, ...(offset !== undefined ? { line: lineCounter.linePos(offset).line } : {}) }, 'key');
      }
    },
  });
  let root: unknown;
  try {
    // A few anchors are normal; thousands of aliases expanding each other are a bomb.
    root = document.toJS({ maxAliasCount: 100 });
  } catch (failure) {
    throw new ImportError({ file }, `the YAML cannot be expanded safely: ${failure instanceof Error ? failure.message : String(failure)}`);
  }
  if (!isObject(root)) throw new ImportError({ file, line: 1 }, 'not a Fides manifest: the top level is not a mapping of resource types (system, data_use, …)');
  return { file, root, lineOf: (path) => lineOfPath(document, lineCounter, path) };
}

function lineOfPath(document: Document, lineCounter: LineCounter, path: (string | number)[]): number | undefined {
  const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const offset = node && (isMap(node) || isSeq(node) || isScalar(node)) ? node.range?.[0] : undefined;
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

/** The manifests' resources of one type, each with the manifest it came from and its index there. */
function resources(manifests: readonly FidesManifest[], type: string): { resource: Json; manifest: FidesManifest; index: number }[] {
  return manifests.flatMap((manifest) =>
    list(manifest.root[type]).flatMap((resource, index) => (isObject(resource) ? [{ resource, manifest, index }] : [])),
  );
}

/** "job_applicant" → "Job applicant"; "marketing.advertising.first_party" → "Marketing advertising first party". */
function humanise(key: string): string {
  const words = key.replace(/[._]+/gu, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const CURRENT_BASES: Record<string, LawfulBasis> = {
  consent: 'consent',
  contract: 'contract',
  'legal obligations': 'legal-obligation',
  'vital interests': 'vital-interests',
  'public interest': 'public-task',
  'legitimate interests': 'legitimate-interests',
  // Pre-3.0 `data_use.legal_basis`.
  'legal obligation': 'legal-obligation',
  'vital interest': 'vital-interests',
};

const CURRENT_CONDITIONS: Record<string, SpecialCondition> = {
  'explicit consent': 'explicit-consent',
  'employment, social security and social protection': 'employment',
  'vital interests': 'vital-interests',
  'not-for-profit bodies': 'not-for-profit',
  'made public by the data subject': 'made-public',
  'legal claims or judicial acts': 'legal-claims',
  'reasons of substantial public interest (with a basis in law)': 'substantial-public-interest',
  'health or social care (with a basis in law)': 'health-care',
  'public health (with a basis in law)': 'public-health',
  'archiving, research and statistics (with a basis in law)': 'archiving-research',
  // Pre-3.0 `data_use.special_category`.
  consent: 'explicit-consent',
  employment: 'employment',
  'non-profit bodies': 'not-for-profit',
  'public by data subject': 'made-public',
  'legal claims': 'legal-claims',
  'substantial public interest': 'substantial-public-interest',
  medical: 'health-care',
  'public health interest': 'public-health',
};

const TRANSFER_BASES: Record<string, Mechanism> = {
  'adequacy decision': 'adequacy',
  sccs: 'scc',
  bcrs: 'bcr',
};

function basisOf(value: string): LawfulBasis | undefined {
  return CURRENT_BASES[value.trim().toLowerCase()] ?? (readLawfulBases(value).bases.length === 1 ? readLawfulBases(value).bases[0] : undefined);
}

function conditionOf(value: string): SpecialCondition | undefined {
  return CURRENT_CONDITIONS[value.trim().toLowerCase()] ?? readSpecialCondition(value);
}

/** System keys read into the record; any other key is kept as an `x-` key on the activity. */
const SYSTEM_KEYS = new Set([
  'name', 'description', 'privacy_declarations', 'egress', 'responsibility', 'data_responsibility_title', 'joint_controller', 'joint_controller_info',
  'third_country_transfers', 'does_international_transfers', 'legal_basis_for_transfers', 'data_protection_impact_assessment',
  'requires_data_protection_assessments', 'dpa_progress', 'dpa_location', 'uses_profiling', 'data_security_practices', 'dpo',
  'administrating_department', 'fides_key',
]);
/** Declaration keys read into the record. */
const DECLARATION_KEYS = new Set([
  'name', 'data_categories', 'data_use', 'data_subjects', 'egress', 'legal_basis_for_processing', 'special_category_legal_basis',
  'processes_special_category_data', 'retention_period', 'impact_assessment_location', 'data_shared_with_third_parties', 'third_parties',
]);

function extensionKey(key: string): string {
  return `x-${slugify(key.replace(/_/g, ' ')) || 'field'}`;
}

export function importFides(manifests: readonly FidesManifest[], builder: RecordBuilder): void {
  const systems = resources(manifests, 'system');
  if (systems.length === 0) {
    throw new ImportError({ file: manifests[0]?.file ?? '' }, 'not a Fides manifest with systems: no top-level `system` list with privacy_declarations');
  }
  const uses = new Map(resources(manifests, 'data_use').map(({ resource }) => [String(resource.fides_key ?? ''), resource]));
  const categoryNames = new Map(resources(manifests, 'data_category').map(({ resource }) => [String(resource.fides_key ?? ''), text(resource.name)]));
  const subjectNames = new Map(resources(manifests, 'data_subject').map(({ resource }) => [String(resource.fides_key ?? ''), text(resource.name)]));
  const systemsByKey = new Map(systems.map((entry) => [String(entry.resource.fides_key ?? ''), entry.resource]));

  readOrganisation(manifests, builder);
  let declarations = 0;
  for (const { resource: system, manifest, index } of systems) {
    const place = (path: (string | number)[]): SourcePlace => {
      const line = manifest.lineOf(['system', index, ...path]);
      return { file: manifest.file, ...(line !== undefined ? { line } : {}) };
    };
    const key = text(system.fides_key) ?? `system-${index + 1}`;
    const name = text(system.name) ?? humanise(key);
    const { activity } = builder.activity(`fides|${key}`, name, place([]));
    const description = text(system.description);
    if (description) activity.description = description;
    activity.x.set('x-fides-key', key);
    readRole(system, activity, builder, place([]));
    readSystemFields(system, activity, builder, place);

    const retentions: { purpose: string; retention: string }[] = [];
    for (const [declarationIndex, declaration] of list(system.privacy_declarations).entries()) {
      if (!isObject(declaration)) continue;
      declarations += 1;
      if (declarations > LIMITS.rows) throw new ImportError(place(['privacy_declarations', declarationIndex]), `more than ${LIMITS.rows} privacy declarations: too large to import`);
      builder.rowsRead += 1;
      const at = place(['privacy_declarations', declarationIndex]);
      const useKey = text(declaration.data_use) ?? '';
      const use = uses.get(useKey);

      for (const subjectKey of list(declaration.data_subjects)) {
        if (typeof subjectKey !== 'string') continue;
        const subject = builder.subject(subjectNames.get(subjectKey) ?? humanise(subjectKey), at);
        builder.addToList(activity.subjects, [subject.id]);
      }
      for (const categoryKey of list(declaration.data_categories)) {
        if (typeof categoryKey !== 'string') continue;
        const category = fidesCategory(builder, categoryKey, categoryNames.get(categoryKey), at);
        builder.addToList(activity.categories, [category]);
      }

      const purposeText = text(declaration.name) ?? text(use?.name) ?? text(use?.description) ?? `Data use ${useKey}`;
      const purpose = builder.purpose(activity, purposeText, at, text(declaration.name) ?? useKey);
      if (useKey === 'train_ai_system' || useKey.startsWith('train_ai_system.')) {
        purpose.aiTraining = true;
        builder.report('inferred', at, `purpose ${purpose.id}: ai_training: true (data use ${useKey})`);
      } else {
        const phrase = trainingPhrase(purposeText);
        if (phrase !== undefined) {
          purpose.aiTraining = true;
          builder.report('inferred', at, `purpose ${purpose.id}: ai_training: true, its name says "${phrase}"`);
        }
      }
      if (useKey !== '') purpose.x.set('x-fides-data-use', useKey);

      // The basis: on the declaration (current), else on the data use (pre-3.0).
      const basisText = text(declaration.legal_basis_for_processing) ?? text(use?.legal_basis);
      if (basisText !== undefined) {
        const basis = basisOf(basisText);
        if (basis) purpose.lawfulBasis = basis;
        else {
          purpose.x.set('x-lawful-basis', basisText);
          builder.report('unmapped', at, `legal basis ${quote(basisText)} is not one ropa-lint knows; kept as x-lawful-basis`);
        }
      }
      const conditionText = text(declaration.special_category_legal_basis) ?? text(use?.special_category);
      if (conditionText !== undefined) {
        const condition = conditionOf(conditionText);
        if (condition) purpose.specialCondition = condition;
        else {
          purpose.x.set('x-special-category-condition', conditionText);
          builder.report('unmapped', at, `special category basis ${quote(conditionText)} is not one ropa-lint knows; kept as x-special-category-condition`);
        }
      }
      if (declaration.processes_special_category_data === true) {
        const known = activity.categories.some((id) => [...builder.categories.values()].some((category) => category.id === id && (category.special?.length ?? 0) > 0));
        if (!known) builder.report('unmapped', at, 'the declaration says it processes special category data, but none of its data categories is one ropa-lint knows as special: set `special` on the categories it means');
      }
      const assessment = text(declaration.impact_assessment_location) ?? text(use?.legitimate_interest_impact_assessment);
      if (assessment !== undefined) {
        if (purpose.lawfulBasis === 'legitimate-interests') purpose.interestAssessment = assessment;
        else purpose.x.set('x-impact-assessment-location', assessment);
      }
      const retention = text(declaration.retention_period);
      if (retention !== undefined) retentions.push({ purpose: purposeText, retention });

      readDeclarationSharing(declaration, use, system, systemsByKey, activity, builder, at);
      for (const [fieldKey, value] of Object.entries(declaration)) {
        if (DECLARATION_KEYS.has(fieldKey) || value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
        const xKey = extensionKey(fieldKey);
        purpose.x.set(xKey, value);
        builder.report('unmapped', at, `declaration key ${fieldKey} has no field in the format; kept as ${xKey}`);
      }
    }
    if (retentions.length > 0) {
      const distinct = [...new Set(retentions.map((entry) => entry.retention))];
      if (distinct.length === 1) activity.retention = distinct[0];
      else {
        activity.retention = retentions.map((entry) => `${entry.purpose}: ${entry.retention}`).join('; ');
        builder.report('inferred', place([]), `the declarations keep data for different periods: retention written as one sentence, ${quote(activity.retention)}`);
      }
    }
    for (const [fieldKey, value] of Object.entries(system)) {
      if (SYSTEM_KEYS.has(fieldKey) || value === null || value === undefined || value === false || (Array.isArray(value) && value.length === 0)) continue;
      if (fieldKey === 'organization_fides_key' && value === 'default_organization') continue;
      const xKey = extensionKey(fieldKey);
      activity.x.set(xKey, value);
      builder.report('unmapped', place([fieldKey]), `system key ${fieldKey} has no field in the format; kept as ${xKey}`);
    }
  }
}

function readOrganisation(manifests: readonly FidesManifest[], builder: RecordBuilder): void {
  // Every organisation is read: a second one that differs is reported by setOrganisation.
  for (const { resource, manifest, index } of resources(manifests, 'organization')) readOneOrganisation(resource, manifest, index, builder);
}

function readOneOrganisation(resource: Json, manifest: FidesManifest, index: number, builder: RecordBuilder): void {
  const line = manifest.lineOf(['organization', index]);
  const place: SourcePlace = { file: manifest.file, ...(line !== undefined ? { line } : {}) };
  const contact = (value: unknown): string | undefined => {
    if (!isObject(value)) return text(value);
    const parts = ['name', 'address', 'email', 'phone'].map((key) => text(value[key])).filter((part): part is string => part !== undefined);
    return parts.length > 0 ? parts.join(', ') : undefined;
  };
  const name = text(resource.name) ?? (isObject(resource.controller) ? text(resource.controller.name) : undefined);
  const known = builder.controller.name?.value;
  if (name && known !== undefined && fold(known) !== fold(name)) {
    builder.report('unmapped', place, `organization ${quote(name)} is not the controller ${quote(known)} read before; the record has one controller, so its details were not used`);
    return;
  }
  if (name) builder.setOrganisation('name', name, place);
  const controllerContact = contact(resource.controller);
  if (controllerContact) builder.setOrganisation('contact', controllerContact, place);
  const dpo = contact(resource.data_protection_officer);
  if (dpo) builder.setOrganisation('dpo', dpo, place);
  const representative = contact(resource.representative);
  if (representative) builder.setOrganisation('representative', representative, place);
}

/** The contact fields of a pre-3.0 `joint_controller` object, as one contact. */
function contactOf(party: Json): { contact?: string } {
  const contact = ['address', 'email', 'phone'].map((key) => text(party[key])).filter(Boolean).join(', ');
  return contact === '' ? {} : { contact };
}

const ROLES: Record<string, Role> = { controller: 'controller', processor: 'processor', 'sub-processor': 'processor' };

function readRole(system: Json, activity: ActivityDraft, builder: RecordBuilder, place: SourcePlace): void {
  const titles = [...list(system.responsibility), system.data_responsibility_title].filter((title): title is string => typeof title === 'string');
  const roles = [...new Set(titles.map((title) => ROLES[title.trim().toLowerCase()]).filter((role): role is Role => role !== undefined))];
  const jointInfo = text(system.joint_controller_info) ?? (isObject(system.joint_controller) ? ['name', 'address', 'email', 'phone'].map((key) => text((system.joint_controller as Json)[key])).filter(Boolean).join(', ') : undefined);
  if (jointInfo) {
    const legacy = text(system.joint_controller_info) === undefined && isObject(system.joint_controller) ? (system.joint_controller as Json) : undefined;
    const legacyName = legacy ? text(legacy.name) : undefined;
    // The pre-3.0 object names its fields; the current free text is read as a table's cell is.
    const parties: Party[] = legacyName !== undefined ? [{ name: legacyName, ...contactOf(legacy!) }] : splitParties(jointInfo);
    for (const party of parties) builder.addJointController(party, place);
    if (!roles.includes('processor')) {
      activity.role = 'joint-controller';
      builder.report('inferred', place, `role joint-controller: the system names a joint controller, ${quote(jointInfo)}`);
      return;
    }
  }
  if (roles.length === 1) activity.role = roles[0];
  else if (roles.length > 1) {
    activity.role = roles.includes('controller') ? 'controller' : roles[0];
    builder.report('inferred', place, `the system is ${titles.join(' and ')}: written as ${activity.role}; split it into two activities if it acts in both roles`);
  }
}

function readSystemFields(system: Json, activity: ActivityDraft, builder: RecordBuilder, place: (path: (string | number)[]) => SourcePlace): void {
  // Transfers: countries (pre-3.0, alpha-3) and the bases of the transfers.
  const mechanisms = list(system.legal_basis_for_transfers)
    .map((basis) => (typeof basis === 'string' ? TRANSFER_BASES[basis.trim().toLowerCase()] : undefined))
    .filter((mechanism): mechanism is Mechanism => mechanism !== undefined);
  const mechanism = new Set(mechanisms).size === 1 ? mechanisms[0] : undefined;
  const countries = list(system.third_country_transfers).filter((country): country is string => typeof country === 'string');
  if (countries.length > 0) {
    activity.transfers = [];
    for (const country of countries) {
      const code = countryCode(country);
      if (code === undefined) {
        builder.report('unmapped', place(['third_country_transfers']), `transfer country ${quote(country)} is no ISO country code; left out`);
        continue;
      }
      activity.transfers.push({ country: code, ...(mechanism ? { mechanism } : {}) });
    }
  } else if (system.does_international_transfers === true) {
    activity.transfers = [{ ...(mechanism ? { mechanism } : {}) }];
    builder.report('inferred', place(['does_international_transfers']), 'the system transfers data abroad but names no country: one transfer without a country is written');
  } else if (system.does_international_transfers === false) activity.transfers = [];
  if (list(system.legal_basis_for_transfers).length > 0 && mechanism === undefined) {
    activity.x.set('x-legal-basis-for-transfers', system.legal_basis_for_transfers);
    builder.report('unmapped', place(['legal_basis_for_transfers']), `transfer bases ${quote(JSON.stringify(system.legal_basis_for_transfers))} are not one mechanism ropa-lint can tie to the transfers; kept as x-legal-basis-for-transfers`);
  }

  // DPIA: the current fields, or the pre-3.0 block.
  const old = isObject(system.data_protection_impact_assessment) ? system.data_protection_impact_assessment : undefined;
  const required = old ? old.is_required : system.requires_data_protection_assessments;
  const progress = text(old?.progress) ?? text(system.dpa_progress);
  const reference = text(old?.link) ?? text(system.dpa_location);
  const status = progress !== undefined ? readDpiaStatus(progress) : required === true ? 'missing' : required === false && old ? 'not-required' : undefined;
  if (progress !== undefined && status === undefined) activity.x.set('x-dpia-progress', progress);
  if (status !== undefined || reference !== undefined) activity.dpia = { ...(status ? { status } : {}), ...(reference ? { reference } : {}) };
  if (status !== undefined) builder.report('inferred', place([old ? 'data_protection_impact_assessment' : 'dpa_progress']), `dpia status ${status}${progress ? ` from ${quote(progress)}` : ' (a DPIA is required and no progress is given)'}`);

  if (typeof system.uses_profiling === 'boolean') activity.automatedDecisions = system.uses_profiling;
  const security = text(system.data_security_practices);
  if (security) activity.security = splitList(security);
  const department = text(system.administrating_department);
  if (department && department !== 'Not defined') activity.x.set('x-business-function', department);
  const dpo = text(system.dpo);
  if (dpo) builder.setOrganisation('dpo', dpo, place(['dpo']));
}

/**
 * Where a declaration's data goes. Its `egress` names data flows of the system; a flow to a
 * system that is a processor (responsibility Processor, or a vendor) makes a processor, a flow
 * to any other system a recipient. Datasets and the user are not recipients. Third parties
 * the declaration or (pre-3.0) its data use names are recipients.
 */
function readDeclarationSharing(
  declaration: Json,
  use: Json | undefined,
  system: Json,
  systems: ReadonlyMap<string, Json>,
  activity: ActivityDraft,
  builder: RecordBuilder,
  place: SourcePlace,
): void {
  const flows = list(system.egress).filter(isObject);
  const named = list(declaration.egress).filter((key): key is string => typeof key === 'string');
  const used = named.length > 0 ? flows.filter((flow) => named.includes(String(flow.fides_key))) : flows;
  for (const key of named) if (!flows.some((flow) => flow.fides_key === key)) used.push({ fides_key: key, type: 'system' });
  for (const flow of used) {
    const key = String(flow.fides_key ?? '');
    const type = String(flow.type ?? 'system');
    if (type !== 'system') continue;
    const target = systems.get(key);
    const name = text(target?.name) ?? humanise(key);
    const responsibilities = target ? [...list(target.responsibility), target.data_responsibility_title].map((title) => String(title).toLowerCase()) : [];
    const isProcessor = responsibilities.some((title) => title === 'processor' || title === 'sub-processor') || (target !== undefined && text(target.vendor_id) !== undefined);
    if (isProcessor) {
      activity.processors ??= [];
      if (!activity.processors.some((processor) => processor.name === name)) {
        const processor: ProcessorDraft = { name, x: new Map([['x-fides-key', key]]) };
        activity.processors.push(processor);
        builder.report('inferred', place, `processor ${quote(name)} from egress to system ${key}`);
      }
    } else {
      activity.recipients ??= [];
      if (!activity.recipients.includes(name)) {
        activity.recipients.push(name);
        builder.report('inferred', place, `recipient ${quote(name)} from egress to system ${key}${target ? '' : ' (not defined in the manifests)'}`);
      }
    }
  }
  const thirdParties = text(declaration.third_parties);
  if (thirdParties && !isNothing(thirdParties)) {
    activity.recipients ??= [];
    for (const party of splitList(thirdParties)) if (!activity.recipients.some((known) => fold(known) === fold(party))) activity.recipients.push(party);
  } else if (declaration.data_shared_with_third_parties === false && activity.recipients === undefined && used.length === 0) activity.recipients = [];
  for (const recipient of list(use?.recipients)) {
    if (typeof recipient !== 'string') continue;
    activity.recipients ??= [];
    if (!activity.recipients.includes(recipient)) activity.recipients.push(recipient);
  }
}

/** A fides data category as a data category of the record, with its source and kinds from the table in fides-taxonomy.ts. */
function fidesCategory(builder: RecordBuilder, key: string, definedName: string | undefined, place: SourcePlace): string {
  // "user.contact.email" → "Contact email"; pre-2.0 keys lose the part that says how the data was obtained.
  const bare = key.replace(/\.(?:provided|derived)\.(?:identifiable|nonidentifiable)(?=\.|$)/u, '').replace(/^user\./u, '');
  const name = definedName ?? humanise(bare);
  const { category, isNew } = builder.category(name, place);
  if (!isNew) return category.id;
  category.x.set('x-fides-key', key);
  const facts = fidesCategoryFacts(key);
  if (facts) {
    category.source = facts.source;
    if (facts.special.length > 0) category.special = facts.special;
    if (facts.criminal) category.criminal = true;
    const extras = [facts.special.length > 0 ? `special ${facts.special.join(', ')}` : '', facts.criminal ? 'criminal: true' : ''].filter(Boolean).join(', ');
    builder.report('inferred', place, `data category ${key}: source ${facts.source}${extras ? `, ${extras}` : ''} (fides table${facts.note ? `: ${facts.note}` : ''})`);
    return category.id;
  }
  // A category of the organisation's own taxonomy: its name is read as a table's would be.
  const reading = readCategoryName(tidy(`${definedName ?? ''} ${key.replace(/[._]/gu, ' ')}`));
  if (reading.source) category.source = reading.source.source;
  if (reading.special.length > 0) category.special = reading.special.map((found) => found.kind);
  if (reading.criminal) category.criminal = true;
  // Without a source from its name, the writer assumes one and reports that itself.
  if (category.source !== undefined || category.special !== undefined) {
    builder.report('inferred', place, `data category ${key} is not in the fides taxonomy: ${[category.source ? `source ${category.source}` : '', category.special ? `special ${category.special.join(', ')}` : ''].filter(Boolean).join(', ')} from its name`);
  }
  return category.id;
}
