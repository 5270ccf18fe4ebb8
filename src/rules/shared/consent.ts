/**
 * When consent is needed and when a consent block is valid: shared by the consent rules and
 * the ePrivacy rules, so that "valid consent" means the same thing everywhere.
 */
import { type ActivityView, type Consent, type DataCategory, isMalformed, isRecord, isStated, type Located, misspeltKey, type PurposeView, type Shape } from '../../core/inventory.js';

export const COMMUNICATIONS_SOURCES = new Set(['communications-content', 'communications-metadata']);
export const TERMINAL_SOURCES = new Set(['terminal-equipment']);

/** The data categories of the purpose's activity whose source is one of `sources`. */
export function categoriesFrom(purpose: PurposeView, sources: ReadonlySet<string>): Located<DataCategory>[] {
  return purpose.activity.categories.filter((category) => typeof category.value.source === 'string' && sources.has(category.value.source));
}

export function isAiTraining(purpose: PurposeView): boolean {
  return purpose.value.ai_training === true;
}

/** Whether any data category of the purpose's activity has one of `sources`: asked of every purpose by several rules, so no list is made. */
function reachesSource(purpose: PurposeView, sources: ReadonlySet<string>): boolean {
  return purpose.activity.categories.some((category) => typeof category.value.source === 'string' && sources.has(category.value.source));
}

/** The purpose reaches the content or metadata of communications, for training or not. */
export function usesCommunications(purpose: PurposeView): boolean {
  return reachesSource(purpose, COMMUNICATIONS_SOURCES);
}

/** ePrivacy Art. 5(1), 6: training on communications content or metadata needs the users' consent. */
export function needsCommunicationsConsent(purpose: PurposeView): boolean {
  return isAiTraining(purpose) && usesCommunications(purpose);
}

/** ePrivacy Art. 5(3): training on data read from the user's device needs consent. */
export function needsTerminalConsent(purpose: PurposeView): boolean {
  return isAiTraining(purpose) && reachesSource(purpose, TERMINAL_SOURCES);
}

/** The purpose names explicit consent as its Art. 9(2) condition, so it claims consent whatever its Art. 6 basis. */
export function namesExplicitConsent(purpose: PurposeView): boolean {
  return purpose.value.special_category_condition === 'explicit-consent';
}

/**
 * SPEC §2.1 "Consent is required": consent is the basis, the Art. 9(2) condition is explicit
 * consent, or an ePrivacy rule requires it whatever the GDPR basis.
 */
export function consentRequired(purpose: PurposeView): boolean {
  return purpose.value.lawful_basis === 'consent' || namesExplicitConsent(purpose) || needsCommunicationsConsent(purpose) || needsTerminalConsent(purpose);
}

export function consentBlock(purpose: PurposeView): Consent | undefined {
  return isRecord(purpose.value.consent) ? purpose.value.consent : undefined;
}

/**
 * The purpose has a `consent` written in another shape than a mapping (`consent: yes`), or under a
 * misspelt key (`consnet:`): the schema rule's finding, with the shape or the key to write. No rule
 * can tell what it says, so none reports it absent or judges it.
 */
export function consentUnreadable(purpose: PurposeView): boolean {
  return isMalformed(purpose.value.consent, 'mapping') || misspeltKey(purpose.value, 'consent', 'purpose') !== undefined;
}

/**
 * A field of a consent block that cannot be read: written in another shape (`explicit: yes`,
 * `withdrawal: In-product`) or under a misspelt key (`explicitt: true`). The schema rule reports
 * it; a consent rule neither calls it absent nor judges it.
 */
export function consentFieldUnreadable(consent: Consent, field: keyof Consent, shape: Shape): boolean {
  return isMalformed(consent[field], shape) || misspeltKey(consent, field, 'consent') !== undefined;
}

/** How consent can be withdrawn, as the format names the routes (SPEC §1). */
export const WITHDRAWAL_ROUTES = ['in-product', 'email', 'support-request', 'none'] as const;

/** Who may give consent, as the format names them (SPEC §1). */
export const CONSENT_GIVERS = ['data-subject', 'all-participants', 'account-admin', 'parent-or-guardian'] as const;

/** Asked of the activity, not of each purpose: its purposes share its data categories. */
export function hasSpecialCategoryData(activity: ActivityView): boolean {
  return activity.categories.some((category) => Array.isArray(category.value.special) && category.value.special.length > 0);
}

export function involvesChildren(purpose: PurposeView): boolean {
  return purpose.activity.subjects.some((subject) => subject.value.children === true);
}

/**
 * Art. 9(2) conditions other than (a) explicit consent. A purpose that names one of them does
 * not rely on consent to lift the Art. 9(1) ban, so its consent (e.g. for ePrivacy) need not be explicit.
 */
export const OTHER_ART9_CONDITIONS = new Set(['employment', 'vital-interests', 'not-for-profit', 'made-public', 'legal-claims', 'substantial-public-interest', 'health-care', 'public-health', 'archiving-research']);

/** Every Art. 9(2) condition of the format (SPEC §1). */
export const ART9_CONDITIONS: readonly string[] = ['explicit-consent', ...OTHER_ART9_CONDITIONS];

