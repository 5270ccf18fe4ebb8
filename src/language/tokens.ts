/**
 * Sentences and words of a free text, for the statement readers. One pass of one pattern over
 * the text; nothing here knows what the words mean beyond spelling: contractions are split so
 * that a negation is always the word `not`, and the compounds the readers look for are joined
 * however they are written ("fine-tune", "fine tune", "finetune" are one word).
 */

/** One word (or a comma or parenthesis) of a sentence, with where it was written. */
export interface Token {
  /** Lower case; `,`, `(` and `)` stand for themselves. */
  word: string;
  start: number;
  end: number;
}

export interface Sentence {
  tokens: Token[];
  /** The sentence ends with a question mark: it asks, it does not state. */
  question: boolean;
  /** The sentence ends with a colon: a label whose value follows ("Model training: none"). */
  label: boolean;
}

/**
 * Words with inner hyphens, apostrophes or underscores are one match, split afterwards; the
 * joiners are not letters, so each character can be matched one way only (no backtracking).
 */
const TOKEN = /[\p{L}\p{N}]+(?:[-'’_][\p{L}\p{N}]+)*|[.!?;:,()|/&\n\u2022]/gu;

/** Words after which a full stop does not end the sentence ("e.g.", "Art. 6"). */
const ABBREVIATIONS = new Set(['eg', 'ie', 'etc', 'vs', 'incl', 'approx', 'art', 'no', 'nr', 'cf', 'fig', 'sec', 'para', 'dr', 'mr', 'mrs', 'ms', 'st', 'al', 'resp']);

/** Two words written apart or with a hyphen that the readers treat as one. */
const JOINED_PREFIXES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['fine', new Set(['tune', 'tunes', 'tuned', 'tuning', 'tunings'])],
  ['pre', new Set(['train', 'trains', 'trained', 'training'])],
  ['re', new Set(['train', 'trains', 'trained', 'training', 'evaluate', 'evaluates', 'evaluated', 'evaluating'])],
  ['e', new Set(['mail', 'mails'])],
]);

const INNER_FUNCTION_WORD = /^[\p{L}\p{N}]+-(?:to|of|and|in|on|by|for)-[\p{L}\p{N}]+$/u;

/** "it's" is "it is"; "model's" is a possessive. */
const IS_BEFORE_S = new Set(['it', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'where', 'this']);
const CONTRACTION_BASE: Readonly<Record<string, string>> = { ca: 'can', wo: 'will', sha: 'shall' };
const CONTRACTION_TAIL: Readonly<Record<string, string>> = { re: 'are', ve: 'have', ll: 'will', d: 'would', m: 'am' };

function push(tokens: Token[], word: string, start: number, end: number): void {
  tokens.push({ word, start, end });
}

