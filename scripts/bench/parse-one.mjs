// Reads one file with one reader, once, in a fresh process (as the CLI does), and prints
// the time and memory of that one step as JSON. Readers come from .bench/readers.mjs, which
// bench.mjs bundles from src/.
//   node scripts/bench/parse-one.mjs <fast|document|events|yaml> <file>
import { readFileSync } from 'node:fs';

const [reader, file] = process.argv.slice(2);
const readers = await import(new URL('../../.bench/readers.mjs', import.meta.url).href);
const text = readFileSync(file, 'utf8');
const cpu = process.cpuUsage();
const start = performance.now();
let handedOver = null;
if (reader === 'fast') {
  const parsed = readers.parseYamlEvents(text, readers.defaultParseLimits, (why) => (handedOver = why));
  // The lookups a run makes: one per finding, a few hundred at most.
  if (parsed) for (let index = 0; index < 200; index += 1) parsed.locations.get(`/processing_activities/${index}/purposes/0/lawful_basis`);
} else if (reader === 'document') {
  readers.parseYamlDocument(text, readers.defaultParseLimits);
} else if (reader === 'events') {
  readers.parseEvents(text, { maxDepth: 210 });
} else if (reader === 'yaml') {
  readers.parseDocument(text, { lineCounter: new readers.LineCounter(), merge: true, uniqueKeys: true });
} else {
  throw new Error(`unknown reader ${reader}`);
}
const ms = performance.now() - start;
const used = process.cpuUsage(cpu);
process.stdout.write(`${JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024, handedOver })}\n`);