/** Special-category data whose Art. 9(2) condition is explicit consent, or is not named (so consent is all there is). */
export function needsExplicitConsent(purpose: PurposeView): boolean {
  // Asked first: most activities have no special-category data, and the answer is the same for all their purposes.
  if (!hasSpecialCategoryData(purpose.activity)) return false;
  const condition = purpose.value.special_category_condition;
  // A condition outside the format (`Archiving-research`) is the schema rule's finding: it may name one that needs no consent.
  if (isMalformed(condition, ART9_CONDITIONS)) return false;
  return !(typeof condition === 'string' && OTHER_ART9_CONDITIONS.has(condition));
}

export const NOT_OPT_IN = new Set(['opt-out', 'pre-ticked', 'implied', 'terms-acceptance']);
export const HARDER_THAN_GIVING = new Set(['none', 'email', 'support-request']);

/**
 * Each consent rule's test of a consent block, keyed by rule id. A block that any of these
 * rejects is not valid consent for the ePrivacy rules either. `consent-records` is left out
 * on purpose: missing proof (Art. 7(1)) makes consent hard to demonstrate, not invalid.
 */
export const consentDefects = {
  'consent-not-opt-in': (consent: Consent) => typeof consent.collection === 'string' && NOT_OPT_IN.has(consent.collection),
  'consent-bundled': (consent: Consent) => consent.required_for_service === true,
  'consent-not-granular': (consent: Consent) => consent.granular === false,
  // `explicit: yes` (text in YAML 1.2) or `explicitt: true` is the schema rule's finding, not consent that is not explicit.
  'consent-not-explicit': (consent: Consent, purpose: PurposeView) => needsExplicitConsent(purpose) && consent.explicit !== true && !consentFieldUnreadable(consent, 'explicit', 'boolean'),
  // Left empty or a placeholder (SPEC §2.1 "Not written"), a route is not stated.
  'consent-withdrawal': (consent: Consent) =>
    (!isStated(consent.withdrawal) && !consentFieldUnreadable(consent, 'withdrawal', WITHDRAWAL_ROUTES)) || (typeof consent.withdrawal === 'string' && HARDER_THAN_GIVING.has(consent.withdrawal)),
  // An administrator consents for others anywhere; one participant consents for the others on communications (ePrivacy Art. 5(1)).
  'consent-given-by-third-party': (consent: Consent, purpose: PurposeView) => consent.given_by === 'account-admin' || (consent.given_by === 'data-subject' && usesCommunications(purpose)),
  'children-consent': (consent: Consent, purpose: PurposeView) => involvesChildren(purpose) && !isStated(consent.age_verification),
} as const satisfies Record<string, (consent: Consent, purpose: PurposeView) => boolean>;

export type ConsentDefect = keyof typeof consentDefects;

/**
 * Where proof of consent is kept is written down: not absent, blank or a placeholder (SPEC §2.1
 * "Not written"), and not an empty list or mapping. Shared by consent-records and consent-weakened,
 * so that "records present" means the same in both.
 */
export function recordsKept(records: unknown): boolean {
  if (!isStated(records)) return false;
  if (Array.isArray(records)) return records.length > 0;
  if (isRecord(records)) return Object.keys(records).length > 0;
  return true;
}

/**
 * The consent rules that reject the purpose's consent block (empty when there is none: without a
 * block only consent-details-missing speaks, SPEC §2.1 "One finding per fact").
 */
export function rejectedBy(purpose: PurposeView): ConsentDefect[] {
  const consent = consentBlock(purpose);
  if (!consent) return [];
  return (Object.keys(consentDefects) as ConsentDefect[]).filter((id) => consentDefects[id](consent, purpose));
}

/** A purpose with its consent block. */
export interface PurposeConsent {
  purpose: PurposeView;
  consent: Consent;
}

/**
 * The consent blocks of each inventory, keyed by its list of purposes (`model.purposes`): the
 * consent rules of a run all start from the purposes that have a block, so one pass over the
 * purposes serves them all.
 */
const blocksOf = new WeakMap<readonly PurposeView[], PurposeConsent[]>();

/** The purposes that have a consent block (a mapping), each with its block, in the order of `purposes`. */
export function consentBlocks(purposes: readonly PurposeView[]): readonly PurposeConsent[] {
  let blocks = blocksOf.get(purposes);
  if (blocks === undefined) {
    blocks = [];
    for (const purpose of purposes) {
      const consent = consentBlock(purpose);
      if (consent) blocks.push({ purpose, consent });
    }
    blocksOf.set(purposes, blocks);
  }
  return blocks;
}

/** The purposes whose consent block the given consent rule rejects, each with its block, in the order of `purposes`. */
export function rejectedBlocks(purposes: readonly PurposeView[], ruleId: ConsentDefect): PurposeConsent[] {
  const defective: (consent: Consent, purpose: PurposeView) => boolean = consentDefects[ruleId];
  return consentBlocks(purposes).filter((block) => defective(block.consent, block.purpose));
}
