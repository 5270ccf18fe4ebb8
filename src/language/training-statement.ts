/**
 * Reads whether a text says that data trains, fine-tunes, retrains, improves or evaluates a
 * model or an algorithm (SPEC §2.1, ai-training-undeclared and notice disclosure).
 *
 * It is a reader, not a word list: each sentence is cut into clauses (clauses.ts), and a
 * training word counts only in a construction where a model is what is trained:
 * - a verb whose object is a model ("fine-tune the assistant on tickets", "improve our speech
 *   models", "evaluate the ranking model"), or whose subject is one in the passive or
 *   intransitive ("models are trained on…", "our models learn from your messages");
 * - a noun phrase of training ("AI training", "training of the model", "training data",
 *   "machine-learning improvements"), or data given "for machine learning";
 * - "make our assistant smarter".
 * A model that is only used is not trained: "with the fine-tuned model", "a pretrained
 * classifier flags spam", "a large language model writes the summary". People being trained
 * ("train new agents", "staff training on AI tools"), railway trains and business or data
 * models are not models. Then the clause decides: "never used to train models" denies it,
 * "if we ever train models" only supposes it, a question asks it.
 */
import { REACH, type SentenceView, type Statement } from './clauses.js';
import { AUXILIARIES, BE_FORMS, DETERMINERS, HAVE_FORMS, isAdverb, PERSONAL_PRONOUNS, SUBJECT_PRONOUNS } from './lexicon.js';
import { type NounPhrase, phraseAfter, phraseBefore } from './noun-phrases.js';
import { type ReadStatement, readStatements, type SentenceStatements, statedPhrase } from './statements.js';

type VerbClass = 'train' | 'tune' | 'improve' | 'evaluate' | 'learn';
type Form = 'base' | 'third' | 'past' | 'ing';

interface Verb {
  kind: VerbClass;
  form: Form;
  /** "models are built on …" says how they were made, not that data trains them. */
  passive: boolean;
  /** "pretrained": made before, elsewhere, unless a clause says it happens here. */
  before: boolean;
}

const VERBS = new Map<string, Verb>();
function verb(kind: VerbClass, passive: boolean, base: string, third: string, past: string[], ing: string): void {
  const before = base === 'pretrain';
  VERBS.set(base, { kind, form: 'base', passive, before });
  VERBS.set(third, { kind, form: 'third', passive, before });
  for (const form of past) VERBS.set(form, { kind, form: 'past', passive, before });
  VERBS.set(ing, { kind, form: 'ing', passive, before });
}
verb('train', true, 'train', 'trains', ['trained'], 'training');
verb('train', true, 'retrain', 'retrains', ['retrained'], 'retraining');
verb('train', true, 'pretrain', 'pretrains', ['pretrained'], 'pretraining');
verb('train', true, 'finetune', 'finetunes', ['finetuned'], 'finetuning');
verb('train', true, 'teach', 'teaches', ['taught'], 'teaching');
verb('tune', true, 'tune', 'tunes', ['tuned'], 'tuning');
for (const base of ['improve', 'enhance', 'refine', 'update', 'calibrate', 'optimise', 'optimize', 'adapt']) {
  verb('improve', true, base, `${base}s`, [base.endsWith('e') ? `${base}d` : `${base}ed`], base.endsWith('e') ? `${base.slice(0, -1)}ing` : `${base}ing`);
}
verb('improve', false, 'build', 'builds', ['built'], 'building');
verb('improve', false, 'develop', 'develops', ['developed'], 'developing');
verb('improve', false, 'create', 'creates', ['created'], 'creating');
for (const base of ['evaluate', 'reevaluate', 'validate', 'measure']) verb('evaluate', true, base, `${base}s`, [`${base}d`], `${base.slice(0, -1)}ing`);
// Not "assess": "assess the risks of the AI system" is a compliance step, not a test of the model on data.
for (const base of ['benchmark', 'test']) verb('evaluate', true, base, `${base}s`, [`${base}ed`], `${base}ing`);
verb('learn', false, 'learn', 'learns', ['learned', 'learnt'], 'learning');

