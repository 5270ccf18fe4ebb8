/**
 * The imported record as an inventory (SPEC §1) and as the YAML text written for it: keys in
 * the order of the format, the schema line first, and a comment before each activity saying
 * where in the source it came from.
 */
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ActivityDraft, PurposeDraft, RecordBuilder } from './builder.js';
import { describePlace, type SourcePlace } from './report.js';

/** The published schema (its `$id`); editors validate the written file against it. */
export const INVENTORY_SCHEMA_URL = 'https://raw.githubusercontent.com/ropa-lint/ropa-lint/main/schemas/inventory.schema.json';

/** What a required field the source does not give is written as; SPEC §2.1 counts it as absent. */
export function needs(what: string): string {
  return `[NEEDS ${what}]`;
}

type Json = Record<string, unknown>;

interface Annotated {
  inventory: Json;
  /** Comments to put before the node at each path. */
  comments: { path: (string | number)[]; text: string }[];
}

/** Finishes the record: placeholders for what the schema requires and the source lacks, extensions placed. */
export function buildInventory(builder: RecordBuilder): Annotated {
  const comments: Annotated['comments'] = [];
  const firstFile: SourcePlace = { file: builder.files[0]?.file ?? '' };

  const controller: Json = {};
  if (builder.controller.name) controller.name = builder.controller.name.value;
  else {
    controller.name = needs("the controller's name");
    builder.report('placeholder', firstFile, "the source names no controller: controller.name is written as [NEEDS the controller's name]");
  }
  if (builder.controller.contact) controller.contact = builder.controller.contact.value;
  if (builder.controller.dpo) controller.dpo = builder.controller.dpo.value;
  if (builder.controller.representative) controller.representative = builder.controller.representative.value;
  if (builder.jointControllers.size > 0) controller.joint_controllers = [...builder.jointControllers.values()].map((party) => ({ ...party }));

  const inventory: Json = { version: 1, controller };
  const record: Json = {};
  if (builder.record.owner) record.owner = builder.record.owner.value;
  if (builder.record.updated) record.updated = builder.record.updated.value;
  if (Object.keys(record).length > 0) inventory.record = record;

  inventory.data_subjects = [...builder.subjects.values()].map((subject) => {
    const out: Json = { id: subject.id, name: subject.name };
    if (subject.children !== undefined) out.children = subject.children;
    return out;
  });

  // One line per row for the categories whose origin the record leaves open, not one per category.
  const assumed = new Map<string, { place: SourcePlace; names: string[] }>();
  inventory.data_categories = [...builder.categories.values()].map((category) => {
    if (category.source === undefined) {
      category.source = 'provided-by-subject';
      const key = describePlace(category.place);
      const group = assumed.get(key) ?? { place: category.place, names: [] };
      group.names.push(quote(category.name));
      assumed.set(key, group);
    }
    const out: Json = { id: category.id, name: category.name, source: category.source };
    if (category.special !== undefined) out.special = [...category.special];
    if (category.criminal !== undefined) out.criminal = category.criminal;
    if (category.retention !== undefined) out.retention = category.retention;
    for (const [key, value] of category.x) out[key] = value;
    return out;
  });

  for (const { place, names } of assumed.values()) {
    builder.report(
      'inferred',
      place,
      `data ${names.length === 1 ? 'category' : 'categories'} ${names.join(', ')}: source provided-by-subject assumed, as the record does not say where the data comes from (change it for data from elsewhere: third-party, public, observed, inferred)`,
    );
  }

  const activities: Json[] = [];
  let index = 0;
  for (const activity of builder.activities.values()) {
    if (activity.purposes.length === 0) {
      builder.purpose(activity, needs(`the purpose of ${activity.name}`), activity.place, `${activity.name} purpose`);
      builder.report('placeholder', activity.place, `activity ${quote(activity.name)} names no purpose: one purpose is written as [NEEDS the purpose of ${activity.name}]`);
    }
    placeRowExtensions(activity);
    activities.push(activityJson(activity));
    comments.push({ path: ['processing_activities', index], text: ` from ${describePlace(activity.place)}` });
    activity.purposes.forEach((purpose, purposeIndex) => {
      if (purposeIndex > 0 && !samePlace(purpose.place, activity.place)) {
        comments.push({ path: ['processing_activities', index, 'purposes', purposeIndex], text: ` from ${describePlace(purpose.place)}` });
      }
    });
    index += 1;
  }
  inventory.processing_activities = activities;
  for (const [key, value] of builder.rootExtensions) inventory[key] = value;
  return { inventory, comments };
}

