import { describeLocation } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule } from '../core/rule.js';

/**
 * Finds wording that says a purpose trains, fine-tunes or improves a model. The text is cut
 * into clauses and words, and each phrasing is a small test on the word list, so that the
 * ordinary senses of the same words ("staff training", "train tickets", "business model")
 * can be told apart by their neighbours.
 */

interface Word {
  /** Lower-cased letters and digits. */
  text: string;
  start: number;
  end: number;
}

/** Where a phrasing was found: the first and last word of it. */
interface Match {
  from: number;
  to: number;
}

const TRAIN = new Set(['train', 'trains', 'trained', 'training', 'retrain', 'retrains', 'retrained', 'retraining', 'pretrain', 'pretrained', 'pretraining']);
const IMPROVE = new Set(['improve', 'improves', 'improved', 'improving', 'improvement', 'improvements', 'enhance', 'enhances', 'enhanced', 'enhancing']);
const FINE_TUNE = new Set(['finetune', 'finetunes', 'finetuned', 'finetuning']);
const TUNE = new Set(['tune', 'tunes', 'tuned', 'tuning']);
const MODEL = new Set(['model', 'models']);
const ALWAYS_ML = new Set(['algorithm', 'algorithms', 'classifier', 'classifiers', 'llm', 'llms']);
const NETWORK = new Set(['network', 'networks', 'net', 'nets']);

/** "business model", "data model", "device model": a model that is not a trained one. */
const NOT_ML_MODEL_BEFORE = new Set([
  'business', 'data', 'pricing', 'price', 'revenue', 'operating', 'subscription', 'threat', 'role', 'cost', 'costing', 'delivery',
  'financial', 'domain', 'object', 'service', 'licensing', 'billing', 'staffing', 'care', 'governance', 'maturity', 'access',
  'permission', 'permissions', 'security', 'support', 'sales', 'working', 'work', 'franchise', 'partnership', 'engagement',
  'commission', 'charging', 'payment', 'insurance', 'tariff', 'distribution', 'hybrid', 'fashion', 'scale', 'device', 'phone',
  'vehicle', 'car', 'hardware', 'product', 'organisational', 'organizational', 'operational',
]);
/** "model clauses", "model contract": model as in "template". */
const NOT_ML_MODEL_AFTER = new Set(['clause', 'clauses', 'contract', 'contracts', 'agreement', 'agreements', 'form', 'forms', 'letter', 'letters', 'policy', 'policies']);

/** "staff training", "safety training", "by train": training of people, or the railway. */
const NOT_ML_TRAINING_BEFORE = new Set([
  'staff', 'employee', 'employees', 'workforce', 'personnel', 'compliance', 'safety', 'awareness', 'onboarding', 'induction',
  'security', 'fire', 'aid', 'sales', 'leadership', 'mandatory', 'internal', 'gdpr', 'privacy', 'vocational', 'professional',
  'customer', 'user', 'skills', 'management', 'manager', 'job', 'by',
]);
/** "training records", "train tickets". */
const NOT_ML_TRAINING_AFTER = new Set([
  'record', 'records', 'course', 'courses', 'session', 'sessions', 'material', 'materials', 'programme', 'programmes', 'program',
  'programs', 'attendance', 'certificate', 'certificates', 'certification', 'completion', 'plan', 'plans', 'budget', 'provider',
  'providers', 'day', 'days', 'schedule', 'schedules', 'room', 'rooms', 'module', 'modules', 'needs', 'history', 'staff',
  'ticket', 'tickets', 'station', 'stations', 'journey', 'journeys', 'travel', 'timetable', 'timetables', 'booking', 'bookings',
  'fare', 'fares', 'operator', 'operators', 'delay', 'delays', 'seat', 'seats', 'pass', 'passes',
]);
/** "train staff", "training for new employees": the people are the ones trained. */
const PEOPLE = new Set([
  'staff', 'employee', 'employees', 'workforce', 'personnel', 'agent', 'agents', 'team', 'teams', 'people', 'workers', 'volunteers',
  'managers', 'drivers', 'hires', 'trainees', 'students', 'colleagues', 'apprentices', 'nurses', 'teachers', 'moderators',
  'annotators', 'reviewers', 'members',
]);
const FILLERS = new Set(['our', 'the', 'their', 'its', 'all', 'new', 'for', 'of', 'to', 'a', 'an', 'and', 'your', 'in']);

/** How many words apart a training word and its model may be: "train the reply-suggestion model". */
const TRAIN_WINDOW = 6;
/** After "improve": "improve our recommendation algorithms". */
const IMPROVE_AFTER = 5;
/** Before "improve": "models are improved". */
const IMPROVE_BEFORE = 2;

/** The words of the text, clause by clause: a phrasing never spans two sentences. */
export function clausesOf(text: string): Word[][] {
  const clauses: Word[][] = [];
  let words: Word[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+|[.!?;:\n]/gu)) {
    const token = match[0];
    if (/^[.!?;:\n]$/.test(token)) {
      if (words.length > 0) clauses.push(words);
      words = [];
    } else {
      words.push({ text: token.toLowerCase(), start: match.index, end: match.index + token.length });
    }
  }
  if (words.length > 0) clauses.push(words);
  return clauses;
}

