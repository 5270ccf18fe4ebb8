/**
 * What one cell says: a list of items, yes or no, nothing ("N/A"), or not yet ("TBC").
 */
import { tidy, words } from './text.js';

/** Bullets people type or paste at the start of an item. */
const BULLET = /^\s*(?:[-*•·▪◦‣–—●○■□✓✔]|\d+[.)]|[a-z][.)])\s+/iu;

/**
 * The items of a multi-value cell. Line breaks and bullets separate items first; a cell on one
 * line is cut at semicolons, then at commas; never inside brackets, so "Contact details (name,
 * e-mail)" stays one item.
 */
export function splitList(cell: string): string[] {
  const text = tidy(cell);
  if (text === '') return [];
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length > 1 || BULLET.test(text)) {
    return lines.map((line) => line.replace(BULLET, '').replace(/[;,]\s*$/u, '').trim()).filter((item) => item !== '');
  }
  for (const separator of [';', ',']) {
    const items = splitOutsideBrackets(text, separator);
    if (items.length > 1) return items;
  }
  return [text];
}

/** The pieces of `text` between separators that stand outside brackets, as written. */
function piecesOutsideBrackets(text: string, separator: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (character === '(' || character === '[' || character === '{') depth += 1;
    else if ((character === ')' || character === ']' || character === '}') && depth > 0) depth -= 1;
    else if (character === separator && depth === 0) {
      pieces.push(text.slice(start, index));
      start = index + 1;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}

function splitOutsideBrackets(text: string, separator: string): string[] {
  return piecesOutsideBrackets(text, separator)
    .map((item) => item.replace(/^\s*(?:and|et|und|y)\s+/iu, '').trim())
    .filter((item) => item !== '');
}

/**
 * Purposes are sentences: commas belong to them. A cell holds several purposes when they stand
 * on lines of their own or behind bullets; with `atSemicolons`, a cell on one line is also cut
 * between semicolons. A semicolon also joins the clauses of one sentence ("Keep payroll records;
 * audit them yearly"), so the importer cuts there only when another cell of the row confirms the
 * count (as many lawful bases as parts).
 */
export function splitSentences(cell: string, { atSemicolons = true }: { atSemicolons?: boolean } = {}): string[] {
  const text = tidy(cell);
  if (text === '') return [];
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length > 1 || BULLET.test(text)) return lines.map((line) => line.replace(BULLET, '').trim()).filter((item) => item !== '');
  return atSemicolons ? splitOutsideBrackets(text, ';') : [text];
}

/** Labels people put before a contact: "Tel: …", "E-mail: …", "Contact: …". */
const CONTACT_LABEL = /^(?:contact|contact details|tel|tél|telephone|téléphone|phone|e-?mail|mail|courriel|fax|web|website|site|address|adresse|anschrift|dirección|direccion|teléfono|telefono|kontakt)\s*:\s*/iu;

/**
 * Text that reads as a way to reach someone rather than a name: an e-mail address, a URL, a
 * phone number or street address (it has a digit), or a labelled contact ("Contact: the
 * partner's privacy team").
 */
export function looksLikeContact(text: string): boolean {
  const trimmed = text.trim();
  return /@|https?:\/\/|\bwww\.|\d/u.test(trimmed) || CONTACT_LABEL.test(trimmed);
}

/** A party named in a cell: an organisation and, when the cell gives one, how to reach it. */
export interface Party {
  name: string;
  contact?: string;
}

/**
 * The parties a cell names, as the templates' "Name and contact details of joint controller"
 * cells hold them: one party per line with its contact on the lines below it ("Partner SA" /
 * "privacy@partner.example"), or on one line after a comma ("Partner SA, privacy@partner.example"),
 * several parties on one line between semicolons, or each party behind a bullet with its contact
 * below. A comma belongs to the name unless what follows it reads as a contact ("Smith, Jones &
 * Co" is one name). A "Contact:" label is taken off.
 */
export function splitParties(cell: string): Party[] {
  const text = tidy(cell);
  if (text === '') return [];
  const raw = text.split('\n').filter((line) => line.trim() !== '');
  // Behind bullets, each bulleted line is a whole name and the lines below it are its contact.
  if (raw.some((line) => BULLET.test(line))) {
    const parties: Party[] = [];
    for (const line of raw) {
      const last = parties.at(-1);
      if (BULLET.test(line) || last === undefined) parties.push({ name: line.replace(BULLET, '').trim() });
      else addContact(last, line);
    }
    return parties.filter((party) => party.name !== '');
  }
  const lines = raw.map((line) => line.trim());
  const segments = lines.length === 1 ? piecesOutsideBrackets(lines[0]!, ';').map((piece) => piece.trim()).filter((piece) => piece !== '') : lines;
  const parties: Party[] = [];
  for (const segment of segments) {
    const last = parties.at(-1);
    if (last !== undefined && lines.length > 1 && looksLikeContact(segment)) {
      addContact(last, segment);
      continue;
    }
    const parts = piecesOutsideBrackets(segment, ',');
    const at = parts.findIndex((part, index) => index > 0 && looksLikeContact(part));
    if (at < 0) parties.push({ name: segment });
    else {
      const party: Party = { name: parts.slice(0, at).join(',').trim() };
      addContact(party, parts.slice(at).join(',').trim());
      parties.push(party);
    }
  }
  return parties;
}

