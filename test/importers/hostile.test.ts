/**
 * Files made to hurt a reader: zip bombs, sheets that claim millions of cells, formulas and
 * DDE payloads, prototype keys, alias bombs, binary data and broken encodings. Each one is
 * refused with one ImportError naming the file (and the row or line where there is one), or
 * read as inert text, in bounded time and memory; none crashes or hangs.
 */
import { strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { utils, write } from '@e965/xlsx';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ImportError, importRecords } from '../../src/importers/index.js';
import { LIMITS } from '../../src/importers/limits.js';
import { importText, purposes, reportLines } from './support.js';

function refusal(file: string, bytes: Uint8Array): string {
  try {
    importRecords([{ file, bytes }]);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as ImportError).message;
  }
  throw new Error('the file was imported');
}

/** A real zip bomb: one worksheet entry of `megabytes` of zeros, compressed while it streams. */
function zipBomb(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  for (const [name, text] of [
    ['[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
    ['xl/workbook.xml', '<?xml version="1.0"?><workbook/>'],
  ] as const) {
    const small = new ZipDeflate(name, { level: 1 });
    zip.add(small);
    small.push(strToU8(text), true);
  }
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
  zip.add(sheet);
  const megabyte = new Uint8Array(1024 * 1024);
  for (let index = 0; index < megabytes; index += 1) sheet.push(megabyte, index === megabytes - 1);
  zip.end();
  return Buffer.concat(chunks);
}

/** A workbook whose only sheet is the given XML, the rest minimal. */
function workbookWithSheet(sheetXml: string): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet([['Purpose', 'Lawful basis'], ['Pay staff', 'Contract']]), 'Record');
  const bytes = write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
  // Re-packed with the sheet replaced.
  const entries = unzipSync(new Uint8Array(bytes));
  entries['xl/worksheets/sheet1.xml'] = strToU8(sheetXml);
  return zipSync(entries);
}

