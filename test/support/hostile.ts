/**
 * An inventory and a notice written to attack the reports: script tags, event handlers,
 * javascript: links, images, @mentions, autolinks and code fences in ids, descriptions,
 * reasons, notice paths and the file name. Every format must show them as inert text.
 */
import { lintSource } from '../../src/core/engine.js';
import { summarize } from '../../src/core/types.js';
import type { LintReport } from '../../src/core/types.js';
import { rules } from '../../src/rules/index.js';

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

export const hostileInventory = `version: 1
controller:
  name: "<script>window.__pwned = 'controller'</script>"
  contact: "@org/team"
notice: "docs/[x](javascript:window.__pwned=1) <script>window.__pwned='notice'</script> @org/team \`\`\`.md"
processing_activities:
  - id: "<img src=x onerror=\\"window.__pwned = 'activity'\\">"
    name: "@org/team \`\`\` ![pixel](https://evil.example/pixel.png)"
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

/** The hostile inventory linted with every rule, its notice missing, as a report of two files. */
export function hostileReport(): LintReport {
  const files = [
    lintSource(hostileInventory, HOSTILE_FILE, { rules, today: '2026-11-25', notices: new Map() }),
    lintSource('version: 1\ncontroller: {name: Acme, contact: privacy@acme.example}\nnotice: docs/notice.md\nprocessing_activities: []\n', 'clean.ropa.yaml', { rules, notices: new Map([['docs/notice.md', { text: '# Notice\n' }]]) }),
  ];
  return { files, summary: summarize(files) };
}
