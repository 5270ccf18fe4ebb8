/**
 * The data map as an SVG drawing, laid out by dagre (a layered graph layout: boxes in columns,
 * few crossings) rather than placed by hand. The drawing uses presentation attributes only, no
 * style element and no script, so that it shows under a strict Content-Security-Policy and in
 * print, and every text from the record is escaped.
 */
import { graphlib, layout } from '@dagrejs/dagre';
import { stripControlCharacters } from '../formatters/text.js';
import { type CondenseOptions, condense, type Picture, type PictureKind, type PictureNode } from './condense.js';
import type { DataMap } from './graph.js';

export interface SvgOptions extends CondenseOptions {
  /** The drawing's accessible name, e.g. "Data map of Smart reply suggestions". */
  title: string;
  /** Prefixes the one id inside the drawing (its title's): several drawings on one page need different ones. */
  idPrefix?: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
const LABEL_SIZE = 12;
const DETAIL_SIZE = 10;
const LINE_CHARS = 28;
const MAX_LINES = 3;
const PAD_X = 10;
const PAD_Y = 7;
const HEADING_SPACE = 26;
const HEADING_SIZE = 11;
const MARGIN = 12;

interface Palette {
  fill: string;
  stroke: string;
  text: string;
}

const PALETTE: Record<Exclude<PictureKind, 'junction'>, Palette> = {
  subject: { fill: '#ddf4ff', stroke: '#0969da', text: '#0a3069' },
  category: { fill: '#f6f8fa', stroke: '#6e7781', text: '#1f2328' },
  activity: { fill: '#dafbe1', stroke: '#1a7f37', text: '#033a16' },
  purpose: { fill: '#ffffff', stroke: '#8250df', text: '#1f2328' },
  group: { fill: '#fbefff', stroke: '#8250df', text: '#1f2328' },
  processor: { fill: '#ffffff', stroke: '#6e7781', text: '#1f2328' },
  recipient: { fill: '#ffffff', stroke: '#6e7781', text: '#1f2328' },
  country: { fill: '#f6f8fa', stroke: '#57606a', text: '#1f2328' },
};
/** AI-training purposes stand out by colour and by their "AI training" line, which prints in black and white too. */
const AI: Palette = { fill: '#fff1e5', stroke: '#bc4c00', text: '#3d1300' };
const ADDED = '#1a7f37';
const REMOVED = '#cf222e';
const EDGE = '#8c959f';

/** Escapes text for XML character data and attribute values, without the characters XML forbids. */
export function escapeXml(text: string): string {
  return stripControlCharacters(text)
    .replace(/[\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * An estimate of the width of a text in a sans-serif font, on the wide side (DejaVu Sans, the
 * usual Linux default, runs wider than Helvetica): a box a little too wide reads better than text
 * running out of it. Wide characters count double.
 */
function textWidth(text: string, size: number): number {
  let units = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    units += code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60) || code >= 0x1f300) ? 1 : /[A-Z@mw%]/.test(character) ? 0.74 : /[ilj.,;:'|!()[\]\s]/.test(character) ? 0.34 : 0.61;
  }
  return units * size;
}

/** Up to three lines of about 28 characters, broken at spaces where possible, the last cut with an ellipsis. */
export function wrapLabel(label: string, lineChars = LINE_CHARS, maxLines = MAX_LINES): string[] {
  const words = label.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while ([...word].length > lineChars) {
      if (line !== '') {
        lines.push(line);
        line = '';
      }
      const characters = [...word];
      lines.push(characters.slice(0, lineChars).join(''));
      word = characters.slice(lineChars).join('');
    }
    if (line === '') line = word;
    else if ([...`${line} ${word}`].length <= lineChars) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines.length > 0 ? lines : [''];
  const kept = lines.slice(0, maxLines);
  const last = [...kept[maxLines - 1]!];
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, lineChars - 1)).join('')}…`;
  return kept;
}

interface Box {
  node: PictureNode;
  lines: string[];
  detail: string[];
  width: number;
  height: number;
}

function boxOf(node: PictureNode): Box {
  if (node.kind === 'junction') return { node, lines: [], detail: [], width: 8, height: 8 };
  const lines = wrapLabel(node.label);
  const marks = [...(node.change ? [node.change] : []), ...(node.detail ? [node.detail] : [])];
  const detail = marks.length > 0 ? wrapLabel(marks.join(' · '), 34, 2) : [];
  // Activities are set in bold, which runs wider.
  const labelScale = node.kind === 'activity' ? 1.1 : 1;
  const width = Math.max(80, ...lines.map((line) => textWidth(line, LABEL_SIZE) * labelScale), ...detail.map((line) => textWidth(line, DETAIL_SIZE))) + 2 * PAD_X;
  const height = lines.length * (LABEL_SIZE + 3) + detail.length * (DETAIL_SIZE + 3) + 2 * PAD_Y;
  return { node, lines, detail, width: Math.ceil(width), height: Math.ceil(height) };
}

/** A smooth line through dagre's points: straight to the first, quadratic through the middles. */
function pathThrough(points: { x: number; y: number }[]): string {
  const at = (point: { x: number; y: number }) => `${round(point.x)} ${round(point.y)}`;
  if (points.length === 0) return '';
  let d = `M${at(points[0]!)}`;
  if (points.length === 2) return `${d} L${at(points[1]!)}`;
  for (let index = 1; index < points.length - 1; index += 1) {
    const point = points[index]!;
    const next = points[index + 1]!;
    const end = index === points.length - 2 ? next : { x: (point.x + next.x) / 2, y: (point.y + next.y) / 2 };
    d += ` Q${at(point)} ${at(end)}`;
  }
  return d;
}

/**
 * A filled triangle at the end of a line, pointing along its last piece. Drawn as a path of its
 * own rather than an SVG marker: a marker is referenced by id and url(), which would collide
 * between drawings on one page and reads to a CSP audit like a load.
 */
function arrowhead(points: { x: number; y: number }[], colour: string): string {
  const tip = points.at(-1);
  const from = points.at(-2);
  if (!tip || !from) return '';
  const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / length;
  const uy = (tip.y - from.y) / length;
  const back = { x: tip.x - 7 * ux, y: tip.y - 7 * uy };
  const left = `${round(back.x - 3.5 * uy)} ${round(back.y + 3.5 * ux)}`;
  const right = `${round(back.x + 3.5 * uy)} ${round(back.y - 3.5 * ux)}`;
  return `<path d="M${round(tip.x)} ${round(tip.y)} L${left} L${right} z" fill="${colour}"/>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Lays out and draws a condensed picture. */