/** Nouns of training, each with the verb class whose objects it accepts. */
const NOMINALS = new Map<string, VerbClass>([
  ...['training', 'retraining', 'pretraining', 'finetuning', 'finetunings'].map((word) => [word, 'train'] as const),
  ['tuning', 'tune'],
  ...['improvement', 'improvements', 'enhancement', 'enhancements', 'refinement', 'refinements', 'update', 'updates', 'development', 'optimisation', 'optimization', 'calibration', 'adaptation'].map((word) => [word, 'improve'] as const),
  ...['evaluation', 'evaluations', 'reevaluation', 'benchmarking', 'benchmarks', 'testing', 'validation'].map((word) => [word, 'evaluate'] as const),
]);

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Nouns that name a trained model in any context. */
const MODEL_NOUNS = words(`
  algorithm algorithms classifier classifiers llm llms ml predictor predictors ranker rankers recogniser recognisers
  recognizer recognizers recommender recommenders embedding embeddings regressor regressors detector detectors gpt
  transformer transformers
`);
/** Nouns that name a model only as the object of a training verb: "fine-tune the assistant", not "improve the system". */
const TRAINABLE_NOUNS = words(`
  assistant assistants bot bots chatbot chatbots copilot copilots system systems engine engines filter filters summariser
  summarisers summarizer summarizers tagger taggers autocomplete autocorrect recognition agent agents network networks
`);
/** Modifiers that make any head a model when a training verb acts on it: "train AI opponents". */
const AI_MODIFIERS = words('ai ml llm neural algorithmic generative');
/** Modifiers that make a head a model: "AI agents", "recommendation engine". */
const MODEL_MODIFIERS = words('ai ml llm model models neural learning algorithmic generative recommendation ranking prediction predictive scoring language speech vision');
/** What one can improve or measure of a model: "model accuracy", "the accuracy of our models". */
const ASPECTS = words('accuracy performance quality precision recall robustness weights parameters fairness predictions prediction outputs output behaviour behavior capabilities');
/** "business model", "data model": models that are not trained. */
const NOT_MODEL_BEFORE = words(`
  business data pricing price revenue operating subscription threat role cost costing delivery financial domain object
  service licensing billing staffing care governance maturity access permission permissions security support sales
  working work franchise partnership engagement commission charging payment insurance tariff distribution hybrid fashion
  scale device phone vehicle car hardware product organisational organizational operational standard mental conceptual
  logical physical funding tax contractual
`);
const NOT_MODEL_AFTER = words('clause clauses contract contracts agreement agreements form forms letter letters policy policies number numbers name names year years citizen home homes');
/** "to model demand", "we model churn": the verb. */
const MODEL_AS_VERB_BEFORE = words('to we you they i');
/** The people of "train new agents", "training of employees". */
const PEOPLE = words(`
  staff employee employees workforce personnel agent agents team teams people person persons worker workers volunteer
  volunteers manager managers driver drivers hire hires trainee trainees student students colleague colleagues apprentice
  apprentices nurse nurses teacher teachers moderator moderators annotator annotators reviewer reviewers member members
  user users customer customers clinician clinicians doctor doctors physician physicians pharmacist pharmacists officer
  officers recruiter recruiters interviewer interviewers operator operators engineer engineers developer developers
  contractor contractors representative representatives rep reps trainer trainers instructor instructors coach coaches
  leader leaders supervisor supervisors cashier cashiers technician technicians caregiver caregivers carer carers pilot
  pilots crew crews intern interns graduate graduates newcomer newcomers joiner joiners starter starters you yourself
  ourselves analyst analysts therapist therapists counsellor counsellors counselor counselors lawyer lawyers paralegal
  paralegals accountant accountants auditor auditors teammate teammates hr everyone everybody candidates candidate
  administrator administrators admins admin employer employers dispatcher dispatchers handlers handler champion champions
  ambassador ambassadors expert experts specialist specialists practitioner practitioners lead leads partner partners
`);
/** "staff training", "safety training", "by train": training of people, or the railway. */
const PEOPLE_TRAINING_BEFORE = words(`
  staff employee employees workforce personnel compliance safety awareness onboarding induction security fire aid sales
  leadership mandatory internal gdpr privacy vocational professional customer user skills management manager job by
  product soft annual refresher agent agents team new-hire hr clinical first medical language driver diversity
`);
/** Nouns after "on" that are data a model learns from: "trained on support tickets". */
const DATA_NOUNS = words(`
  data dataset datasets message messages conversation conversations chat chats transcript transcripts recording recordings
  ticket tickets email emails document documents file files image images photo photos picture pictures video videos audio
  voice voices clip clips log logs query queries search searches click clicks post posts content contents text texts history
  histories review reviews feedback record records example examples sample samples interaction interactions usage telemetry
  signal signals note notes call calls meeting meetings prompt prompts response responses profile profiles event events
  session sessions upload uploads submission submissions input inputs correction corrections rating ratings label labels
  annotation annotations article articles corpus corpora scan scans report reports claim claims application applications
  cv cvs resume resumes transaction transactions statistics metric metrics trace traces keystroke keystrokes code snippet
  snippets question questions answer answers reply replies thread threads comment comments description descriptions
  listing listings order orders purchase purchases browsing location locations measurement measurements reading readings
  result results information material materials case cases diagnostics behaviour behavior footage speech utterances
`);
/** "training data", "training set": what a model is trained with. */
const TRAINING_SET_NOUNS = words('data dataset datasets set sets corpus corpora example examples sample samples pair pairs label labels signal signals input inputs');
/** What a model already trained is used through: "with the model", "using a model trained on …". */
const INSTRUMENTS = words('with using use uses via through by from employ employs employing leverage leverages leveraging apply applies applying powered');
const BASED_ON = words('based relies rely relying built runs run');
/** Before a past participle, words that make it an adjective: "a pretrained classifier", "already trained". */
const ATTRIBUTIVE_BEFORE = words('already previously newly specially specifically custom well highly fully and or , ( self');
/** After "machine learning": what the data is for. */
const ML_PURPOSES = words('research purposes purpose experiments experiment projects project');
/** The words before "machine learning" that give data to it: "for machine learning", "including … machine learning". */
const ML_GIVEN_BY = words('for including into towards toward');
const ML_PREFIXES = words('machine deep reinforcement federated');
/** Verbs that make something smarter: "to make our assistant smarter", "our AI gets smarter". */
const MAKE = words('make makes making made help helps helping helped get gets getting become becomes becoming grow grows growing keep keeps');
const SMARTER = words('smarter cleverer');
const MORE_SMART = words('intelligent accurate capable');

