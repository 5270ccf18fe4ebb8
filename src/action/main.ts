/**
 * The GitHub Action's edge. Until the Action issue lands, it runs the CLI's check with
 * workflow-command annotations and fails the step from the findings.
 */
import * as core from '@actions/core';
import { runCli } from '../cli/main.js';

export async function run(): Promise<void> {
  const argv = ['--format', 'github', '--fail-on', core.getInput('fail-on') || 'error'];
  const config = core.getInput('config');
  if (config) argv.push('--config', config);
  argv.push(...core.getMultilineInput('inventory').flatMap((line) => line.split(',')).map((entry) => entry.trim()).filter(Boolean));
  const code = await runCli({ argv, cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
  if (code === 1) core.setFailed('ropa-lint found problems at or above fail-on');
  else if (code === 2) core.setFailed('ropa-lint could not check the inventory (see the line above)');
}
