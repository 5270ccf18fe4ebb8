/**
 * Clauses and negation scope. A sentence is cut where one statement ends and another begins
 * ("but", "although", a subordinate "if" or "unless", ", and we"), and a negation reaches only
 * what its own clause says: "we do not sell your data, but we use it to train models" states
 * the training; "we never sell your data or use it to train models" denies it.
 */
import {
  AUXILIARIES,
  BE_FORMS,
  CLAUSE_BREAKERS,
  DENIAL_PREDICATES,
  EXCEPTION_OPENERS,
  HYPOTHETICAL,
  isAdverb,
  NEED_WORDS,
  GERUND_NEGATORS,
  NEGATING_VERBS,
  NEGATIVE_DETERMINERS,
  NEGATORS,
  NOT_A_NEGATION_AFTER,
  PREPOSITIONS,
  CONJUNCTIONS,
  RELATIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
} from './lexicon.js';
import type { Sentence, Token } from './tokens.js';

export interface Clause {
  /** First token index. */
  from: number;
  /** One past the last token index. */
  to: number;
  /** The word that opened the clause ("if", "but", ","), or "" for the first. */
  opener: string;
  /** Opened by "even if", "even when": no exception to what the main clause denies. */
  even: boolean;
}

/** A sentence ready for the readers: its words, its clauses, and which clause each word is in. */
export interface SentenceView {
  tokens: Token[];
  words: string[];
  question: boolean;
  clauses: Clause[];
  clauseAt: number[];
}

/** Something a reader found: a span of tokens, and the word it hangs on (a verb or a noun). */
export interface Statement {
  start: number;
  end: number;
  /** The verb or noun whose negation denies the statement. */
  anchor: number;
  /** A noun phrase ("model training") that a following "is not performed" can deny. */
  nominal: boolean;
  /** Denied inside the phrase itself: "train no models". */
  denied?: boolean;
}

export type Polarity = 'stated' | 'denied' | 'supposed';

/**
 * How far, in words, a negation or an exception is looked for around a statement. Real
 * sentences are far shorter; the bound keeps a run-on "sentence" of a megabyte linear.
 */
export const REACH = 40;

/** Words a subordinate clause ends at when no comma closes it: "if you opt in we train". */
const MAIN_SUBJECTS = new Set(['we', 'they']);
/** Before a negative determiner in subject position: "there is no", "and no", "but none". */
const SUBJECT_LEAD = new Set(['there', 'is', 'are', 'was', 'were', 'will', 'be', 'been', 'and', 'or', 'so', 'but', 'also', 'absolutely', 'then', 'therefore', 'thus', 'however', 'currently', 'at', 'all', ',', '(', 'yes', 'no', 'today', 'still', 'in', 'addition', 'that', 'which']);
/** "once you opt in" opens a clause; "retrained once a week" does not. */
const ONCE_CONJUNCTION_BEFORE = new Set(['we', 'you', 'they', 'i', 'the', 'your', 'our', 'their', 'it', 'consent', 'data']);
const USE_VERBS = new Set(['use', 'uses', 'used', 'using']);
/** A condition about the person's choice turns a denial into an exception: "if you opt out, we do not train". */
const CHOICE_WORDS = new Set([
  'opt', 'optout', 'withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing', 'withdrawal', 'object', 'objects', 'objected', 'objecting',
  'revoke', 'revokes', 'revoked', 'unsubscribe', 'unsubscribes', 'unsubscribed', 'off', 'disable', 'disables', 'disabled', 'decline', 'declines',
  'declined', 'refuse', 'refuses', 'refused', 'delete', 'deletes', 'deleted', 'deactivate', 'deactivates', 'deactivated',
]);
/** Openers after which an exception needs a choice word: "unless" and "until" do not. */
const CONDITIONAL_EXCEPTIONS = new Set(['if', 'when', 'whenever', 'once']);

