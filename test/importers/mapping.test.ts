/**
 * The pieces of the one mapping layer, each as a table of what people write and what it
 * becomes: headings, lawful bases, Art. 9 conditions, category and subject names, multi-value
 * cells, countries and transfer mechanisms, ids, text encodings and the Fides table.
 */
import { describe, expect, it } from 'vitest';
import { namesChildren, readCategoryName, readSourceCell } from '../../src/importers/categories.js';
import { isNothing, isNotYet, readBoolean, splitList, splitSentences } from '../../src/importers/cells.js';
import { countryCode, findCountries, findMechanisms } from '../../src/importers/countries.js';
import { decodeText } from '../../src/importers/decode.js';
import { ImportError } from '../../src/importers/errors.js';
import { fidesCategoryFacts } from '../../src/importers/fides-taxonomy.js';
import { matchHeading } from '../../src/importers/headers.js';
import { readLawfulBases, readSpecialCondition } from '../../src/importers/lawful-basis.js';
import { IdScope, slugify } from '../../src/importers/text.js';

describe('headings', () => {
  it.each([
    // The ICO's template.
    ['Purpose(s) of processing', 'purpose.description'],
    ['Article 6 lawful basis for processing personal data', 'purpose.lawfulBasis'],
    ['Article 9 basis for processing special category data', 'purpose.specialCondition'],
    ['Categories of individuals', 'subjects'],
    ['Categories of personal data', 'categories'],
    ['Categories of recipients', 'recipients'],
    ['Names of third countries or international organisations that personal data are transferred to (if applicable)', 'transfers'],
    ['Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)', 'transfers.safeguards'],
    ['Retention schedule (if possible)', 'retention'],
    ['General description of technical and organisational security measures (if possible)', 'security'],
    ['Name and contact details of joint controller (if applicable)', 'activity.jointController'],
    ['Link to record of legitimate interests assessment (if applicable)', 'purpose.interestAssessment'],
    ['Existence of automated decision-making, including profiling (if applicable)', 'automatedDecisions'],
    ['The source of the personal data (if applicable)', 'categories.source'],
    ['Data Protection Impact Assessment required?', 'dpia.required'],
    ['Link to DPIA', 'dpia.reference'],
    // The ICO's own heading for the DPIA's link, and its close variants: where the DPIA is, not how far it got.
    ['Link to Data Protection Impact Assessment', 'dpia.reference'],
    ['Link to the Data Protection Impact Assessment (DPIA)', 'dpia.reference'],
    ['Data Protection Impact Assessment link', 'dpia.reference'],
    ['DPIA document', 'dpia.reference'],
    ['Lien vers l’analyse d’impact (AIPD)', 'dpia.reference'],
    ['Ablageort der DSFA', 'dpia.reference'],
    ['Data Protection Impact Assessment progress', 'dpia.status'],
    ['Data Protection Impact Assessment', 'dpia.status'],
    ['Analyse d’impact (AIPD)', 'dpia.status'],
    ['Name and contact details of your Data Protection Officer', 'controller.dpo'],
    // The CNIL's register.
    ['Finalité(s) du traitement effectué', 'purpose.description'],
    ['Base légale', 'purpose.lawfulBasis'],
    ['Catégories de personnes concernées', 'subjects'],
    ['Durée de conservation', 'retention'],
    ['Transferts des données hors UE', 'transfers'],
    ['Mesures de sécurité', 'security'],
    ['Délégué à la protection des données', 'controller.dpo'],
    // German and Spanish basics.
    ['Zwecke der Verarbeitung', 'purpose.description'],
    ['Rechtsgrundlage', 'purpose.lawfulBasis'],
    ['Kategorien betroffener Personen', 'subjects'],
    ['Löschfristen', 'retention'],
    ['Technische und organisatorische Maßnahmen', 'security'],
    ['Finalidad del tratamiento', 'purpose.description'],
    ['Base jurídica', 'purpose.lawfulBasis'],
    ['Categorías de interesados', 'subjects'],
    ['Plazo de conservación', 'retention'],
    ['Transferencias internacionales', 'transfers'],
    // Synonyms, and case, accents and punctuation folded away.
    ['Lawful basis', 'purpose.lawfulBasis'],
    ['LEGAL BASIS:', 'purpose.lawfulBasis'],
    ['finalite', 'purpose.description'],
    ['Security measures', 'security'],
    ['Recipients', 'recipients'],
    ['3. Purposes', 'purpose.description'],
    ['Processing activity', 'activity.name'],
    ['Lawful basis Article 9', 'purpose.specialCondition'],
  ])('%s → %s', (heading, field) => {
    expect(matchHeading(heading)).toBe(field);
  });

  it.each(['Notes', 'Personal data breaches?', 'Rights available to individuals', 'Processing location', 'Comments', 'Owner of the spreadsheet cell', ''])(
    '%j names no field',
    (heading) => {
      expect(matchHeading(heading)).toBeUndefined();
    },
  );
});