function at(words: Word[], index: number): string {
  return words[index]?.text ?? '';
}

/** A model that is trained: not a business, data or pricing model, not the AI Act. */
function isTrainableModel(words: Word[], index: number): boolean {
  const word = at(words, index);
  if (MODEL.has(word)) return !NOT_ML_MODEL_BEFORE.has(at(words, index - 1)) && !NOT_ML_MODEL_AFTER.has(at(words, index + 1));
  if (ALWAYS_ML.has(word)) return true;
  if (word === 'ai') return at(words, index + 1) !== 'act';
  if (word === 'neural') return NETWORK.has(at(words, index + 1));
  return false;
}

/** A training word about teaching a model: not staff training, train tickets or "train our agents". */
function isModelTraining(words: Word[], index: number): boolean {
  if (!TRAIN.has(at(words, index))) return false;
  if (NOT_ML_TRAINING_BEFORE.has(at(words, index - 1)) || NOT_ML_TRAINING_AFTER.has(at(words, index + 1))) return false;
  // The object of the verb, skipping fillers: its first two words ("train support agents").
  const object: string[] = [];
  for (let next = index + 1; next < words.length && object.length < 2; next += 1) {
    if (!FILLERS.has(at(words, next))) object.push(at(words, next));
  }
  return !object.some((word) => PEOPLE.has(word));
}

/** The phrase from the word at `index` to the nearest trainable model within the window, if any. */
function toModelNear(words: Word[], index: number, before: number, after: number): Match | undefined {
  for (let distance = 1; distance <= Math.max(before, after); distance += 1) {
    // "neural network": the phrase ends after "network".
    if (distance <= after && isTrainableModel(words, index + distance)) return { from: index, to: index + distance + (at(words, index + distance) === 'neural' ? 1 : 0) };
    if (distance <= before && index - distance >= 0 && isTrainableModel(words, index - distance)) return { from: index - distance, to: index };
  }
  return undefined;
}

/** Each phrasing: given the words of a clause and a position, the phrase that starts there. */
const phrasings: ((words: Word[], index: number) => Match | undefined)[] = [
  // machine learning, deep learning
  (words, i) => ((at(words, i) === 'machine' || at(words, i) === 'deep') && at(words, i + 1) === 'learning' ? { from: i, to: i + 1 } : undefined),
  // large language model(s), LLM(s)
  (words, i) => (at(words, i) === 'large' && at(words, i + 1) === 'language' && MODEL.has(at(words, i + 2)) ? { from: i, to: i + 2 } : undefined),
  (words, i) => (at(words, i) === 'llm' || at(words, i) === 'llms' ? { from: i, to: i } : undefined),
  // ML model, ML algorithm, ML training
  (words, i) => (at(words, i) === 'ml' && (MODEL.has(at(words, i + 1)) || ALWAYS_ML.has(at(words, i + 1)) || TRAIN.has(at(words, i + 1))) ? { from: i, to: i + 1 } : undefined),
  // fine-tune, fine tuning, finetune
  (words, i) => (FINE_TUNE.has(at(words, i)) ? { from: i, to: i } : undefined),
  (words, i) => (at(words, i) === 'fine' && TUNE.has(at(words, i + 1)) ? { from: i, to: i + 1 } : undefined),
  // train / retrain ... model, AI, algorithm, LLM, neural network
  (words, i) => (isModelTraining(words, i) ? toModelNear(words, i, TRAIN_WINDOW, TRAIN_WINDOW) : undefined),
  // improve our models, improving the algorithm, models are improved
  (words, i) => (IMPROVE.has(at(words, i)) ? toModelNear(words, i, IMPROVE_BEFORE, IMPROVE_AFTER) : undefined),
];

/** The first phrase of the text that says it trains, fine-tunes or improves a model, as written. */
export function trainingPhrase(text: string): string | undefined {
  for (const words of clausesOf(text)) {
    for (let index = 0; index < words.length; index += 1) {
      for (const phrasing of phrasings) {
        const match = phrasing(words, index);
        if (match) return text.slice(words[match.from]!.start, words[match.to]!.end);
      }
    }
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'ai-training-undeclared',
    severity: 'warning',
    reference: 'Art. 5(1)(a)',
    aiOnly: false,
    description: 'A purpose whose description or id speaks of training, fine-tuning or improving models is marked ai_training: true.',
    messages: {
      undeclared: {
        message: '{purpose} says "{phrase}" but is not marked `ai_training: true`, so the AI-training checks skip it',
        help: 'set `ai_training: true` if this purpose trains, fine-tunes or evaluates a model; if it does not, reword the description so that it says what the data is used for',
      },
    },
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      const { id, description, ai_training: aiTraining } = purpose.value;
      if (aiTraining === true) continue;
      const phrase =
        (typeof description === 'string' ? trainingPhrase(description) : undefined) ?? (typeof id === 'string' ? trainingPhrase(id) : undefined);
      if (phrase === undefined) continue;
      const field = Object.prototype.hasOwnProperty.call(purpose.value, 'ai_training') ? 'ai_training' : 'description';
      yield { messageId: 'undeclared', pointer: joinPointer(purpose.pointer, field), data: { purpose: describeLocation(model.root, purpose.pointer), phrase } };
    }
  },
});
