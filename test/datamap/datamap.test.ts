/**
 * The data map: the flows it states, the comparison of two maps, how a large record is kept
 * legible, and that no name from the record can escape its label in SVG or Mermaid.
 */
import { describe, expect, it } from 'vitest';
import { condense } from '../../src/datamap/condense.js';
import { buildDataMap, countryName, type DataMap, diffDataMaps, MERMAID_LIMITS, renderMermaid, renderSvg } from '../../src/datamap/index.js';
import { escapeMermaid } from '../../src/datamap/mermaid.js';
import { wrapLabel } from '../../src/datamap/svg.js';
import { HOSTILE_STRINGS } from '../support/hostile.js';
import { largeRecord, modelOf, smallRecord } from './fixtures.js';

const flows = (map: DataMap) => map.edges.map((edge) => `${edge.from} -> ${edge.to}${edge.label ? ` [${edge.label}]` : ''}${edge.change ? ` (${edge.change})` : ''}`).sort();

describe('buildDataMap', () => {
  const map = buildDataMap(modelOf(smallRecord));

  it('states every flow from the people to the countries, once', () => {
    expect(flows(map)).toEqual(
      [
        'subject:members -> category:messages',
        'subject:members -> category:health',
        'subject:guests -> category:messages',
        'subject:guests -> category:health',
        'category:messages -> activity:replies',
        'category:health -> activity:replies',
        'activity:replies -> purpose:train-replies',
        'activity:replies -> purpose:suggest',
        'purpose:train-replies -> processor:GPU Cloud Inc',
        'purpose:suggest -> processor:GPU Cloud Inc',
        'purpose:train-replies -> recipient:ML platform team',
        'purpose:suggest -> recipient:ML platform team',
        // The processor's country carries the transfer's safeguard; a transfer nobody is named for starts at the activity.
        'processor:GPU Cloud Inc -> country:US [SCCs]',
        'activity:replies -> country:IN [no safeguard]',
      ].sort(),
    );
  });

  it('labels boxes with names and plain words, marks AI training, and leaves out what the record does not define', () => {
    const byKey = new Map(map.nodes.map((node) => [node.key, node]));
    expect(byKey.get('subject:guests')).toMatchObject({ kind: 'subject', label: 'Guests', detail: 'includes children' });
    expect(byKey.get('category:health')).toMatchObject({ kind: 'category', label: 'Health notes', detail: 'special: health' });
    expect(byKey.get('purpose:train-replies')).toMatchObject({ label: 'Train the reply model on conversations.', detail: 'AI training · consent', aiTraining: true, activity: 'activity:replies' });
    expect(byKey.get('purpose:suggest')).toMatchObject({ label: 'Suggest replies', detail: 'contract' });
    expect(byKey.get('purpose:suggest')?.aiTraining).toBeUndefined();
    expect(byKey.get('processor:GPU Cloud Inc')?.detail).toBe('processor, contract in place');
    expect(byKey.get('country:US')?.label).toBe('United States (US)');
    expect(byKey.has('subject:nobody')).toBe(false);
  });

  it("says a processor's purpose runs for the controller rather than lacking a basis", () => {
    const value = structuredClone(smallRecord) as { processing_activities: { role: string; purposes: { lawful_basis?: string }[] }[] };
    value.processing_activities[0]!.role = 'processor';
    delete value.processing_activities[0]!.purposes[1]!.lawful_basis;
    const purpose = buildDataMap(modelOf(value)).nodes.find((node) => node.key === 'purpose:suggest');
    expect(purpose?.detail).toBe('for the controller');
    const controller = structuredClone(smallRecord) as typeof value;
    delete controller.processing_activities[0]!.purposes[1]!.lawful_basis;
    expect(buildDataMap(modelOf(controller)).nodes.find((node) => node.key === 'purpose:suggest')?.detail).toBe('no lawful basis');
  });

  it('maps one activity alone when given its view', () => {
    const model = modelOf(largeRecord(3, 2));
    const one = buildDataMap(model, model.activities[1]);
    expect(one.nodes.filter((node) => node.kind === 'activity').map((node) => node.label)).toEqual(['Activity 1']);
    expect(one.nodes.filter((node) => node.kind === 'purpose')).toHaveLength(2);
  });

  it('names countries in words, keeping what is not a code as written', () => {
    expect(countryName('de')).toBe('Germany (DE)');
    expect(countryName('UK')).toBe('United Kingdom (UK)');
    expect(countryName('EL')).toBe('Greece (EL)');
    expect(countryName('Narnia')).toBe('Narnia');
    expect(countryName('ZZ')).toBe('ZZ');
  });
});

