/**
 * Markdown tables (GitHub's pipe tables) as grids, read with marked's lexer: each table with
 * the nearest heading above it, each row with its line. Cells are turned into plain text:
 * emphasis and links lose their marks, `<br>` and list-like lines become line breaks, so that
 * a cell holding several values is split like a spreadsheet cell.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { ImportError } from './errors.js';
import { LIMITS } from './limits.js';
import type { Grid, GridRow } from './tables.js';

/** The visible text of inline tokens, with `<br>` as a line break. */
function plain(tokens: readonly Token[] | undefined, fallback: string): string {
  if (tokens === undefined) return fallback;
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'br':
        out += '\n';
        break;
      case 'html':
        out += /^<br\s*\/?>$/iu.test(token.raw.trim()) ? '\n' : '';
        break;
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        out += plain((token as Tokens.Strong).tokens, token.raw);
        break;
      case 'codespan':
        out += (token as Tokens.Codespan).text;
        break;
      case 'escape':
      case 'text':
        out += 'tokens' in token && token.tokens ? plain(token.tokens as Token[], (token as Tokens.Text).text) : decode((token as Tokens.Text).text);
        break;
      default:
        out += 'text' in token && typeof token.text === 'string' ? token.text : '';
    }
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/gu, (_, name: string) => ENTITIES[name] ?? '');
}

export function readMarkdown(text: string, file: string): Grid[] {
  const source = text.replace(/\r\n?/g, '\n');
  const grids: Grid[] = [];
  let line = 1;
  let heading: string | undefined;
  let cells = 0;
  for (const token of Lexer.lex(source)) {
    if (token.type === 'heading') heading = plain((token as Tokens.Heading).tokens, (token as Tokens.Heading).text).trim();
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      // A table's first line is its header, the second its delimiter row; rows follow one a line.
      const rows: GridRow[] = [
        { cells: table.header.map((cell) => plain(cell.tokens, cell.text)), place: { file, line } },
        ...table.rows.map((row, index) => ({ cells: row.map((cell) => plain(cell.tokens, cell.text)), place: { file, line: line + 2 + index } })),
      ];
      if (rows.length > LIMITS.rows) throw new ImportError({ file, line }, `a table of more than ${LIMITS.rows} rows: too large to import`);
      cells += rows.length * table.header.length;
      if (cells > LIMITS.cells) throw new ImportError({ file, line }, `more than ${LIMITS.cells} table cells: too large to import`);
      grids.push({ file, ...(heading !== undefined ? { heading } : {}), place: { file, line }, rows, headerFixed: true });
    }
    line += countLines(token.raw);
  }
  return grids;
}

function countLines(raw: string): number {
  let count = 0;
  for (let index = raw.indexOf('\n'); index >= 0; index = raw.indexOf('\n', index + 1)) count += 1;
  return count;
}
