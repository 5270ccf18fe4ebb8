/**
 * The one dictionary from table headings to fields of the record (SPEC §1), shared by every
 * table reader (CSV, XLSX, ODS, Markdown) and by field/value tables, where the headings stand in
 * the first column. It holds the headings of the ICO's and the CNIL's templates, the German
 * (DSK) and Spanish (AEPD) basics and common synonyms; docs/import.md lists them for users.
 *
 * A heading matches a field when its words (see text.ts: case, accents, punctuation and asides
 * such as "(if applicable)" folded away) equal one of the field's phrasings; failing that, when
 * it contains one, the longest contained phrasing wins ("Name and contact details of joint
 * controller" is the joint controller's, not the controller's).
 */
import { containsPhrase, headingWords } from './text.js';

export type FieldKey =
  // the activity
  | 'activity.id'
  | 'activity.name'
  | 'activity.reference'
  | 'activity.description'
  | 'activity.role'
  | 'activity.function'
  | 'activity.onBehalfOf'
  | 'activity.jointController'
  | 'activity.updated'
  | 'activity.created'
  | 'activity.system'
  // its purposes
  | 'purpose.id'
  | 'purpose.description'
  | 'purpose.lawfulBasis'
  | 'purpose.specialCondition'
  | 'purpose.legalReference'
  | 'purpose.interest'
  | 'purpose.interestAssessment'
  | 'purpose.consentRecords'
  | 'purpose.aiTraining'
  // data
  | 'subjects'
  | 'subjects.ids'
  | 'categories'
  | 'categories.ids'
  | 'categories.special'
  | 'categories.criminal'
  | 'categories.source'
  | 'children'
  // sharing and keeping
  | 'recipients'
  | 'processors'
  | 'processors.contract'
  | 'transfers'
  | 'transfers.safeguards'
  | 'retention'
  | 'security'
  | 'dpia.required'
  | 'dpia.status'
  | 'dpia.reference'
  | 'automatedDecisions'
  // the organisation (title rows, field/value tables)
  | 'controller.name'
  | 'controller.contact'
  | 'controller.dpo'
  | 'controller.representative'
  | 'record.owner'
  | 'record.updated';

