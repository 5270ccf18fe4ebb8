import { describeLocation, isMalformed, isStated, misspeltKey, type PurposeView } from '../core/inventory.js';
import { joinPointer } from '../core/pointer.js';
import { defineRule, type Report } from '../core/rule.js';
import { trainingPhrase } from '../language/training-statement.js';

export { trainingPhrase };

/**
 * A purpose's own words: its description, then its id read as words. The id is not free text
 * (SPEC §2.1 reads descriptions), but it is the name people chose for the purpose, and an id
 * such as `retrain-ranker` says what it does as plainly as a sentence.
 */
function ownPhrase(purpose: PurposeView): { phrase: string; field: 'description' | 'id' } | undefined {
  const { id, description } = purpose.value;
  const said = typeof description === 'string' && isStated(description) ? trainingPhrase(description) : undefined;
  if (said !== undefined) return { phrase: said, field: 'description' };
  const named = typeof id === 'string' ? trainingPhrase(id) : undefined;
  return named === undefined ? undefined : { phrase: named, field: 'id' };
}

/**
 * The purpose's mark cannot be read: `ai_training` written as something other than true or false
 * (`yes`, `"true"`), or under a misspelt key (`ai_trainig: true`). That is the schema rule's
 * finding ("write true or false", "did you mean `ai_training`?"); the user may well have meant
 * true, so "is not marked `ai_training: true`" would contradict them.
 */
function markUnreadable(purpose: PurposeView): boolean {
  return isMalformed(purpose.value.ai_training, 'boolean') || misspeltKey(purpose.value, 'ai_training', 'purpose') !== undefined;
}

/** Where to point: the `ai_training` value that is wrong, else the words that say it, else the purpose (its id). */
function pointerOf(purpose: PurposeView, field: 'description' | 'id' | undefined): string {
  if (Object.prototype.hasOwnProperty.call(purpose.value, 'ai_training')) return joinPointer(purpose.pointer, 'ai_training');
  return field === undefined ? purpose.pointer : joinPointer(purpose.pointer, field);
}

export default defineRule({
  meta: {
    id: 'ai-training-undeclared',
    severity: 'warning',
    reference: 'Art. 5(1)(a)',
    aiOnly: false,
    description: 'A purpose whose text says its data trains, fine-tunes, improves or evaluates a model is marked ai_training: true.',
    messages: {
      undeclared: {
        message: '{purpose} says "{phrase}" but is not marked `ai_training: true`, so the AI-training checks skip it',
        help: 'set `ai_training: true` if this purpose trains, fine-tunes or evaluates a model; if it only uses a model, or trains people, reword the description to say so (e.g. "answer questions with the existing model")',
      },
      undeclaredByActivity: {
        message: '{purpose} is not marked `ai_training: true`, but its {activity} says "{phrase}" and no purpose of it is marked as training',
        help: 'mark the purpose that trains the model with `ai_training: true` (add one if the training is a purpose of its own); if no data of this activity trains a model, reword the activity\'s description',
      },
    },
  },
  *check({ model }): Generator<Report<'undeclared' | 'undeclaredByActivity'>> {
    for (const activity of model.activities) {
      // SPEC §2.1: the activity's description speaks for its purposes only when none of them is
      // marked as training; a mark that cannot be read may be the one that says so.
      const { description } = activity.value;
      const marked = activity.purposes.some((purpose) => purpose.value.ai_training === true || markUnreadable(purpose));
      const activityPhrase = marked || typeof description !== 'string' || !isStated(description) ? undefined : trainingPhrase(description);
      for (const purpose of activity.purposes) {
        if (purpose.value.ai_training === true || markUnreadable(purpose)) continue;
        const own = ownPhrase(purpose);
        // Each purpose is described only when reported: the walk down its pointer cost as much as reading it.
        if (own !== undefined) {
          yield { messageId: 'undeclared', pointer: pointerOf(purpose, own.field), data: { purpose: describeLocation(model.root, purpose.pointer), phrase: own.phrase } };
        } else if (activityPhrase !== undefined) {
          const data = { purpose: describeLocation(model.root, purpose.pointer), activity: describeLocation(model.root, activity.pointer), phrase: activityPhrase };
          yield { messageId: 'undeclaredByActivity', pointer: pointerOf(purpose, undefined), data };
        }
      }
    }
  },
});