function cutClauses(words: readonly string[]): Clause[] {
  const clauses: Clause[] = [];
  let current: Clause = { from: 0, to: 0, opener: '', even: false };
  let subordinate = false;
  const open = (at: number, opener: string, isSubordinate: boolean, even = false) => {
    if (at > current.from) {
      current.to = at;
      clauses.push(current);
      current = { from: at, to: at, opener, even };
    } else {
      current.opener = opener;
      current.even = even;
    }
    subordinate = isSubordinate;
  };
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    const previous = words[index - 1];
    const next = words[index + 1];
    const afterNext = words[index + 2];
    if (CLAUSE_BREAKERS.has(word) || (word === 'yet' && previous !== 'not') || (word === 'instead' && next !== 'of')) {
      open(index, word, false);
    } else if (SUBORDINATORS.has(word) && (word !== 'once' || index === current.from || previous === ',' || ONCE_CONJUNCTION_BEFORE.has(next ?? ''))) {
      open(index, word, true, previous === 'even');
    } else if (word === ',') {
      if (subordinate) open(index, ',', false);
      else if (next !== undefined && CONJUNCTIONS.has(next) && afterNext !== undefined && (SUBJECT_PRONOUNS.has(afterNext) || (afterNext === 'it' && AUXILIARIES.has(words[index + 3] ?? '')))) open(index, next, false);
      else if (next !== undefined && SUBJECT_PRONOUNS.has(next)) open(index, ',', false);
      else if (next === 'which' || next === 'who') open(index, 'which', true);
    } else if (word === '(' || word === ')') {
      open(index, word, false);
    } else if ((word === 'and' || word === 'so') && next !== undefined && SUBJECT_PRONOUNS.has(next) && index > current.from) {
      open(index, word, false);
    } else if (subordinate && MAIN_SUBJECTS.has(word) && index > current.from + 2 && !RELATIVE_PRONOUNS.has(previous ?? '') && SUBORDINATORS.has(current.opener)) {
      open(index, '', false);
    }
  }
  current.to = words.length;
  clauses.push(current);
  return clauses;
}

export function viewOf(sentence: Sentence): SentenceView {
  const words = sentence.tokens.map((token) => token.word);
  const clauses = cutClauses(words);
  const clauseAt: number[] = new Array<number>(words.length);
  clauses.forEach((clause, index) => {
    for (let at = clause.from; at < clause.to; at += 1) clauseAt[at] = index;
  });
  return { tokens: sentence.tokens, words, question: sentence.question, clauses, clauseAt };
}

/** A word that belongs to a noun phrase: not a function word, not punctuation. */
export function isContentWord(word: string | undefined): boolean {
  if (word === undefined || word === ',' || word === '(' || word === ')' || word === 'to' || word === 'not') return false;
  return !PREPOSITIONS.has(word) && !CONJUNCTIONS.has(word) && !AUXILIARIES.has(word) && !RELATIVE_PRONOUNS.has(word) && !SUBORDINATORS.has(word) && !NEGATORS.has(word) && !NEGATIVE_DETERMINERS.has(word);
}

/** Every word before `at` in the clause is a lead-in ("there is", "and"): a negative determiner there negates the clause. */
function inSubjectPosition(view: SentenceView, clause: Clause, at: number): boolean {
  if (at - clause.from > REACH) return false;
  for (let index = clause.from; index < at; index += 1) {
    const word = view.words[index]!;
    if (!SUBJECT_LEAD.has(word) && word !== clause.opener) return false;
  }
  return true;
}

/** A negation at `at` (an adverb such as "not" or "never") reaches `anchor`: no new verb group starts between them. */
function reachesForward(words: readonly string[], at: number, anchor: number): boolean {
  let content = false;
  let relative = false;
  for (let index = at + 1; index < anchor; index += 1) {
    const word = words[index]!;
    if (!content && (NEED_WORDS.has(word) && word !== 'have' && word !== 'has')) return false;
    if (!content && (word === 'have' || word === 'has') && words[index + 1] === 'to') return false;
    if (RELATIVE_PRONOUNS.has(word) && content) relative = true;
    else if (AUXILIARIES.has(word)) {
      if (content && !relative) return false;
    } else if (!NEGATORS.has(word) && !isAdverb(word) && word !== ',') content = true;
  }
  return true;
}

/** A negative determiner that is not the subject negates only its own noun phrase: "we keep no logs and train models". */
function inNounPhrase(words: readonly string[], at: number, anchor: number): boolean {
  for (let index = at + 1; index < anchor; index += 1) if (!isContentWord(words[index])) return false;
  return true;
}

/** The negation kind of the word at `index`, if it is one. */
function negationAt(words: readonly string[], index: number): 'adverb' | 'determiner' | 'local' | undefined {
  const word = words[index]!;
  const next = words[index + 1];
  if (word === 'not') {
    if (next !== undefined && NOT_A_NEGATION_AFTER.has(next)) return undefined;
    return next === 'a' || next === 'one' || next === 'any' ? 'determiner' : 'adverb';
  }
  if (word === 'no') {
    if (next === 'longer') return 'adverb';
    if (next === 'matter') return undefined;
    return 'determiner';
  }
  if (word === 'without' || (word === 'instead' && next === 'of') || (word === 'rather' && next === 'than')) return 'local';
  if (GERUND_NEGATORS.has(word)) return next?.endsWith('ing') ? 'local' : undefined;
  if (NEGATING_VERBS.has(word)) return 'local';
  if (word === 'neither') return 'determiner';
  if (NEGATIVE_DETERMINERS.has(word)) return 'determiner';
  if (NEGATORS.has(word)) return 'adverb';
  return undefined;
}