describe('diffDataMaps', () => {
  const base = buildDataMap(modelOf(smallRecord));
  const changed = structuredClone(smallRecord);
  changed.processing_activities[0]!.purposes.push({ id: 'train-summaries', description: 'Train the summary model', ai_training: true, lawful_basis: 'consent' });
  changed.processing_activities[0]!.recipients = [];
  changed.processing_activities[0]!.transfers[0]!.mechanism = 'adequacy';
  const diff = diffDataMaps(base, buildDataMap(modelOf(changed)));

  it('marks the flows a change adds and removes, and leaves the rest unmarked', () => {
    const marked = flows(diff).filter((flow) => flow.endsWith('(added)') || flow.endsWith('(removed)'));
    expect(marked).toEqual(
      [
        'activity:replies -> purpose:train-summaries (added)',
        'purpose:train-summaries -> processor:GPU Cloud Inc (added)',
        'purpose:train-replies -> recipient:ML platform team (removed)',
        'purpose:suggest -> recipient:ML platform team (removed)',
        // A new safeguard on the same flow: the old flow goes, the new one comes.
        'processor:GPU Cloud Inc -> country:US [SCCs] (removed)',
        'processor:GPU Cloud Inc -> country:US [adequacy decision] (added)',
      ].sort(),
    );
    expect(diff.nodes.filter((node) => node.change).map((node) => `${node.key} ${node.change}`).sort()).toEqual(['purpose:train-summaries added', 'recipient:ML platform team removed']);
  });

  it('draws the marks in both renderings', () => {
    const svg = renderSvg(diff, { title: 'change' });
    expect(svg).toContain('stroke-dasharray="5 4"');
    expect(svg).toContain('>added · AI training · consent<');
    const mermaid = renderMermaid(diff)!;
    expect(mermaid).toMatch(/ ==>/);
    expect(mermaid).toMatch(/ -\.->/);
    expect(mermaid).toMatch(/classDef added /);
  });

  it('is empty of marks for two equal maps', () => {
    const same = diffDataMaps(base, buildDataMap(modelOf(smallRecord)));
    expect(same.nodes.some((node) => node.change) || same.edges.some((edge) => edge.change)).toBe(false);
  });
});

