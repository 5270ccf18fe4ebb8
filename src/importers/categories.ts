/**
 * What the name of a data category or data subject tells about it: Art. 9 kinds, criminal
 * data (Art. 10), where the data comes from, whether the people are children. A kind is
 * recognised only from words that leave no doubt ("sickness absence", "trade union
 * membership"); words that only may point to it ("diversity", "health and safety") are
 * reported for the user to decide and change nothing.
 */
import { memoise, words } from './text.js';
import type { DataSource } from '../core/inventory.js';

export type SpecialKind =
  | 'health'
  | 'biometric'
  | 'genetic'
  | 'racial-ethnic-origin'
  | 'political-opinions'
  | 'religious-beliefs'
  | 'trade-union'
  | 'sex-life'
  | 'sexual-orientation';

export type Source = DataSource;

export const SPECIAL_WORDINGS: readonly (readonly [SpecialKind, readonly string[]])[] = [
  [
    'health',
    [
      'health', 'health data', 'medical', 'sickness', 'sick leave', 'sick notes', 'illness', 'disability', 'disabilities', 'occupational health',
      'diagnosis', 'medication', 'allergies', 'allergy', 'pregnancy', 'mental health', 'vaccination status', 'sante', 'donnees de sante',
      'medicales', 'medicaux', 'medical', 'maladie', 'arret maladie', 'arrets maladie', 'handicap', 'gesundheit', 'gesundheitsdaten',
      'krankheit', 'krankmeldung', 'krankmeldungen', 'arbeitsunfahigkeit', 'behinderung', 'medizinische', 'salud', 'datos de salud',
      'medicos', 'medicas', 'enfermedad', 'baja medica', 'bajas medicas', 'discapacidad',
    ],
  ],
  [
    'biometric',
    [
      'biometric', 'biometrics', 'fingerprint', 'fingerprints', 'facial recognition', 'face recognition', 'face geometry', 'iris scan',
      'voiceprint', 'voiceprints', 'biometrique', 'biometriques', 'empreinte digitale', 'empreintes digitales', 'reconnaissance faciale',
      'biometrisch', 'biometrische', 'biometrischen', 'fingerabdruck', 'fingerabdrucke', 'gesichtserkennung', 'biometrico', 'biometricos',
      'biometricas', 'huella dactilar', 'huellas dactilares', 'reconocimiento facial',
    ],
  ],
  ['genetic', ['genetic', 'dna', 'genome', 'genomic', 'genetique', 'genetiques', 'genetisch', 'genetische', 'genetischen', 'genetico', 'geneticos', 'geneticas', 'adn']],
  [
    'racial-ethnic-origin',
    [
      'racial', 'race', 'ethnic', 'ethnicity', 'ethnic origin', 'racial or ethnic origin', 'origine raciale', 'origine ethnique', 'ethnie',
      'ethnische herkunft', 'rassische', 'rassischen', 'origen racial', 'origen etnico', 'etnia',
    ],
  ],
  [
    'political-opinions',
    [
      'political opinion', 'political opinions', 'political views', 'political affiliation', 'political party membership', 'opinions politiques',
      'opinion politique', 'politische meinung', 'politische meinungen', 'politische uberzeugung', 'parteizugehorigkeit', 'opiniones politicas',
      'opinion politica',
    ],
  ],
  [
    'religious-beliefs',
    [
      'religion', 'religious', 'religious beliefs', 'religious belief', 'philosophical beliefs', 'faith', 'convictions religieuses',
      'croyances religieuses', 'convictions philosophiques', 'religiose', 'religiosen', 'weltanschauliche', 'weltanschauung', 'religionszugehorigkeit',
      'konfession', 'religionsgemeinschaft', 'creencias religiosas', 'convicciones religiosas', 'religiosas', 'religiosos',
    ],
  ],
  [
    'trade-union',
    [
      'trade union', 'union membership', 'trade union membership', 'union dues', 'appartenance syndicale', 'syndicale', 'syndical', 'syndicat',
      'gewerkschaft', 'gewerkschaftszugehorigkeit', 'afiliacion sindical', 'sindical', 'sindicato',
    ],
  ],
  ['sex-life', ['sex life', 'sexual life', 'sexual behaviour', 'vie sexuelle', 'sexualleben', 'vida sexual']],
  ['sexual-orientation', ['sexual orientation', 'orientation sexuelle', 'sexuelle orientierung', 'orientacion sexual']],
];

