/**
 * The pieces of the one mapping layer, each as a table of what people write and what it
 * becomes: headings, lawful bases, Art. 9 conditions, category and subject names, multi-value
 * cells, countries and transfer mechanisms, ids, text encodings and the Fides table.
 */
import { describe, expect, it } from 'vitest';
import { namesChildren, readCategoryName, readSourceCell } from '../../src/importers/categories.js';
import { isNothing, isNotYet, readBoolean, splitList, splitParties, splitSentences, writtenContact } from '../../src/importers/cells.js';
import { countryCode, findCountries, findMechanisms, readProcessorName } from '../../src/importers/countries.js';
import { decodeText } from '../../src/importers/decode.js';
import { ImportError } from '../../src/importers/errors.js';
import { fidesCategoryFacts } from '../../src/importers/fides-taxonomy.js';
import { matchHeading } from '../../src/importers/headers.js';
import { readLawfulBases, readSpecialCondition } from '../../src/importers/lawful-basis.js';
import { IdScope, slugify } from '../../src/importers/text.js';
import { activities, activity, categories, expectValidInventory, importText, purposes, reportLines } from './support.js';

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
    // The id columns `ropa-lint export` writes after the template's; a bare "ID" stays a reference.
    ['Activity id', 'activity.id'],
    ['Purpose ID', 'purpose.id'],
    ['Data subject ids', 'subjects.ids'],
    ['Data category ids', 'categories.ids'],
    ['ID', 'activity.reference'],
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

  it.each([
    // Checks and reports made with another organisation: a DBS check comes from the DBS, not from the applicant.
    ['DBS check results', 'third-party'],
    ['Credit reports', 'third-party'],
    ['Criminal records checks', 'third-party'],
    ['Employment references', 'third-party'],
    ['References', 'third-party'],
    ['Bonitätsprüfung', 'third-party'],
  ])('%j comes from a third party', (name, source) => {
    expect(readCategoryName(name).source?.source).toBe(source);
  });

  it.each(['Booking references', 'Order references', 'Reference number', 'Criminal record', 'Casier judiciaire', 'Führungszeugnis'])(
    '%j says nothing sure of its source (a number of the controller, or a record the person may hand over)',
    (name) => {
      expect(readCategoryName(name).source).toBeUndefined();
    },
  );

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
    // The format's own words, as someone copying from the YAML writes them.
    ['provided-by-subject', ['provided-by-subject']],
    ['terminal-equipment', ['terminal-equipment']],
    ['communications-metadata', ['communications-metadata']],
    ['third-party', ['third-party']],
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

  it('keeps the semicolon of one sentence when asked to cut only at lines and bullets', () => {
    expect(splitSentences('Keep payroll records; audit them yearly.', { atSemicolons: false })).toEqual(['Keep payroll records; audit them yearly.']);
    expect(splitSentences('• Pay staff; run pensions\n• Report to HMRC', { atSemicolons: false })).toEqual(['Pay staff; run pensions', 'Report to HMRC']);
  });

  it.each([
    ['Partner SA', [{ name: 'Partner SA' }]],
    ['Partner SA, privacy@partner.example', [{ name: 'Partner SA', contact: 'privacy@partner.example' }]],
    // A comma belongs to the name unless a contact follows it.
    ['Smith, Jones & Co', [{ name: 'Smith, Jones & Co' }]],
    ['Smith, Jones & Co, 12 High Street, Leeds', [{ name: 'Smith, Jones & Co', contact: '12 High Street, Leeds' }]],
    ['Partner SA\nprivacy@partner.example\n+33 1 23 45 67 89', [{ name: 'Partner SA', contact: 'privacy@partner.example, +33 1 23 45 67 89' }]],
    // Several parties: lines, semicolons, bullets.
    ['Partner SA\nprivacy@partner.example\nOther GmbH\nhttps://other.example', [{ name: 'Partner SA', contact: 'privacy@partner.example' }, { name: 'Other GmbH', contact: 'https://other.example' }]],
    ['Partner SA, privacy@partner.example; Other GmbH', [{ name: 'Partner SA', contact: 'privacy@partner.example' }, { name: 'Other GmbH' }]],
    ['• Partner, Analytics SA\nContact: the partner’s privacy team\n• Studio 54 Ltd', [{ name: 'Partner, Analytics SA', contact: 'the partner’s privacy team' }, { name: 'Studio 54 Ltd' }]],
    ['', []],
  ])('parties %j → %j', (cell, parties) => {
    expect(splitParties(cell)).toEqual(parties);
  });

  it.each(['privacy@partner.example', 'the partner’s privacy team', 'Tel: 0800 123 456', '- see the contract', 'Contact: legal'])(
    'a contact written as %j is read back as it is',
    (contact) => {
      expect(splitParties(`Partner SA\n${writtenContact(contact)}`)).toEqual([{ name: 'Partner SA', contact }]);
      expect(splitParties(`• Partner SA\n${writtenContact(contact)}\n• Other GmbH`)).toEqual([{ name: 'Partner SA', contact }, { name: 'Other GmbH' }]);
    },
  );

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

  it.each([
    ['Mailchimp (US)', 'Mailchimp', ['US']],
    ['Payroll Co (United Kingdom)', 'Payroll Co', ['GB']],
    // Brackets that name no country stay part of the name.
    ['Acme (Europe)', 'Acme (Europe)', []],
    ['Acme (2019)', 'Acme (2019)', []],
    // Only the last brackets give the country; "country not stated" is the export's way to keep a name's own.
    ['Acme (UK) (DE)', 'Acme (UK)', ['DE']],
    ['Acme (UK) (country not stated)', 'Acme (UK)', []],
    ['Cloud Co (United States, India)', 'Cloud Co', ['US', 'IN']],
  ])('processor %j is %j in %j', (item, name, countries) => {
    expect(readProcessorName(item)).toEqual({ name, countries });
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

  it("keep the source's own id when it is kebab-case and free, and make one from it otherwise", () => {
    const scope = new IdScope('activity');
    expect([
      scope.claim('Payroll', 'hr-pay'),
      scope.claim('Pensions', 'hr-pay'),
      scope.claim('Recruitment', 'PA 01'),
      scope.claim('Training', '日本語'),
    ]).toEqual(['hr-pay', 'hr-pay-2', 'pa-01', 'training']);
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

/**
 * The readings above at work on a whole row, where the cells of a row decide together: the cases
 * where a spreadsheet's record (and `ropa-lint export`'s) used to come back changed.
 */
describe('a row, read whole', () => {
  const csv = (...lines: string[]): string => `${lines.join('\n')}\n`;

  it('keeps a purpose with a semicolon as one purpose, and cuts it where the basis cell names as many bases', () => {
    const one = importText('r.csv', csv('Activity,Purpose,Lawful basis,Data subjects', 'Payroll,"Keep payroll records; audit them yearly.",Contract,Employees'));
    expect(purposes(one).map((purpose) => [purpose.description, purpose.lawful_basis])).toEqual([['Keep payroll records; audit them yearly.', 'contract']]);
    const two = importText('r.csv', csv('Activity,Purpose,Lawful basis,Data subjects', 'Payroll,"Pay staff; report pay to HMRC","Contract; legal obligation",Employees'));
    expect(purposes(two).map((purpose) => [purpose.description, purpose.lawful_basis])).toEqual([
      ['Pay staff', 'contract'],
      ['report pay to HMRC', 'legal-obligation'],
    ]);
    expect(reportLines(two, 'inferred')).toContain('r.csv:2: 2 purposes and 2 bases in the row: paired in the order written');
    // Three parts and two bases cannot be paired: the cell stays one purpose with both bases.
    const three = importText('r.csv', csv('Activity,Purpose,Lawful basis,Data subjects', 'Payroll,"Pay staff; pensions; benefits","Contract; legal obligation",Employees'));
    expect(purposes(three).map((purpose) => [purpose.description, purpose.lawful_basis])).toEqual([
      ['Pay staff; pensions; benefits', 'contract'],
      ['Pay staff; pensions; benefits', 'legal-obligation'],
    ]);
  });

  it('reads every joint controller of a cell with its contact, commas in names kept', () => {
    const result = importText(
      'r.csv',
      csv('Activity,Purpose,Data subjects,Name and contact details of joint controller', 'Pool,Keep profiles,Applicants,"• Talent, Partners SA\nprivacy@talent.example\n• Other GmbH\nContact: the group\'s privacy team"'),
    );
    expect((result.inventory.controller as { joint_controllers: unknown }).joint_controllers).toEqual([
      { name: 'Talent, Partners SA', contact: 'privacy@talent.example' },
      { name: 'Other GmbH', contact: "the group's privacy team" },
    ]);
    expect(activity(result, 'Pool').role).toBe('joint-controller');
    expect(reportLines(result, 'inferred')).toContain('r.csv:2: joint controller "Talent, Partners SA" (contact "privacy@talent.example") added to controller.joint_controllers');
  });

  it('takes a country off a processor only when its brackets name one', () => {
    const result = importText('r.csv', csv('Activity,Purpose,Data subjects,Processors', 'Mail,Send mail,Customers,"Mailchimp (US)\nAcme (Europe)\nBeta (UK) (country not stated)"'));
    expect(activity(result, 'Mail').processors).toEqual([{ name: 'Mailchimp', country: 'US' }, { name: 'Acme (Europe)' }, { name: 'Beta (UK)' }]);
    expect(reportLines(result, 'inferred')).toContain('r.csv:2: processor "Mailchimp": country US from "Mailchimp (US)"');
  });

  it('ties each contract to the processor it names, a comma in the name or not', () => {
    const result = importText(
      'r.csv',
      csv('Activity,Purpose,Data subjects,Processors,Link to contract with processor', 'Mail,Send mail,Customers,"Mailchimp, Inc (US)\nAcme: EU (DE)","• Mailchimp, Inc: https://dpa.example/mc\nAcme: EU: docs/acme.pdf"'),
    );
    expect(activity(result, 'Mail').processors).toEqual([
      { name: 'Mailchimp, Inc', dpa_reference: 'https://dpa.example/mc', country: 'US' },
      { name: 'Acme: EU', dpa_reference: 'docs/acme.pdf', country: 'DE' },
    ]);
  });

  it("gives each category the source its own line names, over what its name suggests, but lets a row-wide cell fill only what is open", () => {
    const given = importText(
      'r.csv',
      csv('Activity,Purpose,Data subjects,Personal data,Source of personal data', 'Chat,Answer,Users,"Chat messages\nCall logs","Chat messages: Provided by the individual\nCall logs: communications-metadata"'),
    );
    expect(categories(given).map((category) => [category.name, category.source])).toEqual([
      ['Chat messages', 'provided-by-subject'],
      ['Call logs', 'communications-metadata'],
    ]);
    expect(reportLines(given, 'inferred')).toContain('r.csv:2: data category "Chat messages": source provided-by-subject, as the source column gives it (its name suggested communications-content)');
    const rowWide = importText('r.csv', csv('Activity,Purpose,Data subjects,Personal data,Source of personal data', 'Mail,Send mail,Users,"Cookie identifiers\nEmail address",Directly from the individual'));
    expect(categories(rowWide).map((category) => [category.name, category.source])).toEqual([
      ['Cookie identifiers', 'terminal-equipment'],
      ['Email address', 'provided-by-subject'],
    ]);
  });

  it("keeps the ids of the id columns, makes kebab-case ones of others, and says when it cannot keep them", () => {
    const result = importText(
      'r.csv',
      csv(
        'Processing activity,Purpose of processing,Categories of individuals,Categories of personal data,Activity id,Purpose id,Data subject ids,Data category ids',
        'Payroll,Pay staff,"Employees\nContractors","Bank details\nSalary",hr-pay,pay-run,"staff\ncontractors","bank\nsalary"',
        'Payroll,Report to HMRC,Employees,Salary,hr-pay,PAYE Return,staff,salary',
        'Pensions,Run pensions,Employees,Bank details,pensions,pay-run,staff,"only-one\nand-two"',
      ),
    );
    expect(activities(result).map((entry) => [entry.id, entry.purposes.map((purpose) => purpose.id), entry.data_subjects, entry.data_categories])).toEqual([
      ['hr-pay', ['pay-run', 'paye-return'], ['staff', 'contractors'], ['bank', 'salary']],
      ['pensions', ['pay-run-2'], ['staff'], ['bank-details']],
    ]);
    expect(reportLines(result)).toEqual(
      expect.arrayContaining([
        // The first row spans lines 2 to 6: each line break in a quoted cell is a line of the file.
        'r.csv:7: purpose id "PAYE Return" is not kebab-case: written as paye-return',
        'r.csv:8: purpose id "pay-run" is taken by another one: written as pay-run-2',
        'r.csv:8: "Data category ids" gives 2 ids for 1 data category: their ids are made from their names instead',
      ]),
    );
    expectValidInventory(result);
  });

  it('names the law a basis cell gives beside the basis, and not the basis restated', () => {
    const reference = (basis: string) => purposes(importText('r.csv', csv('Activity,Purpose,Lawful basis,Data subjects', `Payroll,Pay staff,"${basis}",Employees`)))[0]!.legal_basis_reference;
    expect(reference('Art. 6(1)(c) legal obligation - Income Tax (PAYE) Regulations 2003')).toBe('Income Tax (PAYE) Regulations 2003');
    expect(reference('Legal obligation (HMRC PAYE regulations)')).toBe('HMRC PAYE regulations');
    expect(reference('Legal obligation under the Companies Act 2006, s. 386')).toBe('Legal obligation under the Companies Act 2006, s. 386');
    expect(reference('Interés público (art. 6.1.e RGPD)')).toBeUndefined();
    expect(reference('Obligation légale (art. 6.1.c RGPD)')).toBeUndefined();
  });

  it('keeps the law relied on where the basis cell cannot be read', () => {
    const result = importText('r.csv', csv('Activity,Purpose,Lawful basis,Legal basis reference,Data subjects', 'Payroll,Pay staff,Good faith,Income Tax (PAYE) Regulations 2003,Employees'));
    expect(purposes(result)[0]).toMatchObject({ legal_basis_reference: 'Income Tax (PAYE) Regulations 2003', 'x-lawful-basis': 'Good faith' });
    expect(purposes(result)[0]!.lawful_basis).toBeUndefined();
  });

  it('ties each safeguard reference to the country its line names', () => {
    const result = importText(
      'r.csv',
      csv(
        'Activity,Purpose,Data subjects,Transfers,Safeguards',
        'Hosting,Host data,Customers,"United States (US): Standard contractual clauses\nIndia (IN)","United States (US): https://docs.example/scc\nIndia (IN): contracts/india-bcr.pdf"',
        'Support,Answer,Customers,Japan (JP),Japan (JP): https://docs.example/jp',
      ),
    );
    expect(activity(result, 'Hosting').transfers).toEqual([
      { country: 'US', mechanism: 'scc', safeguard_reference: 'https://docs.example/scc' },
      { country: 'IN', safeguard_reference: 'contracts/india-bcr.pdf' },
    ]);
    expect(activity(result, 'Support').transfers).toEqual([{ country: 'JP', safeguard_reference: 'https://docs.example/jp' }]);
  });

  it("takes a template's label off a purpose, and says so", () => {
    const result = importText('r.md', '| Field | Value |\n|---|---|\n| Activité | Paie |\n| Finalité(s) | Finalité principale : calcul des salaires<br>Sous-finalité 1 : déclarations sociales |\n| Personnes concernées | Salariés |\n');
    expect(purposes(result).map((purpose) => purpose.description)).toEqual(['Calcul des salaires', 'Déclarations sociales']);
    expect(reportLines(result, 'inferred')).toContain('r.md:4: purpose "Calcul des salaires": the label "Finalité principale" before it is the template\'s, not part of the purpose; taken off');
  });

  it('says once per row which categories it gives the source provided-by-subject for want of one, and takes a DBS check for a third party', () => {
    const result = importText('r.csv', csv('Activity,Purpose,Data subjects,Personal data', 'Hiring,Hire staff,Applicants,"CV\nInterview notes\nDBS check results"'));
    expect(categories(result).map((category) => [category.name, category.source])).toEqual([
      ['CV', 'provided-by-subject'],
      ['Interview notes', 'provided-by-subject'],
      ['DBS check results', 'third-party'],
    ]);
    expect(reportLines(result, 'inferred')).toEqual(
      expect.arrayContaining([
        'r.csv:2: data category "DBS check results": source third-party ("dbs check")',
        'r.csv:2: data categories "CV", "Interview notes": source provided-by-subject assumed, as the record does not say where the data comes from (change it for data from elsewhere: third-party, public, observed, inferred)',
      ]),
    );
  });

  it('finds the separator of a CSV whose quoted cells hold semicolons and line breaks', () => {
    const result = importText(
      'r.csv',
      csv('Record of processing activities', 'Controller,Acme Ltd', '', 'Activity,Purpose,Data subjects,Personal data', 'Payroll,"Pay staff; audit pay",Employees,"Name\nBank details; IBAN"', 'Pensions,"Run pensions; report",Employees,"Name\nSalary"'),
    );
    expect(activities(result).map((entry) => [entry.name, entry.purposes.map((purpose) => purpose.description)])).toEqual([
      ['Payroll', ['Pay staff; audit pay']],
      ['Pensions', ['Run pensions; report']],
    ]);
    // The rows keep their own lines, though the title rows and the table are read apart.
    expect(result.text).toContain('  # from r.csv:5\n  - id: payroll\n');
    expect(result.text).toContain('  # from r.csv:7\n  - id: pensions\n');
  });
});
