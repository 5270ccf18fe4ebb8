/**
 * An inventory and a notice written to attack the reports: script tags, event handlers,
 * javascript: links, images, @mentions, autolinks and code fences in ids, descriptions,
 * reasons, notice paths and the file name. Every format must show them as inert text.
 */
import { lintSource } from '../../src/core/engine.js';
import { summarize } from '../../src/core/types.js';
import type { LintReport } from '../../src/core/types.js';
import { rules } from '../../src/rules/index.js';
import { COMPLETE_NOTICE_PATH, completeNotice, completeRecord } from './complete-record.js';

export const HOSTILE_STRINGS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '[click me](javascript:window.__pwned=1)',
  '![pixel](https://evil.example/pixel.png)',
  '@org/team',
  '```',
  'https://evil.example/',
];

export const HOSTILE_FILE = 'evil/<img src=x onerror=alert(1)>[x](javascript:alert(1)).ropa.yaml';

/** The notice path: it is found, and read, so that the notice rules quote it in their messages. */
export const HOSTILE_NOTICE = "docs/[x](javascript:window.__pwned=1) <script>window.__pwned='notice'</script> @org/team \`\`\`.md";

export const hostileInventory = `version: 1
controller:
  name: "<script>window.__pwned = 'controller'</script>"
  contact: "@org/team"
notice: "${HOSTILE_NOTICE}"
data_subjects:
  - id: account-holders
    name: Account holders
data_categories:
  - id: uploads
    name: Files users upload
    source: provided-by-subject
processing_activities:
  - id: "<img src=x onerror=\\"window.__pwned = 'activity'\\">"
    name: "@org/team \`\`\` ![pixel](https://evil.example/pixel.png)"
    role: controller
    data_subjects: [account-holders]
    data_categories: [uploads]
    purposes:
      - id: "<script>window.__pwned = 'purpose'</script>"
        description: "[click me](javascript:window.__pwned=1) @org/team \`\`\` https://evil.example/ <img src=x onerror=\\"window.__pwned = 'description'\\">"
        ai_training: true
        lawful_basis: consent
        x-ropa-lint-ignore:
          - rule: consent-details-missing
            reason: "<script>window.__pwned = 'reason'</script> [x](javascript:window.__pwned=1) @org/team \`\`\` www.evil.example"
      - id: "\`\`\`"
        description: "Train a model. \`\`\`js"
        ai_training: true
        lawful_basis: contract
`;

/**
 * The hostile inventory linted with every rule, as a report of two files. Its notice is found but
 * silent about training and withdrawal, so that the notice rules quote the hostile path; the
 * second file is a complete record with no findings.
 */
export function hostileReport(): LintReport {
  const files = [
    lintSource(hostileInventory, HOSTILE_FILE, { rules, today: '2026-11-25', notices: new Map([[HOSTILE_NOTICE, { text: '# Privacy notice\n\nWe store the files you upload and show them to you.\n' }]]) }),
    lintSource(completeRecord, 'clean.ropa.yaml', { rules, notices: new Map([[COMPLETE_NOTICE_PATH, { text: completeNotice }]]) }),
  ];
  return { files, summary: summarize(files) };
}
