import { describe, expect, it } from 'vitest';
import { classifyDocumentValue, type DocumentProvider } from '../../src/core/document.js';
import { lintSource } from '../../src/core/engine.js';
import rule from '../../src/rules/document-missing.js';
import { yaml } from '../support/dedent.js';
import { runRule, ruleTester } from '../support/rule-tester.js';

/** A record that names a document in each of the seven fields SPEC §2.1 lists, one per line. */
const EVERY_FIELD = yaml`
  version: 1
  controller:
    name: Acme Chat Ltd
    joint_controllers:
      - name: Partner Analytics SA
        arrangement: docs/contracts/partner-arrangement.md
  data_categories:
    - id: usage-aggregates
      name: Aggregated usage
      source: inferred
      anonymised: true
      anonymisation_assessment: docs/anonymisation/usage.md
  processing_activities:
    - id: smart-replies
      name: Smart replies
      purposes:
        - id: train-reply-model
          lawful_basis: legitimate-interests
          legitimate_interests:
            assessment: docs/lia/replies.md
          compatibility_assessment: docs/compatibility/replies.md
      processors:
        - name: GPU Cloud Inc
          dpa_reference: docs/contracts/gpu-cloud-dpa.pdf
      transfers:
        - country: US
          mechanism: scc
          safeguard_reference: docs/transfers/us-scc.pdf
      dpia:
        status: completed
        reference: docs/dpia/replies.md
`;

const EVERY_DOCUMENT = [
  'docs/contracts/partner-arrangement.md',
  'docs/anonymisation/usage.md',
  'docs/lia/replies.md',
  'docs/compatibility/replies.md',
  'docs/contracts/gpu-cloud-dpa.pdf',
  'docs/transfers/us-scc.pdf',
  'docs/dpia/replies.md',
];

/** Every document of EVERY_FIELD exists but this one. */
const allBut = (missing: string): string[] => EVERY_DOCUMENT.filter((path) => path !== missing);

/** A DPIA reference written as given, in an otherwise complete activity. */
const dpiaReference = (reference: string): string => yaml`
  version: 1
  controller: {name: Acme Chat Ltd}
  processing_activities:
    - id: smart-replies
      name: Smart replies
      purposes:
        - {id: suggest-replies, lawful_basis: contract}
      dpia:
        status: completed
        reference: ${reference}
`;

