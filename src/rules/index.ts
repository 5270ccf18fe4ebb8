/**
 * The registry: every rule of ropa-lint, one import per line, exported sorted by id.
 * A test keeps it, the rules' tests, their docs pages and SPEC.md's rule table in step.
 */
import { compareStrings } from '../core/order.js';
import type { Rule } from '../core/rule.js';
import aiTrainingContractBasis from './ai-training-contract-basis.js';
import aiTrainingUndeclared from './ai-training-undeclared.js';
import anonymisationClaim from './anonymisation-claim.js';
import automatedDecision from './automated-decision.js';
import childrenConsent from './children-consent.js';
import consentBundled from './consent-bundled.js';
import consentDetailsMissing from './consent-details-missing.js';
import consentGivenByThirdParty from './consent-given-by-third-party.js';
import consentNotExplicit from './consent-not-explicit.js';
import consentNotGranular from './consent-not-granular.js';
import consentNotOptIn from './consent-not-opt-in.js';
import consentRecords from './consent-records.js';
import consentWeakened from './consent-weakened.js';
import consentWithdrawal from './consent-withdrawal.js';
import criminalDataCondition from './criminal-data-condition.js';
import documentMissing from './document-missing.js';
import dpiaRequired from './dpia-required.js';
import duplicateId from './duplicate-id.js';
import eprivacyCommunicationsConsent from './eprivacy-communications-consent.js';
import eprivacyTerminalConsent from './eprivacy-terminal-consent.js';
import invalidIgnore from './invalid-ignore.js';
import lawfulBasisMissing from './lawful-basis-missing.js';
import lawfulBasisChanged from './lawful-basis-changed.js';
import legitimateInterestsAssessment from './legitimate-interests-assessment.js';
import newAiTrainingPurpose from './new-ai-training-purpose.js';
import noticeMissing from './notice-missing.js';
import noticeUndisclosedPurpose from './notice-undisclosed-purpose.js';
import noticeWithdrawal from './notice-withdrawal.js';
import processorDpa from './processor-dpa.js';
import processorOwnPurpose from './processor-own-purpose.js';
import purposeCompatibility from './purpose-compatibility.js';
import purposeScopeExpanded from './purpose-scope-expanded.js';
import recordIncomplete from './record-incomplete.js';
import retentionMissing from './retention-missing.js';
import rightToObject from './right-to-object.js';
import schema from './schema.js';
import specialCategoryCondition from './special-category-condition.js';
import transferMechanism from './transfer-mechanism.js';
import unknownReference from './unknown-reference.js';

const all: Rule[] = [
  aiTrainingContractBasis,
  aiTrainingUndeclared,
  anonymisationClaim,
  automatedDecision,
  childrenConsent,
  consentBundled,
  consentDetailsMissing,
  consentGivenByThirdParty,
  consentNotExplicit,
  consentNotGranular,
  consentNotOptIn,
  consentRecords,
  consentWeakened,
  consentWithdrawal,
  criminalDataCondition,
  documentMissing,
  dpiaRequired,
  duplicateId,
  eprivacyCommunicationsConsent,
  eprivacyTerminalConsent,
  invalidIgnore,
  lawfulBasisChanged,
  lawfulBasisMissing,
  legitimateInterestsAssessment,
  newAiTrainingPurpose,
  noticeMissing,
  noticeUndisclosedPurpose,
  noticeWithdrawal,
  processorDpa,
  processorOwnPurpose,
  purposeCompatibility,
  purposeScopeExpanded,
  recordIncomplete,
  retentionMissing,
  rightToObject,
  schema,
  specialCategoryCondition,
  transferMechanism,
  unknownReference,
];

export const rules: readonly Rule[] = all.sort((a, b) => compareStrings(a.meta.id, b.meta.id));

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule]));
