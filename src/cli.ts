#!/usr/bin/env node
import module from 'node:module';
import v8 from 'node:v8';
import { runCli } from './cli/main.js';

// Node 22.1+ keeps the compiled bundle between runs; a linter starts on every push.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// V8 first interprets a regular expression and compiles it to machine code once it turns hot.
// A run executes most of marked's expressions a few times only, so each was translated twice;
// compiling at once cut the first lex of a notice from 42 ms to 17 ms (see issue 9's note).
v8.setFlagsFromString('--no-regexp-tier-up');

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
