import { defineRule } from '../core/rule.js';
import { readIgnores } from '../core/suppressions.js';
import { suggestClosest } from '../core/suggest.js';

/**
 * Reports `x-ropa-lint-ignore` entries that do not suppress anything: without a reason,
 * past their `until`, naming an unknown rule, or (reported by the engine) unused.
 */
export default defineRule({
  meta: {
    id: 'invalid-ignore',
    severity: 'warning',
    reference: null,
    aiOnly: false,
    description: 'Every x-ropa-lint-ignore entry names a rule, gives a reason, is not past its until date and suppresses something.',
    messages: {
      noRule: { message: 'an ignore entry of purpose `{purpose}` names no rule, so it suppresses nothing', help: 'add `rule: <rule-id>` (ropa-lint --list-rules lists them) or remove the entry' },
      unknownRule: { message: 'an ignore entry of purpose `{purpose}` names the unknown rule `{rule}`, so it suppresses nothing', help: '{fix}' },
      noReason: { message: 'the ignore of `{rule}` in purpose `{purpose}` has no reason, so the finding is still reported', help: 'add `reason: "..."`: why the exemption is justified, shown in every report' },
      expired: { message: 'the ignore of `{rule}` in purpose `{purpose}` expired on {until}, so the finding is reported again', help: 'fix the finding, or renew the exemption with a new `until` and a reason that still holds' },
      unused: { message: 'the ignore of `{rule}` in purpose `{purpose}` suppresses nothing: the rule reports no finding there', help: 'remove the stale ignore entry' },
    },
  },
  *check({ model, ruleIds, today }) {
    for (const { directive, problem } of readIgnores(model, ruleIds, today).problems) {
      const data = { purpose: directive.purposeId, rule: directive.rule, until: directive.until ?? '' };
      if (problem === 'unknownRule') {
        const suggestion = suggestClosest(directive.rule, [...ruleIds]);
        yield { messageId: problem, pointer: `${directive.pointer}/rule`, data: { ...data, fix: suggestion ? `did you mean \`${suggestion}\`?` : 'use a rule id from ropa-lint --list-rules' } };
      } else {
        const field = problem === 'noReason' ? 'reason' : problem === 'expired' ? 'until' : 'rule';
        yield { messageId: problem, pointer: `${directive.pointer}/${field}`, data };
      }
    }
  },
});
