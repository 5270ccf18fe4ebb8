/** action.yml declares what SPEC §5 promises: every input with a description and default, every output. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from './support.js';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
}

const action = parse(readFileSync(`${root}/action.yml`, 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('declares the inputs of SPEC §5 with their defaults', () => {
    expect(Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]))).toEqual({
      inventory: '',
      config: '',
      'fail-on': '',
      annotations: 'true',
      comment: 'true',
      sarif: '',
      base: '',
      'fail-on-new': 'false',
      baseline: '',
      token: '${{ github.token }}',
    });
    for (const input of Object.values(action.inputs)) {
      expect(input.description.length).toBeGreaterThan(20);
      expect(input.required).toBe(false);
    }
  });

  it('declares the outputs and runs dist/index.js on node24', () => {
    expect(Object.keys(action.outputs)).toEqual(['errors', 'warnings', 'notices', 'sarif-file']);
    for (const output of Object.values(action.outputs)) expect(output.description).toBeTruthy();
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding).toEqual({ icon: 'shield', color: 'blue' });
  });
});