function ods(content: string): Uint8Array {
  const manifest = `<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(content),
    'META-INF/manifest.xml': strToU8(manifest),
    'styles.xml': strToU8('<?xml version="1.0"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
  });
}

describe('XLSX and ODS archives', () => {
  it('a zip bomb is refused from the sizes its archive declares, before anything is inflated', () => {
    const bomb = zipBomb(LIMITS.unzippedBytes / 1048576 + 8);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    expect(refusal('bomb.xlsx', bomb)).toBe(`bomb.xlsx: the archive unpacks to more than ${LIMITS.unzippedBytes / 1048576} MB: refused (a zip bomb, or a workbook too large to import)`);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('an archive that lies about its sizes is cut at the declared size, and its broken sheet refused', () => {
    const bytes = Buffer.from(zipBomb(40));
    // Declare 1 kB for the 40 MB sheet in both its local header and the central directory.
    for (const signature of [[0x50, 0x4b, 0x03, 0x04, 22], [0x50, 0x4b, 0x01, 0x02, 24]] as const) {
      const magic = Buffer.from(signature.slice(0, 4));
      let at = -1;
      for (let seen = bytes.indexOf(magic); seen >= 0; seen = bytes.indexOf(magic, seen + 1)) at = seen;
      bytes.writeUInt32LE(1024, at + signature[4]);
    }
    expect(refusal('liar.xlsx', bytes)).toMatch(/^liar\.xlsx: /);
  });

  it('an archive of thousands of entries is refused', () => {
    const entries: Record<string, Uint8Array> = {};
    for (let index = 0; index <= LIMITS.zipEntries; index += 1) entries[`xl/media/${index}.bin`] = new Uint8Array(1);
    expect(refusal('many.xlsx', zipSync(entries, { level: 0 }))).toBe(`many.xlsx: the archive has more than ${LIMITS.zipEntries} entries: refused (a workbook has a few dozen)`);
  });

  it('a sheet of more cells than the limit is refused before SheetJS builds them', () => {
    const cells = '<c r="A1" t="inlineStr"><is><t>x</t></is></c>'.repeat(LIMITS.cells + 1);
    const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;
    expect(refusal('huge.xlsx', workbookWithSheet(sheet))).toBe(`huge.xlsx: the sheets declare more than ${LIMITS.cells} cells: too large to import`);
  });

  it('an ODS cell repeated a billion times is refused from the repeat counts', () => {
    const content = `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Record"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="1024" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
    expect(refusal('repeat.ods', ods(content))).toBe(`repeat.ods: the sheets declare more than ${LIMITS.cells} cells: too large to import`);
  });

  it('empty cells repeated to the sheet edge, as LibreOffice writes them, cost nothing', () => {
    const content = `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Record"><table:table-row><table:table-cell office:value-type="string"><text:p>Purpose</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Lawful basis</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1022"/></table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>Pay staff</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Contract</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1022"/></table:table-row><table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
    const result = importRecords([{ file: 'edge.ods', bytes: ods(content) }]);
    expect(purposes(result).map((purpose) => [purpose.description, purpose.lawful_basis])).toEqual([['Pay staff', 'contract']]);
  });

  it('an old .xls, a password-protected workbook, or no archive at all is one clear line', () => {
    expect(refusal('old.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]))).toBe(
      'old.xlsx: an Excel 97-2003 workbook or a password-protected one: save it as .xlsx without a password and import that',
    );
    expect(refusal('record.xls', Buffer.from('anything'))).toBe('record.xls: an Excel 97-2003 workbook: save it as .xlsx and import that');
    expect(refusal('fake.xlsx', Buffer.from('Purpose,Lawful basis\n'))).toBe('fake.xlsx: not an XLSX workbook (it is no zip archive)');
    expect(refusal('empty.xlsx', zipSync({ 'hello.txt': strToU8('hi') }))).toBe('empty.xlsx: a zip archive, but no workbook in it (no xl/workbook.xml)');
  });

  it('formulas are never run: a DDE payload is read as its cached text and reported', () => {
    const book = utils.book_new();
    const sheet = utils.aoa_to_sheet([
      ['Purpose', 'Lawful basis', 'Data subjects'],
      ['Pay staff', 'Contract', 'Employees'],
    ]);
    sheet['C2'] = { t: 's', v: 'Employees', f: 'cmd|\' /C calc\'!A0' };
    utils.book_append_sheet(book, sheet, 'Record');
    const result = importRecords([{ file: 'dde.xlsx', bytes: new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) }]);
    expect(result.inventory.data_subjects).toEqual([{ id: 'employees', name: 'Employees' }]);
    expect(reportLines(result, 'inferred')).toContain('dde.xlsx, sheet "Record", row 2: column "Data subjects" holds a formula: its last computed value "Employees" was used (formulas are never run)');
  });
});

describe('text files', () => {
  it('a CSV cell that looks like a formula stays text, is reported, and is written as a quoted string', () => {
    const result = importText('r.csv', 'Purpose,Lawful basis,Data subjects\n"=cmd|\' /C calc\'!A0",Contract,"@SUM(1+1)"\n');
    expect(purposes(result)[0]?.description).toBe("=cmd|' /C calc'!A0");
    expect(reportLines(result, 'inferred')).toEqual(
      expect.arrayContaining([
        'r.csv:2: column "Purpose": "=cmd|\' /C calc\'!A0" looks like a spreadsheet formula; kept as text, never run',
        'r.csv:2: column "Data subjects": "@SUM(1+1)" looks like a spreadsheet formula; kept as text, never run',
      ]),
    );
    const written = parse(result.text) as { processing_activities: { purposes: { description: string }[] }[] };
    expect(written.processing_activities[0]?.purposes[0]?.description).toBe("=cmd|' /C calc'!A0");
  });

  it('a cell escaped with an apostrophe (as spreadsheets and ropa-lint export write formulas as text) loses the escape', () => {
    const result = importText('r.csv', "Purpose,Lawful basis,Data subjects\n'=HYPERLINK(x),Contract,Staff\n");
    expect(purposes(result)[0]?.description).toBe('=HYPERLINK(x)');
  });

  it.each([
    ['CSV', 'r.csv', '__proto__,Purpose,Lawful basis\nx,Pay staff,Contract\n', 'r.csv:1: column heading "__proto__" names an object prototype; the file is refused'],
    ['Markdown', 'r.md', '| Purpose | constructor |\n|---|---|\n| Pay | x |\n', 'r.md:1: column heading "constructor" names an object prototype; the file is refused'],
    // In Markdown, __proto__ would be bold "proto": the key is written as code.
    ['a field/value table', 'r.md', '| Field | Value |\n|---|---|\n| Purpose | Pay |\n| `__proto__` | x |\n| Lawful basis | Contract |\n| Data subjects | Staff |\n', 'r.md:4: field heading "__proto__" names an object prototype; the file is refused'],
    ['a Fides manifest', 'f.yml', 'system:\n  - fides_key: a\n    privacy_declarations:\n      - data_use: x\n        __proto__:\n          polluted: true\n', 'f.yml:5: key "__proto__" names an object prototype; the file is refused'],
  ])('a prototype key in %s refuses the file', (_container, file, text, message) => {
    expect(refusal(file, Buffer.from(text))).toBe(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an alias bomb in a manifest is refused, not expanded', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level += 1) levels.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(10).fill(`*${String.fromCharCode(96 + level)}`).join(', ')}]`);
    expect(refusal('bomb.yml', Buffer.from(`${levels.join('\n')}\nsystem: []\n`))).toMatch(/^bomb\.yml: the YAML cannot be expanded safely: /);
  });

  it('broken YAML and a manifest without systems name the line or the file', () => {
    expect(refusal('f.yml', Buffer.from('system:\n  - fides_key: a\n    name: [unclosed\n'))).toMatch(/^f\.yml:\d+: not valid YAML: /);
    expect(refusal('f.yml', Buffer.from('data_use:\n  - fides_key: x\n'))).toBe('f.yml: not a Fides manifest with systems: no top-level `system` list with privacy_declarations');
  });

  it('binary data and an unclosed quote are one line each', () => {
    expect(refusal('r.csv', Buffer.concat([Buffer.from('Purpose\n'), Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10])]))).toMatch(/^r\.csv:2: control character U\+0000 /);
    expect(refusal('r.csv', Buffer.from('Purpose,Lawful basis\n"Pay staff,Contract\n'))).toMatch(/^r\.csv:2: not valid CSV: Quote Not Closed/);
  });

  it('a CSV beyond the row or column limits is refused at the row that passes them', () => {
    const rows = `Purpose,Lawful basis\n${'Pay staff,Contract\n'.repeat(LIMITS.rows + 1)}`;
    expect(refusal('long.csv', Buffer.from(rows))).toBe(`long.csv:${LIMITS.rows + 1}: more than ${LIMITS.rows} rows: too large to import`);
    const wide = `${Array.from({ length: LIMITS.columns + 1 }, (_, index) => `c${index}`).join(',')}\n`;
    expect(refusal('wide.csv', Buffer.from(wide))).toBe(`wide.csv:1: more than ${LIMITS.columns} columns: too wide to import`);
  });

  it('a file above the size limit is refused before it is parsed', () => {
    expect(refusal('big.csv', new Uint8Array(LIMITS.fileBytes + 1))).toBe(`big.csv: the file is larger than ${LIMITS.fileBytes / 1048576} MB: too large to import`);
  });
});
