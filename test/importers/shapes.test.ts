/**
 * How rows become activities and purposes, on small tables written inline: the cases the
 * realistic fixtures show once, each on its own, with the report line it must give.
 */
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/importers/index.js';
import { activities, activity, categories, expectValidInventory, findings, importText, purposes, reportLines, subjects } from './support.js';

const md = (...lines: string[]): string => `${lines.join('\n')}\n`;

describe('rows and activities', () => {
  it('rows naming the same activity become its purposes, with ids unique in the whole file', () => {
    const result = importText(
      'r.csv',
      'Activity,Purpose,Lawful basis,Data subjects,Personal data\nPayroll,Pay staff,Contract,Employees,Bank details\nPayroll,Report to the tax office,Legal obligation,Employees,Salary\nPensions,Pay staff,Legal obligation,Employees,Bank details\n',
    );
    expect(activities(result).map((entry) => [entry.id, entry.purposes.map((purpose) => purpose.id)])).toEqual([
      ['payroll', ['pay-staff', 'report-to-the-tax-office']],
      ['pensions', ['pay-staff-2']],
    ]);
    expect(activity(result, 'Payroll').data_categories).toEqual(['bank-details', 'salary']);
    expectValidInventory(result);
  });

  it('a row repeating a purpose of its activity is written once and reported', () => {
    const result = importText('r.csv', 'Activity,Purpose,Lawful basis,Data subjects\nPayroll,Pay staff,Contract,Employees\nPayroll,Pay staff,Contract,Employees\n');
    expect(purposes(result).map((purpose) => purpose.id)).toEqual(['pay-staff']);
    expect(reportLines(result, 'skipped')).toEqual(['r.csv:3: purpose "Pay staff" repeats one read before (pay-staff); not written twice']);
  });

  it('a later row that disagrees on a value of its activity keeps the first and says so', () => {
    const result = importText('r.csv', 'Activity,Purpose,Retention,Data subjects\nPayroll,Pay staff,6 years,Employees\nPayroll,Pensions,10 years,Employees\n');
    expect(activity(result, 'Payroll').retention).toBe('6 years');
    expect(reportLines(result, 'unmapped')).toEqual(['r.csv:3: retention "10 years" differs from "6 years" (line 2) for the same activity "Payroll"; the first was kept']);
  });

  it('an unknown column is kept on the activity when its rows agree, and on each purpose when they differ; an empty one says nothing', () => {
    const result = importText(
      'r.csv',
      'Activity,Purpose,Data subjects,Reviewer,Ticket,Rights available to individuals\nPayroll,Pay staff,Employees,Ann,T-1,\nPayroll,Pensions,Employees,Ann,T-2,\n',
    );
    expect(result.text).not.toContain('x-rights');
    const payroll = activity(result, 'Payroll');
    expect(payroll['x-reviewer']).toBe('Ann');
    expect(payroll.purposes.map((purpose) => [purpose['x-ticket'], purpose['x-reviewer']])).toEqual([
      ['T-1', undefined],
      ['T-2', undefined],
    ]);
    expect(reportLines(result, 'unmapped')).toEqual([
      'r.csv:1: column "Reviewer" has no field in the format; kept as x-reviewer',
      'r.csv:1: column "Ticket" has no field in the format; kept as x-ticket',
    ]);
    expectValidInventory(result);
  });

  it('a table without a data-subject column gets one placeholder subject, named in the report', () => {
    const result = importText('r.csv', 'Activity,Purpose,Personal data\nPayroll,Pay staff,Bank details\nRecruitment,Hire staff,CV\n');
    expect(subjects(result)).toEqual([{ id: 'needs-the-people-whose-data-this-is', name: '[NEEDS the people whose data this is]' }]);
    expect(activities(result).map((entry) => entry.data_subjects)).toEqual([['needs-the-people-whose-data-this-is'], ['needs-the-people-whose-data-this-is']]);
    expect(reportLines(result, 'placeholder')).toContain(
      'r.csv:1: no column names the data subjects: every activity of this table gets the placeholder subject needs-the-people-whose-data-this-is',
    );
    expectValidInventory(result);
  });

  it('without an activity column, each row is an activity named after its purpose', () => {
    const result = importText('r.csv', 'Purpose,Lawful basis,Data subjects\nSend the newsletter,Consent,Subscribers\nAnswer enquiries,Legitimate interests,Visitors\n');
    expect(activities(result).map((entry) => entry.name)).toEqual(['Send the newsletter', 'Answer enquiries']);
    expect(reportLines(result, 'inferred')).toContain('r.csv:2: no activity name: the activity is named after its purpose, "Send the newsletter"');
  });

  it('a row with no activity and no purpose adds its cells to the activity above', () => {
    const result = importText('r.csv', 'Activity,Purpose,Data subjects,Personal data\nPayroll,Pay staff,Employees,Bank details\n,,Contractors,Invoices\n');
    expect(activity(result, 'Payroll')).toMatchObject({ data_subjects: ['employees', 'contractors'], data_categories: ['bank-details', 'invoices'] });
    expect(purposes(result)).toHaveLength(1);
    expect(reportLines(result, 'inferred')).toContain('r.csv:3: row names no activity and no purpose: its cells were added to the activity above, "Payroll"');
  });
});

