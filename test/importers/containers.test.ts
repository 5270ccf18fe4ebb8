/**
 * Records as organisations keep them, one realistic file per container (test/fixtures/import/):
 * the ICO's template in XLSX, the CNIL's register as a Latin-1 CSV and as ODS, Markdown tables
 * of three shapes, and Fides manifests of both shapes. Each import is checked for what it made
 * (activities, purposes, bases, AI-training purposes, x- keys), for what it said (the report
 * lines), and for a written file that passes the schema rule.
 */
import { describe, expect, it } from 'vitest';
import { activities, activity, categories, expectValidInventory, findings, importFixtures, purposes, reportLines, subjects } from './support.js';

describe('an ICO-style XLSX workbook', () => {
  const result = importFixtures(['ico-record.xlsx']);

  it('reads the controller sheet under its title rows and two-row header, one activity per purpose row', () => {
    expect(result.report.files).toEqual([{ file: 'ico-record.xlsx', format: 'xlsx' }]);
    expect(result.report.rowsRead).toBe(5);
    expect(activities(result).map((entry) => entry.name)).toEqual([
      'Payroll',
      'Recruitment',
      'Use past support chats to train the reply-suggestion model',
      'Handle complaints',
      'Send the monthly newsletter',
    ]);
    expect(result.report).toMatchObject({ activities: 5, purposes: 6 });
    expectValidInventory(result);
  });

  it('takes the organisation from the title rows', () => {
    expect(result.inventory.controller).toEqual({
      name: 'Northwind Health Ltd',
      contact: '12 Harbour Road, Bristol BS1 4QA, privacy@northwind.example',
      dpo: 'Jane Okafor, dpo@northwind.example',
    });
  });

  it('maps the Article 6 and Article 9 columns under the merged "Lawful basis" heading', () => {
    const payroll = activity(result, 'Payroll').purposes[0]!;
    expect(payroll).toMatchObject({
      lawful_basis: 'legal-obligation',
      special_category_condition: 'employment',
      // The law after the basis and its article, without them.
      legal_basis_reference: 'Income Tax (PAYE) Regulations 2003',
    });
  });

  it('makes two purposes of a cell with two bases', () => {
    expect(activity(result, 'Recruitment').purposes.map((purpose) => [purpose.id, purpose.lawful_basis])).toEqual([
      ['recruitment-contract', 'contract'],
      ['recruitment-legitimate-interests', 'legitimate-interests'],
    ]);
  });

  it('marks the purpose whose text says it trains a model, and only that one', () => {
    expect(purposes(result).filter((purpose) => purpose.ai_training).map((purpose) => purpose.id)).toEqual(['use-past-support-chats-to-train-the-reply']);
  });

  it('recognises Art. 9 and Art. 10 data by unambiguous names, and sources by telling names', () => {
    const byName = new Map(categories(result).map((category) => [category.name, category]));
    expect(byName.get('Sickness absence records')?.special).toEqual(['health']);
    expect(byName.get('DBS check results')?.criminal).toBe(true);
    expect(byName.get('Support chat messages')?.source).toBe('communications-content');
    expect(byName.get('Cookie identifiers')?.source).toBe('terminal-equipment');
    expect(byName.get('Bank details')).toEqual({ id: 'bank-details', name: 'Bank details', source: 'provided-by-subject' });
  });

  it('reads transfers with their safeguards, DPIAs, and keeps business function and notes as x- keys', () => {
    expect(activity(result, 'Recruitment')).toMatchObject({ transfers: [{ country: 'US', mechanism: 'scc' }], 'x-notes': 'Reviewed by DPO', 'x-business-function': 'HR' });
    expect(activity(result, 'Send the monthly newsletter').transfers).toEqual([{ country: 'US', mechanism: 'adequacy' }]);
    expect(activity(result, 'Payroll')).toMatchObject({ transfers: [], dpia: { status: 'not-required' }, recipients: ['HMRC', 'Pension provider'] });
    expect(activity(result, 'Use past support chats to train the reply-suggestion model').dpia).toEqual({ status: 'missing' });
    // The merged "Customer service" cell covers the complaints row too.
    expect(activity(result, 'Handle complaints')['x-business-function']).toBe('Customer service');
  });

  it('reports the instructions, processors, security and hidden sheets as skipped, and the formula and the TBC cell', () => {
    expect(reportLines(result, 'skipped')).toEqual([
      'ico-record.xlsx, sheet "Lists": hidden sheet (a template keeps its drop-down lists there); not imported',
      'ico-record.xlsx, sheet "Instructions", row 1: sheet "Instructions" holds the template\'s instructions or example, not the record (rename the sheet to import it)',
      'ico-record.xlsx, sheet "Controller", row 1: title row above the header: "Record of processing activities (Article 30) - Controller"',
      'ico-record.xlsx, sheet "Processors", row 1: sheet "Processors" is not a record: it lists processors, not processing activities; not imported',
      'ico-record.xlsx, sheet "Security measures", row 1: sheet "Security measures" is not a record: it lists security measures, not processing activities; not imported',
    ]);
    expect(reportLines(result)).toContain(
      'ico-record.xlsx, sheet "Controller", row 9: column "Notes" holds a formula: its last computed value "Reviewed by DPO" was used (formulas are never run)',
    );
    expect(reportLines(result, 'unmapped')).toEqual([
      'ico-record.xlsx, sheet "Controller", row 7: column "Notes" has no field in the format; kept as x-notes',
      'ico-record.xlsx, sheet "Controller", row 7: column "Business function" has no field in the format; kept as x-business-function',
      'ico-record.xlsx, sheet "Controller", row 12: "General description of technical and or…" is "TBC": left absent for the rules to report',
    ]);
    expect(reportLines(result)).toContain(
      'ico-record.xlsx, sheet "Controller", row 10: purpose use-past-support-chats-to-train-the-reply: ai_training: true, the description says "train the reply-suggestion model"',
    );
  });

  it('leaves what the template does not say absent, so that the rules report it', () => {
    const found = findings(result);
    // No consent block is in the template: the consent purposes are reported, not invented.
    expect(found).toContain('consent-details-missing /processing_activities/2/purposes/0/consent');
    // "TBC" security measures stay absent.
    expect(found).toContain('record-incomplete /processing_activities/4');
    expect(found.filter((finding) => finding.startsWith('schema '))).toEqual([]);
  });
});

