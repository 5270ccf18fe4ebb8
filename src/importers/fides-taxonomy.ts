/**
 * Fides data categories (fideslang's default taxonomy, current and pre-2.0 keys) to the
 * `source`, `special` and `criminal` of SPEC §1. docs/import.md prints this table; a key is
 * looked up by its longest listed prefix. The pre-2.0 keys carried how the data was obtained
 * in the key itself (`user.provided.identifiable.contact.email`,
 * `user.derived.identifiable.device.cookie_id`): that part is taken off and gives the source
 * where the rest of the key does not.
 */
import type { SpecialKind, Source } from './categories.js';

export interface FidesCategoryFacts {
  source: Source;
  special: SpecialKind[];
  criminal: boolean;
  /** Why, in a few words, for docs/import.md and the report. */
  note?: string;
}

type Row = [prefix: string, source: Source, special?: SpecialKind[], criminal?: boolean, note?: string];

export const FIDES_CATEGORY_TABLE: readonly Row[] = [
  ['user', 'provided-by-subject'],
  ['user.account', 'provided-by-subject'],
  ['user.authorization', 'provided-by-subject'],
  ['user.authorization.biometric', 'provided-by-subject', ['biometric']],
  ['user.credentials', 'provided-by-subject'],
  ['user.credentials.biometric_credentials', 'provided-by-subject', ['biometric']],
  ['user.behavior', 'observed'],
  ['user.browsing_history', 'observed'],
  ['user.media_consumption', 'observed'],
  ['user.search_history', 'observed'],
  ['user.observed', 'observed'],
  ['user.biometric', 'provided-by-subject', ['biometric']],
  ['user.biometric.health', 'provided-by-subject', ['biometric', 'health']],
  ['user.biometric_health', 'provided-by-subject', ['biometric', 'health']],
  ['user.childrens', 'provided-by-subject', [], false, "children's data: set children: true on the data subjects concerned"],
  ['user.contact', 'provided-by-subject'],
  ['user.content', 'communications-content', [], false, 'content the person writes or sends; change to provided-by-subject where it is not a communication'],
  ['user.content.public', 'provided-by-subject'],
  ['user.content.self_image', 'provided-by-subject'],
  ['user.demographic', 'provided-by-subject'],
  ['user.demographic.political_opinion', 'provided-by-subject', ['political-opinions']],
  ['user.demographic.race_ethnicity', 'provided-by-subject', ['racial-ethnic-origin']],
  ['user.demographic.religious_belief', 'provided-by-subject', ['religious-beliefs']],
  ['user.demographic.sexual_orientation', 'provided-by-subject', ['sexual-orientation']],
  ['user.demographic.profile', 'inferred'],
  ['user.political_opinion', 'provided-by-subject', ['political-opinions']],
  ['user.race', 'provided-by-subject', ['racial-ethnic-origin']],
  ['user.religious_belief', 'provided-by-subject', ['religious-beliefs']],
  ['user.sexual_orientation', 'provided-by-subject', ['sexual-orientation']],
  ['user.location', 'terminal-equipment', [], false, "located by the device's sensors"],
  ['user.device', 'terminal-equipment'],
  ['user.device.ip_address', 'observed', [], false, 'seen by the server, not read from the device'],
  ['user.cookie_id', 'terminal-equipment'],
  ['user.payment', 'provided-by-subject'],
  ['user.financial', 'provided-by-subject'],
  ['user.social', 'observed'],
  ['user.unique_id', 'observed'],
  ['user.unique_id.pseudonymous', 'inferred'],
  ['user.telemetry', 'terminal-equipment'],
  ['user.sensor', 'terminal-equipment'],
  ['user.user_sensor', 'terminal-equipment'],
  ['user.health_and_medical', 'provided-by-subject', ['health']],
  ['user.health_and_medical.genetic', 'provided-by-subject', ['genetic']],
  ['user.genetic', 'provided-by-subject', ['genetic']],
  ['user.criminal_history', 'provided-by-subject', [], true],
  ['user.profiling', 'inferred'],
  ['system', 'observed'],
  ['account', 'provided-by-subject'],
];

const BY_PREFIX = new Map(FIDES_CATEGORY_TABLE.map((row) => [row[0], row]));

/** The pre-2.0 part of a key that says how the data was obtained, and the source it means. */
const OBTAINED: [string, Source][] = [
  ['provided.identifiable', 'provided-by-subject'],
  ['provided.nonidentifiable', 'provided-by-subject'],
  ['derived.identifiable', 'observed'],
  ['derived.nonidentifiable', 'observed'],
];

/** The facts for a fides data category key, or undefined for a key outside the default taxonomy. */
export function fidesCategoryFacts(key: string): FidesCategoryFacts | undefined {
  let rest = key;
  let obtained: Source | undefined;
  for (const [infix, source] of OBTAINED) {
    const marker = `.${infix}`;
    const at = rest.indexOf(marker);
    if (at >= 0 && (rest.length === at + marker.length || rest[at + marker.length] === '.')) {
      rest = rest.slice(0, at) + rest.slice(at + marker.length);
      obtained = source;
      break;
    }
  }
  const segments = rest.split('.');
  for (let length = segments.length; length > 0; length -= 1) {
    const row = BY_PREFIX.get(segments.slice(0, length).join('.'));
    if (row === undefined) continue;
    // A bare `user` says nothing of the source: the pre-2.0 infix does.
    const source = length === 1 && segments[0] === 'user' && obtained !== undefined ? obtained : row[1];
    return { source, special: [...(row[2] ?? [])], criminal: row[3] ?? false, ...(row[4] !== undefined ? { note: row[4] } : {}) };
  }
  return undefined;
}