/** Each field's phrasings, in English, French, German and Spanish, as people write them. */
const PHRASINGS: Record<FieldKey, string[]> = {
  // The ids of the record, in columns of their own (ropa-lint's export writes them): a record
  // that goes out as a spreadsheet and comes back keeps the ids its notices, ignores and
  // baselines refer to.
  'activity.id': ['activity id', 'activity ids', 'processing activity id', 'activity identifier'],
  'activity.name': [
    'processing activity', 'processing activities', 'activity', 'activities', 'name of processing', 'name of the processing activity',
    'processing operation', 'processing', 'name of processing activity', 'activity name', 'process', 'process name',
    'traitement', 'activite de traitement', 'activites de traitement', 'activite', 'activites', 'nom du traitement',
    'designation des activites', 'designation du traitement', 'intitule du traitement', 'nom de l activite', 'denomination du traitement',
    'verarbeitungstatigkeit', 'bezeichnung der verarbeitungstatigkeit', 'bezeichnung der verarbeitung', 'verarbeitung', 'tatigkeit',
    'actividad de tratamiento', 'actividad', 'tratamiento', 'nombre del tratamiento', 'nombre de la actividad',
  ],
  'activity.reference': [
    'id', 'ref', 'reference', 'ref no', 'reference number', 'no', 'number', 'n', 'numero', 'n de reference', 'nr', 'nummer',
    'lfd nr', 'identificador', 'num',
  ],
  'activity.description': [
    'description', 'description of processing', 'description of the processing', 'summary', 'details of processing',
    'description du traitement', 'descriptif', 'beschreibung', 'beschreibung der verarbeitung', 'descripcion', 'descripcion del tratamiento',
  ],
  'activity.role': [
    'role', 'our role', 'controller or processor', 'capacity', 'role controller processor', 'qualite', 'role de l organisme',
    'responsable ou sous traitant', 'rolle', 'funktion verantwortlicher auftragsverarbeiter', 'rol', 'condicion',
  ],
  'activity.function': [
    'business function', 'function', 'department', 'team', 'business area', 'business unit', 'owner', 'process owner',
    'service', 'direction', 'service concerne', 'direction metier', 'pole', 'abteilung', 'fachbereich', 'organisationseinheit',
    'departamento', 'area', 'unidad',
  ],
  'activity.onBehalfOf': [
    'name and contact details of controller', 'controller on whose behalf', 'controller we act for', 'on behalf of', 'client controller',
    'responsable de traitement pour le compte duquel', 'pour le compte de', 'nom et coordonnees du responsable de traitement',
    'im auftrag von', 'auftraggeber', 'verantwortlicher im auftrag', 'por cuenta de', 'responsable por cuenta del cual',
  ],
  'activity.jointController': [
    'name and contact details of joint controller', 'joint controller', 'joint controllers', 'joint controllership',
    'responsable conjoint', 'responsables conjoints', 'nom du responsable conjoint du traitement', 'co responsable',
    'gemeinsam verantwortlicher', 'gemeinsam verantwortliche', 'gemeinsame verantwortliche', 'corresponsable', 'corresponsables',
  ],
  'activity.updated': [
    'last updated', 'date of last update', 'updated', 'last review', 'last reviewed', 'date of last review', 'review date',
    'date de derniere mise a jour', 'derniere mise a jour', 'mise a jour', 'mise a jour de la fiche', 'date de mise a jour',
    'letzte aktualisierung', 'stand', 'aktualisiert am', 'fecha de actualizacion', 'ultima actualizacion',
  ],
  'activity.created': [
    'date created', 'created', 'creation date', 'date de creation', 'date de creation de la fiche', 'creation de la fiche',
    'erstellt am', 'datum der anlage', 'fecha de creacion',
  ],
  'activity.system': [
    'system', 'systems', 'application', 'applications', 'software', 'it system', 'tool', 'tools', 'location of personal data',
    'where the data is held', 'logiciel', 'nom du logiciel', 'nom du logiciel ou de l application', 'application utilisee',
    'outil', 'system anwendung', 'anwendung', 'it verfahren', 'eingesetzte software', 'sistema', 'aplicacion', 'aplicaciones',
  ],
  'purpose.id': ['purpose id', 'purpose ids', 'purpose identifier'],
  'purpose.description': [
    'purpose', 'purposes', 'purpose of processing', 'purposes of processing', 'purpose of the processing', 'purposes of the processing',
    'processing purpose', 'processing purposes', 'purpose description', 'description of purpose', 'description of the purpose', 'why we process', 'why we use it', 'reason for processing', 'categories of processing',
    'finalite', 'finalites', 'finalite du traitement', 'finalites du traitement', 'finalite principale', 'objectif', 'objectifs',
    'objectifs poursuivis', 'finalites du traitement effectue', 'sous finalites', 'finalite s', 'zweck', 'zwecke', 'zweck der verarbeitung',
    'zwecke der verarbeitung', 'verarbeitungszweck', 'verarbeitungszwecke', 'finalidad', 'finalidades', 'finalidad del tratamiento',
    'finalidades del tratamiento', 'fines del tratamiento',
  ],
  'purpose.lawfulBasis': [
    'lawful basis', 'lawful bases', 'legal basis', 'legal bases', 'article 6 lawful basis', 'article 6 lawful basis for processing personal data',
    'lawful basis for processing', 'legal ground', 'legal grounds', 'basis for processing', 'art 6 basis', 'article 6 basis', 'gdpr basis',
    'lawful basis art 6', 'lawful basis article 6',
    'base legale', 'bases legales', 'base juridique', 'fondement juridique', 'fondement legal', 'base legale du traitement',
    'licéité', 'liceite', 'liceite du traitement', 'rechtsgrundlage', 'rechtsgrundlagen', 'rechtsgrundlage der verarbeitung',
    'base juridica', 'bases juridicas', 'base de legitimacion', 'legitimacion', 'base legal', 'licitud', 'base juridica del tratamiento',
  ],
  'purpose.specialCondition': [
    'article 9 basis', 'article 9 basis for processing special category data', 'article 9 condition', 'art 9 condition',
    'special category condition', 'condition for processing special category data', 'special category basis', 'lawful basis article 9',
    'lawful basis art 9', 'condition article 9', 'exception article 9', 'derogation article 9', 'condition de l article 9',
    'exception au titre de l article 9', 'base legale article 9', 'ausnahme nach art 9', 'ausnahmetatbestand art 9',
    'rechtsgrundlage art 9', 'excepcion del articulo 9', 'circunstancia del articulo 9',
  ],
  'purpose.legalReference': [
    'legal basis reference', 'law relied on', 'legislation', 'statutory basis', 'texte de reference', 'reference legale',
    'texte legal', 'gesetzliche grundlage', 'norma', 'normativa',
  ],
  'purpose.interest': [
    'legitimate interests for the processing', 'legitimate interest', 'legitimate interests', 'interest pursued', 'interet legitime',
    'interets legitimes', 'interet legitime poursuivi', 'berechtigtes interesse', 'berechtigte interessen', 'interes legitimo',
    'intereses legitimos',
  ],
  'purpose.interestAssessment': [
    'link to record of legitimate interests assessment', 'legitimate interests assessment', 'lia', 'link to lia',
    'balancing test', 'test de mise en balance', 'analyse de l interet legitime', 'interessenabwagung', 'ponderacion',
    'evaluacion del interes legitimo',
  ],
  'purpose.consentRecords': [
    'link to record of consent', 'record of consent', 'consent records', 'proof of consent', 'preuve du consentement',
    'nachweis der einwilligung', 'registro del consentimiento', 'prueba del consentimiento',
  ],
  'purpose.aiTraining': [
    'ai training', 'used for ai training', 'used to train ai', 'ai model training', 'model training', 'machine learning',
    'used to train models', 'entrainement ia', 'entrainement de modeles', 'apprentissage automatique', 'ki training',
    'ki training modelltraining', 'modelltraining', 'entrenamiento de ia', 'entrenamiento de modelos',
  ],
  subjects: [
    'data subjects', 'categories of data subjects', 'categories of individuals', 'individuals', 'data subject categories',
    'whose data', 'people', 'data subject', 'subjects', 'categories of people', 'personnes concernees', 'categories de personnes concernees',
    'categorie de personnes concernees', 'personnes', 'betroffene personen', 'kategorien betroffener personen', 'betroffene',
    'betroffenengruppen', 'interesados', 'categorias de interesados', 'colectivo', 'colectivos', 'personas afectadas',
  ],
  'subjects.ids': ['data subject ids', 'data subject id', 'data subjects ids'],
  'categories.ids': ['data category ids', 'data category id', 'data categories ids'],
  categories: [
    'personal data', 'categories of personal data', 'data categories', 'personal data categories', 'types of personal data',
    'data collected', 'data', 'data processed', 'categories of data', 'information', 'donnees', 'categories de donnees',
    'categories de donnees personnelles', 'categories de donnees collectees', 'donnees collectees', 'donnees personnelles',
    'donnees traitees', 'donnees personnelles concernees', 'categories de donnees personnelles concernees',
    'kategorien personenbezogener daten', 'personenbezogene daten', 'datenkategorien', 'daten', 'datenarten',
    'categorias de datos', 'categorias de datos personales', 'datos personales', 'datos', 'tipos de datos',
  ],
  'categories.special': [
    'special category data', 'special categories', 'special categories of personal data', 'sensitive data', 'special category',
    'donnees sensibles', 'categories particulieres de donnees', 'besondere kategorien personenbezogener daten', 'besondere kategorien',
    'sensible daten', 'categorias especiales de datos', 'datos sensibles', 'categorias especiales',
  ],
  'categories.criminal': [
    'criminal offence data', 'criminal convictions', 'criminal data', 'data relating to criminal convictions and offences',
    'donnees d infraction', 'infractions condamnations', 'donnees relatives aux condamnations penales', 'strafrechtliche daten',
    'daten uber strafrechtliche verurteilungen', 'datos penales', 'condenas e infracciones penales',
  ],
  'categories.source': [
    'source of personal data', 'source of the personal data', 'source', 'sources', 'data source', 'data sources', 'where data comes from',
    'origin of data', 'source des donnees', 'origine des donnees', 'provenance des donnees', 'herkunft der daten', 'datenquelle',
    'datenherkunft', 'origen de los datos', 'procedencia de los datos', 'fuente de los datos',
  ],
  children: ['children', 'childrens data', 'minors', 'enfants', 'mineurs', 'donnees de mineurs', 'kinder', 'minderjahrige', 'menores', 'ninos'],
  recipients: [
    'recipients', 'categories of recipients', 'recipient', 'recipient categories', 'who we share with', 'shared with', 'disclosed to',
    'destinataires', 'categories de destinataires', 'categories de destinataires des donnees', 'destinataires des donnees',
    'empfanger', 'kategorien von empfangern', 'empfangerkategorien', 'destinatarios', 'categorias de destinatarios',
  ],
  processors: [
    'processors', 'processor', 'data processors', 'sub processors', 'service providers', 'vendors', 'suppliers',
    'sous traitants', 'sous traitant', 'prestataires', 'auftragsverarbeiter', 'dienstleister', 'encargados del tratamiento',
    'encargado del tratamiento', 'encargados', 'proveedores',
  ],
  'processors.contract': [
    'link to contract with processor', 'processor contract', 'contract with processor', 'data processing agreement', 'dpa',
    'dpa reference', 'link to dpa', 'contrat de sous traitance', 'contrat avec le sous traitant', 'av vertrag',
    'auftragsverarbeitungsvertrag', 'contrato de encargo', 'contrato de encargado',
  ],
  transfers: [
    'names of third countries or international organisations that personal data are transferred to', 'transfers to third countries',
    'international transfers', 'third countries', 'third country transfers', 'transfers', 'transfers outside the eea',
    'transfers outside the uk', 'countries', 'transferts hors ue', 'transferts des donnees hors ue', 'transferts',
    'transferts hors de l union europeenne', 'pays', 'transfert hors ue', 'ubermittlung in drittlander', 'ubermittlungen in drittlander',
    'drittlandubermittlung', 'drittlander', 'transferencias internacionales', 'transferencias internacionales de datos',
    'transferencias a terceros paises', 'paises',
  ],
  'transfers.safeguards': [
    'safeguards for exceptional transfers of personal data to third countries or international organisations', 'safeguards',
    'transfer safeguards', 'transfer mechanism', 'transfer mechanisms', 'safeguards for transfers', 'appropriate safeguards',
    'garanties', 'garanties appropriees', 'type de garanties', 'mecanisme de transfert', 'garanties pour les transferts',
    'geeignete garantien', 'garantien', 'garantias', 'garantias adecuadas', 'mecanismo de transferencia',
  ],
  retention: [
    'retention', 'retention schedule', 'retention period', 'retention periods', 'how long we keep it', 'storage period', 'time limits for erasure',
    'duree de conservation', 'durees de conservation', 'duree de conservation des donnees', 'durees de conservation des categories de donnees',
    'conservation', 'loschfrist', 'loschfristen', 'speicherdauer', 'aufbewahrungsfrist', 'aufbewahrungsdauer', 'fristen fur die loschung',
    'plazo de conservacion', 'plazos de conservacion', 'plazo de supresion', 'conservacion',
  ],
  security: [
    'general description of technical and organisational security measures', 'security measures', 'technical and organisational measures',
    'technical and organizational measures', 'toms', 'tom', 'security', 'mesures de securite', 'mesures de securite techniques et organisationnelles',
    'securite', 'technische und organisatorische massnahmen', 'massnahmen', 'sicherheitsmassnahmen', 'medidas de seguridad',
    'medidas tecnicas y organizativas', 'seguridad',
  ],
  'dpia.required': [
    'data protection impact assessment required', 'dpia required', 'dpia needed', 'is a dpia required', 'aipd requise', 'aipd necessaire',
    'analyse d impact requise', 'dsfa erforderlich', 'dsfa notwendig', 'eipd necesaria', 'eipd requerida',
  ],
  'dpia.status': [
    'dpia progress', 'dpia status', 'dpia', 'data protection impact assessment', 'impact assessment', 'etat de l aipd', 'aipd',
    'analyse d impact', 'analyse d impact relative a la protection des donnees', 'statut aipd', 'dsfa', 'datenschutz folgenabschatzung',
    'stand der dsfa', 'eipd', 'evaluacion de impacto', 'estado de la eipd',
  ],
  'dpia.reference': [
    'link to data protection impact assessment', 'link to dpia', 'dpia reference', 'dpia link', 'lien vers l aipd', 'reference de l aipd',
    'lien vers l analyse d impact', 'verweis auf dsfa', 'link zur dsfa', 'link zur datenschutz folgenabschatzung', 'enlace a la eipd',
    'referencia eipd', 'enlace a la evaluacion de impacto',
  ],
  automatedDecisions: [
    'existence of automated decision making including profiling', 'automated decision making', 'automated decisions', 'profiling',
    'automated decision making profiling', 'decision automatisee', 'decisions automatisees', 'prise de decision automatisee', 'profilage',
    'automatisierte entscheidung', 'automatisierte entscheidungsfindung', 'profiling', 'decisiones automatizadas',
    'decisiones individuales automatizadas', 'elaboracion de perfiles',
  ],
  'controller.name': [
    'name and contact details of your organisation', 'controller', 'organisation', 'organization', 'organisation name', 'company',
    'company name', 'data controller', 'name of controller', 'controller name', 'responsable du traitement', 'responsable de traitement',
    'organisme', 'nom de l organisme', 'raison sociale', 'nom', 'verantwortlicher', 'verantwortliche stelle', 'name des verantwortlichen',
    'unternehmen', 'responsable del tratamiento', 'responsable', 'entidad', 'razon social',
  ],
  'controller.contact': [
    'contact details', 'contact', 'controller contact', 'address', 'adresse', 'coordonnees', 'kontaktdaten', 'anschrift',
    'datos de contacto', 'direccion', 'contacto',
  ],
  'controller.dpo': [
    'name and contact details of your data protection officer', 'data protection officer', 'dpo', 'dpo contact', 'delegue a la protection des donnees',
    'dpd', 'dpo dpd', 'coordonnees du dpo', 'datenschutzbeauftragter', 'datenschutzbeauftragte', 'dsb', 'delegado de proteccion de datos', 'dpd contacto',
  ],
  'controller.representative': [
    'name and contact details of your representative', 'representative', 'eu representative', 'uk representative',
    'representant', 'representant dans l ue', 'vertreter', 'vertreter in der union', 'representante', 'representante en la ue',
  ],
  'record.owner': ['record owner', 'owner of this record', 'maintained by', 'completed by', 'tenu par', 'redige par', 'erstellt von', 'gepflegt von', 'elaborado por'],
  'record.updated': ['record last updated', 'record updated', 'date of this record', 'version date', 'date du registre', 'stand des verzeichnisses', 'fecha del registro'],
};