describe('a CNIL-style CSV saved by Excel in Windows-1252 with semicolons', () => {
  const result = importFixtures(['cnil-registre.csv']);

  it('decodes the accents and reads the French headings', () => {
    expect(result.report).toMatchObject({ rowsRead: 5, activities: 4, purposes: 6 });
    expect(activities(result).map((entry) => entry.name)).toEqual(['Gestion des clients', 'Programme de fidélité', 'Recrutement', 'Médecine du travail']);
    expect(subjects(result).map((subject) => subject.name)).toEqual(['Clients', 'Candidats', 'Salariés']);
    expect(result.inventory.controller).toEqual({ name: 'Boulangerie Dupont SARL', contact: '3 rue du Four, 75006 Paris' });
    expectValidInventory(result);
  });

  it('makes the rows of one activity its purposes, and reads French bases with and without article numbers', () => {
    expect(activity(result, 'Programme de fidélité').purposes.map((purpose) => [purpose.description, purpose.lawful_basis])).toEqual([
      ['Gestion de la carte de fidélité', 'consent'],
      ["Envoi d'offres personnalisées", 'consent'],
    ]);
    expect(activity(result, 'Gestion des clients').purposes[0]?.lawful_basis).toBe('contract');
    expect(activity(result, 'Médecine du travail').purposes[0]?.lawful_basis).toBe('legal-obligation');
    expect(activity(result, 'Recrutement').purposes.map((purpose) => purpose.lawful_basis)).toEqual(['contract', 'legitimate-interests']);
  });

  it('keeps a comment that differs between the rows of an activity on its purpose, and reads "Non" sensitive data as none', () => {
    expect(activity(result, 'Programme de fidélité').purposes[0]?.['x-commentaires']).toBe("Carte papier jusqu'en 2023");
    expect(activity(result, 'Programme de fidélité')['x-commentaires']).toBeUndefined();
    const byName = new Map(categories(result).map((category) => [category.name, category]));
    expect(byName.get('Identité')?.special).toEqual([]);
    expect(byName.get('Arrêts maladie')?.special).toEqual(['health']);
    expect(activity(result, 'Gestion des clients').transfers).toEqual([]);
  });

  it('reports the title row and the unknown column', () => {
    expect(reportLines(result, 'skipped')).toEqual(['cnil-registre.csv:1: title row above the header: "Registre des activités de traitement - Boulangerie Dupont S…"']);
    expect(reportLines(result, 'unmapped')).toEqual(['cnil-registre.csv:4: column "Commentaires" has no field in the format; kept as x-commentaires']);
    expect(reportLines(result)).toContain('cnil-registre.csv:9: data category "Arrêts maladie": special health ("maladie")');
  });
});

