/**
 * The documents an inventory points to (SPEC §2.1 document-missing): which written values are
 * relative file paths, and what the caller found at each. Nothing here touches the file system:
 * the CLI looks the paths up (src/workspace/documents.ts) and hands the answers to the engine.
 */

/** Why a path leads out of the repository: it is absolute, it climbs out with `..`, or a symbolic link leads out. */
export type OutsideReason = 'absolute' | 'path' | 'link';

/** What the caller found at one document path. Documents are never read, only looked for. */
export type DocumentState =
  | { status: 'present' }
  | { status: 'missing' }
  /** Not looked at. `boundary` names what the path left: "the repository" unless the caller says otherwise. */
  | { status: 'outside'; reason: OutsideReason; boundary?: string }
  /** The file system refused to answer, e.g. permission denied. */
  | { status: 'unchecked'; detail: string };

/**
 * The documents by path as written in the inventory (relative to it): a function of that path
 * and of the inventory's file name (as given to the engine), or, for one inventory, a map. A
 * path missing from a map counts as a missing file.
 */
export type DocumentProvider = ReadonlyMap<string, DocumentState> | ((documentPath: string, inventory: string) => DocumentState);

/** Looks up a document path as written; each distinct path is asked of the provider once per inventory. */
export type DocumentLookup = (documentPath: string) => DocumentState;

/** What a document field holds, as far as document-missing is concerned. */
export type DocumentValue =
  /** A path relative to the inventory: looked up. */
  | { kind: 'relative'; path: string }
  /** An absolute path, a drive letter, a `file:` URL or a home folder (`~/`): leads out, never looked at. */
  | { kind: 'absolute' }
  /** A URL, an identifier ("DPIA-2024-17"), a sentence or a placeholder: not a path, not checked. */
  | { kind: 'other' };

/**
 * Extensions of the files a record points to. A known list rather than any `.xyz` ending, so
 * that a host name (`trust.gpucloud.com`) or a version (`v2.1`) is not taken for a file.
 */
const DOCUMENT_EXTENSIONS = new Set(
  'md markdown mdx txt text rst adoc asciidoc html htm pdf doc docx odt ott rtf xls xlsx ods csv tsv ppt pptx odp json yaml yml toml xml png jpg jpeg gif svg webp tif tiff eml msg zip 7z gz tgz p7s sig asc'.split(' '),
);

/**
 * Values that stand for "not written yet" (SPEC §2.1 "Not written"): `TODO`, `TBD`, `?`, `-`,
 * `[CONFIRM …]`, `[NEEDS …]`, and a note that starts with such a word ("TODO: link the DPIA").
 * `n/a` is among them because its slash would otherwise make it look like a path.
 */
const PLACEHOLDER = /^(?:(?:todo|tbd|tbc|fixme|xxx)(?:$|[\s:,;(\-–—])|n\/a$|none$|unknown$|pending$|[?\-–—…. ]+$|\[(?:confirm|needs)\b)/i;

/** `https:`, `mailto:`, `urn:`: a scheme of two or more characters (one is a drive letter). */
const URL_SCHEME = /^([a-z][a-z0-9+.-]+):/i;
/** A URL written without its scheme. */
const WWW = /^www\./i;
/** A first segment that is a host name (`www.acme.example`, `trust.gpucloud.com`): a URL written without its scheme. */
const HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;
/** A `file:` URL, a path from the root (`/srv`, `\\server`), a drive letter (`C:`) or a home folder (`~/`, `~alice/`). */
const ABSOLUTE = /^(?:file:|[\\/]|[a-z]:|~(?:[a-z_][\w-]*)?(?:[\\/]|$))/i;
const NEWLINE = /[\r\n]/;
const SLASH = /[\\/]/;
const WHITESPACE = /\s/;
const LETTER = /\p{L}/u;
const LETTERS_OR_DIGITS = /^[A-Za-z0-9]+$/;
/** What may not come just before the dot of an extension: `docs/.md` and `notes .md` name no file by that extension. */
const NOT_A_NAME = /[\\/\s]/;

const OTHER: DocumentValue = { kind: 'other' };
const ABSOLUTE_PATH: DocumentValue = { kind: 'absolute' };

/** `md` for `docs/lia.MD`: one to eight letters or digits after the last dot, which follows a name. */
function extensionOf(value: string): string | undefined {
  const dot = value.lastIndexOf('.');
  if (dot <= 0 || value.length - dot > 9 || NOT_A_NAME.test(value[dot - 1]!)) return undefined;
  const extension = value.slice(dot + 1);
  return LETTERS_OR_DIGITS.test(extension) ? extension.toLowerCase() : undefined;
}

/**
 * Whether a document field names a relative file path (SPEC §2.1): it contains a `/` or ends
 * in a file extension. A URL, a plain identifier and a placeholder are not paths. Where the
 * words alone would take a sentence or a legal reference for a path, they are narrowed: a value
 * with spaces counts only when it ends in a file extension ("Implementing Decision (EU)
 * 2021/914" is not a path, "contracts/Signed DPA.pdf" is), and one whose last segment has no
 * letter is a number (`2021/914`, `C-311/18`), not a file.
 */
export function classifyDocumentValue(raw: string): DocumentValue {
  const value = raw.trim();
  if (value === '' || NEWLINE.test(value) || PLACEHOLDER.test(value)) return OTHER;
  if (ABSOLUTE.test(value)) return ABSOLUTE_PATH;
  if (URL_SCHEME.test(value) || WWW.test(value)) return OTHER;
  // Every value of a large record is classified: the first segment is cut out, not the whole value split.
  const slash = value.search(SLASH);
  if (slash > 0 && HOST.test(value.slice(0, slash)) && !DOCUMENT_EXTENSIONS.has(extensionOf(value.slice(0, slash)) ?? '')) return OTHER;
  const extension = extensionOf(value);
  if (extension !== undefined && DOCUMENT_EXTENSIONS.has(extension)) return { kind: 'relative', path: value };
  if (slash === -1 || WHITESPACE.test(value)) return OTHER;
  const last = value.split(SLASH).filter((segment) => segment !== '').at(-1) ?? '';
  return LETTER.test(last) ? { kind: 'relative', path: value } : OTHER;
}

/**
 * Wraps a provider for one inventory: an absolute path is answered here, without asking the
 * provider, and each relative path is asked once however many fields name it.
 */
export function documentLookup(provider: DocumentProvider, inventory: string): DocumentLookup {
  const cache = new Map<string, DocumentState>();
  return (documentPath) => {
    const cached = cache.get(documentPath);
    if (cached) return cached;
    // Most paths do not even start like an absolute one: those are not classified again.
    const state: DocumentState =
      ABSOLUTE.test(documentPath.trim()) && classifyDocumentValue(documentPath).kind === 'absolute'
        ? { status: 'outside', reason: 'absolute' }
        : typeof provider === 'function'
          ? provider(documentPath, inventory)
          : (provider.get(documentPath) ?? { status: 'missing' });
    cache.set(documentPath, state);
    return state;
  };
}
