/**
 * docs/import.md is the user's reference: every heading, wording and table row it lists must
 * read the way it says, so the page cannot drift from the code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCategoryName } from '../../src/importers/categories.js';
import { findMechanisms } from '../../src/importers/countries.js';
import { FIDES_CATEGORY_TABLE } from '../../src/importers/fides-taxonomy.js';
import { type FieldKey, matchHeading } from '../../src/importers/headers.js';
import { readLawfulBases, readSpecialCondition } from '../../src/importers/lawful-basis.js';

const page = readFileSync(new URL('../../docs/import.md', import.meta.url), 'utf8');

/** The body rows of the table whose header row starts with `first`, as cells. */
function table(first: string): string[][] {
  const lines = page.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${first} |`));
  if (start < 0) throw new Error(`docs/import.md has no table starting with "${first}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split('|').map((cell) => cell.trim()));
  }
  return rows;
}

const items = (cell: string): string[] => cell.split(';').map((item) => item.trim()).filter((item) => item !== '');
const code = (cell: string): string => /`([^`]+)`/.exec(cell)?.[1] ?? cell;

/** The heading table's first column, as the field each row stands for. */
const FIELD_OF_ROW: Record<string, FieldKey> = {
  'activity `name`': 'activity.name',
  'activity `description`': 'activity.description',
  'activity `role`': 'activity.role',
  'activity `on_behalf_of`': 'activity.onBehalfOf',
  '`controller.joint_controllers`': 'activity.jointController',
  'purpose `description`': 'purpose.description',
  'purpose `lawful_basis`': 'purpose.lawfulBasis',
  'purpose `special_category_condition`': 'purpose.specialCondition',
  'purpose `legal_basis_reference`': 'purpose.legalReference',
  'purpose `legitimate_interests.interest`': 'purpose.interest',
  'purpose `legitimate_interests.assessment`': 'purpose.interestAssessment',
  'purpose `ai_training` (yes/no)': 'purpose.aiTraining',
  'activity `data_subjects`': 'subjects',
  'activity `data_categories`': 'categories',
  'category `special` (yes/no or kinds)': 'categories.special',
  'category `criminal` (yes/no)': 'categories.criminal',
  'category `source`': 'categories.source',
  'subject `children` (yes/no)': 'children',
  'activity `recipients`': 'recipients',
  'activity `processors`': 'processors',
  'processor `dpa_reference`': 'processors.contract',
  'activity `transfers`': 'transfers',
  'transfer `mechanism` / `safeguard_reference`': 'transfers.safeguards',
  'activity `retention`': 'retention',
  'activity `security_measures`': 'security',
  'activity `dpia` (required?)': 'dpia.required',
  'activity `dpia.status`': 'dpia.status',
  'activity `dpia.reference`': 'dpia.reference',
  'activity `automated_decision_making`': 'automatedDecisions',
  '`controller.name`': 'controller.name',
  '`controller.contact`': 'controller.contact',
  '`controller.dpo`': 'controller.dpo',
  '`controller.representative`': 'controller.representative',
  '`record.owner`': 'record.owner',
  '`record.updated`': 'record.updated',
};

describe('docs/import.md', () => {
  it('lists headings in four languages for every field, each mapping to that field', () => {
    const rows = table('field');
    expect(rows.map(([label]) => label)).toEqual(Object.keys(FIELD_OF_ROW));
    const wrong: string[] = [];
    for (const [label, ...languages] of rows) {
      expect(languages).toHaveLength(4);
      for (const heading of languages.flatMap(items)) {
        const field = matchHeading(heading);
        if (field !== FIELD_OF_ROW[label!]) wrong.push(`${heading} → ${field ?? 'nothing'}, not ${FIELD_OF_ROW[label!]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names the id columns the import reads the ids from', () => {
    const paragraph = /\*\*Ids\.\*\* The columns `ropa-lint export` adds after the template's — ([^—]+) —/.exec(page.replace(/\n/g, ' '))![1]!;
    const headings = paragraph.split(/,| and /).map((item) => item.trim()).filter((item) => item !== '');
    expect(headings.map((heading) => matchHeading(heading))).toEqual(['activity.id', 'purpose.id', 'subjects.ids', 'categories.ids']);
  });

  it('lists lawful-basis wordings that read as their basis, alone and by their point', () => {
    for (const [basis, point, wordings] of table('basis')) {
      for (const wording of items(wordings!)) expect(readLawfulBases(wording), wording).toEqual({ bases: [code(basis!)], unknown: false });
      expect(readLawfulBases(`Art. ${point}`)).toEqual({ bases: [code(basis!)], unknown: false });
    }
  });

  it('lists Art. 9 condition wordings that read as their condition', () => {
    for (const [condition, point, wordings] of table('condition')) {
      for (const wording of [...items(wordings!), `Art. ${point}`]) expect(readSpecialCondition(wording), wording).toBe(code(condition!));
    }
  });

  it('lists category words that mark exactly their kind', () => {
    for (const [kind, words] of table('kind')) {
      for (const word of items(words!)) expect(readCategoryName(word).special.map((found) => found.kind), word).toEqual([code(kind!)]);
    }
  });

  it('lists the words that mark nothing as such, and the criminal words as criminal', () => {
    const paragraph = /Not marked, reported instead: ([^.]+)\./.exec(page.replace(/\n/g, ' '))![1]!;
    for (const word of paragraph.split(',').map((item) => item.trim())) {
      expect(readCategoryName(word), word).toMatchObject({ special: [], maybeSpecial: expect.any(String) });
    }
    const criminal = /\*\*Criminal data\*\* \(Art\. 10\): ([^.]+)\./.exec(page.replace(/\n/g, ' '))![1]!;
    for (const word of criminal.split(',').map((item) => item.trim())) expect(readCategoryName(word).criminal, word).toBeDefined();
  });

  it('lists transfer mechanism wordings that read as their mechanism', () => {
    for (const [mechanism, wordings] of table('mechanism')) {
      for (const wording of items(wordings!)) expect(findMechanisms(wording), wording).toEqual([code(mechanism!)]);
    }
  });

  it('prints the Fides category table as the code has it', () => {
    const documented = table('fides key (prefix)').map(([key, source, special, criminal]) => [code(key!), source, special ? special.split(', ') : [], criminal === 'yes']);
    expect(documented).toEqual(FIDES_CATEGORY_TABLE.map(([prefix, source, special = [], isCriminal = false]) => [prefix, source, special, isCriminal]));
  });
});