function addContact(party: Party, text: string): void {
  const contact = text.replace(CONTACT_LABEL, '').trim();
  if (contact === '') return;
  party.contact = party.contact === undefined ? contact : `${party.contact}, ${contact}`;
}

/**
 * A contact written so that `splitParties` reads it back as it is: labelled "Contact:" when its
 * words would not say so, or would be taken for a label or a bullet.
 */
export function writtenContact(contact: string): string {
  return looksLikeContact(contact) && !CONTACT_LABEL.test(contact) && !BULLET.test(contact) ? contact : `Contact: ${contact}`;
}

/**
 * A name written so that `splitParties` reads it back as one whole name: behind a bullet when
 * it stands among others or holds a comma or anything a contact has.
 */
export function partyNeedsBullet(name: string): boolean {
  return /[,;]/u.test(name) || looksLikeContact(name) || BULLET.test(name);
}

const YES = new Set(['yes', 'y', 'true', 'x', 'oui', 'o', 'ja', 'j', 'si', 'sí', '1', 'required', 'requise', 'requis', 'erforderlich', 'necesaria', 'needed']);
const NO = new Set(['no', 'n', 'false', 'non', 'nein', '0', 'not required', 'non requise', 'non requis', 'nicht erforderlich', 'no necesaria', 'none', 'aucune', 'aucun', 'keine', 'ninguna', 'ninguno']);

/**
 * A yes/no cell: "Yes", "Oui", "Ja", "Sí", "✓", "No – not used", "Non". Undefined when the cell
 * says something else, which the caller keeps as text.
 */
export function readBoolean(cell: string): boolean | undefined {
  const text = tidy(cell);
  if (/^[✓✔☑]$/u.test(text)) return true;
  if (/^[✗✘☐]$/u.test(text)) return false;
  const form = words(text);
  if (YES.has(form)) return true;
  if (NO.has(form)) return false;
  // "Yes – payroll data" / "No, not applicable": the first word decides when it is a clear answer.
  const first = /^(yes|oui|ja|si|no|non|nein)\b/u.exec(form)?.[1];
  if (first === undefined) return undefined;
  return first !== 'no' && first !== 'non' && first !== 'nein';
}

/** SPEC §2.1 "Not written" and the ways templates leave a cell for later. */
const NOT_YET = new Set(['tbc', 'tbd', 'todo', 'to do', 'tba', 'unknown', 'a completer', 'a confirmer', 'a definir', 'inconnu', 'offen', 'unbekannt', 'tbd tbc', 'pendiente', 'desconocido', 'por definir', 'pending']);

/** A cell that leaves the answer for later ("TBC", "?", "[CONFIRM …]"): the field stays absent. */
export function isNotYet(cell: string): boolean {
  // Every placeholder is short; a sentence is an answer.
  if (cell.length > 40) return false;
  const text = tidy(cell);
  if (/^[?\-–—.…]+$/u.test(text)) return true;
  if (/^\[(?:confirm|needs|todo|tbc)\b[^\]]*\]$/iu.test(text)) return true;
  return NOT_YET.has(words(text));
}

const NOTHING = new Set([
  'none', 'no', 'n a', 'na', 'not applicable', 'nil', 'no one', 'nobody', 'not shared', 'no transfers', 'no transfer', 'none outside the uk',
  'none outside the eea', 'aucun', 'aucune', 'neant', 'non', 'non applicable', 'sans objet', 'pas de transfert', 'aucun transfert',
  'keine', 'keiner', 'nein', 'entfallt', 'nicht zutreffend', 'keine ubermittlung', 'ninguno', 'ninguna', 'no aplica', 'no se preven',
  'no hay', 'no existen', 'sin transferencias', 'no se realizan',
]);

/** A cell that answers "nobody" or "nowhere" ("None", "N/A", "Néant", "Keine"): an empty list, which is complete. */
export function isNothing(cell: string): boolean {
  return NOTHING.has(words(cell));
}

/** Looks like a spreadsheet formula or a DDE payload typed as text: "=cmd|' /C calc'!A0", "+SUM(…)". */
export function looksLikeFormula(cell: string): boolean {
  return /^[=+@]\S/u.test(cell.trim()) || /^-\s*[A-Za-z(]+.*[|!(]/u.test(cell.trim());
}
