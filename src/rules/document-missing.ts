import { classifyDocumentValue, type DocumentState } from '../core/document.js';
import { describeLocation, isRecord, isStated, type Located, recordsOf } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule, type RuleContext } from '../core/rule.js';

/** One field of the record that names a document (SPEC §2.1 document-missing). */
interface DocumentField {
  pointer: string;
  value: unknown;
  /** The field as a user finds it in the YAML: `dpia.reference`. */
  field: string;
  /** The key to correct: `reference`. */
  key: string;
  /** What the document is, for people: "DPIA". */
  what: string;
  /** The element that names it: "activity `smart-replies`". Made only for a finding, as most documents are found. */
  owner: () => string;
  /** Where such a document conventionally sits, for the help line: `docs/dpia/smart-replies.md`. */
  example: () => string;
}

/** A file name from an id or a name: `GPU Cloud Inc` → `gpu-cloud-inc`. */
function slug(text: unknown, fallback: string): string {
  const made = typeof text === 'string' ? text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') : '';
  return made === '' ? fallback : made;
}

/** The fields that hold text: nothing else can name a document, and most records leave most of them out. */
function* documentFields({ model }: RuleContext): Generator<DocumentField> {
  const root = model.root;
  const controller = root.controller;
  if (isRecord(controller)) {
    for (const joint of recordsOf<Record<string, unknown>>(controller.joint_controllers, '/controller/joint_controllers')) {
      if (typeof joint.value.arrangement !== 'string') continue;
      const name = typeof joint.value.name === 'string' && joint.value.name.trim() !== '' ? `joint controller \`${joint.value.name}\`` : `joint controller #${Number(joint.pointer.split('/').at(-1)) + 1}`;
      yield {
        pointer: joinPointer(joint.pointer, 'arrangement'),
        value: joint.value.arrangement,
        field: 'arrangement',
        key: 'arrangement',
        what: 'Art. 26 arrangement',
        owner: () => name,
        example: () => `docs/contracts/${slug(joint.value.name, 'joint-controller')}-arrangement.md`,
      };
    }
  }
  for (const category of model.categories) {
    if (typeof category.value.anonymisation_assessment !== 'string') continue;
    yield {
      pointer: joinPointer(category.pointer, 'anonymisation_assessment'),
      value: category.value.anonymisation_assessment,
      field: 'anonymisation_assessment',
      key: 'anonymisation_assessment',
      what: 'anonymisation assessment',
      owner: () => describeLocation(root, category.pointer),
      example: () => `docs/anonymisation/${slug(category.value.id, 'category')}.md`,
    };
  }
  for (const activity of model.activities) {
    const owner = () => describeLocation(root, activity.pointer);
    for (const purpose of activity.purposes) {
      const purposeOwner = () => describeLocation(root, purpose.pointer);
      const interests = purpose.value.legitimate_interests;
      if (isRecord(interests) && typeof interests.assessment === 'string') {
        yield {
          pointer: joinPointer(joinPointer(purpose.pointer, 'legitimate_interests'), 'assessment'),
          value: interests.assessment,
          field: 'legitimate_interests.assessment',
          key: 'assessment',
          what: 'legitimate-interests assessment',
          owner: purposeOwner,
          example: () => `docs/lia/${slug(purpose.value.id, 'purpose')}.md`,
        };
      }
      if (typeof purpose.value.compatibility_assessment !== 'string') continue;
      yield {
        pointer: joinPointer(purpose.pointer, 'compatibility_assessment'),
        value: purpose.value.compatibility_assessment,
        field: 'compatibility_assessment',
        key: 'compatibility_assessment',
        what: 'compatibility assessment',
        owner: purposeOwner,
        example: () => `docs/compatibility/${slug(purpose.value.id, 'purpose')}.md`,
      };
    }
    const dpia = activity.value.dpia;
    if (isRecord(dpia) && typeof dpia.reference === 'string') {
      yield { pointer: joinPointer(joinPointer(activity.pointer, 'dpia'), 'reference'), value: dpia.reference, field: 'dpia.reference', key: 'reference', what: 'DPIA', owner, example: () => `docs/dpia/${slug(activity.value.id, 'activity')}.md` };
    }
    for (const processor of recordsOf<Record<string, unknown>>(activity.value.processors, joinPointer(activity.pointer, 'processors'))) {
      if (typeof processor.value.dpa_reference !== 'string') continue;
      yield {
        pointer: joinPointer(processor.pointer, 'dpa_reference'),
        value: processor.value.dpa_reference,
        field: 'dpa_reference',
        key: 'dpa_reference',
        what: 'data processing agreement',
        owner: () => `${describeLocation(root, processor.pointer)} of ${owner()}`,
        example: () => `docs/contracts/${slug(processor.value.name, 'processor')}-dpa.md`,
      };
    }
    for (const transfer of recordsOf<Record<string, unknown>>(activity.value.transfers, joinPointer(activity.pointer, 'transfers'))) {
      if (typeof transfer.value.safeguard_reference !== 'string') continue;
      yield {
        pointer: joinPointer(transfer.pointer, 'safeguard_reference'),
        value: transfer.value.safeguard_reference,
        field: 'safeguard_reference',
        key: 'safeguard_reference',
        what: 'transfer-safeguards document',
        owner: () => `${transferName(transfer)} of ${owner()}`,
        example: () => `docs/transfers/${slug(transfer.value.country, 'transfer')}-${slug(transfer.value.mechanism, 'safeguards')}.md`,
      };
    }
  }
}

