import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);

// src/workspace/usage-error.ts
var UsageError = class extends Error {
};

export {
  UsageError
};