describe('a CNIL-style ODS workbook with an index sheet and one sheet per activity', () => {
  const result = importFixtures(['cnil-registre.ods']);

  it('reads each fiche as an activity and skips the index', () => {
    expect(result.report.files).toEqual([{ file: 'cnil-registre.ods', format: 'ods' }]);
    expect(activities(result).map((entry) => entry.name)).toEqual(['Gestion de la paie', 'Vidéosurveillance']);
    expect(result.report).toMatchObject({ activities: 2, purposes: 3 });
    expect(result.inventory.controller).toEqual({ name: 'Boulangerie Dupont SARL', dpo: 'dpo@boulangerie-dupont.example' });
    expect(reportLines(result, 'skipped')).toContain(
      'cnil-registre.ods, sheet "Registre", row 1: sheet "Registre" is not a record: it lists activities by name only (an index); their details are read where the record gives them; not imported',
    );
    expectValidInventory(result);
  });

  it('takes the items under a list heading, leaving out those answered "Non"', () => {
    const paie = activity(result, 'Gestion de la paie');
    expect(paie.data_categories).toEqual(['etat-civil-identite-donnees-d-identification', 'informations-d-ordre-economique-et-financier']);
    expect(paie.security_measures).toEqual(["Contrôle d'accès des utilisateurs", 'Chiffrement des données']);
    expect(paie['x-observations']).toBe('Fiche validée par le gérant');
    expect(reportLines(result, 'skipped')).toContain('cnil-registre.ods, sheet "Fiche 1 - Paie", row 9: "Vie personnelle (habitudes de vie, situ…" answered "Non": not collected, left out');
  });

  it('reads purposes, bases and the legitimate interest of each fiche', () => {
    expect(activity(result, 'Gestion de la paie').purposes.map((purpose) => purpose.lawful_basis)).toEqual(['legal-obligation', 'legal-obligation']);
    expect(activity(result, 'Vidéosurveillance').purposes[0]).toMatchObject({ lawful_basis: 'legitimate-interests', legitimate_interests: { interest: 'Prévenir les vols dans la boutique' } });
    expect(activity(result, 'Vidéosurveillance').dpia).toEqual({ status: 'not-required' });
  });
});

