/**
 * SPEC §2.1 "One finding per fact": a gap in the record is reported once, by the rule that
 * explains it. A required key that is missing, or a value the schema rejects, is the schema
 * rule's; what the schema accepts but the law still asks for is the rule's with the article, and so
 * is an optional field left empty, blank or only a placeholder (SPEC §2.1 "Not written").
 * Each case takes a record that every rule accepts, breaks one thing in it, lints it with every
 * rule, and asserts that exactly one finding is about that thing, from the rule that owns it.
 *
 * The same fact is often shown at different nodes (the schema at the missing key's parent,
 * record-incomplete at the activity's id), so "about" is read from the finding itself: the
 * element and field its pointer names, and the keys its message names in backticks. No two
 * findings of one run may be about the same field of the same element.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/core/engine.js';
import type { Finding } from '../../src/core/types.js';
import { rules } from '../../src/rules/index.js';
import { COMPLETE_NOTICE_PATH, completeNotice, completeRecord } from '../support/complete-record.js';

/** Every key the inventory format has, so that a backticked word in a message is known to be one. */
const KEYS = (() => {
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties') Object.keys(value as object).forEach((name) => keys.add(name));
        walk(value);
      }
    }
  };
  walk(JSON.parse(readFileSync(new URL('../../schemas/inventory.schema.json', import.meta.url), 'utf8')));
  return keys;
})();

function lint(text: string): Finding[] {
  return lintSource(text, 'ropa.yaml', { rules, today: '2026-11-30', notices: new Map([[COMPLETE_NOTICE_PATH, { text: completeNotice }]]), documents: new Map() }).findings;
}

/** Lists of plain values: an index into one of them names an entry of a field, not an element of the record. */
const VALUE_LISTS = new Set(['data_subjects', 'data_categories', 'recipients', 'security_measures', 'special', 'collected_for', 'criteria']);

function isElementIndex(segments: string[], index: number): boolean {
  return /^\d+$/.test(segments[index]!) && !(index >= 2 && VALUE_LISTS.has(segments[index - 1]!));
}

/**
 * The element a pointer is in (the closest list entry that is a mapping, or the root) and the
 * field it names: `/processing_activities/0/recipients/1` is the field `recipients` of
 * `/processing_activities/0`; a pointer to an element itself names no field.
 */
function elementAndField(pointer: string): { element: string; field: string } {
  const segments = pointer.split('/').slice(1);
  let last = segments.length - 1;
  while (last >= 0 && /^\d+$/.test(segments[last]!) && !isElementIndex(segments, last)) last -= 1;
  if (last >= 0 && isElementIndex(segments, last)) return { element: `/${segments.slice(0, last + 1).join('/')}`, field: '' };
  let elementEnd = last - 1;
  while (elementEnd >= 0 && !isElementIndex(segments, elementEnd)) elementEnd -= 1;
  return { element: elementEnd < 0 ? '' : `/${segments.slice(0, elementEnd + 1).join('/')}`, field: segments[last] ?? '' };
}