describe('a large record stays legible', () => {
  it('folds the purposes of an activity beyond twelve into one box, keeping the AI-training ones', () => {
    const model = modelOf(largeRecord(1, 200, 50));
    const picture = condense(buildDataMap(model, model.activities[0]));
    const purposes = picture.nodes.filter((node) => node.kind === 'purpose');
    const group = picture.nodes.filter((node) => node.kind === 'group');
    expect(purposes).toHaveLength(11);
    // All four AI-training purposes (49, 99, 149, 199) are drawn one by one.
    expect(purposes.filter((node) => node.aiTraining).map((node) => node.label)).toEqual([
      'Purpose 49 of activity 0',
      'Purpose 99 of activity 0',
      'Purpose 149 of activity 0',
      'Purpose 199 of activity 0',
    ]);
    expect(group).toEqual([expect.objectContaining({ label: '189 more purposes', detail: 'none of them AI training' })]);
    expect(group[0]!.title!.split('\n')).toHaveLength(189);
  });

  it('bundles the lines from every purpose to every recipient through one junction', () => {
    const model = modelOf(largeRecord(1, 10));
    const picture = condense(buildDataMap(model, model.activities[0]));
    // 10 purposes × 3 recipients would be 30 lines; through a junction they are 10 + 3.
    const intoParties = picture.edges.filter((edge) => picture.nodes.find((node) => node.key === edge.to)?.kind === 'recipient' || picture.nodes.find((node) => node.key === edge.to)?.kind === 'processor');
    expect(intoParties).toHaveLength(3);
    expect(picture.nodes.filter((node) => node.kind === 'junction')).toHaveLength(2);
    expect(picture.edges.length).toBeLessThan(40);
  });

  it('draws a whole record of 200 purposes by activity, counting the purposes and the AI training in each', () => {
    const map = buildDataMap(modelOf(largeRecord(20, 10, 5)));
    const picture = condense(map);
    expect(picture.purposesHidden).toBe(200);
    expect(picture.nodes.some((node) => node.kind === 'purpose' || node.kind === 'group')).toBe(false);
    expect(picture.nodes.find((node) => node.label === 'Activity 7')).toMatchObject({ detail: '10 purposes, 2 AI training', aiTraining: true });
    // Junction columns have no heading.
    expect(picture.columns).toEqual(['Data subjects', '', 'Data categories', '', 'Activities', '', 'Processors and recipients', 'Countries']);
    // 113 flows between these boxes; the junctions draw them with fewer lines.
    expect(picture.edges.length).toBeLessThan(100);
    expect(renderMermaid(map)!.length).toBeLessThan(MERMAID_LIMITS.characters);
  });

  it('lays out 200 purposes without two boxes on top of each other', () => {
    const model = modelOf(largeRecord(1, 200, 7));
    const svg = renderSvg(buildDataMap(model, model.activities[0]), { title: 'Activity 0' });
    const boxes = [...svg.matchAll(/<g class="node[^"]*"><title>[^<]*<\/title><rect x="([\d.-]+)" y="([\d.-]+)" width="(\d+)" height="(\d+)"/g)].map((match) => match.slice(1, 5).map(Number) as [number, number, number, number]);
    expect(boxes.length).toBeGreaterThan(15);
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [ax, ay, aw, ah] = boxes[i]!;
        const [bx, by, bw, bh] = boxes[j]!;
        const overlap = ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
        expect(overlap, `boxes ${i} and ${j} overlap`).toBe(false);
      }
    }
    const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    // Twelve purpose boxes high, not two hundred.
    expect(height).toBeLessThan(1000);
    expect(width).toBeLessThan(1600);
  });

  it('gives up on Mermaid above what GitHub draws, instead of writing a block GitHub refuses', () => {
    const huge = buildDataMap(modelOf(largeRecord(400, 1)));
    // Without folding, 400 activities each with its own lines exceed 500 edges.
    expect(renderMermaid(huge, { maxPurposes: 10_000, maxPurposesPerActivity: 10_000 })).toBeUndefined();
  });
});

/** Every name in the record made hostile: HTML, Markdown, Mermaid syntax and directives, line breaks. */
const MERMAID_HOSTILE = [
  ...HOSTILE_STRINGS,
  '"]) --> n0[["pwned',
  '%%{init: {"securityLevel": "loose"}}%%',
  'click n0 call alert(1)',
  'a\nb\r\nc',
  '#quot;#35;&amp;',
  'x]]><script>alert(1)</script>',
  '</text><script>alert(1)</script>',
  'end',
  '~~~',
  '\u202eevil\u0007',
];

