/**
 * The closed word classes the statement readers parse with, and the few open-class words they
 * look for. Built once at load; every lookup is a Set or Map hit.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

// ---------------------------------------------------------------------------------------------
// Function words

/** Words that open a noun phrase. */
export const DETERMINERS = set(`
  the a an our your their its his her my this that these those every each all any some several
  both either such another other own same whose
`);

export const PREPOSITIONS = set(`
  on in into onto with from for to by at of about using via through over under across against per
  after before during without within between among as like than including towards toward upon off
  out up around behind beyond beside besides despite except inside outside throughout
`);

export const CONJUNCTIONS = set('and or nor but so yet plus');

/** Forms of be, have and do, and the modals: each starts or continues a verb group. */
export const AUXILIARIES = set(`
  is are was were be been being am do does did done have has had having will would can could may
  might must shall should get gets got getting
`);

export const BE_FORMS = set('is are was were be been being am get gets got getting');
export const HAVE_FORMS = set('have has had having');

export const PERSONAL_PRONOUNS = set('we i you they he she it us them me him one ourselves yourself yourselves themselves itself');
/** Pronouns that start a clause of their own after "and", a comma or "but". */
export const SUBJECT_PRONOUNS = set('we i you they he she');
export const RELATIVE_PRONOUNS = set('that which who whom whose');
/** Stand-ins for a noun phrase said before: "fine-tune it". */
export const OBJECT_PRONOUNS = set('it them this these those');

/** Adverbs that sit inside a verb group or after an object without being part of a noun phrase. */
const ADVERBS = set(`
  also always only further again still then now later already previously originally initially first
  regularly continuously continually constantly periodically automatically manually frequently
  occasionally routinely weekly daily monthly nightly hourly yearly annually quarterly internally
  locally centrally separately together anonymously securely currently subsequently additionally
  primarily mainly solely exclusively partly partially fully jointly directly indirectly actively
  ever even just newly specially specifically custom well highly offline online thereby therefore
  thus hence however too automatically once twice sometimes often rarely usually generally
`);

/** Words ending in -ly that are nouns or verbs, not adverbs. */
const LY_NOT_ADVERB = set('reply apply supply family anomaly anomalies assembly rally ally italy july jelly bully monopoly butterfly fly rely comply multiply imply early daily');

export function isAdverb(word: string): boolean {
  return ADVERBS.has(word) || (word.length > 4 && word.endsWith('ly') && !LY_NOT_ADVERB.has(word));
}

// ---------------------------------------------------------------------------------------------
// Clause structure

/** Words that end one clause and start another, so that a negation before them does not reach past. */
export const CLAUSE_BREAKERS = set('but however although though whereas while whilst nevertheless nonetheless otherwise');
/** Words that open a subordinate clause. */
export const SUBORDINATORS = set('if unless whether when whenever once because since until till except');
/** Subordinate clauses that only suppose: what is said in them is not stated as happening. */
export const HYPOTHETICAL = set('if unless whether');
/** Clauses that, after a negated statement, make the negation an exception ("not … unless you opt in"). */
export const EXCEPTION_OPENERS = set('unless until except if when whenever once');

/** Negations whose reach is the rest of the verb group and its objects. */
export const NEGATORS = set('not never nor neither');
/** Verbs that negate only what they govern: "stopped training models", "excluded from model training". */
export const NEGATING_VERBS = set(`
  stop stops stopped stopping cease ceases ceased ceasing exclude excludes excluded excluding refrain refrains
  refrained avoid avoids avoided avoiding prohibit prohibits prohibited forbid forbids forbidden
`);
/** Of the negating verbs, those that govern a gerund: "stop using", not "stop smart replies and withdraw". */
export const GERUND_NEGATORS = set('stop stops stopped stopping cease ceases ceased ceasing avoid avoids avoided avoiding');
/** Negations that are determiners of a noun phrase: "no data", "none of", "nothing you type". */
export const NEGATIVE_DETERMINERS = set('no none nothing nobody neither');
/** After `not`, the words that make it something else than a negation of what follows ("not only"). */
export const NOT_A_NEGATION_AFTER = set('only just merely limited necessarily');
/** After a negation, the words that negate a need, not the action: "you do not need to give a reason to withdraw". */
export const NEED_WORDS = set('need needs have has required obliged obligated necessary must');
/** Predicates that, negated after a nominal subject, deny it happens: "model training is not performed". */
export const DENIAL_PREDICATES = set(`
  possible available offered supported allowed permitted performed done carried conducted undertaken used
  applied involved included enabled active part provided use uses involve involves include includes happen
  happens occur occurs take takes exist exists apply applies rely relies touch touches access accesses
  process processes draw draws see sees read reads run runs happen place
`);
