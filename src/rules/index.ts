/**
 * The registry: every rule of ropa-lint, one import per line, exported sorted by id.
 * A test keeps it, the rules' tests, their docs pages and SPEC.md's rule table in step.
 */
import type { Rule } from '../core/rule.js';
import anonymisationClaim from './anonymisation-claim.js';
import automatedDecision from './automated-decision.js';
import lawfulBasisMissing from './lawful-basis-missing.js';
import legitimateInterestsAssessment from './legitimate-interests-assessment.js';
import processorDpa from './processor-dpa.js';
import recordIncomplete from './record-incomplete.js';
import retentionMissing from './retention-missing.js';
import rightToObject from './right-to-object.js';
import transferMechanism from './transfer-mechanism.js';
import duplicateId from './duplicate-id.js';
import invalidIgnore from './invalid-ignore.js';
import schema from './schema.js';
import unknownReference from './unknown-reference.js';

const all: Rule[] = [
  anonymisationClaim,
  automatedDecision,
  lawfulBasisMissing,
  legitimateInterestsAssessment,
  processorDpa,
  recordIncomplete,
  retentionMissing,
  rightToObject,
  transferMechanism,
  duplicateId,
  invalidIgnore,
  schema,
  unknownReference,
];

export const rules: readonly Rule[] = all.sort((a, b) => a.meta.id.localeCompare(b.meta.id));

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule]));
