// Preloaded with --require into a check: counts every look at the file system (stat, lstat,
// realpath, exists, access, open, read, readlink) whose path is below ROPA_BENCH_LOOKS_UNDER, and
// prints the count per path on stderr at exit. The bench checks that document-missing looks at
// each distinct document path once at most, however many fields name it.
'use strict';
const fs = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');

const under = process.env.ROPA_BENCH_LOOKS_UNDER;
const looks = new Map();
const count = (file) => {
  const shown = String(file);
  if (under && shown.startsWith(under)) looks.set(shown, (looks.get(shown) ?? 0) + 1);
};
const counted = (original) =>
  function countedLook(file, ...rest) {
    count(file);
    return original.call(this, file, ...rest);
  };
for (const name of ['statSync', 'lstatSync', 'existsSync', 'accessSync', 'openSync', 'readFileSync', 'readlinkSync', 'opendirSync', 'readdirSync']) fs[name] = counted(fs[name]);
fs.realpathSync = Object.assign(counted(fs.realpathSync), { native: counted(fs.realpathSync.native) });
// The bundle imports node:fs as an ES module: its named bindings follow these properties only once synced.
syncBuiltinESMExports();

process.on('exit', () => {
  const counts = [...looks.values()];
  process.stderr.write(`\n@@looks ${JSON.stringify({ calls: counts.reduce((sum, n) => sum + n, 0), paths: looks.size, most: Math.max(0, ...counts) })}\n`);
});