ruleTester(rule, {
  valid: [
    {
      name: 'every one of the seven fields names a document that exists',
      yaml: EVERY_FIELD,
      documents: EVERY_DOCUMENT,
    },
    {
      name: 'documents that were not looked for (the engine without a file system) are not reported',
      yaml: EVERY_FIELD,
    },
    ...[
      'https://trust.gpucloud.example/dpa.pdf',
      'http://intranet.acme.example/dpia/replies',
      'www.acme.example/legal/dpia.md',
      'trust.gpucloud.com/dpa',
      'sharepoint:Legal/DPIA/replies.docx',
      'mailto:legal@acme.example',
    ].map((reference) => ({ name: `a URL is not checked: ${reference}`, yaml: dpiaReference(reference), documents: [] })),
    ...['DPIA-2024-17', 'LIA 7', 'acme.com', 'v2.1', '2021/914', 'C-311/18', 'Commission Implementing Decision (EU) 2021/914, module 2', 'signed with the customer on 2024-03-01'].map((reference) => ({
      name: `an identifier, a number or a sentence is not a path: ${reference}`,
      yaml: dpiaReference(JSON.stringify(reference)),
      documents: [],
    })),
    ...['TODO', 'TBD', '?', '-', '[CONFIRM with legal]', '[NEEDS review]', 'n/a', 'N/A', 'TODO: link docs/dpia/replies.md once signed'].map((reference) => ({
      name: `a placeholder is not a path: ${reference}`,
      yaml: dpiaReference(JSON.stringify(reference)),
      documents: [],
    })),
    {
      name: 'null, blank and values of another type are not paths (the schema rule judges types)',
      yaml: yaml`
        version: 1
        controller:
          name: Acme Chat Ltd
          joint_controllers:
            - {name: Partner Analytics SA, arrangement: null}
        data_categories:
          - {id: usage, name: Usage, source: inferred, anonymised: true, anonymisation_assessment: ''}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes:
              - id: train-reply-model
                lawful_basis: legitimate-interests
                legitimate_interests: {assessment: [docs/lia/a.md, docs/lia/b.md]}
                compatibility_assessment: 42
            processors:
              - {name: GPU Cloud Inc, dpa_reference: true}
            dpia: {status: completed, reference: {file: docs/dpia/replies.md}}
      `,
      documents: [],
    },
    {
      name: 'fields that do not name a document are not checked, whatever they hold',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        notice: docs/privacy-notice.md
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes:
              - id: keep-invoices
                lawful_basis: legal-obligation
                legal_basis_reference: contracts/retention-law.md
                consent: {collection: opt-in, records: docs/consent/log.csv}
      `,
      documents: [],
    },
    {
      name: 'the path is looked up as written (trimmed), with its own spelling: a backslash path that exists',
      yaml: dpiaReference('docs\\dpia\\replies.md'),
      documents: ['docs\\dpia\\replies.md'],
    },
    {
      name: 'a folder that exists counts as the document (a DPIA kept as several files)',
      yaml: dpiaReference('docs/dpia/smart-replies/'),
      documents: ['docs/dpia/smart-replies/'],
    },
  ],
  invalid: [
    {
      name: 'controller.joint_controllers[].arrangement: the Art. 26 arrangement is missing',
      yaml: EVERY_FIELD,
      documents: allBut('docs/contracts/partner-arrangement.md'),
      errors: [
        {
          messageId: 'missing',
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 57,
          severity: 'warning',
          messageIncludes: ['the Art. 26 arrangement `docs/contracts/partner-arrangement.md` that joint controller `Partner Analytics SA` names in `arrangement` does not exist', 'looked up from `./`'],
        },
      ],
    },
    {
      name: 'anonymisation_assessment: the assessment is missing',
      yaml: EVERY_FIELD,
      documents: allBut('docs/anonymisation/usage.md'),
      errors: [{ messageId: 'missing', line: 12, column: 31, messageIncludes: ['the anonymisation assessment `docs/anonymisation/usage.md` that data category `usage-aggregates` names in `anonymisation_assessment`'] }],
    },
    {
      name: 'legitimate_interests.assessment: the LIA is missing (legitimate-interests-assessment counts it as named)',
      yaml: EVERY_FIELD,
      documents: allBut('docs/lia/replies.md'),
      errors: [{ messageId: 'missing', line: 20, column: 23, messageIncludes: ['the legitimate-interests assessment `docs/lia/replies.md` that purpose `train-reply-model` names in `legitimate_interests.assessment`'] }],
    },
    {
      name: 'compatibility_assessment: the Art. 6(4) assessment is missing',
      yaml: EVERY_FIELD,
      documents: allBut('docs/compatibility/replies.md'),
      errors: [{ messageId: 'missing', line: 21, column: 35, messageIncludes: ['the compatibility assessment `docs/compatibility/replies.md` that purpose `train-reply-model` names in `compatibility_assessment`'] }],
    },
    {
      name: 'processors[].dpa_reference: the processing contract is missing',
      yaml: EVERY_FIELD,
      documents: allBut('docs/contracts/gpu-cloud-dpa.pdf'),
      errors: [{ messageId: 'missing', line: 24, column: 24, messageIncludes: ['the data processing agreement `docs/contracts/gpu-cloud-dpa.pdf` that processor `GPU Cloud Inc` of activity `smart-replies` names in `dpa_reference`'] }],
    },
    {
      name: 'transfers[].safeguard_reference: the SCCs are missing',
      yaml: EVERY_FIELD,
      documents: allBut('docs/transfers/us-scc.pdf'),
      errors: [{ messageId: 'missing', line: 28, column: 30, messageIncludes: ['the transfer-safeguards document `docs/transfers/us-scc.pdf` that the transfer to `US` of activity `smart-replies` names in `safeguard_reference`'] }],
    },
    {
      name: 'dpia.reference: the DPIA is missing',
      yaml: EVERY_FIELD,
      documents: allBut('docs/dpia/replies.md'),
      errors: [{ messageId: 'missing', line: 31, column: 18, endLine: 31, endColumn: 38, messageIncludes: ['the DPIA `docs/dpia/replies.md` that activity `smart-replies` names in `dpia.reference`'] }],
    },
    {
      name: 'nothing exists: one finding per field, in the order of the file',
      yaml: EVERY_FIELD,
      documents: [],
      errors: [
        { messageId: 'missing', line: 6, column: 20 },
        { messageId: 'missing', line: 12, column: 31 },
        { messageId: 'missing', line: 20, column: 23 },
        { messageId: 'missing', line: 21, column: 35 },
        { messageId: 'missing', line: 24, column: 24 },
        { messageId: 'missing', line: 28, column: 30 },
        { messageId: 'missing', line: 31, column: 18 },
      ],
    },
    {
      name: 'a file name with an extension and no folder is a path',
      yaml: dpiaReference('replies-dpia.pdf'),
      documents: [],
      errors: [{ messageId: 'missing', line: 10, column: 18, messageIncludes: ['`replies-dpia.pdf`'] }],
    },
    {
      name: 'a path with spaces that ends in a file extension is a path',
      yaml: dpiaReference('contracts/Signed DPIA v2.docx'),
      documents: [],
      errors: [{ messageId: 'missing', line: 10, column: 18, messageIncludes: ['`contracts/Signed DPIA v2.docx`'] }],
    },
    {
      name: 'a folder path without an extension is a path',
      yaml: dpiaReference('docs/dpia/smart-replies'),
      documents: ['docs/dpia/replies.md'],
      errors: [{ messageId: 'missing', line: 10, column: 18, messageIncludes: ['`docs/dpia/smart-replies`'] }],
    },
    {
      name: 'a path is not a placeholder for containing one: a file called TODO.md',
      yaml: dpiaReference('docs/dpia/TODO.md'),
      documents: [],
      errors: [{ messageId: 'missing', line: 10, column: 18, messageIncludes: ['`docs/dpia/TODO.md`'] }],
    },
    {
      name: 'the field is checked whatever the lawful basis: an LIA named on a consent purpose',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes:
              - id: train-reply-model
                lawful_basis: consent
                legitimate_interests: {assessment: docs/lia/replies.md}
      `,
      documents: [],
      errors: [{ messageId: 'missing', line: 9, column: 44, messageIncludes: ['purpose `train-reply-model`'] }],
    },
    {
      name: 'the same missing document named by two activities: a finding at each place to correct',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        processing_activities:
          - {id: replies, name: Replies, purposes: [{id: a, lawful_basis: contract}], dpia: {status: completed, reference: docs/dpia/chat.md}}
          - {id: search, name: Search, purposes: [{id: b, lawful_basis: contract}], dpia: {status: completed, reference: docs/dpia/chat.md}}
      `,
      documents: [],
      errors: [
        { messageId: 'missing', line: 4, column: 116, messageIncludes: ['activity `replies`'] },
        { messageId: 'missing', line: 5, column: 114, messageIncludes: ['activity `search`'] },
      ],
    },
    {
      name: 'a joint controller and a transfer without a name or country are named by their place',
      yaml: yaml`
        version: 1
        controller:
          name: Acme Chat Ltd
          joint_controllers:
            - {contact: privacy@partner.example, arrangement: docs/contracts/joint.md}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: [{id: a, lawful_basis: contract}]
            transfers:
              - {mechanism: scc, safeguard_reference: docs/transfers/scc.pdf}
      `,
      documents: [],
      errors: [
        { messageId: 'missing', line: 5, column: 55, messageIncludes: ['joint controller #1 names in `arrangement`'] },
        { messageId: 'missing', line: 11, column: 47, messageIncludes: ['transfer #1 of activity `smart-replies` names in `safeguard_reference`'] },
      ],
    },
    ...['/srv/legal/dpia/replies.md', 'C:\\Legal\\DPIA\\replies.docx', 'file:///srv/legal/dpia/replies.md', '~/legal/dpia/replies.md', '\\\\fileserver\\legal\\replies.pdf'].map((reference) => ({
      name: `an absolute path is reported without being looked at: ${reference}`,
      yaml: dpiaReference(JSON.stringify(reference)),
      documents: [],
      errors: [{ messageId: 'outside', line: 10, column: 18, messageIncludes: ['was not looked at: it is an absolute path'] }],
    })),
    {
      name: 'a path that climbs out of the repository, as the reader found it',
      yaml: dpiaReference('../../legal/dpia/replies.md'),
      documents: { '../../legal/dpia/replies.md': { status: 'outside', reason: 'path' } },
      errors: [{ messageId: 'outside', line: 10, column: 18, messageIncludes: ['the DPIA `../../legal/dpia/replies.md` that activity `smart-replies` names in `dpia.reference` was not looked at: the path leads out of the repository'] }],
    },
    {
      name: 'outside a git work tree the boundary is the folder being checked',
      yaml: dpiaReference('../dpia/replies.md'),
      documents: { '../dpia/replies.md': { status: 'outside', reason: 'path', boundary: 'the folder being checked' } },
      errors: [{ messageId: 'outside', line: 10, column: 18, messageIncludes: ['the path leads out of the folder being checked'] }],
    },
    {
      name: 'a symbolic link that leads out of the repository',
      yaml: dpiaReference('docs/dpia/replies.md'),
      documents: { 'docs/dpia/replies.md': { status: 'outside', reason: 'link' } },
      errors: [{ messageId: 'link', line: 10, column: 18, messageIncludes: ['a symbolic link on the way leads out of the repository'] }],
    },
    {
      name: 'a path the file system would not answer for',
      yaml: dpiaReference('docs/dpia/replies.md'),
      documents: { 'docs/dpia/replies.md': { status: 'unchecked', detail: 'permission denied' } },
      errors: [{ messageId: 'unchecked', line: 10, column: 18, messageIncludes: ['could not be looked up (permission denied)'] }],
    },
  ],
});

describe('document-missing: what the help line says', () => {
  const only = (text: string, file: string, documents: DocumentProvider = new Map()) => lintSource(text, file, { rules: [rule], documents }).findings;

  it('a missing document: where it was looked for, from the inventory\'s folder', () => {
    const [finding] = only(dpiaReference('../docs/dpia/replies.md'), 'privacy/ropa.yaml');
    expect(finding!.message).toContain('looked up from `privacy/`, the folder of this inventory');
    expect(finding!.help).toBe(
      'add the DPIA at `docs/dpia/replies.md`, or correct `reference` to the path of the existing document relative to `privacy/` (or to its URL when it is kept outside the repository)',
    );
  });

  it('a path that leads out: the example stays inside and is not the value written', () => {
    const [finding] = only(dpiaReference('/srv/legal/dpia/replies.md'), 'ropa.yaml');
    expect(finding!.help).toContain('e.g. `reference: docs/dpia/smart-replies.md`');
    expect(finding!.help).not.toContain('/srv/legal');
  });

  it('a symbolic link that leads out: the fix is the document itself, not another path', () => {
    const [finding] = only(dpiaReference('docs/dpia/smart-replies.md'), 'ropa.yaml', new Map([['docs/dpia/smart-replies.md', { status: 'outside', reason: 'link' }]]));
    expect(finding!.ruleId).toBe('document-missing');
    expect(finding!.help).not.toContain('docs/dpia/smart-replies.md');
    expect(finding!.help).toContain('in place of the symbolic link');
  });

  it('each example names the field\'s own kind of document', () => {
    const findings = only(EVERY_FIELD.replace(/: docs\//g, ': /srv/'), 'ropa.yaml');
    expect(findings.map((finding) => /e\.g\. `([^`]+)`/.exec(finding.help)?.[1])).toEqual([
      'arrangement: docs/contracts/partner-analytics-sa-arrangement.md',
      'anonymisation_assessment: docs/anonymisation/usage-aggregates.md',
      'assessment: docs/lia/train-reply-model.md',
      'compatibility_assessment: docs/compatibility/train-reply-model.md',
      'dpa_reference: docs/contracts/gpu-cloud-inc-dpa.md',
      'safeguard_reference: docs/transfers/us-scc.md',
      'reference: docs/dpia/smart-replies.md',
    ]);
  });
});