function hostileRecord(): Record<string, unknown> {
  const names = MERMAID_HOSTILE;
  return {
    version: 1,
    controller: { name: names[0] },
    data_subjects: names.map((name, index) => ({ id: `s${index}`, name })),
    data_categories: names.map((name, index) => ({ id: `c${index}`, name, source: 'observed', special: [name] })),
    processing_activities: names.map((name, index) => ({
      id: `a${index}`,
      name,
      role: 'controller',
      data_subjects: [`s${index}`],
      data_categories: [`c${index}`],
      purposes: [{ id: name, description: name, ai_training: index % 2 === 0, lawful_basis: name }],
      recipients: [name],
      processors: [{ name: `${name} processor`, country: name }],
      transfers: [{ country: name, mechanism: name }],
    })),
  };
}

describe('hostile names', () => {
  const map = buildDataMap(modelOf(hostileRecord()));

  it('cannot leave their labels in Mermaid: every line is a node, a link or a class of generated ids', () => {
    const text = renderMermaid(map, { maxPurposes: 1000 })!;
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    const label = '"[^"\\n]*"';
    const grammar = [
      new RegExp(`^  n\\d+(?:\\[${label}\\]|\\[\\[${label}\\]\\]|\\(\\[${label}\\]\\)|\\(\\("·"\\)\\))$`),
      new RegExp(`^  n\\d+ (?:-+>|=+>|-\\.+->)(?:\\|${label}\\|)? n\\d+$`),
      /^ {2}classDef [a-zA-Z]+ [a-z:#0-9,\- ]+$/,
      /^ {2}class n\d+(?:,n\d+)* [a-zA-Z]+$/,
    ];
    for (const line of lines.slice(1)) expect(grammar.some((pattern) => pattern.test(line)), line).toBe(true);
    // Nothing that GitHub's Markdown, HTML or Mermaid would act on survives inside a label.
    const labels = [...text.matchAll(/"([^"]*)"/g)].map((match) => match[1]!.replace(/<br>/g, '').replace(/#\d+;/g, ''));
    for (const content of labels) expect(content).not.toMatch(/[<>`%{}[\]"&|;:@#\r\n]/);
    expect(text).not.toContain('```');
  });

  it('escape to entities Mermaid shows as the characters', () => {
    expect(escapeMermaid('a"b')).toBe('a#34;b');
    expect(escapeMermaid('<script>')).toBe('#60;script#62;');
    expect(escapeMermaid('%%{init}%%')).toBe('#37;#37;#123;init#125;#37;#37;');
    expect(escapeMermaid('Café, 50/50 (ok)?')).toBe('Café, 50/50 (ok)?');
    expect(escapeMermaid('a\nb')).toBe('a b');
  });

  it('cannot add elements, attributes or scripts to the SVG', () => {
    const svg = renderSvg(map, { title: '<script>alert(1)</script>', maxPurposes: 1000 });
    const tags = new Set([...svg.matchAll(/<\/?([A-Za-z][\w:-]*)/g)].map((match) => match[1]!));
    const drawing = new Set(['circle', 'g', 'path', 'rect', 'svg', 'text', 'title']);
    expect([...tags].filter((tag) => !drawing.has(tag))).toEqual([]);
    // Inside the tags: text from the record is escaped, so every `<` starts a tag of the drawing.
    const tagText = [...svg.matchAll(/<[^>]*>/g)].map((match) => match[0]).join('\n');
    expect(tagText).not.toMatch(/\son[a-z]+\s*=/i);
    expect(tagText).not.toMatch(/javascript:|href/i);
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202e]/);
    expect(svg).toContain('&#60;script&#62;window.__pwned = &#34;script&#34;&#60;/script&#62;');
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces into at most three lines and cuts the rest', () => {
    expect(wrapLabel('Names, e-mail addresses and delivery addresses of customers')).toEqual(['Names, e-mail addresses and', 'delivery addresses of', 'customers']);
    expect(wrapLabel('word '.repeat(40))).toHaveLength(3);
    expect(wrapLabel('word '.repeat(40))[2]!.endsWith('…')).toBe(true);
    expect(wrapLabel('x'.repeat(60))).toEqual(['x'.repeat(28), 'x'.repeat(28), 'xxxx']);
  });
});
