import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);

// src/core/errors.ts
var ConfigError = class extends Error {
  constructor(problems) {
    super(problems.join("\n"));
    this.problems = problems;
  }
  problems;
};
var RuleCrashError = class extends Error {
  constructor(ruleId, file, cause) {
    super(`rule ${ruleId} failed on ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.ruleId = ruleId;
    this.file = file;
  }
  ruleId;
  file;
};

export {
  ConfigError,
  RuleCrashError
};
