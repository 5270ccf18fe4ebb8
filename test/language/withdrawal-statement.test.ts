/**
 * The withdrawal-statement reader: text that tells people they can withdraw consent, opt out or
 * object (SPEC §3, notice-withdrawal), and text that does not, or says they cannot.
 */
import { describe, expect, it } from 'vitest';
import { withdrawalPhrase, withdrawalStatements } from '../../src/language/withdrawal-statement.js';

const tells: string[] = [
  'You can withdraw your consent at any time under Settings → Privacy.',
  'Withdrawal is possible in Settings.',
  'Revoke your consent in the app.',
  'To opt out, e-mail us.',
  'Opt-out link',
  'You have the right to object.',
  'You may object to this processing.',
  'Send us your objection.',
  'Turn smart replies off in Settings.',
  'Unsubscribe from each e-mail.',
  'If you opt out, we stop using your conversations for training.',
  'Withdrawing your consent does not affect the lawfulness of processing before withdrawal.',
  'You do not need to give a reason to withdraw your consent.',
  'How do I opt out? Go to Settings and switch off smart replies.',
  'To opt out, the workspace owner must contact our customer experience team by e-mail.',
  'You may also object to processing and contact our data protection officer.',
  'You can stop smart replies and withdraw your consent at any time.',
  'Where we rely on legitimate interests, you can object at any time.',
  'Each marketing e-mail has an unsubscribe link.',
  'Can I opt out? Yes, in Settings.',
  'If you do not opt out, your recordings help improve the model.',
  'Switch the training toggle off to stop sharing your chats.',
  'You can revoke this permission from your account page.',
  'Objections can be sent to dpo@acme.example.',
  'Participants may withdraw from the study at any time without giving a reason.',
];

/** The same words, denied ("you cannot opt out") or asked and answered "no". */
const denies: string[] = [
  'You cannot opt out of essential processing.',
  'There is no opt-out.',
  'Opting out is not possible.',
  'Consent cannot be withdrawn once the model is trained.',
  'You can\'t object to this processing.',
  'Can I opt out? No.',
  'Withdrawal of consent is not available for this feature.',
  'There is no way to withdraw consent once given.',
  'We do not offer an opt-out for model training.',
  'No objection is possible.',
];

/** Objects, API keys, turning things on: not a way out. */
const other: string[] = [
  'We store objects in buckets.',
  'Revoke API keys you no longer use.',
  'Turn on smart replies.',
  'We ask for your consent.',
  'An object to be stored.',
  'We scan stored objects and attachments for spam, and an object that looks harmful is quarantined.',
  'Consent is given by the workspace admin.',
  'The object of this notice is to explain our processing.',
  'Turn your notifications on to get reply suggestions.',
  'Your consent is required to use smart replies.',
];

describe('withdrawalPhrase', () => {
  it.each(tells)('tells: %s', (sentence) => {
    expect(withdrawalPhrase(sentence)).toBeDefined();
  });

  it.each(denies)('denies: %s', (sentence) => {
    const polarities = withdrawalStatements(sentence).map((statement) => statement.polarity);
    expect(polarities.length).toBeGreaterThan(0);
    expect(polarities).not.toContain('stated');
    expect(withdrawalPhrase(sentence)).toBeUndefined();
  });

  it.each(other)('says nothing of it: %s', (sentence) => {
    expect(withdrawalStatements(sentence)).toEqual([]);
  });

  it('quotes the phrase as written', () => {
    expect(withdrawalPhrase('You can Withdraw your consent at any time.')).toBe('Withdraw your consent');
    expect(withdrawalPhrase('Use the opt-out link.')).toBe('opt-out');
    expect(withdrawalPhrase('Turn smart replies off.')).toBe('Turn smart replies off');
  });

  it('stays fast on long input', () => {
    const started = performance.now();
    withdrawalStatements('you cannot opt out unless you revoke '.repeat(30_000));
    withdrawalStatements('turn '.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