describe('lawful bases and purposes', () => {
  it('a cell with two bases makes two purposes; one that names none readable is kept as x-lawful-basis and left for the rule', () => {
    const result = importText(
      'r.csv',
      'Activity,Purpose,Lawful basis,Data subjects\nMarketing,Send offers,"Consent, legitimate interests",Customers\nSupport,Answer tickets,Because we must,Customers\n',
    );
    expect(activity(result, 'Marketing').purposes.map((purpose) => [purpose.id, purpose.lawful_basis])).toEqual([
      ['send-offers-consent', 'consent'],
      ['send-offers-legitimate-interests', 'legitimate-interests'],
    ]);
    const support = activity(result, 'Support').purposes[0]!;
    expect(support.lawful_basis).toBeUndefined();
    expect(support['x-lawful-basis']).toBe('Because we must');
    expect(reportLines(result, 'unmapped')).toEqual(['r.csv:3: lawful basis "Because we must" names no Art. 6 basis ropa-lint can be sure of; kept as x-lawful-basis, lawful_basis left absent']);
    expect(findings(result)).toContain('lawful-basis-missing /processing_activities/1/purposes/0/lawful_basis');
  });

  it('"TBC" leaves the basis absent and says so', () => {
    const result = importText('r.csv', 'Activity,Purpose,Lawful basis,Data subjects\nSupport,Answer tickets,TBC,Customers\n');
    expect(purposes(result)[0]?.lawful_basis).toBeUndefined();
    expect(reportLines(result, 'unmapped')).toEqual(['r.csv:2: "Lawful basis" is "TBC": left absent for the rules to report']);
  });

  it('a legitimate interest is read for a purpose on that basis, and kept as x- for another', () => {
    const result = importText(
      'r.csv',
      'Activity,Purpose,Lawful basis,Legitimate interests,Data subjects\nFraud,Detect fraud,Legitimate interests,Preventing losses,Customers\nBilling,Invoice,Contract,Getting paid,Customers\n',
    );
    expect(activity(result, 'Fraud').purposes[0]?.legitimate_interests).toEqual({ interest: 'Preventing losses' });
    expect(activity(result, 'Billing').purposes[0]).toMatchObject({ 'x-legitimate-interests': 'Getting paid' });
    expect(activity(result, 'Billing').purposes[0]?.legitimate_interests).toBeUndefined();
  });

  it('reads AI training from the purpose text as ai-training-undeclared does, and trusts an explicit "No"', () => {
    const result = importText(
      'r.csv',
      [
        'Activity,Purpose,AI training,Data subjects',
        'Replies,Use chats to fine-tune the reply model,,Customers',
        'Answers,Answer questions with the fine-tuned model,,Customers',
        'Staff,Train new support agents,,Employees',
        'Search,Improve our ranking algorithm with click data,No,Customers',
        'Vision,Label images,Yes,Customers',
      ].join('\n'),
    );
    expect(purposes(result).map((purpose) => [purpose.id, purpose.ai_training])).toEqual([
      ['use-chats-to-fine-tune-the-reply-model', true],
      ['answer-questions-with-the-fine-tuned-model', false],
      ['train-new-support-agents', false],
      ['improve-our-ranking-algorithm-with-click-data', false],
      ['label-images', true],
    ]);
    expect(reportLines(result)).toEqual(
      expect.arrayContaining([
        'r.csv:2: purpose use-chats-to-fine-tune-the-reply-model: ai_training: true, the description says "fine-tune the reply model"',
        'r.csv:5: purpose improve-our-ranking-algorithm-with-click-data says "Improve our ranking algorithm" but the AI-training column says no; ai_training kept false (ai-training-undeclared will ask)',
      ]),
    );
    // The importer and the rule read the same way: no purpose it left false is one the rule flags, except the one the column denied.
    expect(findings(result).filter((finding) => finding.startsWith('ai-training-undeclared'))).toEqual(['ai-training-undeclared /processing_activities/3/purposes/0/ai_training']);
  });
});

