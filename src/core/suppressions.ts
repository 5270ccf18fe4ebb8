/**
 * In-place exemptions: `x-ropa-lint-ignore: [{rule, reason, until}]` on a purpose. An entry
 * suppresses its rule's findings inside that purpose only when it names a known rule, gives a
 * reason, and its `until` day has not passed.
 */
import { type IgnoreEntry, type InventoryModel, isRecord } from './inventory.js';
import { joinPointer } from './pointer.js';

export const IGNORE_KEY = 'x-ropa-lint-ignore';

export interface IgnoreDirective {
  rule: string;
  reason: string;
  until: string | null;
  /** The purpose the entry belongs to: findings at or below it can be suppressed. */
  scope: string;
  /** The entry itself. */
  pointer: string;
  purposeId: string;
}

export type IgnoreProblem = 'noReason' | 'expired' | 'unknownRule' | 'noRule';

export interface IgnoreRead {
  directives: IgnoreDirective[];
  problems: { directive: IgnoreDirective; problem: IgnoreProblem }[];
}

/** Reads every ignore entry of the inventory and sorts the usable ones from the rest. */
export function readIgnores(model: InventoryModel, knownRuleIds: ReadonlySet<string>, today: string): IgnoreRead {
  const read: IgnoreRead = { directives: [], problems: [] };
  for (const purpose of model.purposes) {
    const entries: unknown = purpose.value[IGNORE_KEY];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry: unknown, index) => {
      if (!isRecord(entry)) return;
      const { rule, reason, until } = entry as IgnoreEntry;
      const directive: IgnoreDirective = {
        rule: typeof rule === 'string' ? rule : '',
        reason: typeof reason === 'string' ? reason.trim() : '',
        until: typeof until === 'string' ? until : null,
        scope: purpose.pointer,
        pointer: joinPointer(joinPointer(purpose.pointer, IGNORE_KEY), index),
        purposeId: typeof purpose.value.id === 'string' ? purpose.value.id : '',
      };
      const problem: IgnoreProblem | undefined =
        directive.rule === '' ? 'noRule' : !knownRuleIds.has(directive.rule) ? 'unknownRule' : directive.reason === '' ? 'noReason' : directive.until !== null && directive.until < today ? 'expired' : undefined;
      if (problem) read.problems.push({ directive, problem });
      else read.directives.push(directive);
    });
  }
  return read;
}

export function covers(directive: IgnoreDirective, ruleId: string, pointer: string): boolean {
  return directive.rule === ruleId && (pointer === directive.scope || pointer.startsWith(`${directive.scope}/`));
}

/** Today's date as YYYY-MM-DD in UTC, the form `until` is written in. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