describe('Markdown tables', () => {
  it('one row per activity: an organisation table, a reference column, two purposes paired with two bases, a processors table skipped', () => {
    const result = importFixtures(['ropa-activities.md']);
    expect(result.report).toMatchObject({ rowsRead: 6, activities: 3, purposes: 4 });
    expect(result.inventory.controller).toEqual({ name: 'Acme Chat Ltd', contact: 'privacy@acme.example', dpo: 'dpo@acme.example' });
    expect(activity(result, 'Smart replies').purposes.map((purpose) => [purpose.description, purpose.lawful_basis, purpose.ai_training])).toEqual([
      ['Suggest replies in chat.', 'consent', false],
      ['Fine-tune the reply-suggestion model on past conversations.', 'legitimate-interests', true],
    ]);
    expect(activity(result, 'Smart replies')).toMatchObject({ 'x-reference': 'PA-02', 'x-business-function': 'ML team', transfers: [{ country: 'US', mechanism: 'scc' }] });
    expect(activity(result, 'Product analytics').recipients).toBeUndefined();
    expect(reportLines(result, 'skipped')).toEqual(['ropa-activities.md:20: the table under "Processors" is not a record: it lists processors, not processing activities; not imported']);
    expect(reportLines(result, 'unmapped')).toEqual([
      'ropa-activities.md:12: column "ID" has no field in the format; kept as x-reference',
      'ropa-activities.md:12: column "Owner" has no field in the format; kept as x-business-function',
      'ropa-activities.md:16: "Recipients" is "—": left absent for the rules to report (write "None" if there are none)',
    ]);
    expect(reportLines(result, 'inferred')).toContain('ropa-activities.md:15: 2 purposes and 2 bases in the row: paired in the order written');
    expectValidInventory(result);
  });

  it('one row per purpose: an empty activity cell continues the activity above; a comparison of fields is skipped', () => {
    const result = importFixtures(['ropa-purposes.md']);
    expect(result.report).toMatchObject({ rowsRead: 4, activities: 2, purposes: 5 });
    expect(activity(result, 'Customer support').purposes.map((purpose) => [purpose.id, purpose.lawful_basis, purpose.ai_training])).toEqual([
      ['answer-support-tickets', 'contract', false],
      ['improve-our-help-centre-search-ranking-model', 'legitimate-interests', true],
      ['quality-assurance-of-replies', 'legitimate-interests', false],
    ]);
    expect(activity(result, 'Billing').purposes.map((purpose) => purpose.lawful_basis)).toEqual(['contract', 'legal-obligation']);
    expect(reportLines(result)).toEqual(
      expect.arrayContaining([
        'ropa-purposes.md:8: activity cell empty: the purpose was added to the activity above, "Customer support"',
        'ropa-purposes.md:14: the table under "Comparison of template fields" is not a record: it describes the record\'s fields (a comparison or the template\'s instructions), it holds no values; not imported',
        "ropa-purposes.md: the source names no controller: controller.name is written as [NEEDS the controller's name]",
      ]),
    );
    expect(result.inventory.controller).toEqual({ name: "[NEEDS the controller's name]" });
    expectValidInventory(result);
  });

  it('one field/value table per activity, in German and Spanish, under headings; instructions skipped', () => {
    const result = importFixtures(['ropa-fiches.md']);
    expect(result.report).toMatchObject({ activities: 2, purposes: 2 });
    expect(activity(result, 'Bewerbermanagement')).toMatchObject({
      purposes: [{ description: 'Durchführung des Bewerbungsverfahrens', lawful_basis: 'contract', ai_training: false }],
      data_subjects: ['bewerber'],
      transfers: [],
      retention: '6 Monate nach Abschluss des Verfahrens',
      'x-interne-notiz': 'Vorlage 2024',
    });
    expect(activity(result, 'Videovigilancia de las oficinas')).toMatchObject({
      purposes: [{ lawful_basis: 'public-task' }],
      data_subjects: ['empleados', 'visitantes'],
      transfers: [],
    });
    expect(categories(result).find((category) => category.name === 'Gewerkschaftszugehörigkeit')?.special).toEqual(['trade-union']);
    expect(reportLines(result, 'skipped')).toEqual([
      'ropa-fiches.md:5: the table under "How to fill in this record" is not a record: it describes the record\'s fields (a comparison or the template\'s instructions), it holds no values; not imported',
    ]);
    expect(reportLines(result, 'unmapped')).toEqual(['ropa-fiches.md:22: "Interne Notiz" has no field in the format; kept as x-interne-notiz']);
    expectValidInventory(result);
  });
});

