/**
 * A small record that every rule accepts: what the tests that want "no findings" lint, so that
 * a clean report means the formatter or the CLI said so, not that the record was too thin to
 * check. test/core/one-finding-per-fact.test.ts lints it with every rule and fails when a rule
 * starts asking it for more.
 */
import { yaml } from './dedent.js';

export const COMPLETE_NOTICE_PATH = 'docs/privacy-notice.md';

export const completeNotice = `# Privacy notice

Acme Chat stores the messages you send and delivers them to the members of your workspace
(deliver-messages), because that is the service you signed up for. Messages are kept for 90 days.
Nothing you write is used to train models.
`;

export const completeRecord = yaml`
  version: 1
  controller:
    name: Acme Chat Ltd
    contact: privacy@acme.example
  notice: ${COMPLETE_NOTICE_PATH}
  data_subjects:
    - id: workspace-members
      name: Members of customer workspaces
      children: false
  data_categories:
    - id: chat-messages
      name: Messages, files and reactions
      source: communications-content
      special: []
      criminal: false
      collected_for: [deliver-messages]
  processing_activities:
    - id: message-delivery
      name: Message delivery
      description: Store messages and deliver them to the members of a workspace.
      role: controller
      data_subjects: [workspace-members]
      data_categories: [chat-messages]
      purposes:
        - id: deliver-messages
          description: Store and deliver the messages members send each other.
          ai_training: false
          lawful_basis: contract
      recipients: []
      transfers: []
      retention: P90D
      security_measures: [encryption-in-transit, encryption-at-rest, access-control]
      dpia:
        status: not-required
      automated_decision_making: false
`;
