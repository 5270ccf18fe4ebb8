import { classifyDocumentValue, type DocumentState } from '../core/document.js';
import { type ActivityView, describeLocation, type InventoryModel, isRecord, isStated, type JointController, type Located, recordsOf } from '../core/inventory.js';
import { defineRule, type Report } from '../core/rule.js';

/** What messages name an element by: its id, its name, or a transfer's country and mechanism. */
interface Named {
  id?: unknown;
  name?: unknown;
  country?: unknown;
  mechanism?: unknown;
}

/** A field that names a document (SPEC §2.1 document-missing), and how messages speak of it. */
interface FieldKind {
  /** Where the field is below its element, as a pointer: `/dpia/reference`. */
  below: string;
  /** The field as a user finds it in the YAML: `dpia.reference`. */
  field: string;
  /** The key to correct: `reference`. */
  key: string;
  /** What the document is, for people: "DPIA". */
  what: string;
  /** The element that names it: "activity `smart-replies`". */
  owner: (named: DocumentField, root: unknown) => string;
  /** Where such a document conventionally sits, for the help line: `docs/dpia/smart-replies.md`. */
  example: (element: Named) => string;
}

/** One field of the record that names a document by a path. */
interface DocumentField {
  kind: FieldKind;
  /** The path, as written but for the spaces around it. */
  path: string;
  /** The joint controller, data category, purpose, activity, processor or transfer whose field it is. */
  element: Located<Named>;
  /** The activity of a processor or a transfer. */
  activity?: ActivityView;
}

/** A file name from an id or a name: `GPU Cloud Inc` → `gpu-cloud-inc`. */
function slug(text: unknown, fallback: string): string {
  const made = typeof text === 'string' ? text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') : '';
  return made === '' ? fallback : made;
}

/** `joint controller #2`: an element without a name, by its place in its list. */
function numbered(kind: string, pointer: string): string {
  return `${kind} #${Number(pointer.slice(pointer.lastIndexOf('/') + 1)) + 1}`;
}

const located = (named: DocumentField, root: unknown): string => describeLocation(root, named.element.pointer);
/** A processor or a transfer is named with its activity: "processor `GPU Cloud Inc` of activity `smart-replies`". */
const ofActivity = (named: DocumentField, root: unknown): string => describeLocation(root, named.activity!.pointer);

const ARRANGEMENT: FieldKind = {
  below: '/arrangement',
  field: 'arrangement',
  key: 'arrangement',
  what: 'Art. 26 arrangement',
  owner: ({ element: joint }) => (typeof joint.value.name === 'string' && joint.value.name.trim() !== '' ? `joint controller \`${joint.value.name}\`` : numbered('joint controller', joint.pointer)),
  example: (joint) => `docs/contracts/${slug(joint.name, 'joint-controller')}-arrangement.md`,
};
const ANONYMISATION: FieldKind = {
  below: '/anonymisation_assessment',
  field: 'anonymisation_assessment',
  key: 'anonymisation_assessment',
  what: 'anonymisation assessment',
  owner: located,
  example: (category) => `docs/anonymisation/${slug(category.id, 'category')}.md`,
};
const LEGITIMATE_INTERESTS: FieldKind = {
  below: '/legitimate_interests/assessment',
  field: 'legitimate_interests.assessment',
  key: 'assessment',
  what: 'legitimate-interests assessment',
  owner: located,
  example: (purpose) => `docs/lia/${slug(purpose.id, 'purpose')}.md`,
};
const COMPATIBILITY: FieldKind = {
  below: '/compatibility_assessment',
  field: 'compatibility_assessment',
  key: 'compatibility_assessment',
  what: 'compatibility assessment',
  owner: located,
  example: (purpose) => `docs/compatibility/${slug(purpose.id, 'purpose')}.md`,
};
const DPIA: FieldKind = {
  below: '/dpia/reference',
  field: 'dpia.reference',
  key: 'reference',
  what: 'DPIA',
  owner: located,
  example: (activity) => `docs/dpia/${slug(activity.id, 'activity')}.md`,
};
const DPA: FieldKind = {
  below: '/dpa_reference',
  field: 'dpa_reference',
  key: 'dpa_reference',
  what: 'data processing agreement',
  owner: (named, root) => `${located(named, root)} of ${ofActivity(named, root)}`,
  example: (processor) => `docs/contracts/${slug(processor.name, 'processor')}-dpa.md`,
};
const SAFEGUARDS: FieldKind = {
  below: '/safeguard_reference',
  field: 'safeguard_reference',
  key: 'safeguard_reference',
  what: 'transfer-safeguards document',
  owner: (named, root) => {
    const { country } = named.element.value;
    const transfer = typeof country === 'string' && country.trim() !== '' ? `the transfer to \`${country}\`` : numbered('transfer', named.element.pointer);
    return `${transfer} of ${ofActivity(named, root)}`;
  },
  example: (transfer) => `docs/transfers/${slug(transfer.country, 'transfer')}-${slug(transfer.mechanism, 'safeguards')}.md`,
};

