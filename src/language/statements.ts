/**
 * Runs a sentence reader over a text and lets each clause decide what the reader found: stated,
 * denied or only supposed. Shared by the training and the withdrawal readers.
 */
import { type Polarity, type PolarityOptions, polarityOf, type SentenceView, type Statement, viewOf } from './clauses.js';
import { sentencesOf, wordScreen } from './tokens.js';

/** One statement of a text as written, with whether it is stated, denied or supposed. */
export interface ReadStatement {
  phrase: string;
  start: number;
  end: number;
  polarity: Polarity;
}

/** Values after a label that say no: "AI training: none", "n/a", "not applicable". */
const LABEL_DENIALS = new Set(['no', 'none', 'not', 'never', 'n', 'na', 'false', 'nil']);

/** What a reader finds in one sentence. */
export type SentenceStatements = (view: SentenceView) => Statement[];

export interface ReadOptions extends PolarityOptions {
  /** How a question counts: only when the next sentence answers "yes", or unless it answers "no". */
  questions: 'yes-answer' | 'unless-no';
  /** Words without which a sentence holds nothing for the reader: other sentences are not parsed. */
  triggers: ReadonlySet<string>;
}

const screens = new WeakMap<ReadonlySet<string>, (text: string) => boolean>();

/** Whether the text may hold a trigger word: most texts do not, and are not read further. */
function mayTrigger(text: string, triggers: ReadonlySet<string>): boolean {
  let screen = screens.get(triggers);
  if (screen === undefined) screens.set(triggers, (screen = wordScreen(triggers)));
  return screen(text);
}

/** Runs a sentence reader over a text: each statement with its polarity, in the order written. */
export function readStatements(text: string, find: SentenceStatements, options: ReadOptions): ReadStatement[] {
  return mayTrigger(text, options.triggers) ? [...readSentences(text, find, options)] : [];
}

/** The first phrase, as written, of a statement the text states; undefined when it states none. */
export function statedPhrase(text: string, find: SentenceStatements, options: ReadOptions): string | undefined {
  // Screened before a generator is made: most texts stop here, and a generator is not small.
  if (!mayTrigger(text, options.triggers)) return undefined;
  for (const statement of readSentences(text, find, options)) if (statement.polarity === 'stated') return statement.phrase;
  return undefined;
}

/** The statements of a text that passed the screen. */
function* readSentences(text: string, find: SentenceStatements, options: ReadOptions): Generator<ReadStatement> {
  const sentences = sentencesOf(text);
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index]!;
    if (!sentence.tokens.some((token) => options.triggers.has(token.word))) continue;
    const view = viewOf(sentence);
    const statements = find(view);
    if (statements.length === 0) continue;
    const answer = sentences[index + 1]?.tokens[0]?.word;
    const asked = sentence.question && (options.questions === 'yes-answer' ? answer !== 'yes' : answer === 'no');
    // "Model training: none" — a label whose value says no.
    const deniedByValue = sentence.label && answer !== undefined && LABEL_DENIALS.has(answer);
    const starts = new Set(statements.map((statement) => statement.start));
    for (const statement of statements) {
      const polarity = asked ? 'supposed' : deniedByValue ? 'denied' : polarityOf(view, statement, starts, options);
      const start = view.tokens[statement.start]!.start;
      const end = view.tokens[statement.end]!.end;
      yield { phrase: text.slice(start, end), start, end, polarity };
    }
  }
}
