// Generates a record kept as a spreadsheet on the ICO's controller template, one row per purpose
// and several purposes per business function, for the import benchmark of issue 17: as CSV text
// and as an XLSX workbook. Deterministic, like generate.mjs.
import xlsx from '@e965/xlsx';

const HEADER = [
  'Business function',
  'Purpose of processing',
  'Lawful basis',
  'Categories of individuals',
  'Categories of personal data',
  'Categories of recipients',
  'Transfers',
  'Retention schedule',
  'General description of technical and organisational security measures',
];
const FUNCTIONS = ['Sales', 'Support', 'HR', 'Finance', 'Product', 'Security', 'Marketing'];
const BASES = ['Performance of a contract', 'Legitimate interests', 'Consent', 'Legal obligation'];
const DATA = ['Name; E-mail address', 'Support tickets; Chat messages', 'Usage events', 'Invoices; Bank details', 'CV; Interview notes'];

/** @param {number} rows purposes, one row each @returns {string[][]} the header and the rows */
export function sheetRows(rows) {
  const table = [HEADER];
  for (let index = 0; index < rows; index += 1) {
    const group = Math.floor(index / 8);
    table.push([
      `${FUNCTIONS[group % FUNCTIONS.length]} ${group}`,
      index % 5 === 3 ? `Train the ranking model on usage of team ${group}` : `Serve customers of team ${group}, task ${index}`,
      BASES[index % BASES.length],
      index % 3 === 0 ? 'Customers; Prospects' : 'Employees',
      DATA[index % DATA.length],
      index % 4 === 0 ? 'Payment provider, Hosting provider' : 'None',
      index % 9 === 0 ? 'USA (standard contractual clauses)' : 'None',
      index % 2 === 0 ? '2 years after the contract ends' : '90 days',
      'Access control; Encryption at rest',
    ]);
  }
  return table;
}

const csvCell = (value) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function sheetCsv(rows) {
  return `${sheetRows(rows).map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

/** @returns {Buffer} an XLSX workbook with the rows on its first sheet */
export function sheetXlsx(rows) {
  const book = xlsx.utils.book_new();
  xlsx.utils.book_append_sheet(book, xlsx.utils.aoa_to_sheet(sheetRows(rows)), 'Controller');
  return xlsx.write(book, { type: 'buffer', bookType: 'xlsx' });
}