/** A joiner inside a matched word. */
const JOINER = /[-'’_]/;
const SPLIT_AT_JOINERS = /([-'_])/;

/** Splits one matched word at its joiners and contractions. */
function pushWord(tokens: Token[], raw: string, start: number): void {
  let lower = raw.toLowerCase();
  if (lower === 'cannot') {
    push(tokens, 'can', start, start + 3);
    push(tokens, 'not', start + 3, start + 6);
    return;
  }
  // Most words have no joiner: one token, without the splitting below.
  if (!JOINER.test(lower)) {
    push(tokens, lower, start, start + lower.length);
    return;
  }
  lower = lower.replace(/’/g, "'");
  // "speech-to-text", "end-to-end": one word, whose inner "to" is not a preposition.
  if (INNER_FUNCTION_WORD.test(lower)) {
    push(tokens, lower, start, start + raw.length);
    return;
  }
  let offset = 0;
  const parts = lower.split(SPLIT_AT_JOINERS);
  for (let index = 0; index < parts.length; index += 2) {
    const part = parts[index]!;
    const joiner = index > 0 ? parts[index - 1] : undefined;
    const from = start + offset;
    offset += part.length + (index + 1 < parts.length ? 1 : 0);
    if (joiner === "'") {
      const previous = tokens.at(-1);
      if (part === 't' && previous?.word.endsWith('n')) {
        // "don't", "can't", "won't": the base verb and `not`.
        const base = previous.word.slice(0, -1);
        previous.word = CONTRACTION_BASE[base] ?? base;
        previous.end -= 1;
        push(tokens, 'not', previous.end, from + part.length);
        continue;
      }
      if (part === 's') {
        if (previous && IS_BEFORE_S.has(previous.word)) push(tokens, 'is', from - 1, from + 1);
        continue;
      }
      const tail = CONTRACTION_TAIL[part];
      if (tail !== undefined) {
        push(tokens, tail, from - 1, from + part.length);
        continue;
      }
    }
    push(tokens, part, from, from + part.length);
  }
}

/** Joins "fine" + "tuned" into "finetuned", "pre" + "trained" into "pretrained", in place. */
function joinCompounds(tokens: Token[]): Token[] {
  let kept = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const previous = kept > 0 ? tokens[kept - 1]! : undefined;
    if (previous && JOINED_PREFIXES.get(previous.word)?.has(token.word)) {
      previous.word += token.word;
      previous.end = token.end;
    } else {
      tokens[kept] = token;
      kept += 1;
    }
  }
  tokens.length = kept;
  return tokens;
}

/** Words a text may yield without writing them: contractions, `/` and `&`. */
const MADE_WORDS = new Set(['can', 'not', 'is', 'will', 'shall', 'are', 'have', 'would', 'am', 'or', 'and']);

/** Lower-case ASCII: the words the case-blind search below is sound for. */
const ASCII_WORD = /^[a-z0-9]+$/;

/**
 * A quick test that a text cannot yield any of `words`, run before it is cut into words: most
 * texts a reader is given hold none of its trigger words, and cutting them cost more than the
 * reading. Conservative: a word joined from two ("fine-tuned" → `finetuned`) is looked for by its
 * second part, and a word a text may yield without writing it, or one not in lower-case ASCII,
 * turns the test off.
 */
export function wordScreen(words: ReadonlySet<string>): (text: string) => boolean {
  const parts = new Set<string>();
  for (const word of words) {
    if (MADE_WORDS.has(word) || !ASCII_WORD.test(word)) return () => true;
    const prefix = [...JOINED_PREFIXES].find(([first, seconds]) => word.startsWith(first) && seconds.has(word.slice(first.length)));
    parts.add(prefix === undefined ? word : word.slice(prefix[0].length));
  }
  // One pattern: a search per word cost as much as the cutting it saves. It ignores case rather
  // than search a lower-case copy of every text: of the characters that `toLowerCase` turns into
  // ASCII, only the Kelvin sign (U+212A, "k") escapes a non-Unicode `i` pattern.
  const pattern = new RegExp([...parts].join('|'), 'i');
  return (text) => pattern.test(text) || (text.includes('\u212a') && pattern.test(text.toLowerCase()));
}

function isLetterOrDigit(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Whether the full stop at `index` ends a sentence: not inside "v2.1", "e.g." or after "Art". */
function endsSentence(text: string, index: number, previous: Token | undefined): boolean {
  if (isLetterOrDigit(text[index + 1])) return false;
  if (previous && previous.end === index && (previous.word.length === 1 || ABBREVIATIONS.has(previous.word))) return false;
  return true;
}

/** The sentences of a text, each a list of words; `.`, `!`, `?`, `;`, `:`, `|`, bullets and line breaks end a sentence. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let tokens: Token[] = [];
  const close = (question: boolean, label = false) => {
    if (tokens.length > 0) sentences.push({ tokens: joinCompounds(tokens), question, label });
    tokens = [];
  };
  // `exec` on the one pattern: `matchAll` copies it for every text.
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const raw = match[0];
    const start = match.index;
    switch (raw) {
      case '.':
        if (endsSentence(text, start, tokens.at(-1))) close(false);
        break;
      case '?':
        close(true);
        break;
      case ':':
        close(false, true);
        break;
      case '!':
      case ';':
      case '|':
      case '\n':
      case '\u2022':
        close(false);
        break;
      case ',':
      case '(':
      case ')':
        push(tokens, raw, start, start + 1);
        break;
      case '/':
        push(tokens, 'or', start, start + 1);
        break;
      case '&':
        push(tokens, 'and', start, start + 1);
        break;
      default:
        pushWord(tokens, raw, start);
    }
  }
  close(false);
  return sentences;
}