describe('lawful bases', () => {
  it.each([
    ['Art. 6(1)(f) legitimate interest', ['legitimate-interests']],
    ['intérêt légitime', ['legitimate-interests']],
    ['performance of a contract', ['contract']],
    ['Exécution d’un contrat', ['contract']],
    ['Art. 6 Abs. 1 lit. b DSGVO', ['contract']],
    ['Berechtigtes Interesse (Art. 6 Abs. 1 S. 1 lit. f DSGVO)', ['legitimate-interests']],
    ['ejecución de un contrato', ['contract']],
    ['art. 6.1.c RGPD', ['legal-obligation']],
    ['Obligation légale', ['legal-obligation']],
    ['Vital interests', ['vital-interests']],
    ['Public task', ['public-task']],
    ['Mission d’intérêt public', ['public-task']],
    ['Consentimiento', ['consent']],
    ['Einwilligung', ['consent']],
    ['6(1)(a)', ['consent']],
    ['Contract; legal obligation', ['contract', 'legal-obligation']],
    ['Consent\nLegitimate interests', ['consent', 'legitimate-interests']],
    // The Art. 9 part of a cell names a condition, not a second Art. 6 basis.
    ['Art. 6(1)(b) contract; Art. 9(2)(a) explicit consent', ['contract']],
  ])('%j → %j', (text, bases) => {
    expect(readLawfulBases(text)).toEqual({ bases, unknown: false });
  });

  it.each([
    ['We rely on good faith', 'no basis'],
    ['Art. 6(1)(a) legitimate interests', 'an article number that disagrees with the words'],
  ])('%j is left unread (%s)', (text) => {
    expect(readLawfulBases(text)).toEqual({ bases: [], unknown: true });
  });

  it.each([
    ['Art. 9(2)(b) employment', 'employment'],
    ['Explicit consent', 'explicit-consent'],
    ['Health or social care (with a basis in law)', 'health-care'],
    ['Art. 9 Abs. 2 lit. h DSGVO', 'health-care'],
    ['Archivage, recherche scientifique', 'archiving-research'],
    ['Manifestly made public by the data subject', 'made-public'],
  ])('Art. 9 condition %j → %s', (text, condition) => {
    expect(readSpecialCondition(text)).toBe(condition);
  });

  it.each(['N/A', 'Employment or legal claims', ''])('%j names no one Art. 9 condition', (text) => {
    expect(readSpecialCondition(text)).toBeUndefined();
  });
});

