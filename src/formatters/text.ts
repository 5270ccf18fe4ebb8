/**
 * Removes what a terminal or a log viewer would interpret rather than show: C0 and C1
 * control characters (escape sequences), DEL, and Unicode bidirectional overrides that
 * make text display in another order than it is read ("Trojan Source").
 */
// biome-ignore lint: the control characters are the point of this pattern
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(UNSAFE, '');
}

/** One line of source for a code frame: tabs and control characters become single spaces so carets line up. */
export function displayLine(text: string): string {
  return text.replace(/\t/g, ' ').replace(UNSAFE, ' ');
}

/** Messages are one line; a newline from a hostile value is shown as a space. */
export function oneLine(text: string): string {
  return stripControlCharacters(text.replace(/\r\n|\r|\n/g, ' '));
}

/** `1 error`, `2 errors`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