describe('Fides manifests', () => {
  it('the current shape: one activity per system, one purpose per declaration, bases on the declarations', () => {
    const result = importFixtures(['fides-current.yml']);
    expect(result.report).toMatchObject({ rowsRead: 4, activities: 2, purposes: 4 });
    const chat = activity(result, 'Chat service');
    expect(chat.purposes.map((purpose) => [purpose.description, purpose.lawful_basis, purpose.ai_training])).toEqual([
      ['Deliver messages', 'contract', false],
      ['Train reply suggestions', 'legitimate-interests', true],
      ['Health coaching tips', 'consent', false],
    ]);
    expect(chat.purposes[1]).toMatchObject({ legitimate_interests: { assessment: 'docs/lia/replies.md' }, 'x-fides-data-use': 'train_ai_system' });
    expect(chat.purposes[2]).toMatchObject({ special_category_condition: 'explicit-consent', 'x-features': ['Personalised tips'] });
    expect(chat).toMatchObject({
      role: 'controller',
      processors: [{ name: 'GPU Cloud Inc', 'x-fides-key': 'gpu_cloud' }],
      transfers: [{ mechanism: 'scc' }],
      dpia: { status: 'in-progress', reference: 'docs/dpia/chat.md' },
      automated_decision_making: false,
      retention: 'Deliver messages: Life of the account; Train reply suggestions: 90 days; Health coaching tips: 1 year',
      'x-business-function': 'Engineering',
    });
    expect(activity(result, 'GPU Cloud Inc')).toMatchObject({ role: 'processor', purposes: [{ ai_training: true }], 'x-vendor-id': 'gvl.1234' });
    const byKey = new Map(categories(result).map((category) => [category['x-fides-key'], category]));
    expect(byKey.get('user.content.private')).toMatchObject({ name: 'Content private', source: 'communications-content' });
    expect(byKey.get('user.device.device_id')?.source).toBe('terminal-equipment');
    expect(byKey.get('user.health_and_medical')?.special).toEqual(['health']);
    expect(result.inventory.controller).toEqual({ name: 'Acme Chat Ltd', contact: 'Acme Chat Ltd, 1 Main Street, Dublin, privacy@acme.example', dpo: 'Dana Byrne, dpo@acme.example' });
    expect(reportLines(result)).toEqual(
      expect.arrayContaining([
        'fides-current.yml:38: purpose train-reply-suggestions: ai_training: true (data use train_ai_system)',
        'fides-current.yml:28: processor "GPU Cloud Inc" from egress to system gpu_cloud',
        'fides-current.yml:50: declaration key features has no field in the format; kept as x-features',
        'fides-current.yml:62: the system transfers data abroad but names no country: one transfer without a country is written',
      ]),
    );
    expectValidInventory(result);
  });

  it('the pre-3.0 shape: bases, Art. 9 conditions and recipients from the data uses, alpha-3 transfers, the DPIA block', () => {
    const result = importFixtures(['fides-legacy.yml']);
    expect(result.report).toMatchObject({ rowsRead: 4, activities: 3, purposes: 4 });
    expect(purposes(result).map((purpose) => [purpose.id, purpose.lawful_basis ?? null, purpose.special_category_condition ?? null, purpose.ai_training])).toEqual([
      ['analyze-customer-behaviour-for-improvements', 'legitimate-interests', null, false],
      ['train-the-symptom-checker', 'consent', 'explicit-consent', true],
      ['operate-the-symptom-checker', 'contract', 'health-care', false],
      ['collect-data-for-marketing', null, null, false],
    ]);
    expect(activity(result, 'Demo Analytics System')).toMatchObject({
      transfers: [{ country: 'US' }, { country: 'CA' }],
      dpia: { status: 'completed', reference: 'https://example.org/dpia' },
      purposes: [{ legitimate_interests: { assessment: 'https://example.org/lia' }, 'x-data-qualifier': 'aggregated.anonymized.unlinked_pseudonymized.pseudonymized.identified' }],
    });
    expect(activity(result, 'Symptom checker')).toMatchObject({ recipients: ['Research partner'], data_subjects: ['patients'] });
    expect(activity(result, 'Demo Marketing System').role).toBe('processor');
    const byKey = new Map(categories(result).map((category) => [category['x-fides-key'], category]));
    expect(byKey.get('user.provided.identifiable.genetic')).toMatchObject({ name: 'Genetic', special: ['genetic'] });
    expect(byKey.get('user.derived.identifiable.device.cookie_id')?.source).toBe('terminal-equipment');
    // What the pre-3.0 shape cannot say (how to object, the transfer mechanism) is reported by the rules.
    expect(findings(result)).toEqual(
      expect.arrayContaining(['right-to-object /processing_activities/0/purposes/0/legitimate_interests/objection', 'transfer-mechanism /processing_activities/0/transfers/0/country']),
    );
    expectValidInventory(result);
  });

  it('reads definitions from one manifest and systems from another as one record', () => {
    const result = importFixtures(['fides-legacy.yml', 'fides-current.yml']);
    expect(result.report).toMatchObject({ activities: 5, purposes: 8 });
    // Purpose ids stay unique across the files.
    const ids = purposes(result).map((purpose) => purpose.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(reportLines(result, 'unmapped')).toContain(
      'fides-current.yml:4: organization "Acme Chat Ltd" is not the controller "Demo Health GmbH" read before; the record has one controller, so its details were not used',
    );
    expect(result.inventory.controller).toEqual({ name: 'Demo Health GmbH' });
    expectValidInventory(result);
  });
});

describe('files of several containers at once', () => {
  it('make one inventory with ids unique across them', () => {
    const result = importFixtures(['ropa-activities.md', 'ropa-purposes.md', 'cnil-registre.csv']);
    expect(result.report).toMatchObject({ activities: 9, purposes: 15 });
    for (const list of [activities(result), purposes(result), subjects(result), categories(result)]) {
      const ids = list.map((element) => element.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(findings(result).filter((finding) => finding.startsWith('duplicate-id') || finding.startsWith('unknown-reference'))).toEqual([]);
    expectValidInventory(result);
  });
});