function modelNounAt(ws: readonly string[], at: number): boolean {
  const word = ws[at];
  if (word === undefined) return false;
  if (word === 'model' || word === 'models') {
    const before = ws[at - 1] ?? '';
    return !NOT_MODEL_BEFORE.has(before) && !NOT_MODEL_AFTER.has(ws[at + 1] ?? '') && !MODEL_AS_VERB_BEFORE.has(before);
  }
  if (word === 'ai') return ws[at + 1] !== 'act';
  if (word === 'network' || word === 'networks' || word === 'net' || word === 'nets') return ws[at - 1] === 'neural';
  if (word === 'learning') return ML_PREFIXES.has(ws[at - 1] ?? '');
  return MODEL_NOUNS.has(word);
}

function modifiedByModel(ws: readonly string[], phrase: NounPhrase): boolean {
  for (let index = phrase.start; index < phrase.head; index += 1) if (MODEL_MODIFIERS.has(ws[index]!) || modelNounAt(ws, index)) return true;
  return false;
}

/** The phrase names a model: a model noun heads it, or (where `trainable`) an assistant, a system, a bot. */
function namesModel(ws: readonly string[], phrase: NounPhrase, trainable: boolean, sentenceHasModel: () => boolean): boolean {
  const head = ws[phrase.head]!;
  if (phrase.pronoun) return (head === 'it' || head === 'them') && trainable && sentenceHasModel();
  if (modelNounAt(ws, phrase.head)) return true;
  if (TRAINABLE_NOUNS.has(head)) {
    if (modifiedByModel(ws, phrase)) return true;
    if (trainable && head !== 'agent' && head !== 'agents') return true;
  }
  if (ASPECTS.has(head)) return modifiedByModel(ws, phrase) || (phrase.of !== undefined && namesModel(ws, phrase.of, false, sentenceHasModel));
  return false;
}

