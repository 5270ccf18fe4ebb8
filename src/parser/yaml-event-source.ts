/**
 * The fast YAML reader. It turns the text into parse events that carry source offsets and
 * builds the plain value and the pointer → span index from them in one pass (`yaml-builder.ts`),
 * with the spans the complete reader (`yaml-document-source.ts`, on the `yaml` package's
 * Document model) gives. It is about ten times faster than that reader, because it builds no
 * node tree.
 *
 * The events come from the stream scanner (`yaml-block-scanner.ts`), which reads the plain
 * block YAML inventories are made of one event at a time; on anything else it hands the text
 * to js-yaml's `parseEvents`, whose list of events covers block and flow collections, every
 * scalar style, comments, anchors, aliases and merge keys, in the YAML 1.2 core schema. On
 * anything beyond that — a syntax error, a duplicate key, a tag, a directive, several
 * documents, a missing anchor, an odd key — it returns `undefined` and the caller hands the
 * file to the complete reader, which reports each problem with its position.
 */
import { type Event, parseEvents } from 'js-yaml';
import { Builder, HandOver, refusal } from './yaml-builder.js';
import { scanYaml } from './yaml-block-scanner.js';
import { type ParsedYaml, type ParseLimits, tooDeepProblem } from './yaml-types.js';

/**
 * Reads `text` on the fast path, or returns `undefined` when the document needs the complete
 * reader. `reason` (for tests and the benchmark) receives why it handed over.
 */
export function parseYamlEvents(text: string, limits: ParseLimits, reason?: (why: string) => void): ParsedYaml | undefined {
  return scanYaml(text, limits) ?? parseYamlEventList(text, limits, reason);
}

/** The fast path without the stream scanner: js-yaml's list of events alone (the scanner's yardstick in the tests). */
export function parseYamlEventList(text: string, limits: ParseLimits, reason?: (why: string) => void): ParsedYaml | undefined {
  const refused = refusal(text);
  if (refused !== undefined) {
    reason?.(refused);
    return undefined;
  }
  return readEventList(text, limits, reason);
}

function readEventList(text: string, limits: ParseLimits, reason?: (why: string) => void): ParsedYaml | undefined {
  let events: Event[];
  try {
    // A margin above our own limit, so that our check (the same as the complete reader's) applies.
    events = parseEvents(text, { maxDepth: limits.maxDepth + 10 });
  } catch (error) {
    const message = error instanceof Error ? ((error as { reason?: string }).reason ?? error.message) : String(error);
    if (/nesting exceeded maxDepth/.test(message)) {
      // Too deep for the complete reader too, whose recursion could exhaust the stack: stop here.
      const position = (error as { mark?: { position?: number } }).mark?.position ?? 0;
      return { value: null, locations: new Map(), problems: [tooDeepProblem(limits, { start: position, end: position })] };
    }
    reason?.(`js-yaml: ${message}`);
    return undefined;
  }
  try {
    const builder = new Builder(text, limits, events.length);
    for (let i = 0; i < events.length; i += 1) builder.event(events[i]!);
    return builder.finish();
  } catch (error) {
    if (error instanceof HandOver) {
      reason?.(error.reason);
      return undefined;
    }
    throw error;
  }
}