/** A negation inside the statement's clause, before its anchor, that reaches it. */
function negatedBefore(view: SentenceView, clause: Clause, statement: Statement): boolean {
  const { words } = view;
  for (let index = Math.max(clause.from, statement.anchor - REACH); index < statement.anchor; index += 1) {
    const kind = negationAt(words, index);
    if (kind === undefined) continue;
    if (kind === 'local') {
      if (statement.start > index && statement.start - index <= 6 && !words.slice(index + 1, statement.start).includes(',')) return true;
      continue;
    }
    if (kind === 'determiner') {
      // "there is no way to …" denies what follows wherever it stands.
      if (inSubjectPosition(view, clause, index) || (words[index - 2] === 'there' && BE_FORMS.has(words[index - 1] ?? ''))) return true;
      if (USE_VERBS.has(words[index - 1] ?? '') || words[index] === 'neither') {
        if (reachesForward(words, index, statement.anchor)) return true;
      } else if (inNounPhrase(words, index, statement.anchor)) return true;
      continue;
    }
    if (reachesForward(words, index, statement.anchor)) return true;
  }
  return false;
}

/** "Model training is not performed": a nominal statement denied by the verb group after it. */
function deniedAfter(view: SentenceView, clause: Clause, statement: Statement): boolean {
  if (!statement.nominal) return false;
  const { words } = view;
  let index = statement.end + 1;
  // The noun phrase may go on with what it is about: "training of our models on your data".
  while (index < clause.to && index - statement.end <= 8 && !AUXILIARIES.has(words[index]!)) {
    const word = words[index]!;
    if (word === ',' || RELATIVE_PRONOUNS.has(word) || CONJUNCTIONS.has(word) || NEGATORS.has(word)) return false;
    index += 1;
  }
  if (index >= clause.to || !AUXILIARIES.has(words[index]!)) return false;
  index += 1;
  const group = index;
  while (index < clause.to && index - group < 4 && (AUXILIARIES.has(words[index]!) || isAdverb(words[index]!))) index += 1;
  if (words[index] !== 'not' && words[index] !== 'never') return false;
  index += 1;
  const predicate = index;
  while (index < clause.to && index - predicate < 4 && (AUXILIARIES.has(words[index]!) || isAdverb(words[index]!))) index += 1;
  return index < clause.to && DENIAL_PREDICATES.has(words[index]!);
}

function hasChoiceWord(view: SentenceView, clause: Clause): boolean {
  for (let index = clause.from; index < Math.min(clause.to, clause.from + REACH); index += 1) if (CHOICE_WORDS.has(view.words[index]!)) return true;
  return false;
}

/**
 * The denial is an exception, so the statement holds otherwise: "not … without your consent",
 * "not … unless you opt in", "if you opt out, we no longer train". `starts` are where the reader
 * found statements, so that "without training" stays a negation and "without consent" does not.
 */
function excepted(view: SentenceView, clauseIndex: number, statement: Statement, starts: ReadonlySet<number>): boolean {
  const { words, clauses } = view;
  const clause = clauses[clauseIndex]!;
  for (let index = statement.end + 1; index < Math.min(clause.to, statement.end + 1 + REACH); index += 1) {
    const word = words[index]!;
    if (word === 'without' && !starts.has(index + 1) && !starts.has(index + 2) && !starts.has(index + 3)) return true;
    if ((word === 'other' && words[index + 1] === 'than') || (word === 'apart' && words[index + 1] === 'from') || word === 'besides') return true;
  }
  const isException = (other: Clause | undefined) =>
    other !== undefined && !other.even && EXCEPTION_OPENERS.has(other.opener) && (!CONDITIONAL_EXCEPTIONS.has(other.opener) || hasChoiceWord(view, other));
  if (isException(clauses[clauseIndex + 1])) return true;
  return isException(clauses[clauseIndex - 1]);
}

export interface PolarityOptions {
  /** A statement in an "if" or "whether" clause is only supposed; set to count it as stated. */
  suppositionsState?: boolean;
}

/** Whether the sentence states what the reader found, denies it, or only supposes it. */
export function polarityOf(view: SentenceView, statement: Statement, starts: ReadonlySet<number>, options: PolarityOptions = {}): Polarity {
  const clauseIndex = view.clauseAt[statement.anchor] ?? 0;
  const clause = view.clauses[clauseIndex]!;
  if (HYPOTHETICAL.has(clause.opener)) return options.suppositionsState ? 'stated' : 'supposed';
  const denied = statement.denied === true || negatedBefore(view, clause, statement) || deniedAfter(view, clause, statement);
  if (!denied) return 'stated';
  return excepted(view, clauseIndex, statement, starts) ? 'stated' : 'denied';
}
