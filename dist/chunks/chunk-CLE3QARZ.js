import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "ropa-lint",
  version: "0.1.0",
  description: "GDPR / ePrivacy compliance checker for AI training: lints a record of processing activities (RoPA) kept as YAML.",
  type: "module",
  license: "MIT",
  repository: {
    type: "git",
    url: "git+https://github.com/ropa-lint/ropa-lint.git"
  },
  homepage: "https://github.com/ropa-lint/ropa-lint#readme",
  bugs: {
    url: "https://github.com/ropa-lint/ropa-lint/issues"
  },
  bin: {
    "ropa-lint": "dist/cli.js"
  },
  exports: {
    ".": {
      types: "./dist/api.d.ts",
      default: "./dist/api.js"
    },
    "./schemas/*": "./schemas/*",
    "./package.json": "./package.json"
  },
  types: "./dist/api.d.ts",
  files: [
    "dist/cli.js",
    "dist/chunks/",
    "dist/api.js",
    "dist/api.d.ts",
    "schemas/",
    "docs/rules/",
    "CHANGELOG.md"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/validators.mjs && node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "vitest run",
    check: "npm run typecheck && npm test",
    bench: "node scripts/bench.mjs",
    generate: "node scripts/rule-ids.mjs && node scripts/validators.mjs"
  },
  keywords: [
    "gdpr",
    "ropa",
    "privacy",
    "lint",
    "eprivacy",
    "ai-training",
    "github-action"
  ],
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@actions/workflow-parser": "^0.3.61",
    "@dagrejs/dagre": "^3.1.3",
    "@e965/xlsx": "^0.20.3",
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@microsoft/sarif-multitool": "^5.7.0",
    "@octokit/openapi": "^23.0.2",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@sparticuz/chromium": "~143.0.4",
    "@stoplight/spectral-cli": "^6.16.3",
    "@stoplight/spectral-core": "^1.24.1",
    "@stoplight/spectral-functions": "^1.11.1",
    "@stoplight/spectral-parsers": "^1.0.5",
    "@types/node": "^20.19.43",
    "@types/sarif": "^2.1.7",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    "csv-parse": "^7.0.3",
    "csv-stringify": "^6.9.0",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    "fastest-levenshtein": "^1.0.16",
    fflate: "^0.8.3",
    "js-yaml": "^5.5.0",
    marked: "^18.2.1",
    mermaid: "^11.17.2",
    "playwright-core": "^1.65.1",
    tinyglobby: "^0.2.17",
    typescript: "~6.0",
    vitest: "^4.1.12",
    yaml: "^2.9.1",
    "yaml-language-server": "~1.25.0"
  },
  allowScripts: {
    esbuild: true
  }
};

// src/version.ts
var VERSION = package_default.version;

export {
  VERSION
};
