/**
 * Reads whether a text tells people they can withdraw consent, opt out or object (SPEC §3,
 * notice-withdrawal). The same clause reader as for training decides what is denied: "you can
 * withdraw your consent at any time" tells it, "you cannot opt out" and "there is no opt-out"
 * do not. A condition is still text about the choice: "if you opt out, we stop" tells people
 * that they can.
 */
import type { SentenceView, Statement } from './clauses.js';
import { DETERMINERS } from './lexicon.js';
import { phraseAfter } from './noun-phrases.js';
import { type ReadStatement, readStatements, statedPhrase } from './statements.js';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

const WITHDRAW = words('withdraw withdraws withdrew withdrawn withdrawing');
const WITHDRAWAL_NOUNS = words('withdrawal withdrawals objection objections optout optouts unsubscription');
const OPT = words('opt opts opted opting');
const OBJECT = words('object objects objected objecting');
/** Before "object", the words that make it the verb: "you may object", "the right to object". */
const OBJECT_VERB_BEFORE = words('to may can might could also will shall you we they and or always');
const REVOKE = words('revoke revokes revoked revoking revocation retract retracts retracted retracting');
const CONSENT = words('consent consents permission permissions authorisation authorization agreement');
const UNSUBSCRIBE = words('unsubscribe unsubscribes unsubscribed unsubscribing');
const TURN = words('turn turns turned turning switch switches switched switching toggle toggles toggled toggling');
/** How far a revocation may be from its consent, and a "turn" from its "off". */
const NEAR = 4;

/**
 * Every statement is read as a noun phrase too, so that "opting out is not possible" and
 * "withdrawal of consent is not available" are denied by what follows them.
 */
function statementsIn(view: SentenceView): Statement[] {
  const ws = view.words;
  const found: Statement[] = [];
  const withObject = (at: number): Statement => {
    const object = phraseAfter(ws, at + 1, Math.min(ws.length, at + 1 + NEAR));
    return { start: at, end: object && !object.pronoun && object.start === at + 1 ? object.head : at, anchor: at, nominal: true };
  };
  for (let at = 0; at < ws.length; at += 1) {
    const word = ws[at]!;
    const previous = ws[at - 1] ?? '';
    if (WITHDRAW.has(word)) found.push(withObject(at));
    else if (WITHDRAWAL_NOUNS.has(word)) found.push({ start: at, end: at, anchor: at, nominal: true });
    else if (OPT.has(word) && ws[at + 1] === 'out') found.push({ start: at, end: at + 1, anchor: at, nominal: true });
    else if (OBJECT.has(word) && !DETERMINERS.has(previous) && (ws[at + 1] === 'to' || OBJECT_VERB_BEFORE.has(previous))) found.push({ start: at, end: at, anchor: at, nominal: true });
    else if (REVOKE.has(word)) {
      for (let near = Math.max(0, at - NEAR); near <= Math.min(ws.length - 1, at + NEAR); near += 1) {
        if (CONSENT.has(ws[near]!)) {
          found.push({ start: Math.min(at, near), end: Math.max(at, near), anchor: at, nominal: true });
          break;
        }
      }
    } else if (UNSUBSCRIBE.has(word)) found.push({ start: at, end: at, anchor: at, nominal: true });
    else if (TURN.has(word)) {
      for (let near = at + 1; near <= Math.min(ws.length - 1, at + NEAR); near += 1) {
        if (ws[near] === 'off') {
          found.push({ start: at, end: near, anchor: at, nominal: true });
          break;
        }
      }
    }
  }
  return found;
}

const TRIGGERS: ReadonlySet<string> = new Set([...WITHDRAW, ...WITHDRAWAL_NOUNS, ...OPT, ...OBJECT, ...REVOKE, ...UNSUBSCRIBE, ...TURN]);
const OPTIONS = { questions: 'unless-no', suppositionsState: true, triggers: TRIGGERS } as const;

/** Every place the text speaks of withdrawing, opting out or objecting, stated or denied. */
export function withdrawalStatements(text: string): ReadStatement[] {
  return readStatements(text, statementsIn, OPTIONS);
}

/** The first phrase, as written, that tells people they can withdraw consent, opt out or object. */
export function withdrawalPhrase(text: string): string | undefined {
  return statedPhrase(text, statementsIn, OPTIONS);
}