/**
 * Phrases that contain a kind's word without being that kind ("health and safety", "health
 * insurance", "race results"), or that say only that some sensitive data is there.
 */
const MAYBE_SPECIAL = [
  'health and safety', 'health safety', 'health insurance', 'health insurance number', 'sante et securite', 'hygiene et securite',
  'mutuelle', 'seguridad y salud', 'seguro medico', 'seguro de salud', 'krankenversicherung', 'krankenkasse', 'race results',
  'sensitive', 'sensitive data', 'special category', 'special categories', 'special category data', 'diversity', 'diversity data',
  'equal opportunities', 'equality monitoring', 'photo', 'photos', 'photograph', 'photographs', 'cctv', 'voice recordings',
  'donnees sensibles', 'sensibles', 'diversite', 'besondere kategorien', 'sensible daten', 'datos sensibles', 'categorias especiales',
  'fotos', 'lichtbild',
];

const CRIMINAL = [
  'criminal', 'convictions', 'criminal record', 'criminal records', 'criminal convictions', 'offences', 'offenses', 'dbs check', 'dbs checks',
  'disclosure and barring', 'casier judiciaire', 'condamnations', 'condamnations penales', 'infractions', 'vorstrafen', 'fuhrungszeugnis',
  'strafrechtliche', 'straftaten', 'antecedentes penales', 'penales', 'condenas', 'delitos',
];

const SOURCE_BY_NAME: readonly (readonly [Source, readonly string[]])[] = [
  [
    'terminal-equipment',
    [
      'cookie', 'cookies', 'device identifier', 'device identifiers', 'device id', 'device ids', 'advertising id', 'advertising identifier',
      'advertising identifiers', 'idfa', 'gaid', 'telemetry', 'diagnostics', 'diagnostic data', 'crash reports', 'crash logs',
      'service generated data', 'local storage', 'gps', 'gps location', 'traceur', 'traceurs', 'temoins', 'identifiant publicitaire',
      'identifiants de l appareil', 'telemetrie', 'geratekennung', 'gerate id', 'telemetriedaten', 'identificador del dispositivo',
      'identificadores del dispositivo', 'telemetria',
    ],
  ],
  [
    'communications-content',
    [
      'messages', 'message content', 'content of messages', 'chat messages', 'chats', 'chat logs', 'chat transcripts', 'email content',
      'content of emails', 'email messages', 'email correspondence', 'content of communications', 'communications content', 'call recordings',
      'recordings of calls', 'voicemail', 'voicemails', 'meeting recordings', 'meeting transcripts', 'conversations', 'contenu des messages',
      'correspondance', 'enregistrements d appels', 'enregistrements des appels', 'nachrichten', 'nachrichteninhalte', 'gesprachsaufzeichnungen',
      'chatverlauf', 'chatverlaufe', 'mensajes', 'contenido de las comunicaciones', 'grabaciones de llamadas', 'conversaciones',
    ],
  ],
  [
    'communications-metadata',
    [
      'call logs', 'call detail records', 'call records', 'traffic data', 'communications metadata', 'message metadata', 'donnees de trafic',
      'metadonnees des communications', 'journaux d appels', 'verkehrsdaten', 'verbindungsdaten', 'datos de trafico', 'metadatos de las comunicaciones',
    ],
  ],
  [
    'public',
    [
      'publicly available', 'public sources', 'public profiles', 'scraped', 'web scraping', 'scraped data', 'donnees publiques', 'sources publiques',
      'offentlich zugangliche', 'offentlich zuganglich', 'fuentes de acceso publico', 'datos publicos',
    ],
  ],
  [
    'inferred',
    ['inferred', 'inferences', 'derived data', 'scores', 'score', 'scoring', 'credit score', 'risk score', 'segments', 'segmentation', 'predictions', 'propensity', 'donnees deduites', 'abgeleitete daten', 'datos inferidos', 'puntuacion'],
  ],
  [
    'observed',
    [
      'usage data', 'browsing history', 'clickstream', 'activity logs', 'access logs', 'server logs', 'audit logs', 'cctv footage', 'video surveillance',
      'donnees d usage', 'donnees d utilisation', 'donnees de connexion', 'videosurveillance', 'nutzungsdaten', 'protokolldaten', 'videouberwachung',
      'datos de uso', 'videovigilancia',
    ],
  ],
  [
    // Results of checks made with another organisation: the DBS, a credit reference agency, a referee.
    'third-party',
    [
      'credit reference', 'credit references', 'credit check', 'credit checks', 'credit report', 'credit reports', 'credit history check',
      'background check', 'background checks', 'background screening', 'pre employment screening', 'dbs check', 'dbs checks',
      'criminal record check', 'criminal record checks', 'criminal records check', 'criminal records checks', 'employment references',
      'character references', 'references from previous employers', 'referee reports', 'referee report', 'bonitatsauskunft',
      'bonitatsprufung', 'schufa', 'schufa auskunft', 'informe de solvencia', 'informes de solvencia',
    ],
  ],
];

