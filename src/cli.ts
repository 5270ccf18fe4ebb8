#!/usr/bin/env node
import { runCli } from './cli/main.js';

process.exitCode = await runCli({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