/** "teach the assistant new words", "train AI opponents": the object names a model inside it. */
function holdsModel(ws: readonly string[], phrase: NounPhrase): boolean {
  if (phrase.pronoun || namesPeople(ws, phrase)) return false;
  for (let index = phrase.start; index <= phrase.head; index += 1) {
    const word = ws[index]!;
    if (AI_MODIFIERS.has(word) || modelNounAt(ws, index) || TRAINABLE_NOUNS.has(word)) return true;
  }
  return false;
}

function namesPeople(ws: readonly string[], phrase: NounPhrase): boolean {
  const head = ws[phrase.head]!;
  // "AI agents" are software; "the AI team" are people.
  return PEOPLE.has(head) && !((head === 'agent' || head === 'agents') && modifiedByModel(ws, phrase));
}

function namesData(ws: readonly string[], phrase: NounPhrase | undefined): boolean {
  return phrase !== undefined && !phrase.pronoun && DATA_NOUNS.has(ws[phrase.head]!);
}

/** The end of a phrase as reported: its head, or the head of its "of" phrase ("the accuracy of our models"). */
function phraseEnd(phrase: NounPhrase): number {
  return phrase.of ? phraseEnd(phrase.of) : phrase.head;
}

/** A reader of one sentence. */
class SentenceReader {
  readonly ws: readonly string[];
  private hasModel: boolean | undefined;

  constructor(readonly view: SentenceView) {
    this.ws = view.words;
  }

  private clauseEnd(at: number): number {
    return this.view.clauses[this.view.clauseAt[at] ?? 0]!.to;
  }

  private clauseStart(at: number): number {
    return this.view.clauses[this.view.clauseAt[at] ?? 0]!.from;
  }

  readonly sentenceHasModel = (): boolean => {
    if (this.hasModel === undefined) {
      this.hasModel = false;
      for (let index = 0; index < this.ws.length && !this.hasModel; index += 1) this.hasModel = modelNounAt(this.ws, index) || TRAINABLE_NOUNS.has(this.ws[index]!);
    }
    return this.hasModel;
  };

  /** The subject of the verb at `at`: the phrase before its verb group. */
  private subjectOf(at: number): NounPhrase | undefined {
    let index = at;
    while (index - 1 >= this.clauseStart(at) && at - index < REACH && (AUXILIARIES.has(this.ws[index - 1]!) || isAdverb(this.ws[index - 1]!) || this.ws[index - 1] === 'not' || this.ws[index - 1] === 'never' || this.ws[index - 1] === 'to')) index -= 1;
    return phraseBefore(this.ws, index, this.clauseStart(at));
  }

  /** The model of a reduced relative or a relative clause is only used: "with a model trained on …". */
  private usedThrough(phrase: NounPhrase): boolean {
    const before = this.ws[phrase.start - 1] ?? '';
    if (INSTRUMENTS.has(before)) return true;
    return before === 'on' && BASED_ON.has(this.ws[phrase.start - 2] ?? '');
  }

  /** Where the object of the verb at `at` starts, past coordinated verbs: "train and tune AI models". */
  private objectStart(at: number): number {
    let index = at + 1;
    for (let hops = 0; hops < 3; hops += 1) {
      for (let adverbs = 0; adverbs < 4 && isAdverb(this.ws[index] ?? ''); adverbs += 1) index += 1;
      const joiner = this.ws[index];
      if (joiner === ',' && (this.ws[index + 1] === 'and' || this.ws[index + 1] === 'or') && VERBS.has(this.ws[index + 2] ?? '')) index += 3;
      else if ((joiner === 'and' || joiner === 'or' || joiner === ',') && VERBS.has(this.ws[index + 1] ?? '')) index += 2;
      else break;
    }
    return index;
  }

