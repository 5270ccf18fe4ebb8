/**
 * The data map as a Mermaid flowchart, which GitHub draws where a Markdown file or comment has a
 * ```mermaid block. Node ids are generated (n0, n1, …), never taken from the record, and every
 * label is written inside quotes with each character that Mermaid, Markdown or HTML could read as
 * syntax replaced by Mermaid's `#code;` entity: a hostile name cannot close the label, the block or
 * the fence, start a directive or a comment, or become a link or a tag.
 */
import { stripControlCharacters } from '../formatters/text.js';
import { type CondenseOptions, condense, type Picture } from './condense.js';
import type { DataMap } from './graph.js';

/** Letters, digits, spaces and a few harmless marks pass; everything else becomes `#code;`. */
export function escapeMermaid(text: string): string {
  let result = '';
  for (const character of stripControlCharacters(text.replace(/\s+/g, ' '))) {
    result += /^[\p{L}\p{N} ,.\-_/()?!']$/u.test(character) && character !== '\u00a0' ? character : `#${character.codePointAt(0)};`;
  }
  return result;
}

function label(lines: string[]): string {
  // Mermaid breaks a quoted label at <br>: the only markup written here, never from the record.
  return `"${lines.filter((line) => line !== '').map(escapeMermaid).join('<br>')}"`;
}

function arrow(change: 'added' | 'removed' | undefined, span: number): string {
  const extra = Math.max(0, span - 1);
  if (change === 'added') return `==${'='.repeat(extra)}>`;
  if (change === 'removed') return `-.${'.'.repeat(extra)}->`;
  return `--${'-'.repeat(extra)}>`;
}

/** Draws a condensed picture as the text of a Mermaid flowchart (without the ``` fence). */
export function renderPictureMermaid(picture: Picture): string {
  const ids = new Map(picture.nodes.map((node, index) => [node.key, `n${index}`]));
  const column = new Map(picture.nodes.map((node) => [node.key, node.column]));
  const lines = ['flowchart LR'];
  const classes = new Map<string, string[]>();
  const mark = (name: string, id: string) => classes.set(name, [...(classes.get(name) ?? []), id]);
  for (const node of picture.nodes) {
    const id = ids.get(node.key)!;
    if (node.kind === 'junction') {
      lines.push(`  ${id}(("·"))`);
      mark('junction', id);
      continue;
    }
    const text = label([node.label, [node.change, node.detail].filter(Boolean).join(' · ')]);
    const shape = node.kind === 'subject' || node.kind === 'country' ? `([${text}])` : node.kind === 'activity' ? `[[${text}]]` : `[${text}]`;
    lines.push(`  ${id}${shape}`);
    if (node.aiTraining && node.kind !== 'activity') mark('ai', id);
    else if (node.aiTraining) mark('aiActivity', id);
    else mark(node.kind, id);
    if (node.change) mark(node.change, id);
  }
  for (const edge of picture.edges) {
    const span = Math.max(1, column.get(edge.to)! - column.get(edge.from)!);
    const text = edge.label === undefined ? '' : `|${label([edge.label])}|`;
    lines.push(`  ${ids.get(edge.from)} ${arrow(edge.change, span)}${text} ${ids.get(edge.to)}`);
  }
  const styles: Record<string, string> = {
    subject: 'fill:#ddf4ff,stroke:#0969da,color:#0a3069',
    category: 'fill:#f6f8fa,stroke:#6e7781,color:#1f2328',
    activity: 'fill:#dafbe1,stroke:#1a7f37,color:#033a16',
    aiActivity: 'fill:#fff1e5,stroke:#bc4c00,stroke-width:2px,color:#3d1300',
    purpose: 'fill:#ffffff,stroke:#8250df,color:#1f2328',
    group: 'fill:#fbefff,stroke:#8250df,color:#1f2328',
    ai: 'fill:#fff1e5,stroke:#bc4c00,stroke-width:2px,color:#3d1300',
    processor: 'fill:#ffffff,stroke:#6e7781,color:#1f2328',
    recipient: 'fill:#ffffff,stroke:#6e7781,color:#1f2328',
    country: 'fill:#f6f8fa,stroke:#57606a,color:#1f2328',
    junction: 'fill:#8c959f,stroke:#8c959f,color:#8c959f',
    added: 'stroke:#1a7f37,stroke-width:3px',
    removed: 'stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 4',
  };
  // The change's classes last: a later class wins, and `added` must outline a box whatever its kind.
  const last = (name: string) => Number(name === 'added' || name === 'removed');
  for (const [name, members] of [...classes].sort(([a], [b]) => last(a) - last(b))) {
    lines.push(`  classDef ${name} ${styles[name]}`);
    lines.push(`  class ${members.join(',')} ${name}`);
  }
  // Lines the change adds or removes in the colours of their boxes: the dash alone is easy to miss.
  for (const [change, style] of [['added', 'stroke:#1a7f37,stroke-width:3px'], ['removed', 'stroke:#cf222e,stroke-width:2px']] as const) {
    const indexes = picture.edges.flatMap((edge, index) => (edge.change === change ? [index] : []));
    if (indexes.length > 0) lines.push(`  linkStyle ${indexes.join(',')} ${style}`);
  }
  return `${lines.join('\n')}\n`;
}

/** GitHub's Mermaid refuses diagrams above 500 edges or 50,000 characters. */
export const MERMAID_LIMITS = { edges: 500, characters: 50_000 };

/**
 * The data map as Mermaid flowchart text, to put in a ```mermaid block; undefined when it would be
 * larger than GitHub draws (then the html export's one map per activity is the way to see it).
 */
export function renderMermaid(map: DataMap, options: CondenseOptions = {}): string | undefined {
  const picture = condense(map, options);
  if (picture.edges.length > MERMAID_LIMITS.edges) return undefined;
  const text = renderPictureMermaid(picture);
  return text.length > MERMAID_LIMITS.characters ? undefined : text;
}
