/**
 * Text as the importers compare it: headers and wordings are matched after folding case,
 * accents and punctuation, so that "Finalité(s) du traitement", "FINALITE DU TRAITEMENT" and
 * "finalités du traitement :" are one heading.
 */

const ASCII = /^[\u0000-\u007f]*$/u;

const LIGATURES: Record<string, string> = { ß: 'ss', œ: 'oe', æ: 'ae', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower case without accents or ligatures: "Durée" → "duree", "Maßnahmen" → "massnahmen". */
export function fold(text: string): string {
  // Most cells are ASCII: lower case is all they need, without the cost of normalising.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßœæøłđðþı]/g, (letter) => LIGATURES[letter] ?? letter);
}

/**
 * Folded, with punctuation as single spaces: the form wordings are looked up in. Letters and
 * digits of every script are kept; everything else separates words.
 */
export function words(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A column heading as the header dictionary knows it: plural marks such as "(s)" taken away,
 * other parenthesised asides ("(if applicable)", "(le cas échéant)") and leading numbering
 * ("3.", "b)") dropped, then folded to words.
 */
export function headingWords(text: string): string {
  const withoutPlurals = text.replace(/\((?:s|es|x|e|n|en)\)/giu, (mark) => (/^\(s\)$/i.test(mark) ? 's' : ''));
  const withoutAsides = withoutPlurals.replace(/\([^()]*\)/gu, ' ').replace(/\[[^\][]*\]/gu, ' ');
  const withoutNumbering = withoutAsides.replace(/^\s*(?:\d+(?:\.\d+)*|[a-z])\s*[.)\-–:]\s+/iu, '');
  return words(withoutNumbering);
}

/** True when `phrase` (already in words form) appears in `text` (words form) as whole words. */
export function containsPhrase(text: string, phrase: string): boolean {
  if (phrase.length === 0) return false;
  let from = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at < 0) return false;
    const before = at === 0 || text[at - 1] === ' ';
    const after = at + phrase.length === text.length || text[at + phrase.length] === ' ';
    if (before && after) return true;
    from = at + 1;
  }
}

const SLUG_MAX = 48;

/**
 * A kebab-case id made from a name: ASCII letters and digits, single hyphens, at most 48
 * characters cut at a word boundary. Empty when the name has no letter or digit that folds to ASCII.
 */
export function slugify(text: string, max = SLUG_MAX): string {
  const parts = fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((part) => part.length > 0);
  let slug = '';
  for (const part of parts) {
    const next = slug === '' ? part : `${slug}-${part}`;
    if (next.length > max) {
      if (slug === '') slug = part.slice(0, max);
      break;
    }
    slug = next;
  }
  // A cut name should not end on "of the" or "sur les".
  return slug.replace(/(?:-(?:a|an|and|the|of|for|to|on|in|with|by|de|des|du|d|la|le|les|l|et|sur|pour|au|aux|der|die|das|den|und|von|zu|fur|el|los|las|y|en|para|con))+$/u, '') || slug;
}

/** An id as SPEC §1 writes them: kebab-case. */
export function isKebabId(text: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(text);
}

/**
 * Hands out ids unique in one scope: a second "Payroll" becomes `payroll-2`. Taken ids are
 * compared as written, which for slugs is also case-insensitive.
 */
export class IdScope {
  private readonly taken = new Set<string>();

  constructor(private readonly fallback: string) {}

  /**
   * A fresh id: the id the source gives (`wanted`, made kebab-case when it is not) when it is
   * still free, else one made from `name` (or the scope's fallback word when the name gives no
   * slug). The caller compares the answer with `wanted` to report an id it could not keep.
   */
  claim(name: string, wanted?: string): string {
    const base = (wanted === undefined ? '' : isKebabId(wanted) ? wanted : slugify(wanted)) || slugify(name) || this.fallback;
    let id = base;
    for (let counter = 2; this.taken.has(id); counter += 1) id = `${base}-${counter}`;
    this.taken.add(id);
    return id;
  }
}

/** What tidy() has to do more for than trim: line breaks, tabs, runs of spaces, no-break spaces. */
const MESSY = /[\r\n\t\u00a0]| {2}/u;

/** Free text as it goes into the record: runs of spaces and tabs single, lines trimmed, no empty lines at the ends. */
export function tidy(text: string): string {
  if (!MESSY.test(text)) return text.trim();
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\t \u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The first line of a text, cut to `max` characters at a word boundary: a name made from a longer text. */
export function shortName(text: string, max = 80): string {
  const line = tidy(text).split('\n')[0] ?? '';
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/u, '')}…`;
}

/** Quoted for a report line, shortened: "Art. 6(1)(f) legitimate int…". */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

/**
 * A reading of one text, remembered: a record repeats the same few wordings on every row
 * ("Consent", "USA (SCCs)"), and each is read once. At most `limit` texts are kept (the memory
 * stays bounded, the time linear); what is returned is frozen, as it is shared.
 */
export function memoise<T>(read: (text: string) => T, limit = 4096): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text) as T;
    const value = read(text);
    if (typeof value === 'object' && value !== null) Object.freeze(value);
    if (seen.size >= limit) seen.clear();
    seen.set(text, value);
    return value;
  };
}
