import { type ActivityView, describeLocation, fileNameFor, isMalformed, isRecord, isStated, type Located, misspeltKey, type PurposeView, stringsOf } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';
import { isAiTraining } from './shared/consent.js';

/** DPIA statuses that show the assessment was done or is under way before the processing. */
const UNDER_WAY = new Set(['completed', 'in-progress']);

/** Every DPIA status of the format (SPEC §1). */
const STATUSES = ['completed', 'in-progress', 'not-required', 'missing'];

/** The nine criteria of WP248 rev.01 (endorsed by the EDPB), in the guidelines' order. */
const WP248_CRITERIA = [
  'evaluation-scoring',
  'automated-decision',
  'systematic-monitoring',
  'sensitive-data',
  'large-scale',
  'matching-datasets',
  'vulnerable-subjects',
  'innovative-technology',
  'prevents-rights',
] as const;
type Criterion = (typeof WP248_CRITERIA)[number];

const KNOWN_CRITERIA: ReadonlySet<string> = new Set(WP248_CRITERIA);

interface CriteriaMet {
  /** Each criterion the activity meets, with where the record says so. */
  sources: Map<Criterion, string[]>;
  /** The criteria that something other than a training purpose gives. */
  withoutTraining: Set<Criterion>;
}

function code(text: string): string {
  return `\`${text}\``;
}

/** How messages name an element: its id, or where it is when it has none (looked up only then). */
function nameOf(element: Located<{ id?: unknown }>, root: unknown): string {
  return typeof element.value.id === 'string' ? code(element.value.id) : describeLocation(root, element.pointer);
}

/** The WP248 criteria the activity lists in `dpia.criteria` and those the record itself shows (SPEC §2.1); `training` are its AI-training purposes. */
function criteriaOf(activity: ActivityView, training: readonly PurposeView[], root: unknown): CriteriaMet {
  const met: CriteriaMet = { sources: new Map(), withoutTraining: new Set() };
  const add = (criterion: Criterion, source: string, fromTraining = false) => {
    const sources = met.sources.get(criterion) ?? [];
    if (!sources.includes(source)) sources.push(source);
    met.sources.set(criterion, sources);
    if (!fromTraining) met.withoutTraining.add(criterion);
  };
  const dpia: unknown = activity.value.dpia;
  for (const listed of stringsOf(isRecord(dpia) ? dpia.criteria : undefined)) {
    // An unknown value is the schema rule's finding, not a criterion.
    if (KNOWN_CRITERIA.has(listed)) add(listed as Criterion, code('dpia.criteria'));
  }
  for (const category of activity.categories) {
    const name = nameOf(category, root);
    if (stringsOf(category.value.special).length > 0) add('sensitive-data', `special-category data in ${name}`);
    if (category.value.criminal === true) add('sensitive-data', `criminal-offence data in ${name}`);
    if (category.value.source === 'public') add('large-scale', `publicly available data in ${name}`);
  }
  for (const subject of activity.subjects) {
    if (subject.value.children === true) add('vulnerable-subjects', `children among ${nameOf(subject, root)}`);
  }
  if (activity.value.automated_decision_making === true) add('automated-decision', code('automated_decision_making: true'));
  for (const purpose of training) add('innovative-technology', `AI-training purpose ${nameOf(purpose, root)}`, true);
  return met;
}

/** `sensitive-data (special-category data in `x`; `dpia.criteria`), large-scale (...)`, in WP248's order. */
function criteriaInWords(met: CriteriaMet): string {
  return WP248_CRITERIA.filter((criterion) => met.sources.has(criterion))
    .map((criterion) => `${criterion} (${met.sources.get(criterion)!.join('; ')})`)
    .join(', ');
}