/**
 * Words that name a source only as the whole name of a category: "References" are a referee's,
 * but "Booking references" are the controller's own numbers.
 */
const SOURCE_BY_WHOLE_NAME: readonly (readonly [Source, readonly string[]])[] = [['third-party', ['references', 'referees', 'referenzen', 'referencias', 'references professionnelles']]];

const SOURCE_BY_CELL: readonly (readonly [Source, readonly string[]])[] = [
  [
    'provided-by-subject',
    [
      'provided by subject', 'provided by the subject', 'provided by the data subject', 'provided by the person', 'data subject', 'the data subject', 'directly', 'directly from the individual', 'from the individual', 'individual', 'the individual', 'self',
      'provided by the individual', 'provided by the user', 'user', 'users', 'customer', 'customers', 'employee', 'employees', 'applicant',
      'applicants', 'candidate', 'candidates', 'web form', 'forms', 'personne concernee', 'la personne concernee', 'aupres de la personne concernee',
      'directement', 'collecte directe', 'salarie', 'client', 'betroffene person', 'betroffenen', 'direkt', 'beim betroffenen', 'interesado',
      'el propio interesado', 'directamente',
    ],
  ],
  [
    'third-party',
    [
      'third party', 'third parties', 'from third parties', 'partner', 'partners', 'credit reference agency', 'referees', 'recruitment agency',
      'agency', 'previous employer', 'tiers', 'partenaire', 'partenaires', 'dritte', 'dritten', 'dritter', 'terceros', 'tercero',
    ],
  ],
  ['public', ['public', 'publicly available', 'public sources', 'public registers', 'internet', 'social media', 'sources publiques', 'offentlich', 'offentliche quellen', 'fuentes publicas', 'fuentes de acceso publico']],
  ['observed', ['observed', 'generated by use', 'usage', 'collected automatically', 'automatically', 'observation', 'genere par l utilisation', 'automatisch erhoben', 'recogidos automaticamente']],
  ['inferred', ['inferred', 'derived', 'generated by us', 'calculated', 'deduites', 'abgeleitet', 'inferidos']],
  ['terminal-equipment', ['device', 'the device', 'user device', 'cookies', 'terminal', 'terminal equipment', 'appareil', 'endgerat', 'dispositivo']],
  ['communications-metadata', ['communications metadata', 'metadata', 'traffic data', 'metadonnees', 'metadaten', 'verkehrsdaten', 'metadatos']],
  ['communications-content', ['communications', 'communications content', 'messages', 'content of communications']],
];

interface Phrase<T> {
  value: T;
  padded: string;
}

function phrases<T>(table: readonly (readonly [T, readonly string[]])[]): Phrase<T>[] {
  return table.flatMap(([value, list]) => list.map((phrase) => ({ value, padded: ` ${phrase} ` })));
}

