/**
 * Privacy notices (SPEC §3): Markdown text in, sections and disclosure decisions out. The
 * structure comes from `marked`'s lexer, never from patterns over the raw Markdown; what a
 * section says is read from the visible text of its tokens by the statement readers of
 * src/language (comments, link targets and attributes are not text). Nothing here touches the
 * file system: the CLI reads the files and hands their text (or the reason it did not read
 * them) to the engine.
 */
import { marked, type Token, type Tokens } from 'marked';
import { trainingPhrase, trainingStatements } from '../language/training-statement.js';
import { withdrawalPhrase } from '../language/withdrawal-statement.js';
import { isRecord } from './inventory.js';
import { joinPointer } from './pointer.js';

/** Why a notice path was not read. */
export type NoticeProblem = 'missing' | 'outside' | 'absolute' | 'unreadable';

/** What the caller found at one `notice` path: its text, an already parsed notice, or why it was not read. */
export type NoticeInput = { text: string } | { notice: ParsedNotice } | { problem: NoticeProblem; detail?: string };

/** What a rule sees for one `notice` path. */
export type NoticeFile = { notice: ParsedNotice } | { problem: NoticeProblem; detail?: string };

/**
 * The notices by `notice` value as written in the inventory (relative to it): a function of that
 * value and of the inventory's file name (as given to the engine), or, for one inventory, a map.
 * A path missing from a map counts as a missing file.
 */
export type NoticeProvider = ReadonlyMap<string, NoticeInput> | ((noticePath: string, inventory: string) => NoticeInput);

/** Looks up a `notice` value; each notice is parsed once however many rules or purposes ask. */
export type NoticeLookup = (noticePath: string) => NoticeFile;

/** A `notice` entry of the inventory, with where it is written. */
export interface NoticeEntry {
  path: string;
  pointer: string;
}

export interface NoticeSection {
  /** 1–6 for a heading, 0 for the text before the first heading. */
  depth: number;
  heading: string;
  /** Stemmed words of the heading and the text up to the first sub-heading. */
  words: string[];
  /**
   * Ids that tie this section to a purpose: its heading's slug, `{#id}`, `<a id>` / `<a name>`
   * anchors, `#id` link targets and `<!-- ropa:id -->` comments in it (or alone just before
   * its heading). A tie says which purpose the section is about, not what it says.
   */
  anchors: Set<string>;
  parent: NoticeSection | null;
  children: NoticeSection[];
  /** The visible text of the section's paragraphs, lists and tables (not its heading): what it says. */
  text: string;
  /** The section's own text states, in visible words, that data trains, fine-tunes or evaluates a model. */
  training: boolean;
  /** This section or one nested in it states that data trains a model. */
  trainingWithin: boolean;
  /** The heading or text tells people they can withdraw consent, opt out or object. */
  withdrawal: boolean;
}

export interface ParsedNotice {
  sections: NoticeSection[];
  /** A first heading that every other heading sits under: the notice's title, whose intro speaks for no section. */
  title: NoticeSection | null;
  /** Every section's anchors together. */
  anchors: ReadonlySet<string>;
  /** The notice says how to withdraw consent, opt out or object. */
  withdrawal: boolean;
  /** The notice has no words at all. */
  empty: boolean;
}

/** The `notice` entries of an inventory: one for a string, one per string item for a list. */
export function noticeEntries(root: unknown): NoticeEntry[] {
  if (!isRecord(root)) return [];
  const notice = root.notice;
  if (typeof notice === 'string') return notice.trim() === '' ? [] : [{ path: notice, pointer: '/notice' }];
  if (!Array.isArray(notice)) return [];
  const entries: NoticeEntry[] = [];
  notice.forEach((item, index) => {
    if (typeof item === 'string' && item.trim() !== '') entries.push({ path: item, pointer: joinPointer('/notice', index) });
  });
  return entries;
}

/** Wraps a provider for one inventory so that each path is looked up, and each text parsed, once. */
export function noticeLookup(provider: NoticeProvider, inventory: string): NoticeLookup {
  const cache = new Map<string, NoticeFile>();
  return (noticePath) => {
    const cached = cache.get(noticePath);
    if (cached) return cached;
    const input: NoticeInput = typeof provider === 'function' ? provider(noticePath, inventory) : (provider.get(noticePath) ?? { problem: 'missing' });
    const file: NoticeFile = 'text' in input ? { notice: parseNotice(input.text) } : input;
    cache.set(noticePath, file);
    return file;
  };
}

// ---------------------------------------------------------------------------------------------
// Words

