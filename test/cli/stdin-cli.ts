import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';
import type { CliResult } from '../support/cli.js';

/**
 * Runs the CLI in-process like test/support/cli.ts, with `input` as its standard input (none:
 * an empty one), so that no test ever waits on the test runner's own standard input.
 */
export async function cliWithStdin(args: string[], cwd: string, input: string | Buffer = ''): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli({
    argv: args,
    cwd,
    env: {},
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from([typeof input === 'string' ? Buffer.from(input, 'utf8') : input]),
  });
  return { code, stdout, stderr };
}
