/**
 * The record's values in the words an authority reads: `legitimate-interests` is "Legitimate
 * interests (Art. 6(1)(f))", `P90D` is "90 days", `encryption-at-rest` is "encryption at rest".
 * The html and the spreadsheet exports use the same words, and the import reads them back.
 */
import { isStated } from '../core/inventory.js';

export const LAWFUL_BASIS: Record<string, string> = {
  consent: 'Consent (Art. 6(1)(a))',
  contract: 'Contract (Art. 6(1)(b))',
  'legal-obligation': 'Legal obligation (Art. 6(1)(c))',
  'vital-interests': 'Vital interests (Art. 6(1)(d))',
  'public-task': 'Public task (Art. 6(1)(e))',
  'legitimate-interests': 'Legitimate interests (Art. 6(1)(f))',
};

export const SPECIAL_CONDITION: Record<string, string> = {
  'explicit-consent': 'Explicit consent (Art. 9(2)(a))',
  employment: 'Employment, social security and social protection law (Art. 9(2)(b))',
  'vital-interests': 'Vital interests (Art. 9(2)(c))',
  'not-for-profit': 'Not-for-profit body (Art. 9(2)(d))',
  'made-public': 'Made public by the data subject (Art. 9(2)(e))',
  'legal-claims': 'Legal claims or judicial acts (Art. 9(2)(f))',
  'substantial-public-interest': 'Substantial public interest (Art. 9(2)(g))',
  'health-care': 'Health or social care (Art. 9(2)(h))',
  'public-health': 'Public health (Art. 9(2)(i))',
  'archiving-research': 'Archiving, research or statistics (Art. 9(2)(j))',
};

export const MECHANISM: Record<string, string> = {
  adequacy: 'Adequacy decision (Art. 45)',
  scc: 'Standard contractual clauses (Art. 46(2)(c))',
  bcr: 'Binding corporate rules (Art. 47)',
  derogation: 'Derogation for a specific situation (Art. 49)',
  none: 'No safeguard',
};

export const SOURCE: Record<string, string> = {
  'communications-content': 'content of communications',
  'communications-metadata': 'traffic and location data of communications',
  'terminal-equipment': "read from or stored on the user's device",
  'provided-by-subject': 'provided by the person',
  observed: 'observed use of the service',
  inferred: 'inferred by the controller',
  'third-party': 'received from another organisation',
  public: 'publicly available',
};

export const DPIA_STATUS: Record<string, string> = {
  completed: 'Completed',
  'in-progress': 'In progress',
  'not-required': 'Not required',
  missing: 'Missing',
};

export const ROUTE: Record<string, string> = {
  'in-product': 'in the product',
  email: 'by e-mail',
  'support-request': 'by a support request',
  none: 'not offered',
};

export const ROLE: Record<string, string> = {
  controller: 'Controller',
  'joint-controller': 'Joint controller (Art. 26)',
  processor: 'Processor (Art. 28)',
};

/** A kebab-case value as words: `encryption-at-rest` → "encryption at rest"; other text as written. */
export function kebabWords(value: string): string {
  return /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(value) ? value.replace(/-/g, ' ') : value;
}

/** A value from one of the tables above, or the value itself when the table does not know it. */
export function wordsFor(table: Record<string, string>, value: unknown): string | undefined {
  if (typeof value !== 'string' || !isStated(value)) return undefined;
  return Object.prototype.hasOwnProperty.call(table, value) ? table[value] : value;
}

const UNITS: [string, string][] = [
  ['Y', 'year'],
  ['M', 'month'],
  ['W', 'week'],
  ['D', 'day'],
];
const TIME_UNITS: [string, string][] = [
  ['H', 'hour'],
  ['M', 'minute'],
  ['S', 'second'],
];

/** An ISO 8601 duration in words (`P1Y6M` → "1 year and 6 months"); a sentence is returned as written. */
export function durationWords(value: string): string {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value.trim());
  if (!match || value.trim() === 'P' || value.trim().endsWith('T')) return value;
  const parts: string[] = [];
  [...UNITS, ...TIME_UNITS].forEach(([, word], index) => {
    const amount = match[index + 1];
    if (amount !== undefined) parts.push(`${Number(amount)} ${word}${Number(amount) === 1 ? '' : 's'}`);
  });
  if (parts.length === 0) return value;
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