/**
 * The path a field names, trimmed; undefined when it names none. A placeholder is no document
 * (SPEC §2.1 "Not written"); a URL or an identifier is not a path.
 */
function pathIn(value: unknown): string | undefined {
  return typeof value === 'string' && isStated(value) && classifyDocumentValue(value).kind !== 'other' ? value.trim() : undefined;
}

/**
 * The fields that name a document by a path, in the order of the format. Only text can name one,
 * and most records leave most of these fields out: what a message needs is made only for a path.
 */
function* documentFields(model: InventoryModel): Generator<DocumentField> {
  const controller = model.root.controller;
  if (isRecord(controller)) {
    for (const joint of recordsOf<JointController>(controller.joint_controllers, '/controller/joint_controllers')) {
      const path = pathIn(joint.value.arrangement);
      if (path !== undefined) yield { kind: ARRANGEMENT, path, element: joint };
    }
  }
  for (const category of model.categories) {
    const path = pathIn(category.value.anonymisation_assessment);
    if (path !== undefined) yield { kind: ANONYMISATION, path, element: category };
  }
  for (const activity of model.activities) {
    for (const purpose of activity.purposes) {
      const interests = purpose.value.legitimate_interests;
      const assessment = pathIn(isRecord(interests) ? interests.assessment : undefined);
      if (assessment !== undefined) yield { kind: LEGITIMATE_INTERESTS, path: assessment, element: purpose };
      const compatibility = pathIn(purpose.value.compatibility_assessment);
      if (compatibility !== undefined) yield { kind: COMPATIBILITY, path: compatibility, element: purpose };
    }
    const dpia = activity.value.dpia;
    const reference = pathIn(isRecord(dpia) ? dpia.reference : undefined);
    if (reference !== undefined) yield { kind: DPIA, path: reference, element: activity };
    yield* entryFields(activity, 'processors', DPA);
    yield* entryFields(activity, 'transfers', SAFEGUARDS);
  }
}

/** The processors or the transfers of an activity whose `kind.key` names a document; an entry's pointer is made only for those. */
function* entryFields(activity: ActivityView, list: 'processors' | 'transfers', kind: FieldKind): Generator<DocumentField> {
  const entries: unknown = activity.value[list];
  if (!Array.isArray(entries)) return;
  for (let index = 0; index < entries.length; index += 1) {
    const entry: unknown = entries[index];
    const path = isRecord(entry) ? pathIn(entry[kind.key]) : undefined;
    if (path !== undefined) yield { kind, path, element: { value: entry as Named, pointer: `${activity.pointer}/${list}/${index}` }, activity };
  }
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

/** A path `locationOf` would change: a backslash, an empty segment, or a `.` or `..` segment. */
const UNTIDY = /\\|\/\/|^\/|\/$|(?:^|\/)\.\.?(?:\/|$)/;

/** `locationOf` for the documents of one inventory: its folder is tidied once, and a tidy path is only appended to it. */
function locations(folder: string): (documentPath: string) => string {
  const base = locationOf(folder, '');
  const prefix = base === '' || base.endsWith('/') ? base : `${base}/`;
  return (documentPath) => (UNTIDY.test(documentPath) ? locationOf(folder, documentPath) : `${prefix}${documentPath}`);
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
  *check(context): Generator<Report<'missing' | 'outside' | 'link' | 'unchecked'>> {
    const lookup = context.documents;
    if (!lookup) return;
    const folder = folderOf(context.file);
    const location = locations(folder);
    const root = context.model.root;
    for (const named of documentFields(context.model)) {
      const state = lookup(named.path);
      if (state.status === 'present') continue;
      const { kind, path } = named;
      const pointer = `${named.element.pointer}${kind.below}`;
      const owner = kind.owner(named, root);
      if (state.status === 'missing') yield { messageId: 'missing', pointer, data: { what: kind.what, path, owner, field: kind.field, key: kind.key, folder, location: location(path) } };
      else if (state.status === 'unchecked') yield { messageId: 'unchecked', pointer, data: { what: kind.what, path, owner, field: kind.field, key: kind.key, folder, detail: state.detail, location: location(path) } };
      else yield { messageId: state.reason === 'link' ? 'link' : 'outside', pointer, data: { what: kind.what, path, owner, field: kind.field, key: kind.key, folder, detail: outsideDetail(state), example: kind.example(named.element.value) } };
    }
  },
});