describe('category and subject names', () => {
  it.each([
    ['Sickness absence records', ['health']],
    ['Arrêts maladie', ['health']],
    ['Gesundheitsdaten', ['health']],
    ['Fingerprints for the time clock', ['biometric']],
    ['Trade union membership', ['trade-union']],
    ['Equal opportunities data: ethnicity, religion', ['racial-ethnic-origin', 'religious-beliefs']],
    ['Orientación sexual', ['sexual-orientation']],
  ])('%j is special %j', (name, kinds) => {
    expect(readCategoryName(name).special.map((found) => found.kind)).toEqual(kinds);
  });

  it.each([
    ['Health and safety training records', 'health and safety'],
    ['Health insurance number', 'health insurance'],
    ['Diversity data', 'diversity'],
    ['Staff photos', 'photos'],
  ])('%j is not marked special, and says why (%s)', (name, words) => {
    expect(readCategoryName(name)).toMatchObject({ special: [], maybeSpecial: words });
  });

  it('recognises criminal data and sources by telling names', () => {
    expect(readCategoryName('DBS check results').criminal).toBe('dbs check');
    expect(readCategoryName('Casier judiciaire').criminal).toBe('casier judiciaire');
    expect(readCategoryName('Cookie identifiers').source?.source).toBe('terminal-equipment');
    expect(readCategoryName('Chat messages').source?.source).toBe('communications-content');
    expect(readCategoryName('Call detail records').source?.source).toBe('communications-metadata');
    expect(readCategoryName('Email address').source).toBeUndefined();
  });

  it.each([
    ['Directly from the employee', ['provided-by-subject']],
    ['Credit reference agency', ['third-party']],
    ['Publicly available sources', ['public']],
    ['Communications metadata', ['communications-metadata']],
    ['Read from the device', ['terminal-equipment']],
    ['The individual; HMRC via a third party', ['provided-by-subject', 'third-party']],
    ['Somewhere', []],
  ])('source cell %j → %j', (cell, sources) => {
    expect(readSourceCell(cell)).toEqual(sources);
  });

  it.each([
    ['Children', 'children'],
    ['Pupils of the school', 'pupils'],
    ['Enfants inscrits', 'enfants'],
    ['Minderjährige Nutzer', 'minderjahrige'],
  ])('%j are children', (name, word) => {
    expect(namesChildren(name)).toBe(word);
  });

  it.each(['Parents of pupils', 'Customers', 'Childminders'])('%j are not children', (name) => {
    expect(namesChildren(name)).toBeUndefined();
  });
});

describe('cells', () => {
  it.each([
    ['Name, address, email', ['Name', 'address', 'email']],
    ['Name; address, postcode; email', ['Name', 'address, postcode', 'email']],
    ['Name\nAddress\nBank details', ['Name', 'Address', 'Bank details']],
    ['• Name\n• Address', ['Name', 'Address']],
    ['- Name\n- Address', ['Name', 'Address']],
    ['Contact details (name, e-mail), Bank details', ['Contact details (name, e-mail)', 'Bank details']],
    ['Name and address', ['Name and address']],
    ['', []],
  ])('list %j → %j', (cell, items) => {
    expect(splitList(cell)).toEqual(items);
  });

  it('keeps the commas of a purpose, and splits purposes on lines and semicolons', () => {
    expect(splitSentences('To pay staff, including pensions and benefits')).toEqual(['To pay staff, including pensions and benefits']);
    expect(splitSentences('Pay staff; run pensions')).toEqual(['Pay staff', 'run pensions']);
    expect(splitSentences('1. Pay staff\n2. Run pensions')).toEqual(['Pay staff', 'Run pensions']);
  });

  it.each([
    ['Yes', true],
    ['oui', true],
    ['Ja', true],
    ['Sí', true],
    ['✓', true],
    ['No', false],
    ['Non', false],
    ['Nein', false],
    ['No – not used', false],
    ['Yes, for payroll', true],
    ['Sometimes', undefined],
  ])('yes/no %j → %j', (cell, answer) => {
    expect(readBoolean(cell)).toBe(answer);
  });

  it('tells "none" from "not yet"', () => {
    for (const none of ['None', 'N/A', 'Néant', 'Aucun', 'Keine', 'Ninguno', 'Not applicable']) expect(isNothing(none)).toBe(true);
    for (const later of ['TBC', 'TBD', '?', '-', '—', '[CONFIRM with HR]', 'à compléter']) expect(isNotYet(later)).toBe(true);
    expect(isNothing('HMRC')).toBe(false);
    expect(isNotYet('HMRC')).toBe(false);
  });
});

