/**
 * Messages mark ids and values with backticks (`purpose \`train-model\``). The markdown and
 * html formats show those parts as code. The split is only presentation: every part is escaped
 * for its format whatever it holds, so an id with a stray backtick changes the styling, never
 * what the output does.
 */
export interface Segment {
  code: boolean;
  text: string;
}

export function segments(message: string): Segment[] {
  // Templates quote with single backticks; a longer run (an id holding ```) stays inside its part.
  const parts = message.split(/(?<!`)`(?!`)/);
  // An odd number of backticks leaves the last part unterminated: it is plain text.
  const closed = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  const result: Segment[] = [];
  parts.forEach((text, index) => {
    const code = index % 2 === 1 && index < closed;
    const piece = !code && index % 2 === 1 ? `\`${text}` : text;
    if (piece !== '') result.push({ code, text: piece });
  });
  return result;
}

/** Cuts a string from an inventory to a length a report can carry. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
