// Preloaded with --require into a measured process: prints its peak RSS (kB) on stderr at exit.
'use strict';
process.on('exit', () => {
  process.stderr.write(`\n@@peak-rss ${process.resourceUsage().maxRSS}\n`);
});
