#!/usr/bin/env node
import module from 'node:module';
import { runCli } from './cli/main.js';
import { tuneForShortLivedProcess } from './short-lived-process.js';

// Node 22.1+ keeps the chunks a check loads on demand compiled between runs; a linter starts on
// every push. (The entry's own imports are compiled before this line runs: cached as well, they
// took longer to read back than to compile, 85 against 80 ms for a small check on Node 24.)
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
tuneForShortLivedProcess();

// A reader that stops early (`ropa-lint ... | head`) closes the pipe: the rest of the report has
// nowhere to go, which is no failure of the check, and the exit code still says what it found.
// Any other failure to write is one line and exit 2, never an unhandled 'error' event.
let writeFailed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED' || writeFailed) return;
  writeFailed = true;
  process.stderr.write(`ropa-lint: cannot write the report to standard output: ${error.code ?? error.message}\n`);
  process.exitCode = 2;
});

const code = await runCli({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
process.exitCode = writeFailed ? 2 : code;
