/**
 * Lawful bases (Art. 6(1)) and Art. 9(2) conditions as people write them, in English, French,
 * German and Spanish, with or without the article number: "Art. 6(1)(f) legitimate interest",
 * "intérêt légitime", "Art. 6 Abs. 1 lit. b DSGVO", "ejecución de un contrato".
 */
import { fold, memoise, words } from './text.js';

export type LawfulBasis = 'consent' | 'contract' | 'legal-obligation' | 'vital-interests' | 'public-task' | 'legitimate-interests';

export type SpecialCondition =
  | 'explicit-consent'
  | 'employment'
  | 'vital-interests'
  | 'not-for-profit'
  | 'made-public'
  | 'legal-claims'
  | 'substantial-public-interest'
  | 'health-care'
  | 'public-health'
  | 'archiving-research';

const BY_POINT_6: Record<string, LawfulBasis> = {
  a: 'consent',
  b: 'contract',
  c: 'legal-obligation',
  d: 'vital-interests',
  e: 'public-task',
  f: 'legitimate-interests',
};

const BY_POINT_9: Record<string, SpecialCondition> = {
  a: 'explicit-consent',
  b: 'employment',
  c: 'vital-interests',
  d: 'not-for-profit',
  e: 'made-public',
  f: 'legal-claims',
  g: 'substantial-public-interest',
  h: 'health-care',
  i: 'public-health',
  j: 'archiving-research',
};

/** Wordings of each basis, in words form (see text.ts). The longest found at a place wins. */
const BASIS_WORDINGS: [LawfulBasis, string[]][] = [
  ['consent', ['consent', 'consents', 'explicit consent', 'consentement', 'consentement explicite', 'einwilligung', 'ausdruckliche einwilligung', 'consentimiento', 'consentimiento explicito', 'opt in']],
  [
    'contract',
    [
      'contract', 'contractual', 'performance of a contract', 'performance of contract', 'contractual necessity', 'necessary for a contract',
      'pre contractual', 'contrat', 'execution d un contrat', 'execution du contrat', 'execution contractuelle', 'mesures precontractuelles',
      'vertrag', 'vertragserfullung', 'erfullung eines vertrags', 'erfullung des vertrages', 'vorvertragliche massnahmen', 'contrato',
      'ejecucion de un contrato', 'ejecucion del contrato', 'relacion contractual', 'medidas precontractuales',
    ],
  ],
  [
    'legal-obligation',
    [
      'legal obligation', 'legal obligations', 'legal requirement', 'statutory obligation', 'statutory requirement', 'required by law',
      'compliance with a legal obligation', 'obligation legale', 'obligations legales', 'obligation reglementaire', 'respect d une obligation legale',
      'rechtliche verpflichtung', 'gesetzliche verpflichtung', 'gesetzliche pflicht', 'rechtspflicht', 'obligacion legal', 'obligaciones legales',
      'cumplimiento de una obligacion legal', 'obligacion legal aplicable',
    ],
  ],
  [
    'vital-interests',
    [
      'vital interest', 'vital interests', 'interets vitaux', 'interet vital', 'sauvegarde des interets vitaux', 'lebenswichtige interessen',
      'lebenswichtiges interesse', 'intereses vitales', 'interes vital',
    ],
  ],
  [
    'public-task',
    [
      'public task', 'public interest', 'task in the public interest', 'official authority', 'exercise of official authority',
      'mission d interet public', 'interet public', 'mission de service public', 'exercice de l autorite publique', 'autorite publique',
      'offentliches interesse', 'offentlichen interesse', 'aufgabe im offentlichen interesse', 'offentliche gewalt', 'interes publico',
      'mision de interes publico', 'poderes publicos', 'ejercicio de poderes publicos',
    ],
  ],
  [
    'legitimate-interests',
    [
      'legitimate interest', 'legitimate interests', 'legit interest', 'interet legitime', 'interets legitimes', 'berechtigtes interesse',
      'berechtigte interessen', 'berechtigten interessen', 'berechtigten interesses', 'interes legitimo', 'intereses legitimos',
    ],
  ],
];

