/**
 * Countries and transfer mechanisms as records name them: "USA (SCCs)", "Inde – clauses
 * contractuelles types", "Vereinigte Staaten: Angemessenheitsbeschluss (DPF)", and the ISO
 * alpha-3 codes of pre-3.0 Fides manifests ("USA", "CAN").
 */
import { memoise, words } from './text.js';

export type Mechanism = 'adequacy' | 'scc' | 'bcr' | 'derogation' | 'none';

/** ISO 3166-1: alpha-3 to alpha-2, for every assigned country (and Kosovo's customary XKX). */
const ALPHA3 = `AFG:AF ALA:AX ALB:AL DZA:DZ ASM:AS AND:AD AGO:AO AIA:AI ATA:AQ ATG:AG ARG:AR ARM:AM ABW:AW AUS:AU AUT:AT AZE:AZ
BHS:BS BHR:BH BGD:BD BRB:BB BLR:BY BEL:BE BLZ:BZ BEN:BJ BMU:BM BTN:BT BOL:BO BES:BQ BIH:BA BWA:BW BVT:BV BRA:BR IOT:IO BRN:BN
BGR:BG BFA:BF BDI:BI CPV:CV KHM:KH CMR:CM CAN:CA CYM:KY CAF:CF TCD:TD CHL:CL CHN:CN CXR:CX CCK:CC COL:CO COM:KM COG:CG COD:CD
COK:CK CRI:CR CIV:CI HRV:HR CUB:CU CUW:CW CYP:CY CZE:CZ DNK:DK DJI:DJ DMA:DM DOM:DO ECU:EC EGY:EG SLV:SV GNQ:GQ ERI:ER EST:EE
SWZ:SZ ETH:ET FLK:FK FRO:FO FJI:FJ FIN:FI FRA:FR GUF:GF PYF:PF ATF:TF GAB:GA GMB:GM GEO:GE DEU:DE GHA:GH GIB:GI GRC:GR GRL:GL
GRD:GD GLP:GP GUM:GU GTM:GT GGY:GG GIN:GN GNB:GW GUY:GY HTI:HT HMD:HM VAT:VA HND:HN HKG:HK HUN:HU ISL:IS IND:IN IDN:ID IRN:IR
IRQ:IQ IRL:IE IMN:IM ISR:IL ITA:IT JAM:JM JPN:JP JEY:JE JOR:JO KAZ:KZ KEN:KE KIR:KI PRK:KP KOR:KR KWT:KW KGZ:KG LAO:LA LVA:LV
LBN:LB LSO:LS LBR:LR LBY:LY LIE:LI LTU:LT LUX:LU MAC:MO MDG:MG MWI:MW MYS:MY MDV:MV MLI:ML MLT:MT MHL:MH MTQ:MQ MRT:MR MUS:MU
MYT:YT MEX:MX FSM:FM MDA:MD MCO:MC MNG:MN MNE:ME MSR:MS MAR:MA MOZ:MZ MMR:MM NAM:NA NRU:NR NPL:NP NLD:NL NCL:NC NZL:NZ NIC:NI
NER:NE NGA:NG NIU:NU NFK:NF MKD:MK MNP:MP NOR:NO OMN:OM PAK:PK PLW:PW PSE:PS PAN:PA PNG:PG PRY:PY PER:PE PHL:PH PCN:PN POL:PL
PRT:PT PRI:PR QAT:QA REU:RE ROU:RO RUS:RU RWA:RW BLM:BL SHN:SH KNA:KN LCA:LC MAF:MF SPM:PM VCT:VC WSM:WS SMR:SM STP:ST SAU:SA
SEN:SN SRB:RS SYC:SC SLE:SL SGP:SG SXM:SX SVK:SK SVN:SI SLB:SB SOM:SO ZAF:ZA SGS:GS SSD:SS ESP:ES LKA:LK SDN:SD SUR:SR SJM:SJ
SWE:SE CHE:CH SYR:SY TWN:TW TJK:TJ TZA:TZ THA:TH TLS:TL TGO:TG TKL:TK TON:TO TTO:TT TUN:TN TUR:TR TKM:TM TCA:TC TUV:TV UGA:UG
UKR:UA ARE:AE GBR:GB USA:US UMI:UM URY:UY UZB:UZ VUT:VU VEN:VE VNM:VN VGB:VG VIR:VI WLF:WF ESH:EH YEM:YE ZMB:ZM ZWE:ZW XKX:XK`;