/** What a finding is about, as `element field` pairs: its pointer's, and each key its message names (`controller.joint_controllers` from the root). */
function subjectsOf(finding: Finding): Set<string> {
  const own = elementAndField(finding.pointer);
  const subjects = new Set(own.field === '' ? [] : [`${own.element} ${own.field}`]);
  for (const [, code] of finding.message.matchAll(/`([^`]+)`/g)) {
    const path = code!.split(':')[0]!.trim().split('.');
    const key = path.at(-1)!;
    if (!KEYS.has(key)) continue;
    subjects.add(path.length > 1 ? `${elementAndField(`/${path.join('/')}`).element} ${key}` : `${own.element} ${key}`);
  }
  return subjects;
}

/** A finding is about the fact at `pointer` when it points at it or inside it, or names the same field of the same element. */
function isAbout(finding: Finding, pointer: string): boolean {
  if (finding.pointer === pointer || finding.pointer.startsWith(`${pointer}/`)) return true;
  const fact = elementAndField(pointer);
  return subjectsOf(finding).has(`${fact.element} ${fact.field}`);
}

function changed(from: string, to: string, text = completeRecord): string {
  expect(text, `the complete record holds ${JSON.stringify(from)}`).toContain(from);
  return text.replace(from, to);
}

const ACTIVITY = '/processing_activities/0';
const PURPOSE = `${ACTIVITY}/purposes/0`;
const CONSENT_BLOCK = [
  '        lawful_basis: consent',
  '        consent:',
  '          collection: optin',
  '          explicit: true',
  '          granular: true',
  '          required_for_service: false',
  '          given_by: all-participants',
  '          withdrawal: in-product',
  '          records: consent-service',
  '',
].join('\n');

interface Case {
  name: string;
  text: () => string;
  /** The pointer of the field the case breaks. */
  fact: string;
  /** The rule that reports it. */
  by: string;
}

const cases: Case[] = [
  { name: 'an activity without data_subjects (a required key)', text: () => changed('    data_subjects: [workspace-members]\n', ''), fact: `${ACTIVITY}/data_subjects`, by: 'schema' },
  { name: 'an activity without data_categories (a required key)', text: () => changed('    data_categories: [chat-messages]\n', ''), fact: `${ACTIVITY}/data_categories`, by: 'schema' },
  { name: 'an activity whose data_subjects list is empty', text: () => changed('data_subjects: [workspace-members]', 'data_subjects: []'), fact: `${ACTIVITY}/data_subjects`, by: 'record-incomplete' },
  { name: 'a data subject written as a placeholder that is not an id', text: () => changed('data_subjects: [workspace-members]', 'data_subjects: [TBD]'), fact: `${ACTIVITY}/data_subjects`, by: 'schema' },
  { name: 'a data subject written as a placeholder in the form of an id', text: () => changed('data_subjects: [workspace-members]', 'data_subjects: [tbd]'), fact: `${ACTIVITY}/data_subjects`, by: 'record-incomplete' },
  { name: 'an activity without recipients', text: () => changed('    recipients: []\n', ''), fact: `${ACTIVITY}/recipients`, by: 'record-incomplete' },
  { name: 'recipients left empty (null)', text: () => changed('recipients: []', 'recipients:'), fact: `${ACTIVITY}/recipients`, by: 'record-incomplete' },
  { name: 'recipients that only hold a place', text: () => changed('recipients: []', 'recipients: [TBD]'), fact: `${ACTIVITY}/recipients`, by: 'record-incomplete' },
  { name: 'a recipient that is an empty text', text: () => changed('recipients: []', "recipients: ['']"), fact: `${ACTIVITY}/recipients`, by: 'schema' },
  { name: 'transfers written as a word, not a list', text: () => changed('transfers: []', 'transfers: none'), fact: `${ACTIVITY}/transfers`, by: 'schema' },
  { name: 'an empty list of security measures', text: () => changed('security_measures: [encryption-in-transit, encryption-at-rest, access-control]', 'security_measures: []'), fact: `${ACTIVITY}/security_measures`, by: 'record-incomplete' },
  { name: 'a controller without contact', text: () => changed('  contact: privacy@acme.example\n', ''), fact: '/controller/contact', by: 'record-incomplete' },
  { name: 'a contact that is an empty text', text: () => changed('contact: privacy@acme.example', "contact: ''"), fact: '/controller/contact', by: 'record-incomplete' },
  { name: 'a contact that only holds a place', text: () => changed('contact: privacy@acme.example', 'contact: TBD'), fact: '/controller/contact', by: 'record-incomplete' },
  { name: 'a controller written as a plain name', text: () => changed('controller:\n  name: Acme Chat Ltd\n  contact: privacy@acme.example\n', 'controller: Acme Chat Ltd\n'), fact: '/controller', by: 'schema' },
  { name: 'a transfer without a country', text: () => changed('transfers: []', 'transfers: [{mechanism: scc}]'), fact: `${ACTIVITY}/transfers/0/country`, by: 'record-incomplete' },
  { name: 'a transfer whose country only holds a place', text: () => changed('transfers: []', 'transfers: [{country: TBD, mechanism: scc}]'), fact: `${ACTIVITY}/transfers/0/country`, by: 'record-incomplete' },
  { name: 'a transfer whose country is not a two-letter code', text: () => changed('transfers: []', 'transfers: [{country: USA, mechanism: scc}]'), fact: `${ACTIVITY}/transfers/0/country`, by: 'schema' },
  { name: 'a transfer mechanism outside the list of mechanisms', text: () => changed('transfers: []', 'transfers: [{country: US, mechanism: SCC}]'), fact: `${ACTIVITY}/transfers/0/mechanism`, by: 'schema' },
  { name: 'a transfer with mechanism none', text: () => changed('transfers: []', 'transfers: [{country: US, mechanism: none}]'), fact: `${ACTIVITY}/transfers/0/mechanism`, by: 'transfer-mechanism' },
  { name: 'an activity without role (a required key)', text: () => changed('    role: controller\n', ''), fact: `${ACTIVITY}/role`, by: 'schema' },
  { name: 'a role left empty (null): a required field, reported once', text: () => changed('role: controller', 'role:'), fact: `${ACTIVITY}/role`, by: 'schema' },
  { name: 'a role written with a capital', text: () => changed('role: controller', 'role: Processor'), fact: `${ACTIVITY}/role`, by: 'schema' },
  {
    name: 'a joint-controller activity whose joint controllers are left empty (null)',
    text: () => changed('role: controller', 'role: joint-controller', changed('  contact: privacy@acme.example\n', '  contact: privacy@acme.example\n  joint_controllers:\n')),
    fact: '/controller/joint_controllers',
    by: 'record-incomplete',
  },
  {
    name: 'a processor activity whose on_behalf_of list is empty',
    text: () => changed('    role: controller\n', '    role: processor\n    on_behalf_of: []\n'),
    fact: `${ACTIVITY}/on_behalf_of`,
    by: 'record-incomplete',
  },
  {
    name: 'a processor activity whose on_behalf_of is left empty (null)',
    text: () => changed('    role: controller\n', '    role: processor\n    on_behalf_of:\n'),
    fact: `${ACTIVITY}/on_behalf_of`,
    by: 'record-incomplete',
  },
  {
    name: 'an activity without purposes (a required key)',
    text: () => changed('    purposes:\n      - id: deliver-messages\n        description: Store and deliver the messages members send each other.\n        ai_training: false\n        lawful_basis: contract\n', ''),
    fact: `${ACTIVITY}/purposes`,
    by: 'schema',
  },
  { name: 'a purpose without description (a required key)', text: () => changed('        description: Store and deliver the messages members send each other.\n', ''), fact: `${PURPOSE}/description`, by: 'schema' },
  { name: 'a lawful basis outside the list of bases', text: () => changed('lawful_basis: contract', 'lawful_basis: contrakt'), fact: `${PURPOSE}/lawful_basis`, by: 'schema' },
  { name: 'a purpose without lawful basis', text: () => changed('        lawful_basis: contract\n', ''), fact: `${PURPOSE}/lawful_basis`, by: 'lawful-basis-missing' },
  { name: 'a lawful basis left empty (null)', text: () => changed('lawful_basis: contract', 'lawful_basis:'), fact: `${PURPOSE}/lawful_basis`, by: 'lawful-basis-missing' },
  { name: 'a lawful basis that only holds a place', text: () => changed('lawful_basis: contract', 'lawful_basis: TBD'), fact: `${PURPOSE}/lawful_basis`, by: 'lawful-basis-missing' },
  { name: 'a consent block left empty (null)', text: () => changed('        lawful_basis: contract\n', '        lawful_basis: consent\n        consent:\n'), fact: `${PURPOSE}/consent`, by: 'consent-details-missing' },
  { name: 'a retention that is an empty text', text: () => changed('retention: P90D', "retention: ''"), fact: `${ACTIVITY}/retention`, by: 'retention-missing' },
  { name: 'a category left empty (null)', text: () => changed('    source: communications-content\n', '    source:\n'), fact: '/data_categories/0/source', by: 'schema' },
  // Read as absent, a placeholder where true or false belongs would pass as false: it stays text of the wrong type.
  { name: 'a placeholder where true or false belongs', text: () => changed('children: false', 'children: TBD'), fact: '/data_subjects/0/children', by: 'schema' },
  {
    name: 'an objection route left empty (null)',
    text: () => changed('        lawful_basis: contract\n', '        lawful_basis: legitimate-interests\n        legitimate_interests:\n          interest: Keep messages flowing\n          assessment: LIA-2026-03\n          objection:\n'),
    fact: `${PURPOSE}/legitimate_interests/objection`,
    by: 'right-to-object',
  },
  { name: 'a transfer mechanism that only holds a place', text: () => changed('transfers: []', 'transfers: [{country: US, mechanism: TBD}]'), fact: `${ACTIVITY}/transfers/0/mechanism`, by: 'transfer-mechanism' },
  { name: 'a consent collection outside the list of ways', text: () => changed('        lawful_basis: contract\n', CONSENT_BLOCK), fact: `${PURPOSE}/consent/collection`, by: 'schema' },
  { name: 'a data source outside the list of sources', text: () => changed('source: communications-content', 'source: chat'), fact: '/data_categories/0/source', by: 'schema' },
  {
    name: 'a processor whose contract is written as yes',
    text: () => changed('    transfers: []\n', "    transfers: []\n    processors:\n      - {name: Mail Relay GmbH, dpa: 'yes', country: DE}\n"),
    fact: `${ACTIVITY}/processors/0/dpa`,
    by: 'schema',
  },
  {
    name: 'a processor whose contract is left empty (null)',
    text: () => changed('    transfers: []\n', '    transfers: []\n    processors:\n      - name: Mail Relay GmbH\n        dpa:\n        country: DE\n'),
    fact: `${ACTIVITY}/processors/0/dpa`,
    by: 'processor-dpa',
  },
];

describe('one finding per fact', () => {
  it('the complete record has no finding under any rule', () => {
    expect(lint(completeRecord).map((finding) => `${finding.ruleId} ${finding.line}:${finding.column} ${finding.message}`)).toEqual([]);
  });

  it.each(cases)('$name: one finding, from $by', ({ text, fact, by }) => {
    const findings = lint(text());
    const about = findings.filter((finding) => isAbout(finding, fact));
    expect(about.map((finding) => `${finding.ruleId} ${finding.line}:${finding.column} ${finding.message}`)).toHaveLength(1);
    expect(about[0]!.ruleId).toBe(by);

    const bySubject = new Map<string, Finding>();
    for (const finding of findings) {
      for (const subject of subjectsOf(finding)) {
        const other = bySubject.get(subject);
        expect(other, `${finding.ruleId} and ${other?.ruleId} both speak of ${subject}`).toBeUndefined();
        bySubject.set(subject, finding);
      }
    }
  });
});