/** Fields of the organisation, found in title rows and field/value tables, not in record columns. */
export const ORGANISATION_FIELDS: ReadonlySet<FieldKey> = new Set([
  'controller.name',
  'controller.contact',
  'controller.dpo',
  'controller.representative',
  'record.owner',
  'record.updated',
]);

/** A phrasing in words form, with its field; sorted longest first for the containment search. */
interface Phrasing {
  words: string;
  field: FieldKey;
}

/** Single words that name their field wherever they stand in a heading. */
const DISTINCTIVE = new Set([
  'purpose', 'purposes', 'finalite', 'finalites', 'zweck', 'zwecke', 'verarbeitungszweck', 'verarbeitungszwecke', 'finalidad', 'finalidades',
  'recipients', 'destinataires', 'empfanger', 'destinatarios', 'retention', 'loschfrist', 'loschfristen', 'rechtsgrundlage', 'legitimacion',
  'interesados', 'auftragsverarbeiter', 'datenschutzbeauftragter', 'verarbeitungstatigkeit', 'dpia', 'aipd', 'dsfa', 'eipd', 'processors',
]);

const EXACT = new Map<string, FieldKey>();
const CONTAINED: Phrasing[] = [];
for (const [field, phrasings] of Object.entries(PHRASINGS) as [FieldKey, string[]][]) {
  for (const phrasing of phrasings) {
    const form = headingWords(phrasing);
    if (!EXACT.has(form)) EXACT.set(form, field);
    // A single word matches inside a longer heading only when it is distinctive: "Processing
    // location" is not an activity, "Service provider" not a department.
    if (form.includes(' ') || DISTINCTIVE.has(form)) CONTAINED.push({ words: form, field });
  }
}
CONTAINED.sort((a, b) => b.words.length - a.words.length);