const CONDITION_WORDINGS: [SpecialCondition, string[]][] = [
  ['explicit-consent', ['explicit consent', 'consentement explicite', 'ausdruckliche einwilligung', 'consentimiento explicito']],
  [
    'employment',
    [
      'employment', 'employment social security and social protection', 'social security', 'social protection', 'droit du travail',
      'securite sociale', 'protection sociale', 'arbeitsrecht', 'soziale sicherheit', 'sozialschutz', 'derecho laboral', 'seguridad social',
      'proteccion social', 'ambito laboral',
    ],
  ],
  ['vital-interests', ['vital interest', 'vital interests', 'interets vitaux', 'lebenswichtige interessen', 'intereses vitales']],
  [
    'not-for-profit',
    ['not for profit', 'non profit', 'not for profit body', 'non profit bodies', 'but non lucratif', 'organisme a but non lucratif', 'organisation ohne gewinnerzielungsabsicht', 'sin animo de lucro'],
  ],
  [
    'made-public',
    [
      'made public', 'manifestly made public', 'made public by the data subject', 'public by data subject', 'rendues publiques', 'manifestement rendues publiques',
      'offensichtlich offentlich gemacht', 'offentlich gemacht', 'hecho manifiestamente publicos', 'manifiestamente publicos',
    ],
  ],
  [
    'legal-claims',
    [
      'legal claims', 'legal claim', 'legal claims or judicial acts', 'judicial acts', 'defence of legal claims', 'droits en justice',
      'constatation exercice ou defense d un droit en justice', 'rechtsanspruche', 'geltendmachung von rechtsanspruchen', 'reclamaciones',
      'defensa de reclamaciones',
    ],
  ],
  [
    'substantial-public-interest',
    ['substantial public interest', 'reasons of substantial public interest', 'interet public important', 'erhebliches offentliches interesse', 'interes publico esencial'],
  ],
  [
    'health-care',
    [
      'health or social care', 'health and social care', 'preventive or occupational medicine', 'occupational medicine', 'medical diagnosis',
      'medical', 'health care', 'healthcare', 'medecine preventive', 'medecine du travail', 'diagnostic medical', 'gesundheitsvorsorge',
      'arbeitsmedizin', 'medizinische diagnostik', 'medicina preventiva', 'medicina laboral', 'diagnostico medico',
    ],
  ],
  ['public-health', ['public health', 'public health interest', 'sante publique', 'offentliche gesundheit', 'salud publica']],
  [
    'archiving-research',
    [
      'archiving', 'archiving research and statistics', 'scientific research', 'historical research', 'research', 'statistical purposes',
      'statistics', 'archivage', 'recherche scientifique', 'recherche', 'fins statistiques', 'archivzwecke', 'forschung', 'statistische zwecke',
      'archivo', 'investigacion', 'investigacion cientifica', 'fines estadisticos',
    ],
  ],
];

interface Found<T> {
  value: T;
  at: number;
  end: number;
}

/** Every wording found in `form` (words form), longest first where two overlap. */
function findWordings<T>(form: string, table: [T, string[]][]): Found<T>[] {
  const found: Found<T>[] = [];
  const padded = ` ${form} `;
  for (const [value, wordings] of table) {
    for (const wording of wordings) {
      const needle = ` ${wording} `;
      for (let at = padded.indexOf(needle); at >= 0; at = padded.indexOf(needle, at + 1)) found.push({ value, at, end: at + needle.length - 1 });
    }
  }
  found.sort((a, b) => a.at - b.at || b.end - a.end);
  const kept: Found<T>[] = [];
  for (const candidate of found) {
    const last = kept.at(-1);
    if (last && candidate.at < last.end) continue;
    kept.push(candidate);
  }
  return kept;
}