function transferName(transfer: Located<Record<string, unknown>>): string {
  const country = transfer.value.country;
  return typeof country === 'string' && country.trim() !== '' ? `the transfer to \`${country}\`` : `transfer #${Number(transfer.pointer.split('/').at(-1)) + 1}`;
}

/** The inventory's folder as given to the engine, for messages: `examples/`, or `./` beside the working directory. */
function folderOf(file: string): string {
  const slash = file.replace(/\\/g, '/').lastIndexOf('/');
  return slash < 0 ? './' : file.slice(0, slash + 1);
}

/** `examples/` and `../docs/x.md` → `docs/x.md`: where a missing document was looked for. */
function locationOf(folder: string, documentPath: string): string {
  const parts: string[] = [];
  const absolute = folder.startsWith('/');
  for (const part of `${folder}${documentPath.replace(/\\/g, '/')}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else parts.push(part);
  }
  return (absolute ? '/' : '') + parts.join('/');
}

function outsideDetail(state: Extract<DocumentState, { status: 'outside' }>): string {
  const boundary = state.boundary ?? 'the repository';
  if (state.reason === 'absolute') return 'it is an absolute path';
  return state.reason === 'link' ? `a symbolic link on the way leads out of ${boundary}` : `the path leads out of ${boundary}`;
}

export default defineRule({
  meta: {
    id: 'document-missing',
    severity: 'warning',
    reference: 'Art. 5(2)',
    aiOnly: false,
    description: 'The documents the record points to by a relative path (assessments, DPIAs, arrangements, contracts) exist in the repository.',
    messages: {
      missing: {
        message: 'the {what} `{path}` that {owner} names in `{field}` does not exist (looked up from `{folder}`, the folder of this inventory)',
        help: 'add the {what} at `{location}`, or correct `{key}` to the path of the existing document relative to `{folder}` (or to its URL when it is kept outside the repository)',
      },
      outside: {
        message: 'the {what} `{path}` that {owner} names in `{field}` was not looked at: {detail}',
        help: 'keep the {what} in the repository and name it by a path relative to this inventory that stays inside it, e.g. `{key}: {example}`, or give its URL when it is published elsewhere',
      },
      link: {
        message: 'the {what} `{path}` that {owner} names in `{field}` was not looked at: {detail}',
        help: 'put the {what} itself in the repository in place of the symbolic link (a link that leads out is never followed), or give its URL when it is kept elsewhere',
      },
      unchecked: {
        message: 'the {what} `{path}` that {owner} names in `{field}` could not be looked up ({detail})',
        help: 'let the user that runs ropa-lint (in CI, the job) read the folders on the way to `{location}`, or correct `{key}`',
      },
    },
  },
  *check(context) {
    const lookup = context.documents;
    if (!lookup) return;
    const folder = folderOf(context.file);
    for (const field of documentFields(context)) {
      // A placeholder is no document (SPEC §2.1 "Not written"); a URL or an identifier is not a path.
      if (typeof field.value !== 'string' || !isStated(field.value)) continue;
      const value = classifyDocumentValue(field.value);
      if (value.kind === 'other') continue;
      const written = field.value.trim();
      const state = lookup(written);
      if (state.status === 'present') continue;
      const data = { what: field.what, path: written, owner: field.owner(), field: field.field, key: field.key, folder };
      if (state.status === 'missing') yield { messageId: 'missing', pointer: field.pointer, data: { ...data, location: locationOf(folder, written) } };
      else if (state.status === 'unchecked') yield { messageId: 'unchecked', pointer: field.pointer, data: { ...data, detail: state.detail, location: locationOf(folder, written) } };
      else yield { messageId: state.reason === 'link' ? 'link' : 'outside', pointer: field.pointer, data: { ...data, detail: outsideDetail(state), example: field.example() } };
    }
  },
});
