/** An error in how ropa-lint was called or in what it was given: one line on stderr, exit 2. */
export class UsageError extends Error {}