export const ALPHA3_TO_ALPHA2: ReadonlyMap<string, string> = new Map(
  ALPHA3.split(/\s+/).map((pair) => pair.split(':') as [string, string]),
);
const ALPHA2 = new Set(ALPHA3_TO_ALPHA2.values());

/** Names people use that are not the official short names in any of the four languages. */
const ALIASES: Record<string, string> = {
  usa: 'US', 'u s': 'US', 'u s a': 'US', america: 'US', 'united states of america': 'US', 'the united states': 'US', 'etats unis d amerique': 'US',
  uk: 'GB', 'u k': 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  'grande bretagne': 'GB', angleterre: 'GB', grossbritannien: 'GB', 'gran bretana': 'GB', inglaterra: 'GB',
  'south korea': 'KR', korea: 'KR', 'republic of korea': 'KR', 'coree du sud': 'KR', sudkorea: 'KR', 'corea del sur': 'KR',
  russia: 'RU', 'russian federation': 'RU', russie: 'RU', russland: 'RU', rusia: 'RU', 'hong kong': 'HK', macau: 'MO', macao: 'MO',
  'ivory coast': 'CI', 'czech republic': 'CZ', czechia: 'CZ', 'republique tcheque': 'CZ', tschechien: 'CZ', turkey: 'TR', turkiye: 'TR',
  vietnam: 'VN', 'viet nam': 'VN', taiwan: 'TW', holland: 'NL', 'the netherlands': 'NL', uae: 'AE', swiss: 'CH',
};

let names: Map<string, string> | undefined;

/** Country names in English, French, German and Spanish (from the runtime's CLDR data), in words form. */
function countryNames(): Map<string, string> {
  if (names) return names;
  names = new Map();
  for (const [alias, code] of Object.entries(ALIASES)) names.set(words(alias), code);
  for (const language of ['en', 'fr', 'de', 'es']) {
    const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const code of ALPHA2) {
      const name = display.of(code);
      if (name === undefined) continue;
      // "Congo - Kinshasa", "Hong Kong SAR China", "Myanmar (Burma)": the whole name and its first part.
      for (const form of [name, name.split(/ - | \(|,/u)[0]!]) {
        const key = words(form);
        if (key !== '' && !names.has(key)) names.set(key, code);
      }
    }
  }
  return names;
}

const LONGEST_NAME = 5;

/**
 * The countries a text names, as alpha-2 codes, in order: names in the four languages, common
 * aliases ("USA", "UK"), and codes written in capitals ("US", "IND").
 */
function findCountriesOnce(text: string): string[] {
  const found: string[] = [];
  const add = (code: string): void => {
    if (!found.includes(code)) found.push(code);
  };
  const table = countryNames();
  const list = words(text).split(' ');
  for (let index = 0; index < list.length; ) {
    let step = 1;
    for (let length = Math.min(LONGEST_NAME, list.length - index); length >= 1; length -= 1) {
      const code = table.get(list.slice(index, index + length).join(' '));
      if (code !== undefined) {
        add(code);
        step = length;
        break;
      }
    }
    index += step;
  }
  // A code in capitals counts where it stands as a code, not as a word of the sentence ("IT team"):
  // alone, in brackets, or first and followed by a separator ("US – SCCs").
  const trimmed = text.trim();
  const codes = [
    ...(/^[A-Z]{2,3}$/u.test(trimmed) ? [trimmed] : []),
    ...[...text.matchAll(/\(([A-Z]{2,3})\)/gu)].map((match) => match[1]!),
    ...[...trimmed.matchAll(/^([A-Z]{2,3})\s*[:–—-]/gu)].map((match) => match[1]!),
  ];
  for (const token of codes) {
    const code = token.length === 3 ? ALPHA3_TO_ALPHA2.get(token) : ALPHA2.has(token) && token !== 'EU' ? token : undefined;
    if (code !== undefined) add(code);
  }
  return found;
}

