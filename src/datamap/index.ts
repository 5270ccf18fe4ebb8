/**
 * The data map: build it from an inventory (or one activity of it), compare two of them, draw it
 * as SVG or as a Mermaid flowchart.
 */
export { buildDataMap, countryName, type DataMap, diffDataMaps, type MapEdge, type MapNode } from './graph.js';
export type { CondenseOptions } from './condense.js';
export { MERMAID_LIMITS, renderMermaid } from './mermaid.js';
export { renderSvg, type SvgOptions } from './svg.js';
