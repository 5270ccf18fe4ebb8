/**
 * The data map: build it from an inventory (or one activity of it), compare two of them, draw it
 * as SVG or as a Mermaid flowchart. The flows a change adds or removes, drawn for a pull request:
 *
 *     renderMermaid(diffDataMaps(buildDataMap(base.model), buildDataMap(head.model)))
 */
export { buildDataMap, countryName, type DataMap, diffDataMaps, type MapEdge, type MapNode } from './graph.js';
export type { CondenseOptions } from './condense.js';
export { MERMAID_LIMITS, renderMermaid } from './mermaid.js';
export { renderSvg, type SvgOptions } from './svg.js';
