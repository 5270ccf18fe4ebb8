import type { ValidateFunction } from 'ajv';

/** A standalone validator compiled ahead of time by scripts/validators.mjs. */
export declare const validate: ValidateFunction;
export default validate;