  private verbStatement(at: number, verb: Verb): Statement | undefined {
    const ws = this.ws;
    const previous = ws[at - 1] ?? '';
    const limit = this.clauseEnd(at);
    // "a train", "by train", "the test", "an update": the noun, read as a nominal if at all.
    if ((verb.form === 'base' || verb.form === 'third') && (DETERMINERS.has(previous) || previous === 'by')) return undefined;
    if (verb.kind === 'learn') {
      if (ML_PREFIXES.has(previous)) return undefined;
      const subject = this.subjectOf(at);
      return subject && (namesModel(ws, subject, true, this.sentenceHasModel) || holdsModel(ws, subject)) ? { start: subject.start, end: at, anchor: at, nominal: false } : undefined;
    }
    if (verb.form === 'past') {
      // The verb group before the participle: "are regularly retrained", "have been fine-tuned".
      let chain = at;
      let passive = false;
      let perfect = false;
      while (chain - 1 >= this.clauseStart(at) && at - chain < REACH && (AUXILIARIES.has(ws[chain - 1]!) || isAdverb(ws[chain - 1]!) || ws[chain - 1] === 'not' || ws[chain - 1] === 'never')) {
        chain -= 1;
        if (BE_FORMS.has(ws[chain]!)) passive = true;
        if (HAVE_FORMS.has(ws[chain]!)) perfect = true;
      }
      if (passive) return verb.passive ? this.passiveStatement(at, chain, verb) : undefined;
      if (!perfect) {
        const next = ws[at + 1];
        const nextIsNoun = next !== undefined && !DETERMINERS.has(next) && !isAdverb(next) && !PERSONAL_PRONOUNS.has(next) && phraseAfter(ws, at + 1, limit)?.start === at + 1;
        if (nextIsNoun && (at === this.clauseStart(at) || DETERMINERS.has(previous) || INSTRUMENTS.has(previous) || ATTRIBUTIVE_BEFORE.has(previous) || isAdverb(previous))) return undefined;
        // A reduced relative, "a classifier trained on reported messages": trained here, unless
        // the model is only used ("with a model trained on …") or was made before ("pretrained").
        const relative = phraseBefore(ws, at, this.clauseStart(at));
        if (relative && !relative.pronoun && !nextIsNoun && namesModel(ws, relative, true, this.sentenceHasModel)) {
          return verb.before || this.usedThrough(relative) ? undefined : { start: relative.start, end: at, anchor: at, nominal: false };
        }
      }
    }
    if (verb.form === 'ing' && DETERMINERS.has(previous)) return undefined;
    return this.activeStatement(at, verb, limit);
  }

  private passiveStatement(at: number, chain: number, verb: Verb): Statement | undefined {
    const ws = this.ws;
    const subject = phraseBefore(ws, chain, this.clauseStart(at));
    if (subject && !subject.pronoun) {
      if (namesPeople(ws, subject)) return undefined;
      if (namesModel(ws, subject, verb.kind === 'train', this.sentenceHasModel)) {
        // "a model that was trained on public data", used "with" or "using": a model made before.
        if (afterRelativePronoun(ws, chain) && this.usedThrough(subject)) return undefined;
        return { start: subject.start, end: at, anchor: at, nominal: false };
      }
    }
    if (subject?.pronoun && (ws[subject.head] === 'it' || ws[subject.head] === 'they') && verb.kind === 'train' && this.sentenceHasModel()) {
      return { start: subject.start, end: at, anchor: at, nominal: false };
    }
    // "your messages are trained into our model".
    const into = ws[at + 1];
    if (verb.kind === 'train' && (into === 'into' || into === 'in' || into === 'for')) {
      const target = phraseAfter(ws, at + 2, this.clauseEnd(at));
      if (target && namesModel(ws, target, true, this.sentenceHasModel)) return { start: at, end: phraseEnd(target), anchor: at, nominal: false };
    }
    return undefined;
  }

