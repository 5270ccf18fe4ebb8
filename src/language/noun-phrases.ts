/**
 * Noun phrases without a dictionary: a run of content words between function words. The last
 * word of the run is its head ("the reply-suggestion model" → model), which is what a verb acts
 * on or what does the acting; the words before it only modify it ("speech models", "AI agents").
 */
import { isContentWord } from './clauses.js';
import { DETERMINERS, isAdverb, NEGATIVE_DETERMINERS, OBJECT_PRONOUNS, PERSONAL_PRONOUNS, RELATIVE_PRONOUNS } from './lexicon.js';

export interface NounPhrase {
  /** First token, its determiner included. */
  start: number;
  /** The head: the last word of the run. */
  head: number;
  /** The determiner, if any ("no" in "train no models"). */
  determiner?: string;
  /** "the accuracy of our models": the phrase after "of". */
  of?: NounPhrase;
  /** A pronoun stands in for the phrase. */
  pronoun?: boolean;
}

/** Longest run of modifiers and head that is read as one phrase. */
const MAX_WORDS = 6;

/** The noun phrase that starts at `from` (after a verb or a preposition), if one does. */
export function phraseAfter(words: readonly string[], from: number, limit: number, depth = 0): NounPhrase | undefined {
  let index = from;
  while (index < limit && index - from < MAX_WORDS && isAdverb(words[index]!)) index += 1;
  const start = index;
  let determiner: string | undefined;
  // "all of our models", "none of the", "some of your".
  while (index < limit && index - from < MAX_WORDS && (DETERMINERS.has(words[index]!) || NEGATIVE_DETERMINERS.has(words[index]!))) {
    determiner ??= words[index];
    index += 1;
    if (words[index] === 'of' && index + 1 < limit && DETERMINERS.has(words[index + 1]!)) index += 1;
  }
  if (determiner === undefined && index < limit && (OBJECT_PRONOUNS.has(words[index]!) || PERSONAL_PRONOUNS.has(words[index]!))) {
    return { start: index, head: index, pronoun: true };
  }
  let head = -1;
  while (index < limit && index - start < MAX_WORDS && isContentWord(words[index]) && !DETERMINERS.has(words[index]!) && !isAdverb(words[index]!) && !PERSONAL_PRONOUNS.has(words[index]!)) {
    head = index;
    index += 1;
  }
  if (head < 0) return undefined;
  const phrase: NounPhrase = { start, head, ...(determiner === undefined ? {} : { determiner }) };
  // One "of" deep is enough for "the accuracy of our models".
  if (words[head + 1] === 'of' && depth === 0) {
    const of = phraseAfter(words, head + 2, limit, 1);
    if (of) phrase.of = of;
  }
  return phrase;
}

/**
 * The noun phrase that ends just before `end` (the subject of a verb there), if one does. A
 * relative pronoun stands for the phrase before it: "the assistant, which learns from replies".
 */
export function phraseBefore(words: readonly string[], end: number, floor: number, depth = 0): NounPhrase | undefined {
  let index = end - 1;
  while (index >= floor && end - index < MAX_WORDS && isAdverb(words[index]!)) index -= 1;
  if (index < floor) return undefined;
  const last = words[index]!;
  if (RELATIVE_PRONOUNS.has(last)) {
    if (depth > 0) return undefined;
    let before = index;
    if (words[before - 1] === ',') before -= 1;
    // The antecedent may sit before the clause the relative pronoun opened.
    return phraseBefore(words, before, 0, 1);
  }
  if (PERSONAL_PRONOUNS.has(last)) return { start: index, head: index, pronoun: true };
  if (!isContentWord(last) || DETERMINERS.has(last)) return undefined;
  const head = index;
  let start = index;
  while (start - 1 >= floor && head - (start - 1) < MAX_WORDS && isContentWord(words[start - 1]) && !DETERMINERS.has(words[start - 1]!) && !PERSONAL_PRONOUNS.has(words[start - 1]!) && !isAdverb(words[start - 1]!)) start -= 1;
  let determiner: string | undefined;
  if (start - 1 >= floor && (DETERMINERS.has(words[start - 1]!) || NEGATIVE_DETERMINERS.has(words[start - 1]!))) {
    start -= 1;
    determiner = words[start];
  }
  return { start, head, ...(determiner === undefined ? {} : { determiner }) };
}