const SPECIAL_PHRASES = phrases(SPECIAL_WORDINGS);
const MAYBE_PHRASES = MAYBE_SPECIAL.map((phrase) => ` ${phrase} `);
const CRIMINAL_PHRASES = CRIMINAL.map((phrase) => ` ${phrase} `);
const SOURCE_NAME_PHRASES = phrases(SOURCE_BY_NAME);
const SOURCE_WHOLE_PHRASES = phrases(SOURCE_BY_WHOLE_NAME);
const SOURCE_CELL_PHRASES = phrases(SOURCE_BY_CELL);

export interface CategoryReading {
  /** Art. 9 kinds the name leaves no doubt about, each with the words that showed it. */
  special: { kind: SpecialKind; words: string }[];
  /** Words that may point to Art. 9 data without saying which, or that only look like it. */
  maybeSpecial?: string;
  /** The words that show criminal data (Art. 10). */
  criminal?: string;
  /** The source the name implies ("Cookies" → terminal-equipment), with the words. */
  source?: { source: Source; words: string };
}

/** Reads a data category's name. */
export function readCategoryName(name: string): CategoryReading {
  let padded = ` ${words(name)} `;
  const reading: CategoryReading = { special: [] };
  // "Health and safety training": the ambiguous phrase is taken out before the kinds are looked for.
  for (const phrase of MAYBE_PHRASES) {
    if (padded.includes(phrase)) {
      reading.maybeSpecial ??= phrase.trim();
      padded = padded.split(phrase).join(' _ ');
    }
  }
  const seen = new Set<SpecialKind>();
  for (const { value, padded: phrase } of SPECIAL_PHRASES) {
    if (!seen.has(value) && padded.includes(phrase)) {
      seen.add(value);
      reading.special.push({ kind: value, words: phrase.trim() });
    }
  }
  const criminal = CRIMINAL_PHRASES.find((phrase) => padded.includes(phrase));
  if (criminal) reading.criminal = criminal.trim();
  const source = SOURCE_NAME_PHRASES.find(({ padded: phrase }) => padded.includes(phrase)) ?? SOURCE_WHOLE_PHRASES.find(({ padded: phrase }) => padded === phrase);
  if (source) reading.source = { source: source.value, words: source.padded.trim() };
  return reading;
}

/** The sources a "Source of personal data" cell names, in the order of the table above, each once. */
function readSourceCellOnce(cell: string): Source[] {
  // The longest wording at each place: "communications metadata" is metadata, not communications.
  const padded = ` ${words(cell)} `;
  const found: { value: Source; at: number; end: number }[] = [];
  for (const { value, padded: phrase } of SOURCE_CELL_PHRASES) {
    for (let at = padded.indexOf(phrase); at >= 0; at = padded.indexOf(phrase, at + 1)) found.push({ value, at, end: at + phrase.length - 1 });
  }
  found.sort((a, b) => a.at - b.at || b.end - a.end);
  const kept = new Set<Source>();
  let reach = -1;
  for (const candidate of found) {
    if (candidate.at < reach) continue;
    kept.add(candidate.value);
    reach = candidate.end;
  }
  return [...kept];
}

const CHILDREN = new Set([
  'children', 'child', 'kids', 'minors', 'pupils', 'infants', 'babies', 'enfants', 'enfant', 'mineurs', 'eleves', 'kinder', 'kind', 'minderjahrige',
  'schuler', 'schulerinnen', 'menores', 'ninos', 'nino', 'alumnos', 'alumnas',
]);
const LEADING = new Set(['the', 'our', 'les', 'des', 'nos', 'die', 'unsere', 'los', 'las', 'nuestros', 'young', 'jeunes', 'junge']);

/**
 * A data subject whose name says the people are children: "Children", "Pupils", "Enfants
 * inscrits", "Minderjährige Nutzer". Only the head of the name counts, so "Parents of pupils"
 * is not children.
 */
export function namesChildren(name: string): string | undefined {
  const list = words(name).split(' ');
  const head = list.find((word) => !LEADING.has(word));
  return head !== undefined && CHILDREN.has(head) ? head : undefined;
}

/** The sources a source cell names, read once per wording (see readSourceCellOnce). */
export const readSourceCell: (text: string) => readonly Source[] = memoise(readSourceCellOnce);