  private activeStatement(at: number, verb: Verb, limit: number): Statement | undefined {
    const ws = this.ws;
    const trainable = verb.kind === 'train';
    const from = this.objectStart(at);
    const object = phraseAfter(ws, from, limit);
    if (object) {
      const denied = object.determiner === 'no' || object.determiner === 'none';
      if (namesModel(ws, object, trainable, this.sentenceHasModel) || (trainable && holdsModel(ws, object))) return { start: at, end: phraseEnd(object), anchor: at, nominal: false, denied };
      if (object.pronoun || namesPeople(ws, object)) return undefined;
      // "improve the service and our models".
      let next = object.head + 1;
      for (let conjuncts = 0; conjuncts < 3 && (ws[next] === 'and' || ws[next] === 'or' || ws[next] === ','); conjuncts += 1) {
        const conjunct = phraseAfter(ws, next + (ws[next] === ',' && (ws[next + 1] === 'and' || ws[next + 1] === 'or') ? 2 : 1), limit);
        if (!conjunct || conjunct.pronoun) break;
        if (namesModel(ws, conjunct, trainable, this.sentenceHasModel)) return { start: at, end: phraseEnd(conjunct), anchor: at, nominal: false, denied };
        next = conjunct.head + 1;
      }
      return undefined;
    }
    // "every model we build from your data": the object is the phrase before the clause.
    if (SUBJECT_PRONOUNS.has(ws[at - 1] ?? '')) {
      const gap = phraseBefore(ws, at - 1, 0);
      if (gap && !gap.pronoun && namesModel(ws, gap, trainable, this.sentenceHasModel)) return { start: gap.start, end: at, anchor: at, nominal: false };
    }
    // "train on your messages", "fine-tuned on workspace documents": no object, but data to learn from.
    if (verb.kind !== 'train' || ws[at] === 'teach' || ws[at] === 'teaches' || ws[at] === 'taught' || ws[at] === 'teaching') return undefined;
    const preposition = ws[from];
    if (preposition !== 'on' && preposition !== 'with' && preposition !== 'from' && preposition !== 'using') return undefined;
    const data = phraseAfter(ws, from + 1, limit);
    if (!namesData(ws, data)) return undefined;
    const subject = this.subjectOf(at);
    if (subject && (namesPeople(ws, subject) || (subject.pronoun && ws[subject.head] === 'you'))) return undefined;
    if (subject && !subject.pronoun && PEOPLE_TRAINING_BEFORE.has(ws[subject.head]!)) return undefined;
    return { start: at, end: data!.head, anchor: at, nominal: false };
  }

  private nominalStatement(at: number, kind: VerbClass): Statement | undefined {
    const ws = this.ws;
    const previous = ws[at - 1] ?? '';
    const limit = this.clauseEnd(at);
    // "model training", "AI training", "machine-learning improvements".
    if (at - 1 >= this.clauseStart(at) && modelNounAt(ws, at - 1)) {
      const start = previous === 'learning' || previous === 'network' || previous === 'networks' ? at - 2 : at - 1;
      return { start, end: at, anchor: at, nominal: true };
    }
    if (kind === 'train' && (PEOPLE.has(previous) || PEOPLE_TRAINING_BEFORE.has(previous))) return undefined;
    const next = ws[at + 1];
    if (next === 'of' || next === 'for' || next === 'to') {
      const target = phraseAfter(ws, at + 2, limit);
      if (target && namesModel(ws, target, kind === 'train', this.sentenceHasModel)) return { start: at, end: phraseEnd(target), anchor: at, nominal: true };
      return undefined;
    }
    if (kind !== 'train') return undefined;
    if (next === 'on' && ws[at] !== 'tuning') {
      const data = phraseAfter(ws, at + 2, limit);
      return namesData(ws, data) ? { start: at, end: data!.head, anchor: at, nominal: true } : undefined;
    }
    if (next !== undefined && TRAINING_SET_NOUNS.has(next) && (ws[at] === 'training' || ws[at] === 'finetuning')) {
      // "training examples for new agents" are people's exercises.
      if (ws[at + 2] === 'for') {
        const audience = phraseAfter(ws, at + 3, limit);
        if (audience && namesPeople(ws, audience)) return undefined;
      }
      return { start: at, end: at + 1, anchor: at, nominal: true };
    }
    return undefined;
  }

