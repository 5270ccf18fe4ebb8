/**
 * The readers skip a text that holds none of their trigger words before cutting it into words
 * (src/language/tokens.ts `wordScreen`). The skip must never drop a text whose words include a
 * trigger, however it is written: joined ("fine-tuned" is `finetuned`), in capitals, with
 * contractions and punctuation around it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentencesOf, wordScreen } from '../../src/language/tokens.js';

const triggers = new Set(['train', 'finetuned', 'pretrained', 'retraining', 'improve', 'smarter', 'email', 'maker']);
const screen = wordScreen(triggers);
const yieldsTriggerOf = (words: ReadonlySet<string>, text: string) => sentencesOf(text).some((sentence) => sentence.tokens.some((token) => words.has(token.word)));
const yieldsTrigger = (text: string) => yieldsTriggerOf(triggers, text);

describe('wordScreen', () => {
  it('passes every text whose words include a trigger, and drops texts without one', () => {
    expect(screen('We fine-tune and Fine Tuned the model.')).toBe(true);
    expect(screen('Pre-trained classifiers; RE-TRAINING nightly')).toBe(true);
    expect(screen('Send an e-mail.')).toBe(true);
    expect(screen('Provide accounts for activity 12.')).toBe(false);
    expect(yieldsTrigger('Provide accounts for activity 12.')).toBe(false);
  });

  it('never drops a text that yields a trigger (property)', () => {
    // 'İ' lower-cases to two characters, the Kelvin sign 'K' to an ASCII "k".
    const pieces = fc.constantFrom('train', 'Train', 'TRAINED', 'fine', 'tuned', 'Tuned', 'pre', 're', 'training', 'improve', 'Smarter', 'e', 'mail', 'the', 'model', "don't", "it's", 'cannot', 'İ', 'K', 'ma\u212aer', 'MA', '\u212aER');
    const joiners = fc.constantFrom(' ', '-', '_', "'", '’', '. ', ', ', '/', '&', '\n', '');
    const text = fc.array(fc.tuple(pieces, joiners), { maxLength: 12 }).map((parts) => parts.map(([piece, joiner]) => piece + joiner).join(''));
    fc.assert(
      fc.property(text, (value) => {
        if (yieldsTrigger(value)) expect(screen(value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores case as `toLowerCase` does, the Kelvin sign included', () => {
    const kelvin = wordScreen(new Set(['maker']));
    expect(kelvin('MA\u212aER')).toBe(true);
    expect(yieldsTriggerOf(new Set(['maker']), 'MA\u212aER')).toBe(true);
    expect(kelvin('ma ker')).toBe(false);
  });

  it('a trigger not in lower-case ASCII screens nothing out', () => {
    expect(wordScreen(new Set(['résumé']))('anything at all')).toBe(true);
  });

  it('a reader whose triggers a text can yield without writing them (`not` from "don\'t") screens nothing out', () => {
    const open = wordScreen(new Set(['not']));
    expect(open('we don’t')).toBe(true);
    expect(open('anything at all')).toBe(true);
  });
});
