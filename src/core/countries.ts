/**
 * What people write for a country where the format asks for its ISO 3166-1 alpha-2 code
 * (`USA`, `UK`, `Germany`), and the code they mean. A short table of the countries data is most
 * often sent to, not a gazetteer: it turns a likely slip into a suggestion and lets the transfer
 * rule tell an EEA country from a third country; anything else is left to the person to look up.
 */

/** Each country: its alpha-2 code, then its alpha-3 code and the names and abbreviations people write for it. */
const COUNTRIES: readonly (readonly [string, ...string[]])[] = [
  ['US', 'USA', 'United States', 'United States of America', 'America', 'U S A', 'U S'],
  ['GB', 'GBR', 'UK', 'U K', 'United Kingdom', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  ['DE', 'DEU', 'Germany', 'Deutschland'],
  ['FR', 'FRA', 'France'],
  ['IE', 'IRL', 'Ireland', 'Republic of Ireland', 'Eire'],
  ['NL', 'NLD', 'Netherlands', 'Holland', 'Nederland'],
  ['BE', 'BEL', 'Belgium'],
  ['LU', 'LUX', 'Luxembourg'],
  ['AT', 'AUT', 'Austria', 'Österreich'],
  ['CH', 'CHE', 'Switzerland', 'Schweiz', 'Suisse'],
  ['ES', 'ESP', 'Spain', 'España'],
  ['PT', 'PRT', 'Portugal'],
  ['IT', 'ITA', 'Italy', 'Italia'],
  ['GR', 'GRC', 'EL', 'Greece', 'Hellas'],
  ['SE', 'SWE', 'Sweden', 'Sverige'],
  ['DK', 'DNK', 'Denmark', 'Danmark'],
  ['FI', 'FIN', 'Finland', 'Suomi'],
  ['NO', 'NOR', 'Norway', 'Norge'],
  ['IS', 'ISL', 'Iceland'],
  ['PL', 'POL', 'Poland', 'Polska'],
  ['CZ', 'CZE', 'Czechia', 'Czech Republic'],
  ['RO', 'ROU', 'Romania'],
  ['CA', 'CAN', 'Canada'],
  ['AU', 'AUS', 'Australia'],
  ['NZ', 'NZL', 'New Zealand'],
  ['JP', 'JPN', 'Japan'],
  ['KR', 'KOR', 'South Korea', 'Korea', 'Republic of Korea'],
  ['CN', 'CHN', 'China', "People's Republic of China", 'PRC'],
  ['HK', 'HKG', 'Hong Kong'],
  ['TW', 'TWN', 'Taiwan'],
  ['IN', 'IND', 'India'],
  ['SG', 'SGP', 'Singapore'],
  ['IL', 'ISR', 'Israel'],
  ['AE', 'ARE', 'UAE', 'United Arab Emirates'],
  ['BR', 'BRA', 'Brazil', 'Brasil'],
  ['MX', 'MEX', 'Mexico'],
  ['AR', 'ARG', 'Argentina'],
  ['ZA', 'ZAF', 'South Africa'],
  ['PH', 'PHL', 'Philippines'],
  ['UA', 'UKR', 'Ukraine'],
  ['TR', 'TUR', 'Turkey', 'Türkiye', 'Turkiye'],
  ['RU', 'RUS', 'Russia', 'Russian Federation'],
];

/** How a name is compared: case, dots, a leading "the" and runs of spaces do not count (`the U.S.A.` is `usa`). */
function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\./g, ' ').replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

const CODE_BY_NAME: ReadonlyMap<string, string> = new Map(COUNTRIES.flatMap(([code, ...names]) => names.map((name) => [normalise(name), code] as const)));

/**
 * The ISO 3166-1 alpha-2 code a country field most likely means: a two-letter code as written in
 * any case (`us` is `US`; `UK` and the EU's `EL` are `GB` and `GR`), or the code of a name or an
 * alpha-3 code of the table (`USA`, `United States`, `DEU`). Undefined when the text is none of these.
 */
export function countryCode(text: string): string | undefined {
  const trimmed = text.trim();
  const named = CODE_BY_NAME.get(normalise(trimmed));
  if (named !== undefined) return named;
  return /^[a-z]{2}$/i.test(trimmed) ? trimmed.toUpperCase() : undefined;
}
