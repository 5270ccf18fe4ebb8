/** Records for the baseline tests, generated so that the number of findings is known. */
import type { Finding } from '../../src/core/types.js';

/**
 * A record with one activity and `training` AI-training purposes that name no lawful basis and no
 * consent. Each such purpose has three findings (lawful-basis-missing, consent-details-missing,
 * eprivacy-communications-consent) and the record three more (notice-missing, dpia-required,
 * record-incomplete): 3 + 3 × 19 = 60 findings. `extra` is appended to the purposes.
 */
export function record(training: number, extra = '', prefix = 'train'): string {
  const lines = [
    'version: 1',
    'controller:',
    '  name: Web Ltd',
    '  contact: privacy@example.test',
    'data_subjects:',
    '  - id: users',
    '    name: Users',
    'data_categories:',
    '  - id: messages',
    '    name: Messages',
    '    source: communications-content',
    'processing_activities:',
    '  - id: web-chat',
    '    name: Chat',
    '    role: controller',
    '    data_subjects: [users]',
    '    data_categories: [messages]',
    '    retention: P1Y',
    '    purposes:',
  ];
  for (let index = 0; index < training; index += 1) lines.push(`      - id: ${prefix}-${index}`, `        description: Train a model on chats (${index}).`, '        ai_training: true');
  return `${lines.join('\n')}\n${extra}`;
}

/** A purpose on legitimate interests without an assessment or a right to object: exactly two findings. */
export const ANALYTICS = ['      - id: analytics', '        description: Measure how the chat is used.', '        ai_training: false', '        lawful_basis: legitimate-interests', ''].join('\n');

/** A finding as the engine makes it, for the pure functions. */
export function finding(ruleId: string, file: string, stablePath: string, line = 1): Finding {
  return {
    ruleId,
    severity: 'error',
    message: `${ruleId} at ${stablePath}`,
    reference: null,
    help: 'Fix it.',
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    pointer: stablePath,
    stablePath,
    docsUrl: `https://example.test/${ruleId}`,
  };
}
