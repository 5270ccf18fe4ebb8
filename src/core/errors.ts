/**
 * The errors the core throws, in a module of their own so that the edges can recognise them
 * without loading the engine.
 */

/** A config file with bad entries: one line per entry, each with its file, line and column. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** A rule that threw: a bug in ropa-lint, reported with the rule and the file that caused it. */
export class RuleCrashError extends Error {
  constructor(
    readonly ruleId: string,
    readonly file: string,
    cause: unknown,
  ) {
    super(`rule ${ruleId} failed on ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}
