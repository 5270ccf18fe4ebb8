#!/usr/bin/env node
import module from 'node:module';
import { runCli } from './cli/main.js';

// Node 22.1+ keeps the compiled bundle between runs; a linter starts on every push.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

process.exitCode = await runCli({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