/** Headings that describe the fields of a template rather than hold a record's values. */
const VALUE_HEADINGS = new Set(
  ['value', 'values', 'valeur', 'valeurs', 'wert', 'angabe', 'angaben', 'valor', 'answer', 'response', 'reponse', 'respuesta', 'details', 'detail', 'entry', 'contenu', 'inhalt', 'contenido', 'information', 'informations', 'informationen', 'informacion'].map((word) => headingWords(word)),
);
const FIELD_HEADINGS = new Set(
  ['field', 'fields', 'item', 'question', 'heading', 'attribute', 'key', 'champ', 'rubrique', 'element', 'feld', 'merkmal', 'campo', 'elemento', 'apartado'].map((word) => headingWords(word)),
);
const EXPLANATION_HEADINGS = new Set(
  ['description', 'meaning', 'guidance', 'explanation', 'instructions', 'instruction', 'example', 'examples', 'what to enter', 'how to complete', 'notes', 'help', 'definition', 'required', 'mandatory', 'signification', 'explication', 'consignes', 'exemple', 'aide', 'erlauterung', 'erklarung', 'beispiel', 'hinweis', 'hinweise', 'explicacion', 'ejemplo', 'ayuda', 'significado'].map((word) => headingWords(word)),
);

/** Headings of the templates that contain a field's phrasing but record something else. */
const NOT_A_FIELD = new Set(
  ['personal data breaches', 'data breaches', 'breaches', 'violations de donnees', 'datenpannen', 'brechas de seguridad', 'rights available to individuals'].map((heading) => headingWords(heading)),
);