describe('data', () => {
  it('marks Art. 9 kinds only where the name leaves no doubt, and reports both', () => {
    const result = importText('r.csv', 'Activity,Purpose,Data subjects,Personal data\nHR,Run HR,Employees,"Sickness records; Health and safety training records"\n');
    const byName = new Map(categories(result).map((category) => [category.name, category]));
    expect(byName.get('Sickness records')?.special).toEqual(['health']);
    expect(byName.get('Health and safety training records')?.special).toBeUndefined();
    expect(reportLines(result, 'inferred')).toEqual(
      expect.arrayContaining([
        'r.csv:2: data category "Sickness records": special health ("sickness")',
        'r.csv:2: data category "Health and safety training records": "health and safety" may or may not mean Art. 9 data; not marked special (set `special` if it is)',
      ]),
    );
  });

  it('reads a special-category column that names kinds, says "no", or only "yes"', () => {
    const result = importText(
      'r.csv',
      [
        'Activity,Purpose,Data subjects,Personal data,Special category data',
        'Clinic,Book appointments,Patients,Appointment notes,Health',
        'Shop,Sell,Customers,Orders,No',
        'Union,Collect dues,Members,Dues,Yes',
      ].join('\n'),
    );
    const byName = new Map(categories(result).map((category) => [category.name, category]));
    expect(byName.get('Appointment notes')?.special).toEqual(['health']);
    expect(byName.get('Orders')?.special).toEqual([]);
    expect(byName.get('Dues')?.special).toBeUndefined();
    expect(reportLines(result, 'unmapped')).toContain('r.csv:4: special category data "Yes" names no Art. 9 kind ropa-lint can be sure of; set `special` on the data categories it means');
  });

  it('takes a row\'s source for its categories, and a subject\'s name for children', () => {
    const result = importText('r.csv', 'Activity,Purpose,Data subjects,Personal data,Source\nSchool,Teach,Pupils; Parents of pupils,Grades,From third parties\n');
    expect(subjects(result)).toEqual([
      { id: 'pupils', name: 'Pupils', children: true },
      { id: 'parents-of-pupils', name: 'Parents of pupils' },
    ]);
    expect(categories(result)[0]).toMatchObject({ name: 'Grades', source: 'third-party' });
  });
});

describe('roles, sharing and transfers', () => {
  it('a joint controller column makes the activity joint and names the partner', () => {
    const result = importText('r.csv', 'Activity,Purpose,Data subjects,Joint controller\nEvents,Run the conference,Attendees,"Partner SA, privacy@partner.example"\n');
    expect(activity(result, 'Events').role).toBe('joint-controller');
    expect(result.inventory.controller).toMatchObject({ joint_controllers: [{ name: 'Partner SA', contact: 'privacy@partner.example' }] });
    expectValidInventory(result);
  });

  it('a role column and a controller column for a processor\'s record', () => {
    const result = importText('r.csv', 'Activity,Purpose,Data subjects,Role,On behalf of\nHosting,Host client data,Client users,Processor,Client Ltd\n');
    expect(activity(result, 'Hosting')).toMatchObject({ role: 'processor', on_behalf_of: [{ name: 'Client Ltd' }] });
  });

  it('processors with their country, contracts tied to them by name, "None" as no recipients', () => {
    const result = importText(
      'r.csv',
      'Activity,Purpose,Data subjects,Recipients,Processors,Link to contract with processor\nMail,Send mail,Customers,None,"Mailer Inc (US); Printer Ltd (GB)","Mailer Inc: contracts/mailer.pdf\nPrinter Ltd: contracts/printer.pdf"\n',
    );
    expect(activity(result, 'Mail')).toMatchObject({
      recipients: [],
      processors: [
        { name: 'Mailer Inc', country: 'US', dpa_reference: 'contracts/mailer.pdf' },
        { name: 'Printer Ltd', country: 'GB', dpa_reference: 'contracts/printer.pdf' },
      ],
    });
    expectValidInventory(result);
  });

  it('transfers: a country and a mechanism per item, "none" as no transfers, an unknown place reported', () => {
    const result = importText('r.csv', 'Activity,Purpose,Data subjects,Transfers\nA,Do a,X,"USA (SCCs); India - BCRs; Atlantis"\nB,Do b,X,None\n');
    expect(activity(result, 'A').transfers).toEqual([
      { country: 'US', mechanism: 'scc' },
      { country: 'IN', mechanism: 'bcr' },
    ]);
    expect(activity(result, 'B').transfers).toEqual([]);
    expect(reportLines(result, 'unmapped')).toEqual(['r.csv:2: transfer "Atlantis" names no country ropa-lint knows; left out (add it to transfers)']);
  });
});

describe('tables that are not a record', () => {
  it('a Markdown file of processors and security measures only imports nothing, and says why', () => {
    const text = md('# Vendors', '', '| Processor | Country | DPA |', '|---|---|---|', '| Mailer | US | yes |', '', '| Security measure | Owner |', '|---|---|', '| Encryption | IT |');
    expect(() => importText('vendors.md', text)).toThrow(ImportError);
    expect(() => importText('vendors.md', text)).toThrow(
      'vendors.md: no processing activity found (the table under "Vendors" is not a record: it lists processors, not processing activities; not imported; the table under "Vendors" is not a record: it lists security measures, not processing activities; not imported)',
    );
  });

  it('a Markdown field/value table with "Field | Value" headings is an activity', () => {
    const result = importText(
      'r.md',
      md('## Payroll', '', '| Field | Value |', '|---|---|', '| Purpose | Pay staff |', '| Lawful basis | Legal obligation |', '| Data subjects | Employees |', '| Personal data | Bank details |'),
    );
    expect(activities(result)).toMatchObject([{ name: 'Payroll', purposes: [{ description: 'Pay staff', lawful_basis: 'legal-obligation' }], data_subjects: ['employees'] }]);
    expectValidInventory(result);
  });

  it('a Markdown file without tables is refused with one line', () => {
    expect(() => importText('notes.md', '# Notes\n\nNothing here.\n')).toThrow('notes.md: no processing activity found (no table in the Markdown file)');
  });
});
