/** The precompiled validators match the schemas they were generated from. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without type declarations
import { VALIDATORS, validatorSource } from '../scripts/validators.mjs';

describe('src/generated', () => {
  it.each((VALIDATORS as { schema: string; output: string }[]).map((entry) => [entry.output, entry] as const))('%s is up to date (npm run generate)', (_name, { schema, output }) => {
    expect(readFileSync(new URL(`../${output}`, import.meta.url), 'utf8')).toBe((validatorSource as (file: string) => string)(schema));
  });
});