/**
 * Words that make a heading about the DPIA ask where it is rather than how far it got: the ICO's
 * "Link to Data Protection Impact Assessment", "DPIA document", "Ablageort der DSFA".
 */
const LINK_WORDS = ['link', 'url', 'location', 'reference', 'ref', 'document', 'lien', 'emplacement', 'verweis', 'ablageort', 'fundstelle', 'enlace', 'referencia', 'ubicacion'];

/** The field a heading names, if any. */
export function matchHeading(heading: string): FieldKey | undefined {
  const form = headingWords(heading);
  if (form === '' || NOT_A_FIELD.has(form)) return undefined;
  const field = EXACT.get(form) ?? CONTAINED.find(({ words }) => containsPhrase(form, words))?.field;
  if (field === 'dpia.status' && LINK_WORDS.some((word) => containsPhrase(form, word))) return 'dpia.reference';
  return field;
}

/** "Value", "Valeur", "Wert": the second column of a field/value table. */
export function isValueHeading(heading: string): boolean {
  return VALUE_HEADINGS.has(headingWords(heading));
}

/** "Field", "Champ", "Feld": the first column of a field/value table or of a comparison of fields. */
export function isFieldHeading(heading: string): boolean {
  return FIELD_HEADINGS.has(headingWords(heading));
}

/** "Description", "Guidance", "Example": a column that explains a field instead of giving its value. */
export function isExplanationHeading(heading: string): boolean {
  return EXPLANATION_HEADINGS.has(headingWords(heading));
}

/** Each field with its phrasings, for docs/import.md and its test. */
export function phrasingsOf(field: FieldKey): readonly string[] {
  return PHRASINGS[field];
}

export const FIELD_KEYS = Object.keys(PHRASINGS) as FieldKey[];
