import type { ValidateFunction } from 'ajv';

/** A standalone validator compiled ahead of time by scripts/validators.mjs. */
export declare const validate: ValidateFunction;
export default validate;

/** The JSON Schema the validator was compiled from, as it holds it. */
export declare const schema: Record<string, unknown>;