/**
 * Article points given as numbers: "6(1)(f)", "6.1.f", "6 1 f", "Art. 6 Abs. 1 lit. f",
 * "art. 6, § 1, f)", "Artículo 6.1.f". `article` is 6 or 9; the points are returned in order.
 */
function articlePoints(text: string, article: 6 | 9): string[] {
  const source = fold(text);
  const pattern = new RegExp(
    String.raw`(?:^|[^0-9])${article}\s*(?:\(\s*[12]\s*\)|[.,-]\s*[12]\b|\s*(?:abs\.?|absatz|§|para\.?|paragraph|al\.?|alinea|apartado)?\s*[12]\b)\s*(?:s\.?\s*1\s*)?(?:\(\s*([a-j])\s*\)|[.,-]?\s*(?:lit\.?|buchstabe|point|letra|let\.?)?\s*([a-j])(?:\)|\b))`,
    'gu',
  );
  const points: string[] = [];
  for (const match of source.matchAll(pattern)) points.push((match[1] ?? match[2])!);
  return points;
}

export interface BasesRead {
  /** The bases the text names, in order, each once. */
  bases: LawfulBasis[];
  /** The text names no basis a reader can be sure of. */
  unknown: boolean;
}

/**
 * The Art. 6 bases a cell names. A cell may name two ("Contract; legal obligation"): the
 * importer makes one purpose of each. Article points count as much as words; a point that
 * disagrees with the words next to it is not trusted, and the cell is left unread.
 */
function readLawfulBasesOnce(text: string): BasesRead {
  const form = words(text);
  // A part of the cell about Art. 9 ("…; Art. 9(2)(a) explicit consent") names a condition, not an Art. 6 basis.
  const article6 = text
    .split(/[;\n]|,(?=\s*art)/iu)
    .filter((part) => !ARTICLE_9.test(fold(part)))
    .join('; ');
  const fromPoints = articlePoints(article6, 6).map((point) => BY_POINT_6[point]!);
  const fromWords = findWordings(words(article6), BASIS_WORDINGS).map((found) => found.value);
  const bases = unique([...fromWords, ...fromPoints]);
  if (form === '' || bases.length === 0) return { bases: [], unknown: form !== '' };
  if (fromPoints.length > 0 && fromWords.length > 0 && !fromPoints.every((basis) => fromWords.includes(basis))) return { bases: [], unknown: true };
  return { bases, unknown: false };
}

const ARTICLE_9 = /\b(?:art(?:icle|ikel|iculo)?\.?\s*)9\b|(?:^|[^0-9])9\s*\(\s*2\s*\)/u;

/** The Art. 9(2) condition a cell names, when it names exactly one. */
function readSpecialConditionOnce(text: string): SpecialCondition | undefined {
  const fromPoints = articlePoints(text, 9).map((point) => BY_POINT_9[point]!);
  const fromWords = findWordings(words(text), CONDITION_WORDINGS).map((found) => found.value);
  const all = unique([...fromPoints, ...fromWords]);
  return all.length === 1 ? all[0] : undefined;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Every wording, for docs/import.md and its test. */
export const LAWFUL_BASIS_WORDINGS: readonly (readonly [LawfulBasis, readonly string[]])[] = BASIS_WORDINGS;
export const SPECIAL_CONDITION_WORDINGS: readonly (readonly [SpecialCondition, readonly string[]])[] = CONDITION_WORDINGS;

/** The Art. 6 bases a cell names, read once per wording (see readLawfulBasesOnce). */
export const readLawfulBases: (text: string) => BasesRead = memoise(readLawfulBasesOnce);
/** The Art. 9(2) condition a cell names, read once per wording (see readSpecialConditionOnce). */
export const readSpecialCondition: (text: string) => SpecialCondition | undefined = memoise(readSpecialConditionOnce);
