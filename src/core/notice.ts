/**
 * Privacy notices (SPEC §3): Markdown text in, sections and disclosure decisions out. The
 * structure comes from `marked`'s lexer, never from patterns over the raw Markdown; words are
 * matched on the plain text of the tokens. Nothing here touches the file system: the CLI reads
 * the files and hands their text (or the reason it did not read them) to the engine.
 */
import { marked, type Token, type Tokens } from 'marked';
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
  parent: NoticeSection | null;
  children: NoticeSection[];
  /** The section's own text speaks of model training. */
  training: boolean;
  /** This section or one nested in it speaks of model training. */
  trainingWithin: boolean;
}

export interface ParsedNotice {
  sections: NoticeSection[];
  /** A first heading that every other heading sits under: the notice's title, whose intro speaks for no section. */
  title: NoticeSection | null;
  /** Ids linked explicitly: heading slugs, `{#id}`, `<a id>` / `<a name>` anchors and `<!-- ropa:id -->` comments. */
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

/** Lower case, accents removed, split on anything that is not a letter or a digit, lightly stemmed. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map(stem);
}

/** A crude English stemmer: enough for "trains", "trained", "training" and "train" to meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.at(-1) === w.at(-2) && !/[aeiou]/.test(w.at(-1)!)) w = w.slice(0, -1);
  return w;
}

const stems = (list: string): Set<string> => new Set(list.split(' ').map(stem));

/** Verbs that speak of training with any of the model words below. */
const TRAIN_VERBS = stems('train trains trained training retrain retraining pretrain pretrained teach teaches taught finetune finetuned tune tuned tuning');
/** Verbs that speak of training only next to a word for a model ("improve our algorithms"). */
const BUILD_VERBS = stems('improve improving develop developing build building refine refining evaluate evaluating create creating');
const MODEL_WORDS = stems('model models algorithm algorithms ai llm llms ml classifier classifiers network networks');
/** Nouns that `train` may take, beyond models: "train our systems". */
const TRAIN_OBJECTS = new Set([...MODEL_WORDS, ...stems('system systems')]);
/** Phrases that speak of training on their own. */
const TRAINING_PHRASES: string[][] = ['machine learning', 'deep learning', 'fine tune', 'fine tuning', 'fine tuned', 'finetune', 'language model', 'ai model', 'ml model', 'foundation model', 'neural network', 'llm', 'training data', 'model training', 'generative ai'].map(wordsOf);
const WINDOW = 6;

function containsPhrase(words: readonly string[], phrase: readonly string[], from = 0): number {
  outer: for (let index = from; index + phrase.length <= words.length; index += 1) {
    for (let offset = 0; offset < phrase.length; offset += 1) if (words[index + offset] !== phrase[offset]) continue outer;
    return index;
  }
  return -1;
}

function near(words: readonly string[], index: number, targets: ReadonlySet<string>, window = WINDOW): boolean {
  for (let other = Math.max(0, index - window); other <= Math.min(words.length - 1, index + window); other += 1) {
    if (other !== index && targets.has(words[other]!)) return true;
  }
  return false;
}

/** The words speak of model training in plain words, in any of several phrasings. */
export function speaksOfTraining(words: readonly string[]): boolean {
  if (TRAINING_PHRASES.some((phrase) => containsPhrase(words, phrase) >= 0)) return true;
  return words.some((word, index) => (TRAIN_VERBS.has(word) && near(words, index, TRAIN_OBJECTS)) || (BUILD_VERBS.has(word) && near(words, index, MODEL_WORDS)));
}

const CONSENT_WORDS = stems('consent consents permission agreement');
const OBJECT_CUES = new Set(['to', 'may', 'can', 'might', 'could', 'also', 'will', 'shall']);

/** The words say how to withdraw consent, opt out or object. */
export function speaksOfWithdrawal(words: readonly string[]): boolean {
  return words.some((word, index) => {
    const next = words[index + 1];
    const previous = words[index - 1];
    if (word.startsWith('withdraw') || word === 'optout' || word.startsWith('unsubscrib') || word === 'objection') return true;
    if (word === 'opt' && next === 'out') return true;
    if ((word === 'revok' || word === 'revocation' || word === 'retract') && near(words, index, CONSENT_WORDS, 4)) return true;
    if (word === 'object' && ((previous !== undefined && OBJECT_CUES.has(previous)) || next === 'to')) return true;
    if ((word === 'turn' || word === 'switch') && words.slice(index + 1, index + 4).includes('off')) return true;
    return false;
  });
}

// ---------------------------------------------------------------------------------------------
// Naming a purpose

const STOPWORDS = stems(
  'a an the and or but nor of on in into onto for to from by with without at as is are be been being was were it its this that these those their our your we us you they them he she his her my which who whom whose what when where while how than then so such not no any all each every some more most other own same can could may might must shall should will would do does did done has have had also only both via per about after before over under up out if once use used uses using new e g i',
);
/** Words every training purpose shares: they do not tell one purpose from another. */
const GENERIC = new Set([
  ...TRAIN_VERBS,
  ...BUILD_VERBS,
  ...MODEL_WORDS,
  ...stems('machine learning deep data personal information purpose purposes process processing feed feeds based past future'),
]);

/** The significant words of a purpose's description: what tells it from other purposes. */
export function significantWords(description: string): string[] {
  return [...new Set(wordsOf(description).filter((word) => !STOPWORDS.has(word) && !GENERIC.has(word) && !/^\d+$/.test(word)))];
}

/** A purpose as the notice check sees it. */
export interface NoticePurpose {
  id: string;
  description?: string;
}

/** The words name the purpose: its id (as written or as words) or enough significant words of its description. */
export function namesPurpose(words: readonly string[], purpose: NoticePurpose): boolean {
  // The id's words name the purpose when at least one of them tells it from other purposes:
  // `train-models` written out is just "train models".
  const idWords = wordsOf(purpose.id);
  if (idWords.some((word) => !STOPWORDS.has(word) && !GENERIC.has(word)) && containsPhrase(words, idWords) >= 0) return true;
  if (typeof purpose.description !== 'string') return false;
  const significant = significantWords(purpose.description);
  if (significant.length === 0) return false;
  const needed = significant.length <= 2 ? significant.length : Math.max(2, Math.ceil(significant.length / 2));
  const present = new Set(words);
  return significant.filter((word) => present.has(word)).length >= needed;
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
const ROPA_ID = /(?:^|\s)ropa:\s*([a-z0-9][a-z0-9_-]*)/gi;
const TAG = /<[^<>]*>/g;
const CUSTOM_ID = /\{#([^}\s]+)\}\s*$/;

/** The ids an HTML fragment links explicitly (anchors and `ropa:` comments), and its text without comments and tags. */
function readHtml(html: string, anchors: Set<string>): string {
  for (const match of html.matchAll(ANCHOR_ATTRIBUTE)) anchors.add(match[1]!);
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

/** The plain text of inline tokens: what a reader sees, with HTML's anchors collected on the way. */
function inlineText(tokens: readonly Token[] | undefined, anchors: Set<string>): string {
  let text = '';
  for (const token of tokens ?? []) {
    if (token.type === 'html') text += readHtml((token as Tokens.HTML).text, anchors);
    else if (token.type === 'image' || token.type === 'br') text += ' ';
    else if ('tokens' in token && Array.isArray(token.tokens)) text += inlineText(token.tokens, anchors);
    else if ('text' in token && typeof token.text === 'string') text += token.text;
  }
  return text;
}

/** The plain text of one block token (code blocks are left out: they are not plain words). */
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
 * Splits a notice into sections: a heading and what follows, up to the next heading of the
 * same or a higher level. Sections nest: a section's children are the sections under it.
 */
export function parseNotice(markdown: string): ParsedNotice {
  const anchors = new Set<string>();
  const slugCounts = new Map<string, number>();
  const preamble: NoticeSection = { depth: 0, heading: '', words: [], parent: null, children: [], training: false, trainingWithin: false };
  const sections: NoticeSection[] = [preamble];
  const ownText = new Map<NoticeSection, string[]>([[preamble, []]]);
  const stack: NoticeSection[] = [];
  let current = preamble;
  let allWords = 0;
  let withdrawal = false;

  for (const token of marked.lexer(markdown, { gfm: true })) {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      let text = inlineText(heading.tokens, anchors).trim();
      const custom = CUSTOM_ID.exec(text);
      if (custom) {
        anchors.add(custom[1]!);
        text = text.slice(0, custom.index).trimEnd();
      }
      const base = githubSlug(text);
      const seen = slugCounts.get(base) ?? 0;
      slugCounts.set(base, seen + 1);
      anchors.add(seen === 0 ? base : `${base}-${seen}`);

      while (stack.length > 0 && stack.at(-1)!.depth >= heading.depth) stack.pop();
      const parent = stack.at(-1) ?? null;
      const section: NoticeSection = { depth: heading.depth, heading: text, words: [], parent, children: [], training: false, trainingWithin: false };
      parent?.children.push(section);
      stack.push(section);
      sections.push(section);
      ownText.set(section, [text]);
      current = section;
    } else {
      ownText.get(current)!.push(blockText(token, anchors));
    }
  }

  for (const section of sections) {
    section.words = wordsOf(ownText.get(section)!.join('\n'));
    section.training = speaksOfTraining(section.words);
    allWords += section.words.length;
    withdrawal ||= speaksOfWithdrawal(section.words);
  }
  for (const section of [...sections].reverse()) {
    section.trainingWithin = section.training || section.children.some((child) => child.trainingWithin);
  }
  const headed = sections.filter((section) => section.depth > 0);
  const first = headed[0];
  const title = first && headed.every((section) => section === first || section.depth > first.depth) ? first : null;
  return { sections: sections.filter((section) => section.depth > 0 || section.words.length > 0), title, anchors, withdrawal, empty: allWords === 0 };
}

// ---------------------------------------------------------------------------------------------
// Disclosure

function namedWithin(section: NoticeSection, purpose: NoticePurpose, named: Map<NoticeSection, boolean>): boolean {
  let own = named.get(section);
  if (own === undefined) {
    own = namesPurpose(section.words, purpose);
    named.set(section, own);
  }
  return own || section.children.some((child) => namedWithin(child, purpose, named));
}

/**
 * SPEC §3: a purpose is disclosed when the notice links it explicitly (a heading whose slug is
 * the purpose id, an `<a id>` anchor or a `<!-- ropa:purpose-id -->` comment), or when a section
 * names the purpose and speaks of model training. A section includes the sections nested in it,
 * but at least one of the two must be in the section's own text: a purpose named in one
 * sub-section and training mentioned in a sibling is not disclosed.
 */
export function discloses(notice: ParsedNotice, purpose: NoticePurpose): boolean {
  if (purpose.id !== '' && (notice.anchors.has(purpose.id) || notice.anchors.has(purpose.id.toLowerCase()))) return true;
  const named = new Map<NoticeSection, boolean>();
  const ownNamed = (section: NoticeSection) => {
    namedWithin(section, purpose, named);
    return named.get(section)!;
  };
  return notice.sections.some((section) => {
    // The title spans the whole notice: its intro does not combine with the sections below it.
    if (section.depth === 0 || section === notice.title) return section.training && ownNamed(section);
    return (ownNamed(section) && section.trainingWithin) || (section.training && namedWithin(section, purpose, named));
  });
}