function quote(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`;
}

function samePlace(a: SourcePlace, b: SourcePlace): boolean {
  return a.file === b.file && a.sheet === b.sheet && a.row === b.row && a.line === b.line;
}

/** A row's unmapped column belongs to the activity when all its purposes agree on the value. */
function placeRowExtensions(activity: ActivityDraft): void {
  const keys = new Set<string>();
  for (const purpose of activity.purposes) for (const key of purpose.rowX.keys()) keys.add(key);
  for (const key of keys) {
    const values = activity.purposes.map((purpose) => (purpose.rowX.has(key) ? JSON.stringify(purpose.rowX.get(key)) : undefined));
    const first = values[0];
    const shared = first !== undefined && values.every((value) => value === first) && !activity.x.has(key);
    if (shared) {
      activity.x.set(key, activity.purposes[0]!.rowX.get(key));
      for (const purpose of activity.purposes) purpose.rowX.delete(key);
    }
  }
}

function purposeJson(purpose: PurposeDraft): Json {
  const out: Json = { id: purpose.id, description: purpose.description, ai_training: purpose.aiTraining };
  if (purpose.lawfulBasis !== undefined) out.lawful_basis = purpose.lawfulBasis;
  if (purpose.legalBasisReference !== undefined) out.legal_basis_reference = purpose.legalBasisReference;
  if (purpose.specialCondition !== undefined) out.special_category_condition = purpose.specialCondition;
  if (purpose.interest !== undefined || purpose.interestAssessment !== undefined) {
    const interests: Json = {};
    if (purpose.interest !== undefined) interests.interest = purpose.interest;
    if (purpose.interestAssessment !== undefined) interests.assessment = purpose.interestAssessment;
    out.legitimate_interests = interests;
  }
  for (const [key, value] of purpose.x) out[key] = value;
  for (const [key, value] of purpose.rowX) if (!(key in out)) out[key] = value;
  return out;
}

function activityJson(activity: ActivityDraft): Json {
  const out: Json = { id: activity.id, name: activity.name };
  if (activity.description !== undefined) out.description = activity.description;
  out.role = activity.role ?? 'controller';
  if (activity.onBehalfOf.length > 0) out.on_behalf_of = activity.onBehalfOf.map((party) => ({ ...party }));
  out.data_subjects = [...activity.subjects];
  out.data_categories = [...activity.categories];
  out.purposes = activity.purposes.map(purposeJson);
  if (activity.recipients !== undefined) out.recipients = [...activity.recipients];
  if (activity.processors !== undefined) {
    out.processors = activity.processors.map((processor) => {
      const entry: Json = { name: processor.name };
      if (processor.dpa !== undefined) entry.dpa = processor.dpa;
      if (processor.dpaReference !== undefined) entry.dpa_reference = processor.dpaReference;
      if (processor.country !== undefined) entry.country = processor.country;
      for (const [key, value] of processor.x) entry[key] = value;
      return entry;
    });
  }
  if (activity.transfers !== undefined) {
    out.transfers = activity.transfers.map((transfer) => {
      const entry: Json = {};
      if (transfer.country !== undefined) entry.country = transfer.country;
      if (transfer.mechanism !== undefined) entry.mechanism = transfer.mechanism;
      if (transfer.safeguardReference !== undefined) entry.safeguard_reference = transfer.safeguardReference;
      return entry;
    });
  }
  if (activity.retention !== undefined) out.retention = activity.retention;
  if (activity.security !== undefined) out.security_measures = [...activity.security];
  if (activity.dpia !== undefined) out.dpia = { ...activity.dpia };
  if (activity.automatedDecisions !== undefined) out.automated_decision_making = activity.automatedDecisions;
  for (const [key, value] of activity.x) out[key] = value;
  return out;
}

/** Lists of ids read best on one line: `data_subjects: [employees, applicants]`. */
const FLOW_KEYS = ['data_subjects', 'data_categories'];

/**
 * The inventory as YAML: the `yaml-language-server` schema line, a line saying how to check
 * the file, and the comments saying where each activity came from.
 */
export function toYaml(annotated: Annotated, sources: readonly string[]): string {
  const document = new Document(annotated.inventory);
  document.commentBefore = [
    ` yaml-language-server: $schema=${INVENTORY_SCHEMA_URL}`,
    ` Imported by \`ropa-lint import\` from ${sources.join(', ')}.`,
    ' Check it with `npx ropa-lint <this file>`: the findings name what the source did not say.',
  ].join('\n');
  const flow = (path: (string | number)[]): void => {
    const node = document.getIn(path, true);
    if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
  };
  const json = annotated.inventory;
  (json.data_categories as unknown[]).forEach((_, index) => flow(['data_categories', index, 'special']));
  (json.processing_activities as unknown[]).forEach((_, index) => {
    for (const key of FLOW_KEYS) flow(['processing_activities', index, key]);
  });
  for (const { path, text } of annotated.comments) {
    const node = document.getIn(path, true);
    if (isMap(node)) node.commentBefore = text;
  }
  // A blank line before each top-level section, as people lay out a record by hand.
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      const key = pair.key as Node & { value?: unknown; spaceBefore?: boolean };
      if (['data_subjects', 'data_categories', 'processing_activities'].includes(String(key.value))) key.spaceBefore = true;
    }
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}
