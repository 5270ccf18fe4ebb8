import { defineRule } from '../core/rule.js';
import { suggestClosest } from '../core/suggest.js';
import { misplacedIgnores, readIgnores, writesIgnores } from '../core/suppressions.js';

/**
 * Reports `x-ropa-lint-ignore` entries that do not suppress anything (SPEC §2): without a reason,
 * past their `until`, naming an unknown rule, or in a place no finding is read from. Entries that
 * suppress nothing although they are well formed are known only once every rule has run: the
 * engine reports them with this rule's `unused` and `partial` messages.
 */
export default defineRule({
  meta: {
    id: 'invalid-ignore',
    severity: 'warning',
    reference: null,
    aiOnly: false,
    description: 'Every x-ropa-lint-ignore entry names a rule, gives a reason, is not past its until date and suppresses something.',
    messages: {
      noRule: {
        message: 'an ignore entry {where} names no rule, so it suppresses nothing',
        help: 'add the id of the rule to exempt from, e.g. `rule: consent-records` (ropa-lint --list-rules lists them), or remove the entry',
      },
      unknownRule: { message: 'an ignore entry {where} names the unknown rule `{rule}`, so it suppresses nothing', help: '{fix}' },
      notIgnorable: {
        message: 'the ignore of `invalid-ignore` {where} has no effect: entries that do not work are always reported',
        help: 'remove this entry and fix the entries invalid-ignore reports; to stop these reports altogether, set `invalid-ignore: off` under `rules:` in .ropa-lint.yaml',
      },
      noReason: {
        message: 'the ignore of `{rule}` {where} has no reason, so the finding is still reported',
        help: 'add `reason: "..."`: why the exemption is justified, shown in every report, e.g. `reason: "proof of consent is kept by the app store (PRIV-42)"`',
      },
      expired: {
        message: 'the ignore of `{rule}` {where} expired on {until}, so the finding is reported again',
        help: 'fix the finding, or renew the exemption with a later `until` and a reason that still holds',
      },
      unused: {
        message: 'the ignore of `{rule}` {where} suppresses nothing: `{rule}` reports nothing about {element}',
        help: 'remove the stale entry; if it was meant for a finding elsewhere, put it on the element that finding is about (a finding on an activity is covered by an ignore on the activity)',
      },
      partial: {
        message: 'the ignore of `{rule}` {where} does not suppress the finding on {finding}: {others} causes it too, with no ignore of `{rule}`',
        help: 'give {others} the same ignore if the reason holds for it too, or put one ignore on {finding} instead',
      },
      misplaced: {
        message: 'the `x-ropa-lint-ignore` under `{path}` of {owner} is not read, so it suppresses nothing',
        help: 'move its entries to {target}: ignores stand on a purpose, an activity, a data category, a data subject or at the top of the file, and cover everything inside that element',
      },
    },
  },
  *check({ document, model, ruleIds, today }) {
    if (!writesIgnores(document)) return;
    for (const { directive, problem } of readIgnores(model, ruleIds, today).problems) {
      const data: Record<string, string> = { where: directive.where, rule: directive.rule, until: directive.until ?? '' };
      if (problem === 'unknownRule') {
        const suggestion = suggestClosest(directive.rule, [...ruleIds]);
        yield { messageId: problem, pointer: `${directive.pointer}/rule`, data: { ...data, fix: suggestion ? `did you mean \`${suggestion}\`?` : 'use a rule id from ropa-lint --list-rules, e.g. `rule: consent-records`' } };
      } else {
        const field = problem === 'noReason' ? 'reason' : problem === 'expired' ? 'until' : 'rule';
        yield { messageId: problem, pointer: `${directive.pointer}/${field}`, data };
      }
    }
    for (const misplaced of misplacedIgnores(model)) {
      const data: Record<string, string> = { path: misplaced.path, owner: misplaced.owner.element, target: misplaced.owner.scope === '' ? 'the top of the file' : misplaced.owner.element };
      yield { messageId: 'misplaced', pointer: misplaced.pointer, target: 'key', data };
    }
  },
});
