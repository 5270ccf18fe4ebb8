// The cheapest thing any JavaScript checker of a YAML record must do, as a whole process: start
// node, read the file, parse it with js-yaml (its default schema, no positions), count the
// purposes and print the count. Issue 17 measures the check against it.
//   node scripts/bench/js-yaml-load.mjs <file>
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

const value = load(readFileSync(process.argv[2], 'utf8'));
let purposes = 0;
for (const activity of value?.processing_activities ?? []) purposes += activity?.purposes?.length ?? 0;
process.stdout.write(`${purposes} purposes\n`);