export function renderPictureSvg(picture: Picture, options: SvgOptions): string {
  const prefix = (options.idPrefix ?? 'ropa-map').replace(/[^A-Za-z0-9_-]/g, '-');
  const graph = new graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: 10, ranksep: 44, edgesep: 6, marginx: MARGIN, marginy: MARGIN });
  const boxes = new Map<string, Box>();
  for (const node of picture.nodes) {
    const box = boxOf(node);
    boxes.set(node.key, box);
    graph.setNode(node.key, { width: box.width, height: box.height });
  }
  picture.edges.forEach((edge, index) => {
    const span = Math.max(1, boxes.get(edge.to)!.node.column - boxes.get(edge.from)!.node.column);
    const label = edge.label === undefined ? {} : { width: textWidth(edge.label, DETAIL_SIZE) + 8, height: DETAIL_SIZE + 6, labelpos: 'c' as const };
    graph.setEdge(edge.from, edge.to, { minlen: span, weight: edge.change ? 1 : 2, ...label }, String(index));
  });
  layout(graph);

  const bounds = graph.graph();
  // Column headings, centred over the boxes of each column; the drawing widens for a heading wider than its column.
  const headings: { x: number; text: string; width: number }[] = [];
  const columnCentres = new Map<number, number[]>();
  for (const node of picture.nodes) {
    if (node.kind === 'junction') continue;
    const xs = columnCentres.get(node.column) ?? [];
    xs.push(graph.node(node.key).x ?? 0);
    columnCentres.set(node.column, xs);
  }
  for (const [column, xs] of columnCentres) {
    const heading = picture.columns[column];
    if (heading) headings.push({ x: xs.reduce((sum, value) => sum + value, 0) / xs.length, text: heading.toUpperCase(), width: textWidth(heading.toUpperCase(), HEADING_SIZE) * 1.1 });
  }
  const width = Math.ceil(Math.max(bounds.width ?? 0, 200, ...headings.map((heading) => heading.x + heading.width / 2 + MARGIN)));
  const height = Math.ceil((bounds.height ?? 0) + HEADING_SPACE);
  const parts: string[] = [];
  const titleId = `${prefix}-title`;
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="data-map" role="img" aria-labelledby="${titleId}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title id="${titleId}">${escapeXml(options.title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  );

  for (const heading of headings) {
    const x = Math.max(heading.x, heading.width / 2 + 2);
    parts.push(`<text x="${round(x)}" y="${MARGIN + 6}" text-anchor="middle" font-size="${HEADING_SIZE}" font-weight="600" fill="#57606a">${escapeXml(heading.text)}</text>`);
  }

  parts.push(`<g transform="translate(0 ${HEADING_SPACE})">`);
  // Unchanged lines first, so that what a change adds or removes is drawn on top.
  const edgeOrder = picture.edges.map((edge, index) => ({ edge, index })).sort((a, b) => Number(a.edge.change !== undefined) - Number(b.edge.change !== undefined));
  for (const { edge, index } of edgeOrder) {
    const placed = graph.edge({ v: edge.from, w: edge.to, name: String(index) });
    const points = placed?.points ?? [];
    const colour = edge.change === 'added' ? ADDED : edge.change === 'removed' ? REMOVED : EDGE;
    const dash = edge.change === 'removed' ? ' stroke-dasharray="5 4"' : '';
    const strokeWidth = edge.change ? 2 : 1.2;
    parts.push(`<path d="${pathThrough(points)}" fill="none" stroke="${colour}" stroke-width="${strokeWidth}"${dash}/>`);
    if (boxes.get(edge.to)!.node.kind !== 'junction') parts.push(arrowhead(points, colour));
    if (edge.label !== undefined && placed?.x !== undefined && placed.y !== undefined) {
      const labelWidth = textWidth(edge.label, DETAIL_SIZE) + 8;
      parts.push(
        `<rect x="${round(placed.x - labelWidth / 2)}" y="${round(placed.y - (DETAIL_SIZE + 6) / 2)}" width="${round(labelWidth)}" height="${DETAIL_SIZE + 6}" rx="3" fill="#ffffff" stroke="${colour}" stroke-width="0.6"/>`,
        `<text x="${round(placed.x)}" y="${round(placed.y + DETAIL_SIZE / 2 - 1)}" text-anchor="middle" font-size="${DETAIL_SIZE}" fill="#1f2328">${escapeXml(edge.label)}</text>`,
      );
    }
  }

  for (const node of picture.nodes) {
    const box = boxes.get(node.key)!;
    const placed = graph.node(node.key);
    const x = (placed.x ?? 0) - box.width / 2;
    const y = (placed.y ?? 0) - box.height / 2;
    if (node.kind === 'junction') {
      const colour = node.change === 'added' ? ADDED : node.change === 'removed' ? REMOVED : EDGE;
      parts.push(`<circle cx="${round(placed.x ?? 0)}" cy="${round(placed.y ?? 0)}" r="3.5" fill="${colour}"/>`);
      continue;
    }
    const palette = node.aiTraining && (node.kind === 'purpose' || node.kind === 'group' || node.kind === 'activity') ? AI : PALETTE[node.kind];
    const stroke = node.change === 'added' ? ADDED : node.change === 'removed' ? REMOVED : palette.stroke;
    const strokeWidth = node.change || node.aiTraining ? 2 : node.kind === 'activity' ? 1.6 : 1;
    const dash = node.change === 'removed' ? ' stroke-dasharray="5 4"' : '';
    const radius = node.kind === 'subject' || node.kind === 'country' ? box.height / 2 : 5;
    const title = node.title ? `${node.label}\n${node.title}` : [node.label, node.detail].filter(Boolean).join('\n');
    parts.push(
      `<g class="node ${node.kind}${node.aiTraining ? ' ai-training' : ''}${node.change ? ` ${node.change}` : ''}">`,
      `<title>${escapeXml(title)}</title>`,
      `<rect x="${round(x)}" y="${round(y)}" width="${box.width}" height="${box.height}" rx="${round(Math.min(radius, 14))}" fill="${palette.fill}" stroke="${stroke}" stroke-width="${strokeWidth}"${dash}/>`,
    );
    let baseline = y + PAD_Y + LABEL_SIZE - 1;
    const weight = node.kind === 'activity' ? ' font-weight="600"' : '';
    for (const line of box.lines) {
      parts.push(`<text x="${round(x + PAD_X)}" y="${round(baseline)}" font-size="${LABEL_SIZE}"${weight} fill="${palette.text}">${escapeXml(line)}</text>`);
      baseline += LABEL_SIZE + 3;
    }
    for (const line of box.detail) {
      const colour = node.aiTraining ? AI.stroke : '#57606a';
      parts.push(`<text x="${round(x + PAD_X)}" y="${round(baseline)}" font-size="${DETAIL_SIZE}" fill="${colour}">${escapeXml(line)}</text>`);
      baseline += DETAIL_SIZE + 3;
    }
    parts.push('</g>');
  }
  parts.push('</g>', '</svg>');
  return parts.join('');
}

/** The data map as one SVG drawing (see condense.ts for how a large map is kept legible). */
export function renderSvg(map: DataMap, options: SvgOptions): string {
  return renderPictureSvg(condense(map, options), options);
}