export default defineRule({
  meta: {
    id: 'dpia-required',
    severity: 'error',
    reference: 'Art. 35(1), 35(3); WP248',
    aiOnly: false,
    description: 'An activity that trains models, or that meets two or more WP248 criteria, has a completed or in-progress DPIA.',
    messages: {
      missing: {
        message: '{activity} trains models ({purposes}) but records no data protection impact assessment; WP248 criteria met: {criteria}',
        help: 'carry out a DPIA before training and record it on the activity, e.g. `dpia: {status: in-progress, reference: docs/dpia/{file}.md}`, then set `status: completed` once it is signed off',
      },
      notDone: {
        message: '{activity} trains models ({purposes}) but its DPIA status is `{status}`; WP248 criteria met: {criteria}',
        help: 'training a model on personal data is an innovative use of technology, which several supervisory authorities\' Art. 35(4) lists name as needing a DPIA: carry it out, set `status: in-progress` (then `completed`) and point `reference:` at it',
      },
      criteriaMissing: {
        message: '{activity} meets {count} WP248 criteria, {criteria}, but records no data protection impact assessment',
        help: 'processing that meets two WP248 criteria is likely to be high-risk: carry out a DPIA and record it, e.g. `dpia: {status: in-progress, reference: docs/dpia/{file}.md}`; if you conclude it is not high-risk, keep that reasoning and record it with `x-ropa-lint-ignore` and a reason',
      },
      criteriaNotDone: {
        message: '{activity} meets {count} WP248 criteria, {criteria}, but its DPIA status is `{status}`',
        help: 'processing that meets two WP248 criteria is likely to be high-risk: carry out the DPIA, set `status: in-progress` (then `completed`) and point `reference:` at it; if you concluded it is not high-risk, record that reasoning with `x-ropa-lint-ignore` and a reason',
      },
    },
  },
  *check({ model }) {
    for (const activity of model.activities) {
      const dpia: unknown = activity.value.dpia;
      const status = isRecord(dpia) ? dpia.status : undefined;
      if (typeof status === 'string' && UNDER_WAY.has(status)) continue;
      // `dpia: completed` or `status: done` is the schema rule's finding: a DPIA is recorded, in a shape that cannot be
      // read. So is one under a misspelt key (`dpai:`, `stauts: completed`): the schema rule names the key to write.
      if (isMalformed(dpia, 'mapping') || isMalformed(status, STATUSES)) continue;
      if (misspeltKey(activity.value, 'dpia', 'activity') !== undefined || misspeltKey(dpia, 'status', 'dpia') !== undefined) continue;
      const training = activity.purposes.filter(isAiTraining);
      const met = criteriaOf(activity, training, model.root);
      // Art. 35(1) puts the DPIA on the controller: a processor only assists (Art. 28(3)(f)). Training
      // stays an error there, as training for its own ends makes the processor a controller (Art. 28(10)).
      if (training.length === 0 && (met.sources.size < 2 || activity.value.role === 'processor')) continue;

      const pointer = joinPointer(joinPointer(activity.pointer, 'dpia'), 'status');
      const written = isStated(status) ? { status: String(status) } : undefined;
      const data = {
        activity: describeLocation(model.root, activity.pointer),
        file: fileNameFor(activity.value.id, 'activity'),
        criteria: criteriaInWords(met),
      };
      if (training.length === 0) {
        const count = met.sources.size;
        if (written) yield { messageId: 'criteriaNotDone', pointer, severity: 'warning', data: { ...data, ...written, count } };
        else yield { messageId: 'criteriaMissing', pointer, severity: 'warning', data: { ...data, count } };
        continue;
      }
      const purposes = training.map((purpose) => nameOf(purpose, model.root)).join(', ');
      // The training purposes cause the finding, so ignores on all of them cover it (SPEC §2); but not
      // when the rest of the record meets two criteria too: the activity would need a DPIA without them.
      const causes = met.withoutTraining.size >= 2 ? {} : { causes: training.map((purpose) => purpose.pointer) };
      if (written) yield { messageId: 'notDone', pointer, data: { ...data, ...written, purposes }, ...causes };
      else yield { messageId: 'missing', pointer, data: { ...data, purposes }, ...causes };
    }
  },
});
