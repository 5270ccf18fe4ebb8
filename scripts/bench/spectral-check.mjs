// Spectral 6 as a whole process, for the benchmark of issue 17: start node, load Spectral's core,
// read the file, parse it with positions, run scripts/bench/spectral-ruleset.mjs, print how many
// results it found. The programmatic core is the cheapest way to run Spectral (the CLI also
// bundles the ruleset first), so ropa-lint is compared with Spectral at its fastest.
//   node scripts/bench/spectral-check.mjs <file>
import { readFileSync } from 'node:fs';
import spectralCore from '@stoplight/spectral-core';
import parsers from '@stoplight/spectral-parsers';
import ruleset from './spectral-ruleset.mjs';

const { Document, Spectral } = spectralCore;
const file = process.argv[2];
const spectral = new Spectral();
spectral.setRuleset(ruleset);
const results = await spectral.run(new Document(readFileSync(file, 'utf8'), parsers.Yaml, file));
process.stdout.write(`${results.length} results\n`);
