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

process.exitCode = await runCli({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