const NON_ASCII = /[^\u0000-\u007f]/;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Lower case, accents removed, split on anything that is not a letter or a digit, lightly stemmed. */
export function wordsOf(text: string): string[] {
  // Only a text with a character beyond ASCII can have accents to remove.
  const plain = NON_ASCII.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text;
  const words: string[] = [];
  for (const word of plain.toLowerCase().split(NON_WORD)) if (word !== '') words.push(stem(word));
  return words;
}

/** A crude English stemmer: enough for "trains", "trained", "training" and "train" to meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.at(-1) === w.at(-2) && !'aeiou'.includes(w.at(-1)!)) w = w.slice(0, -1);
  return w;
}

const stems = (list: string): Set<string> => new Set(list.split(' ').map(stem));

/** Words of training that every training purpose shares, so they do not tell one purpose from another. */
const TRAINING_WORDS = stems(
  'train trains trained training retrain retraining pretrain pretrained teach teaches taught finetune finetuned tune tuned tuning improve improving develop developing build building refine refining evaluate evaluating create creating model models algorithm algorithms ai llm llms ml classifier classifiers network networks',
);

function containsPhrase(words: readonly string[], phrase: readonly string[], from = 0): number {
  outer: for (let index = from; index + phrase.length <= words.length; index += 1) {
    for (let offset = 0; offset < phrase.length; offset += 1) if (words[index + offset] !== phrase[offset]) continue outer;
    return index;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Naming a purpose

const STOPWORDS = stems(
  'a an the and or but nor of on in into onto for to from by with without at as is are be been being was were it its this that these those their our your we us you they them he she his her my which who whom whose what when where while how than then so such not no any all each every some more most other own same can could may might must shall should will would do does did done has have had also only both via per about after before over under up out if once use used uses using new e g i',
);
/** Words every training purpose shares: they do not tell one purpose from another. */
const GENERIC = new Set([
  ...TRAINING_WORDS,
  ...stems('machine learning deep data personal information purpose purposes process processing feed feeds based past future'),
]);

const NUMBER = /^\d+$/;

/** The significant words of a purpose's description: what tells it from other purposes. */
export function significantWords(description: string): string[] {
  return [...new Set(wordsOf(description).filter((word) => !STOPWORDS.has(word) && !GENERIC.has(word) && !NUMBER.test(word)))];
}

/** A purpose as the notice check sees it. */
export interface NoticePurpose {
  id: string;
  description?: string;
}

/** The words that can name a purpose: its id's and the significant ones of its description. */
interface PurposeWords {
  id: string[];
  significant: string[];
}

function purposeWords(purpose: NoticePurpose): PurposeWords {
  return { id: wordsOf(purpose.id), significant: typeof purpose.description === 'string' ? significantWords(purpose.description) : [] };
}

/**
 * A section's set of words, made once: disclosure asks every section of a notice about every
 * training purpose, thousands of times in a large record.
 */
const wordSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The words name the purpose: its id (as written or as words) or enough significant words of its description. */
export function namesPurpose(words: readonly string[], purpose: NoticePurpose): boolean {
  return wordsName(words, purposeWords(purpose));
}

function wordsName(words: readonly string[], own: PurposeWords): boolean {
  // The id's words name the purpose when at least one of them tells it from other purposes:
  // `train-models` written out is just "train models".
  const idWords = own.id;
  if (idWords.some((word) => !STOPWORDS.has(word) && !GENERIC.has(word)) && containsPhrase(words, idWords) >= 0) return true;
  const significant = own.significant;
  if (significant.length === 0) return false;
  const needed = significant.length <= 2 ? significant.length : Math.max(2, Math.ceil(significant.length / 2));
  let present = wordSets.get(words);
  if (present === undefined) wordSets.set(words, (present = new Set(words)));
  let found = 0;
  for (const word of significant) if (present.has(word)) found += 1;
  return found >= needed;
}

// ---------------------------------------------------------------------------------------------
// Parsing

/** The slug GitHub gives a heading: lower case, punctuation dropped, each space a hyphen. */
export function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

// Patterns over one token's text, each bounded so that no input makes them slow.
const ANCHOR_ATTRIBUTE = /<a\s(?:[^<>]{0,1000}?\s)?(?:id|name)\s*=\s*["']?([^"'\s<>]{1,200})/gi;
const HREF_FRAGMENT = /<a\s(?:[^<>]{0,1000}?\s)?href\s*=\s*["']?#([^"'\s<>]{1,200})/gi;
const ROPA_ID = /(?:^|\s)ropa:\s*([a-z0-9][a-z0-9_-]*)/gi;
const TAG = /<[^<>]*>/g;
const CUSTOM_ID = /\{#([^}\s]+)\}\s*$/;

/** The ids an HTML fragment ties (anchors, `#id` links and `ropa:` comments), and its visible text: no comments, no tags. */
function readHtml(html: string, anchors: Set<string>): string {
  for (const match of html.matchAll(ANCHOR_ATTRIBUTE)) anchors.add(match[1]!.toLowerCase());
  for (const match of html.matchAll(HREF_FRAGMENT)) anchors.add(match[1]!.toLowerCase());
  let text = '';
  let from = 0;
  for (let open = html.indexOf('<!--'); open !== -1; open = html.indexOf('<!--', from)) {
    const close = html.indexOf('-->', open + 4);
    const comment = html.slice(open + 4, close === -1 ? html.length : close);
    for (const id of comment.matchAll(ROPA_ID)) anchors.add(id[1]!.toLowerCase());
    text += `${html.slice(from, open)} `;
    from = close === -1 ? html.length : close + 3;
  }
  text += html.slice(from);
  return text.replace(TAG, ' ');
}

/** The id a `#fragment` link points at, as an anchor: decoded and in lower case. */
function linkTarget(href: string): string | undefined {
  if (!href.startsWith('#') || href.length < 2 || href.length > 201) return undefined;
  try {
    return decodeURIComponent(href.slice(1)).toLowerCase();
  } catch {
    return href.slice(1).toLowerCase();
  }
}

/**
 * The visible text of inline tokens, with the anchors met on the way: a link shows its text,
 * not its target; HTML shows neither its comments nor its attributes. Soft line breaks inside
 * a paragraph are spaces: a sentence may be wrapped over several lines.
 */
function inlineText(tokens: readonly Token[] | undefined, anchors: Set<string>): string {
  let text = '';
  for (const token of tokens ?? []) {
    if (token.type === 'html') text += readHtml((token as Tokens.HTML).text, anchors);
    else if (token.type === 'image' || token.type === 'br') text += ' ';
    else {
      if (token.type === 'link') {
        const target = linkTarget((token as Tokens.Link).href);
        if (target !== undefined) anchors.add(target);
      }
      if ('tokens' in token && Array.isArray(token.tokens)) text += inlineText(token.tokens, anchors);
      else if ('text' in token && typeof token.text === 'string') text += token.text;
    }
  }
  return text.replace(/\n/g, ' ');
}

/** The visible text of one block token (code blocks are left out: they are not plain words); blocks and list items are separate lines. */
function blockText(token: Token, anchors: Set<string>): string {
  switch (token.type) {
    case 'paragraph':
    case 'heading': // a heading inside a quote or a list item: text of the section it sits in
    case 'text':
      return 'tokens' in token && Array.isArray(token.tokens) ? inlineText(token.tokens, anchors) : String((token as Tokens.Text).text);
    case 'html':
      return readHtml((token as Tokens.HTML).text, anchors);
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.map((child) => blockText(child, anchors)).join('\n');
    case 'list':
      return (token as Tokens.List).items.map((item) => item.tokens.map((child) => blockText(child, anchors)).join('\n')).join('\n');
    case 'table': {
      const table = token as Tokens.Table;
      return [table.header, ...table.rows].map((row) => row.map((cell) => inlineText(cell.tokens, anchors)).join(' | ')).join('\n');
    }
    default:
      return '';
  }
}

/**
 * The section's text states training; or its heading does ("How we train our models") and the
 * text does not deny it: a heading is the topic, and under "AI training" the text may say
 * "we do not train AI on your messages".
 */
function statesTraining(section: NoticeSection): boolean {
  if (trainingPhrase(section.text) !== undefined) return true;
  if (section.heading === '' || trainingPhrase(section.heading) === undefined) return false;
  return !trainingStatements(section.text).some((statement) => statement.polarity === 'denied');
}

function newSection(depth: number, heading: string, parent: NoticeSection | null): NoticeSection {
  return { depth, heading, words: [], anchors: new Set(), parent, children: [], text: '', training: false, trainingWithin: false, withdrawal: false };
}

/**
 * Splits a notice into sections: a heading and what follows, up to the next heading of the
 * same or a higher level. Sections nest: a section's children are the sections under it. An
 * anchor or `ropa:` comment that stands alone just before a heading belongs to that heading's
 * section, as it does for a reader following the link.
 */
export function parseNotice(markdown: string): ParsedNotice {
  const anchors = new Set<string>();
  const slugCounts = new Map<string, number>();
  const preamble = newSection(0, '', null);
  const sections: NoticeSection[] = [preamble];
  const ownText = new Map<NoticeSection, string[]>([[preamble, []]]);
  const stack: NoticeSection[] = [];
  let current = preamble;
  let pending: string[] = [];
  let allWords = 0;
  let withdrawal = false;
  const tie = (section: NoticeSection, ids: Iterable<string>) => {
    for (const id of ids) {
      section.anchors.add(id);
      anchors.add(id);
    }
  };

  for (const token of marked.lexer(markdown, { gfm: true })) {
    if (token.type === 'space') continue;
    const found = new Set<string>();
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      let text = inlineText(heading.tokens, found).trim();
      const custom = CUSTOM_ID.exec(text);
      if (custom) {
        found.add(custom[1]!.toLowerCase());
        text = text.slice(0, custom.index).trimEnd();
      }
      const base = githubSlug(text);
      const seen = slugCounts.get(base) ?? 0;
      slugCounts.set(base, seen + 1);
      found.add(seen === 0 ? base : `${base}-${seen}`);

      while (stack.length > 0 && stack.at(-1)!.depth >= heading.depth) stack.pop();
      const parent = stack.at(-1) ?? null;
      const section = newSection(heading.depth, text, parent);
      parent?.children.push(section);
      stack.push(section);
      sections.push(section);
      ownText.set(section, []);
      tie(section, [...pending, ...found]);
      pending = [];
      current = section;
      continue;
    }
    const text = blockText(token, found);
    tie(current, pending);
    pending = [];
    if (found.size > 0 && text.trim() === '') pending = [...found];
    else {
      tie(current, found);
      ownText.get(current)!.push(text);
    }
  }
  tie(current, pending);

  for (const section of sections) {
    section.text = ownText.get(section)!.join('\n');
    section.words = wordsOf(`${section.heading}\n${section.text}`);
    section.training = statesTraining(section);
    // A heading such as "How to opt out" is itself text about the choice.
    section.withdrawal = withdrawalPhrase(`${section.heading}\n${section.text}`) !== undefined;
    allWords += section.words.length;
    withdrawal ||= section.withdrawal;
  }
  for (const section of [...sections].reverse()) {
    section.trainingWithin = section.training || section.children.some((child) => child.trainingWithin);
  }
  const headed = sections.filter((section) => section.depth > 0);
  const first = headed[0];
  const title = first && headed.every((section) => section === first || section.depth > first.depth) ? first : null;
  return { sections: sections.filter((section) => section.depth > 0 || section.words.length > 0 || section.anchors.size > 0), title, anchors, withdrawal, empty: allWords === 0 };
}

// ---------------------------------------------------------------------------------------------
// Disclosure

/**
 * One purpose asked of one notice. The purpose's words are made when a section's tie is first
 * read, and not at all when no section of the notice states training.
 */
interface Question {
  purpose: NoticePurpose;
  words?: PurposeWords;
  tied: Map<NoticeSection, boolean>;
}

/** The section is about the purpose: an anchor ties it, or its words name the purpose. */
function tiedTo(section: NoticeSection, question: Question): boolean {
  let own = question.tied.get(section);
  if (own === undefined) {
    const { purpose } = question;
    own = (purpose.id !== '' && section.anchors.has(purpose.id.toLowerCase())) || wordsName(section.words, (question.words ??= purposeWords(purpose)));
    question.tied.set(section, own);
  }
  return own;
}

function tiedWithin(section: NoticeSection, question: Question): boolean {
  return tiedTo(section, question) || section.children.some((child) => tiedWithin(child, question));
}

/**
 * SPEC §3 and §2.1: a purpose is disclosed when a section about it (tied by an anchor, or
 * naming the purpose) states in visible words that data trains, fine-tunes or evaluates a
 * model. An anchor alone discloses nothing: it only says which section to read. A section
 * includes the sections nested in it, but the tie or the training must be in the section's own
 * text: a purpose named in one sub-section and training stated in a sibling is not disclosed,
 * and the notice's title or introduction speaks for no section below it.
 */
export function discloses(notice: ParsedNotice, purpose: NoticePurpose): boolean {
  const question: Question = { purpose, tied: new Map() };
  return notice.sections.some((section) => {
    if (section.depth === 0 || section === notice.title) return section.training && tiedTo(section, question);
    // Training first: it was read once per notice, the tie is read per purpose.
    return (section.trainingWithin && tiedTo(section, question)) || (section.training && tiedWithin(section, question));
  });
}
