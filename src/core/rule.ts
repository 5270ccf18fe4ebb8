import type { Comparison } from './compare.js';
import type { InventoryModel } from './inventory.js';
import type { Target } from './locate.js';
import type { DocumentLookup } from './document.js';
import type { NoticeLookup } from './notice.js';
import type { Severity } from './types.js';
import type { ParsedYaml, Span } from '../parser/yaml-source.js';

export const DOCS_BASE_URL = 'https://github.com/ropa-lint/ropa-lint/blob/main/docs/rules/';

/** What a rule says: the message (what is wrong) and the help line (what to do). */
export interface MessageTemplate {
  message: string;
  help: string;
}

export interface RuleMeta<MessageId extends string = string> {
  /** Stable kebab-case id; users configure and suppress rules by it. */
  id: string;
  severity: Severity;
  /** GDPR / ePrivacy article, recital, guideline or judgment; null for structural rules. */
  reference: string | null;
  /** True when the rule applies only to purposes with `ai_training: true`. */
  aiOnly: boolean;
  /** True for rules that compare a base with a head (SPEC §4). */
  comparison?: boolean;
  /** One line for `--list-rules` and SARIF. */
  description: string;
  /** Templates with `{name}` placeholders filled from a report's data. */
  messages: Record<MessageId, MessageTemplate>;
}

export interface Report<MessageId extends string = string> {
  messageId: MessageId;
  pointer: string;
  target?: Target;
  data?: Record<string, string | number>;
  /** Overrides the rule's default severity for this finding (a user's configuration still wins). */
  severity?: Severity;
  /** A source span, for problems found by the parser before there is any pointer. */
  span?: Span;
  /** Another place the message refers to; its line fills the `{relatedLine}` placeholder. */
  related?: string;
  /**
   * For a finding about an activity that some of its purposes cause (dpia-required for training
   * purposes): their pointers. Ignores of the rule on every one of them cover the finding (SPEC §2).
   */
  causes?: readonly string[];
  /**
   * The one safe fix of the finding, as data: what the key or the scalar value at `pointer` should
   * read. The engine turns it into an edit of that token alone, or drops it when the token is not a
   * plain or quoted scalar reading `from` (an alias, a merged key, a block scalar).
   */
  fix?: FixRequest;
}

/**
 * A fix a rule proposes. Only where exactly one correct edit exists and it changes no legal fact:
 * a misspelt key or value, a country name for its code, `yes` for true. Never a consent value,
 * a basis or a missing block.
 */
export interface FixRequest {
  /** The key of the mapping entry at the report's pointer, or its value. */
  replace: 'key' | 'value';
  /** What the token reads today. */
  from: string;
  /** What it should read. */
  to: string | boolean;
}

export interface RuleContext {
  file: string;
  document: ParsedYaml;
  model: InventoryModel;
  /** Every rule id ropa-lint knows, enabled or not. */
  ruleIds: ReadonlySet<string>;
  /** Today as YYYY-MM-DD (UTC), for dates such as an ignore's `until`. */
  today: string;
  /** The base and head purposes of the whole run: set only for comparison rules, when a base is given (SPEC §4). */
  comparison?: Comparison;
  /** The privacy notices named by `notice`, when the caller read them (SPEC §3); unset: not read. */
  notices?: NoticeLookup;
  /** What the caller found at the document paths the record names (SPEC §2.1 document-missing); unset: not looked for. */
  documents?: DocumentLookup;
}

export interface Rule<MessageId extends string = string> {
  meta: RuleMeta<MessageId> & { docsUrl: string };
  check(context: RuleContext): Iterable<Report<MessageId>>;
}

/** Defines a rule; message ids are checked by the compiler against the rule's own messages. */
export function defineRule<MessageId extends string>(rule: {
  meta: RuleMeta<MessageId>;
  check(context: RuleContext): Iterable<Report<NoInfer<MessageId>>>;
}): Rule<MessageId> {
  return { meta: { ...rule.meta, docsUrl: `${DOCS_BASE_URL}${rule.meta.id}.md` }, check: rule.check };
}

/** Templates split once into text and placeholder names (odd indexes), as findings are many. */
const compiledTemplates = new Map<string, string[]>();

export function fillTemplate(template: string, data: Record<string, string | number> = {}): string {
  let parts = compiledTemplates.get(template);
  if (!parts) compiledTemplates.set(template, (parts = template.split(/\{(\w+)\}/)));
  if (parts.length === 1) return parts[0]!;
  // Joined at once, a message is one string; added up piece by piece it was a chain of a dozen,
  // which every finding kept to the end of the run and the garbage collector walked each time.
  const pieces = new Array<string>(parts.length);
  pieces[0] = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]!;
    pieces[index] = Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : `{${name}}`;
    pieces[index + 1] = parts[index + 1]!;
  }
  return pieces.join('');
}