/**
 * What `ropa-lint export` writes after a processor's name when its country is not recorded and
 * the name itself ends in brackets that would read as one ("Acme (UK)"): the import takes it off.
 */
export const NO_COUNTRY = 'country not stated';

/**
 * A processor as a cell names it: "Payroll Co (US)" is Payroll Co in the United States. The
 * brackets at the end give the country only when they name one; "Acme (Europe)" keeps its
 * brackets, and "Acme (UK) (country not stated)" is Acme (UK) with no country.
 */
export function readProcessorName(item: string): { name: string; countries: readonly string[] } {
  const trimmed = item.trim();
  const bracket = /^(.*?)\s*\(([^()]*)\)$/u.exec(trimmed);
  if (bracket === null || bracket[1]!.trim() === '') return { name: trimmed, countries: [] };
  if (words(bracket[2]!) === words(NO_COUNTRY)) return { name: bracket[1]!.trim(), countries: [] };
  const countries = findCountries(bracket[2]!);
  return countries.length > 0 ? { name: bracket[1]!.trim(), countries } : { name: trimmed, countries: [] };
}

/** An alpha-2 or alpha-3 code, as pre-3.0 Fides manifests write them. */
export function countryCode(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  if (upper.length === 2 && ALPHA2.has(upper)) return upper;
  if (upper.length === 3) return ALPHA3_TO_ALPHA2.get(upper);
  return findCountries(code)[0];
}

const MECHANISMS: [Mechanism, string[]][] = [
  ['none', ['no safeguards', 'no safeguard', 'no mechanism', 'aucune garantie', 'sans garantie', 'keine garantien', 'keine garantie', 'sin garantias']],
  [
    'adequacy',
    [
      'adequacy', 'adequacy decision', 'adequacy regulations', 'adequate', 'data privacy framework', 'dpf', 'eu us data privacy framework', 'uk extension',
      'adequation', 'decision d adequation', 'angemessenheitsbeschluss', 'angemessenheit', 'angemessenes datenschutzniveau', 'decision de adecuacion',
      'adecuacion',
    ],
  ],
  [
    'scc',
    [
      'scc', 'sccs', 'standard contractual clauses', 'standard data protection clauses', 'model clauses', 'idta', 'international data transfer agreement',
      'uk addendum', 'clauses contractuelles types', 'cct', 'clauses types', 'standardvertragsklauseln', 'standarddatenschutzklauseln',
      'clausulas contractuales tipo', 'clausulas contractuales estandar', 'clausulas tipo',
    ],
  ],
  ['bcr', ['bcr', 'bcrs', 'binding corporate rules', 'regles d entreprise contraignantes', 'bcr groupe', 'verbindliche interne datenschutzvorschriften', 'normas corporativas vinculantes']],
  ['derogation', ['derogation', 'derogations', 'article 49', 'art 49', 'ausnahme', 'ausnahmen', 'excepcion', 'excepciones', 'exception article 49']],
];

/** The mechanisms a text names, each once, in the order above. */
function findMechanismsOnce(text: string): Mechanism[] {
  const padded = ` ${words(text)} `;
  const found: Mechanism[] = [];
  for (const [mechanism, wordings] of MECHANISMS) {
    if (wordings.some((wording) => padded.includes(` ${wording} `))) found.push(mechanism);
  }
  // "No safeguards" also contains no other mechanism's words; "none" wins only when alone.
  return found.includes('none') && found.length > 1 ? found.filter((mechanism) => mechanism !== 'none') : found;
}

export const MECHANISM_WORDINGS: readonly (readonly [Mechanism, readonly string[]])[] = MECHANISMS;

/** The countries a text names, read once per wording (see findCountriesOnce). */
export const findCountries: (text: string) => readonly string[] = memoise(findCountriesOnce);
/** The transfer mechanisms a text names, read once per wording (see findMechanismsOnce). */
export const findMechanisms: (text: string) => readonly Mechanism[] = memoise(findMechanismsOnce);