describe('countries and transfer mechanisms', () => {
  it.each([
    ['USA (SCCs)', ['US'], ['scc']],
    ['Inde – clauses contractuelles types', ['IN'], ['scc']],
    ['Vereinigte Staaten: Angemessenheitsbeschluss (DPF)', ['US'], ['adequacy']],
    ['Estados Unidos, cláusulas contractuales tipo', ['US'], ['scc']],
    ['United Kingdom and Switzerland (adequacy)', ['GB', 'CH'], ['adequacy']],
    ['Group companies in India under binding corporate rules', ['IN'], ['bcr']],
    ['IT team in Dublin', [], []],
    ['JP', ['JP'], []],
  ])('%j → %j by %j', (text, countries, mechanisms) => {
    expect(findCountries(text)).toEqual(countries);
    expect(findMechanisms(text)).toEqual(mechanisms);
  });

  it('reads the alpha-3 codes of pre-3.0 Fides manifests', () => {
    expect(['USA', 'CAN', 'DEU', 'gbr', 'FR', 'XXX'].map(countryCode)).toEqual(['US', 'CA', 'DE', 'GB', 'FR', undefined]);
  });
});

describe('ids', () => {
  it.each([
    ['Smart reply suggestions', 'smart-reply-suggestions'],
    ['Gestion de la paie', 'gestion-de-la-paie'],
    ['Übermittlung an Dritte', 'ubermittlung-an-dritte'],
    ['  PA-01 / HR  ', 'pa-01-hr'],
    ['Use past support chats to train the reply-suggestion model for all customers', 'use-past-support-chats-to-train-the-reply'],
    ['日本語', ''],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('are unique in their scope, with a fallback for names without letters', () => {
    const scope = new IdScope('purpose');
    expect(['Payroll', 'payroll', 'PAYROLL!', '日本語', '日本語'].map((name) => scope.claim(name))).toEqual(['payroll', 'payroll-2', 'payroll-3', 'purpose', 'purpose-2']);
  });
});

describe('text encodings', () => {
  const text = 'Finalité;Base légale\r\nPaie;Obligation légale\r\n';

  it.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf-8'],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8'],
    ['UTF-16 LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'utf-16be'],
    ['UTF-16 LE without a mark', Buffer.from(text, 'utf16le'), 'utf-16le'],
    ['Latin-1 from Excel', Buffer.from(text, 'latin1'), 'windows-1252'],
  ])('%s is read as the same text', (_name, bytes, encoding) => {
    expect(decodeText(bytes, 'r.csv')).toEqual({ text, encoding });
  });

  it('refuses binary data with the line of the first control character', () => {
    const bytes = Buffer.concat([Buffer.from('a;b\nc;d\n'), Buffer.from([0x00, 0x01, 0x02, 0x03, 0x9c])]);
    expect(() => decodeText(bytes, 'r.csv')).toThrow(ImportError);
    expect(() => decodeText(bytes, 'r.csv')).toThrow(/^r\.csv:3: control character U\+0000/);
  });
});

describe('the Fides category table', () => {
  it.each([
    ['user.contact.email', 'provided-by-subject', [], false],
    ['user.content.private', 'communications-content', [], false],
    ['user.device.cookie_id', 'terminal-equipment', [], false],
    ['user.device.ip_address', 'observed', [], false],
    ['user.location.precise', 'terminal-equipment', [], false],
    ['user.behavior.browsing_history', 'observed', [], false],
    ['user.demographic.race_ethnicity', 'provided-by-subject', ['racial-ethnic-origin'], false],
    ['user.health_and_medical.genetic', 'provided-by-subject', ['genetic'], false],
    ['user.biometric.health', 'provided-by-subject', ['biometric', 'health'], false],
    ['user.criminal_history', 'provided-by-subject', [], true],
    ['user.unique_id.pseudonymous', 'inferred', [], false],
    // Pre-2.0 keys: the part that says how the data was obtained is taken off.
    ['user.provided.identifiable.contact.email', 'provided-by-subject', [], false],
    ['user.derived.identifiable.device.cookie_id', 'terminal-equipment', [], false],
    ['user.provided.identifiable.political_opinion', 'provided-by-subject', ['political-opinions'], false],
    ['user.derived.identifiable', 'observed', [], false],
    ['system.operations', 'observed', [], false],
  ])('%s → %s %j criminal %s', (key, source, special, criminal) => {
    expect(fidesCategoryFacts(key)).toMatchObject({ source, special, criminal });
  });

  it('knows nothing of an organisation\'s own keys', () => {
    expect(fidesCategoryFacts('custom.loyalty_points')).toBeUndefined();
  });
});