  /** "for machine learning", "machine learning on voice samples": not "we use machine learning to …". */
  private machineLearningStatement(at: number): Statement | undefined {
    const ws = this.ws;
    const start = at - 1;
    const next = ws[at + 1];
    if (next !== undefined && (ML_PURPOSES.has(next) || NOMINALS.has(next))) return NOMINALS.has(next) ? undefined : { start, end: at + 1, anchor: at, nominal: true };
    if (next === 'on' && namesData(ws, phraseAfter(ws, at + 2, this.clauseEnd(at)))) return { start, end: at, anchor: at, nominal: true };
    // The word that governs the phrase, past the other items of a list it ends.
    const floor = this.clauseStart(at);
    for (let index = start - 1, steps = 0; index >= floor && steps < 24; index -= 1, steps += 1) {
      const word = ws[index]!;
      if (ML_GIVEN_BY.has(word) || (word === 'as' && ws[index - 1] === 'such')) return { start, end: at, anchor: at, nominal: true };
      if (word === ',' || word === 'and' || word === 'or' || DETERMINERS.has(word) || (!PERSONAL_PRONOUNS.has(word) && phraseBefore(ws, index + 1, floor)?.head === index)) continue;
      return undefined;
    }
    return undefined;
  }

  /** "to make our assistant smarter", "our AI gets smarter with every correction". */
  private smarterStatement(at: number): Statement | undefined {
    const ws = this.ws;
    const floor = Math.max(this.clauseStart(at), at - 7);
    let model = -1;
    for (let index = at - 1; index >= floor; index -= 1) {
      const word = ws[index]!;
      if (model < 0 && (modelNounAt(ws, index) || TRAINABLE_NOUNS.has(word))) model = index;
      if (MAKE.has(word)) {
        if (model > index) return { start: index, end: at + (ws[at] === 'more' ? 1 : 0), anchor: at, nominal: false };
        // "our assistant gets smarter": the model before the verb.
        for (let before = index - 1; before >= Math.max(this.clauseStart(at), index - 4); before -= 1) {
          if (modelNounAt(ws, before) || TRAINABLE_NOUNS.has(ws[before]!)) return { start: before, end: at + (ws[at] === 'more' ? 1 : 0), anchor: at, nominal: false };
        }
        return undefined;
      }
    }
    return undefined;
  }

  /** Every training statement of the sentence, in order, before its clause decides. */
  statements(): Statement[] {
    const ws = this.ws;
    const found: Statement[] = [];
    for (let at = 0; at < ws.length; at += 1) {
      const word = ws[at]!;
      let statement: Statement | undefined;
      const verb = VERBS.get(word);
      const nominal = NOMINALS.get(word);
      // "model training" before "training the model": a gerund is read as a noun first.
      if (nominal && (!verb || verb.form === 'ing')) statement = this.nominalStatement(at, nominal);
      if (!statement && verb) statement = this.verbStatement(at, verb);
      if (!statement && nominal && verb && verb.form !== 'ing') statement = this.nominalStatement(at, nominal);
      if (!statement && word === 'learning' && ML_PREFIXES.has(ws[at - 1] ?? '')) statement = this.machineLearningStatement(at);
      if (!statement && (SMARTER.has(word) || (word === 'more' && MORE_SMART.has(ws[at + 1] ?? '')))) statement = this.smarterStatement(at);
      if (statement) found.push(statement);
    }
    return found;
  }
}

function afterRelativePronoun(ws: readonly string[], chain: number): boolean {
  const before = ws[chain - 1];
  return before === 'that' || before === 'which';
}

const findTraining: SentenceStatements = (view) => new SentenceReader(view).statements();

/** The words a sentence needs for the reader to look at it. */
const TRIGGERS: ReadonlySet<string> = new Set([...VERBS.keys(), ...NOMINALS.keys(), ...SMARTER, 'more']);
const OPTIONS = { questions: 'yes-answer', triggers: TRIGGERS } as const;

/** Every place the text speaks of training a model, stated, denied or supposed. */
export function trainingStatements(text: string): ReadStatement[] {
  return readStatements(text, findTraining, OPTIONS);
}

/**
 * The first phrase, as written, in which the text states that data trains, fine-tunes, retrains,
 * improves or evaluates a model or an algorithm; undefined when it states none (it may deny or
 * only suppose one).
 */
export function trainingPhrase(text: string): string | undefined {
  return statedPhrase(text, findTraining, OPTIONS);
}
