// Generates a realistic inventory with a given number of purposes, deterministically (seeded),
// for the benchmark: many activities of 4 to 16 purposes, a mix of compliant and faulty
// purposes (about one in five is written faulty; with the documents it names missing and a
// notice of one paragraph, the rules of SPEC v2 find 1.8 findings per purpose: 17,692 at
// 10,000), a few shared templates used through anchors, aliases and merge keys (one alias for
// about ten purposes), comments, quoted and block scalars, and a notice. About 11 lines and 340
// bytes per purpose, like the file measured in issues 9 and 17.

/** A small deterministic PRNG (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOURCES = ['provided-by-subject', 'observed', 'inferred', 'communications-content', 'terminal-equipment', 'third-party', 'public'];
const BASES = ['contract', 'consent', 'legitimate-interests', 'legal-obligation', 'consent', 'contract'];
const VERBS = ['Provide', 'Measure', 'Improve', 'Secure', 'Bill', 'Support', 'Personalise', 'Audit'];
const OBJECTS = ['accounts', 'search results', 'message delivery', 'fraud signals', 'invoices', 'recommendations', 'the help centre', 'usage reports'];

/**
 * @param {number} purposes how many purposes to write
 * @param {number} [seed]
 * @returns {string} the YAML text
 */
export function generateInventory(purposes, seed = 20_240_601) {
  const next = random(seed + purposes);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const activityCount = Math.max(1, Math.round(purposes / 10));
  const categoryCount = Math.max(8, Math.round(activityCount / 4));
  const subjectCount = Math.max(4, Math.round(activityCount / 20));
  const out = [];
  const line = (text) => out.push(text);

  line('# yaml-language-server: $schema=../schemas/inventory.schema.json');
  line(`# Generated benchmark inventory: ${purposes} purposes in ${activityCount} activities.`);
  line('version: 1');
  line('controller:');
  line('  name: "Bench Corp International S.A."');
  line('  contact: privacy@bench.example');
  line('  dpo: dpo@bench.example');
  line('notice: docs/privacy-notice.md');
  line('');
  line('x-defaults:');
  line('  consent: &valid-consent');
  line('    collection: opt-in');
  line('    explicit: true');
  line('    granular: true');
  line('    required_for_service: false');
  line('    given_by: all-participants');
  line('    withdrawal: in-product');
  line('    records: consent-service');
  line('  processors: &eu-processors');
  line('    - name: EuroHost GmbH');
  line('      dpa: true');
  line('      country: DE');
  line('  security: &baseline-security [encryption-at-rest, encryption-in-transit, access-control]');
  line('');
  line('data_subjects:');
  for (let index = 0; index < subjectCount; index += 1) {
    line(`  - id: subject-${index}`);
    line(`    name: 'Data subjects of group ${index}'`);
    line(`    children: ${index % 7 === 3 ? 'true' : 'false'}`);
  }
  line('');
  line('data_categories:');
  for (let index = 0; index < categoryCount; index += 1) {
    line(`  - id: category-${index}`);
    line(`    name: Data category number ${index} (names, events and files)`);
    line(`    source: ${SOURCES[index % SOURCES.length]}`);
    line(`    special: ${index % 11 === 5 ? '[health]' : '[]'}`);
    line('    criminal: false');
    line(`    collected_for: [purpose-${index * 3}]`);
  }
  line('');
  line('processing_activities:');
  let written = 0;
  for (let activity = 0; written < purposes; activity += 1) {
    const size = Math.min(purposes - written, 4 + Math.floor(next() * 13));
    const categories = [`category-${activity % categoryCount}`, `category-${(activity * 7 + 3) % categoryCount}`];
    line(`  - id: activity-${activity}`);
    line(`    name: Processing activity ${activity}`);
    if (activity % 3 === 0) {
      line('    description: >-');
      line(`      Activity ${activity} keeps the service running for customers,`);
      line('      and its purposes are listed below.');
    } else {
      line(`    description: Activity ${activity} of the benchmark inventory.`);
    }
    line(`    role: ${activity % 17 === 4 ? 'processor' : 'controller'}`);
    line(`    data_subjects: [subject-${activity % subjectCount}]`);
    line(`    data_categories: [${categories.join(', ')}]`);
    line('    purposes:');
    for (let index = 0; index < size; index += 1, written += 1) {
      const id = written;
      const faulty = next() < 0.2;
      const ai = next() < 0.3;
      const basis = pick(BASES);
      line(`      - id: purpose-${id}${faulty && next() < 0.1 ? '-Bad_Id' : ''}`);
      line(`        description: ${pick(VERBS)} ${pick(OBJECTS)} for activity ${activity}.`);
      line(`        ai_training: ${ai ? 'true' : 'false'}${faulty && next() < 0.2 ? '   # should be checked' : ''}`);
      if (faulty && next() < 0.3) {
        line(`        lawfull_basis: ${basis}`);
      } else {
        line(`        lawful_basis: ${faulty && next() < 0.3 ? 'contract' : basis}`);
      }
      if (basis === 'consent' || (ai && !faulty)) {
        if (faulty) {
          line('        consent:');
          line(`          collection: ${pick(['opt-out', 'pre-ticked', 'terms-acceptance', 'optin'])}`);
          line('          granular: false');
          line('          required_for_service: true');
          line('          given_by: account-admin');
          line('          withdrawal: "support-request"');
        } else {
          // Most consent blocks are written out; some reuse the template by alias or merge key.
          const reuse = next();
          if (reuse < 0.08) {
            line('        consent: *valid-consent');
          } else if (reuse < 0.15) {
            line('        consent:');
            line('          <<: *valid-consent');
            line(`          records: consent-log-${activity}`);
          } else {
            line('        consent:');
            line('          collection: opt-in');
            line(`          explicit: ${next() < 0.5 ? 'true' : 'false'}`);
            line('          granular: true');
            line('          required_for_service: false');
            line(`          given_by: ${pick(['data-subject', 'all-participants'])}`);
            line('          withdrawal: in-product');
            line(`          records: consent-log-${activity}`);
          }
        }
      }
      if (basis === 'legitimate-interests') {
        line('        legitimate_interests:');
        line('          interest: Keep the service safe and useful.');
        if (!faulty) line(`          assessment: docs/lia/purpose-${id}.md`);
        line(`          objection: ${faulty ? 'none' : 'in-product'}`);
        line(`          objection_before_processing: ${faulty ? 'false' : 'true'}`);
      }
      if (ai) line(`        compatibility_assessment: ${faulty ? 'null' : `docs/compat/purpose-${id}.md`}`);
    }
    line(`    recipients: [recipient-${activity % 5}]`);
    if (activity % 10 === 0) {
      line('    processors: *eu-processors');
    } else {
      line('    processors:');
      line(`      - name: "Processor ${activity % 23} Ltd"`);
      line('        dpa: true');
      line(`        country: ${pick(['DE', 'FR', 'IE', 'US', 'NL'])}`);
    }
    if (activity % 7 === 3) {
      line('    transfers:');
      line('      - country: US');
      line(`        mechanism: ${activity % 2 === 0 ? 'scc' : 'adequacy'}`);
    } else {
      line('    transfers: []');
    }
    line(`    retention: ${activity % 4 === 0 ? "'P2Y'" : 'P90D'}`);
    line(`    security_measures: ${activity % 5 === 0 ? '*baseline-security' : '[encryption-at-rest, access-control]'}`);
    line('    dpia:');
    line(`      status: ${activity % 9 === 0 ? 'missing' : 'completed'}`);
    line('    automated_decision_making: false');
  }
  return `${out.join('\n')}\n`;
}