describe('classifyDocumentValue', () => {
  it.each([
    ['docs/lia/replies.md', 'relative'],
    ['./docs/lia/replies.md', 'relative'],
    ['../legal/lia.md', 'relative'],
    ['lia.MD', 'relative'],
    ['docs\\lia\\replies.md', 'relative'],
    ['  docs/lia/replies.md  ', 'relative'],
    ['docs/dpia/', 'relative'],
    ['/srv/lia.md', 'absolute'],
    ['C:/legal/lia.md', 'absolute'],
    ['file:lia.md', 'absolute'],
    ['~', 'absolute'],
    ['https://acme.example/lia.md', 'other'],
    ['DPIA-2024-17', 'other'],
    ['v2.1', 'other'],
    ['acme.example', 'other'],
    ['docs/lia/2024', 'other'],
    ['SCCs module 2/3', 'other'],
    ['docs/lia/replies.md\ndocs/lia/search.md', 'other'],
    ['TBD', 'other'],
    ['tbd - ask legal', 'other'],
  ])('%j is %s', (value, kind) => {
    expect(classifyDocumentValue(value).kind).toBe(kind);
  });
});

describe('document-missing: one look per path', () => {
  it('ten thousand activities naming the same DPIA ask the provider once', () => {
    const activities = Array.from({ length: 10_000 }, (_, index) => `  - {id: a${index}, name: A, purposes: [{id: p${index}, lawful_basis: contract}], dpia: {status: completed, reference: docs/dpia/shared.md}}`);
    const text = `version: 1\ncontroller: {name: Acme}\nprocessing_activities:\n${activities.join('\n')}\n`;
    let asked = 0;
    const findings = lintSource(text, 'ropa.yaml', {
      rules: [rule],
      documents: () => {
        asked += 1;
        return { status: 'missing' };
      },
    }).findings;
    expect(asked).toBe(1);
    expect(findings).toHaveLength(10_000);
  });

  it('a map provider: a path it does not hold is missing', () => {
    expect(runRule(rule, dpiaReference('docs/dpia/replies.md'), {}, undefined, { 'docs/dpia/other.md': { status: 'present' } }).map((finding) => finding.line)).toEqual([10]);
  });
});
