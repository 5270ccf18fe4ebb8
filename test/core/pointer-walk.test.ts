/**
 * describeLocation and stablePathOf each walk a pointer in a loop of their own, tuned for speed
 * (src/core/inventory.ts). Whatever the order of the questions, they must answer what this plain
 * walk from the root answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeLocation, isRecord, stablePathOf } from '../../src/core/inventory.js';

const LIST_KINDS: Record<string, string> = { data_subjects: 'data subject', data_categories: 'data category', processing_activities: 'activity', purposes: 'purpose', processors: 'processor', transfers: 'transfer' };

/** The walk written for clarity: root to leaf, one segment at a time. */
function plainWalk(root: unknown, pointer: string): { description: string; stablePath: string } {
  let node: unknown = root;
  let description = 'the inventory';
  let listKind: string | undefined;
  let stablePath = '';
  if (pointer === '') return { description, stablePath };
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const item: unknown = node[Number(segment)];
      const id = isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
      const name = id ?? (isRecord(item) && typeof item.name === 'string' ? item.name : undefined);
      if (listKind) description = name === undefined ? `${listKind} #${Number(segment) + 1}` : `${listKind} \`${name}\``;
      stablePath += `/${id === undefined ? raw : `[${id.replace(/~/g, '~0').replace(/\//g, '~1')}]`}`;
      node = item;
      listKind = undefined;
    } else if (isRecord(node)) {
      const child = Object.prototype.hasOwnProperty.call(node, segment) ? node[segment] : undefined;
      if (segment === 'controller') description = 'the controller';
      listKind = Array.isArray(child) ? LIST_KINDS[segment] : undefined;
      stablePath += `/${raw}`;
      node = child;
    } else {
      stablePath += `/${raw}`;
      node = undefined;
      listKind = undefined;
    }
  }
  return { description, stablePath };
}

function document(): unknown {
  const shared = { collection: 'opt-in', 'a/b': { 'c~d': 1 } };
  return {
    controller: { name: 'Acme', names: ['Acme Ltd'], joint: [{ name: 'Partner' }] },
    // Twelve items, so that `/data_subjects/1` and `/data_subjects/10` share a prefix of characters but not a step.
    data_subjects: Array.from({ length: 12 }, (_, index) => (index % 3 === 0 ? { name: `group ${index}` } : { id: `subject-${index}` })),
    data_categories: [{ id: 'chat/messages', name: 'Chats' }, { name: 'no id' }, 'scalar'],
    processing_activities: [
      { id: 'replies', purposes: [{ id: 'train', consent: shared }, { description: 'no id', consent: shared }], processors: [{ name: 'GPU Cloud' }] },
      { purposes: [{ id: 'p~1' }], transfers: [{ country: 'US' }] },
    ],
  };
}

const SEGMENTS = ['controller', '01', '', '1e0', 'name', 'names', 'joint', 'data_subjects', '10', '11', 'data_categories', 'processing_activities', 'purposes', 'consent', 'collection', 'a~1b', 'c~0d', 'processors', 'transfers', 'country', 'id', 'missing', '0', '1', '2', '7'];

describe('the pointer walk behind describeLocation and stablePathOf', () => {
  it('answers what a plain walk answers, in any order of questions (property)', () => {
    const pointer = fc.array(fc.constantFrom(...SEGMENTS), { maxLength: 6 }).map((segments) => segments.map((segment) => `/${segment}`).join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(pointer, fc.boolean()), { minLength: 1, maxLength: 40 }), (questions) => {
        const root = document();
        for (const [asked, describe] of questions) {
          const expected = plainWalk(root, asked);
          if (describe) expect(describeLocation(root, asked), asked).toBe(expected.description);
          else expect(stablePathOf(root, asked), asked).toBe(expected.stablePath);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('names list items by id or name, and keeps the id in the stable path', () => {
    const root = document();
    expect(describeLocation(root, '/processing_activities/0/purposes/1/consent/collection')).toBe('purpose #2');
    expect(stablePathOf(root, '/processing_activities/0/purposes/0/consent/collection')).toBe('/processing_activities/[replies]/purposes/[train]/consent/collection');
    expect(stablePathOf(root, '/data_categories/0/name')).toBe('/data_categories/[chat~1messages]/name');
    expect(describeLocation(root, '/processing_activities/0/processors/0/name')).toBe('processor `GPU Cloud`');
  });
});
