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

function splitOutsideBrackets(text: string, separator: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (character === '(' || character === '[' || character === '{') depth += 1;
    else if ((character === ')' || character === ']' || character === '}') && depth > 0) depth -= 1;
    else if (character === separator && depth === 0) {
      items.push(text.slice(start, index));
      start = index + 1;
    }
  }
  items.push(text.slice(start));
  return items.map((item) => item.replace(/^\s*(?:and|et|und|y)\s+/iu, '').trim()).filter((item) => item !== '');
}

/**
 * Purposes are sentences: commas belong to them. A cell holds several purposes only when they
 * stand on lines of their own, behind bullets, or between semicolons.
 */
export function splitSentences(cell: string): string[] {
  const text = tidy(cell);
  if (text === '') return [];
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length > 1 || BULLET.test(text)) return lines.map((line) => line.replace(BULLET, '').trim()).filter((item) => item !== '');
  return splitOutsideBrackets(text, ';');
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
