#!/usr/bin/env node
import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  ConfigError,
  DEFAULT_MAX_FILE_BYTES,
  RuleCrashError,
  isAtLeast
} from "./chunks/chunk-LVVFZ23L.js";
import {
  UsageError
} from "./chunks/chunk-O4XAVONC.js";
import {
  stripControlCharacters
} from "./chunks/chunk-AM75H7XY.js";
import {
  suggestClosest
} from "./chunks/chunk-HQO45DMX.js";
import "./chunks/chunk-3NTWQZSC.js";

// src/cli.ts
import module from "node:module";
import v8 from "node:v8";

// src/cli/main.ts
import { existsSync as existsSync3, readFileSync as readFileSync2 } from "node:fs";
import path3 from "node:path";
import { parseArgs } from "node:util";

// src/formatters/load.ts
var whole = (formatter) => (report, context) => [formatter(report, context)];
async function loadFormatter(name) {
  switch (name) {
    case "github":
      return whole((await import("./chunks/github-D76XHKHT.js")).formatGithub);
    case "html":
      return whole((await import("./chunks/html-RCKUOF3I.js")).formatHtml);
    case "json":
      return (await import("./chunks/json-ULH277L6.js")).formatJsonPieces;
    case "markdown":
      return whole((await import("./chunks/markdown-XHE6MRMC.js")).formatMarkdown);
    case "sarif":
      return (await import("./chunks/sarif-PVX3PXTP.js")).formatSarifPieces;
    case "stylish":
      return whole((await import("./chunks/stylish-PSQJRHVK.js")).formatStylish);
  }
}

// src/formatters/names.ts
var FORMAT_NAMES = ["github", "html", "json", "markdown", "sarif", "stylish"];
function isFormatName(name) {
  return FORMAT_NAMES.includes(name);
}

// package.json
var package_default = {
  name: "ropa-lint",
  version: "0.1.0",
  description: "GDPR / ePrivacy compliance checker for AI training: lints a record of processing activities (RoPA) kept as YAML.",
  type: "module",
  license: "MIT",
  bin: {
    "ropa-lint": "dist/cli.js"
  },
  files: [
    "dist",
    "schemas",
    "docs"
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
    generate: "node scripts/validators.mjs"
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
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    "fastest-levenshtein": "^1.0.16",
    "js-yaml": "^5.5.0",
    marked: "^18.2.1",
    tinyglobby: "^0.2.17",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@octokit/openapi": "^23.0.2",
    "@types/node": "^20.19.43",
    "@types/sarif": "^2.1.7",
    "ajv-draft-04": "^1.0.0",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    "playwright-core": "^1.65.1",
    typescript: "~6.0",
    vitest: "^4.1.12"
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/workspace/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageRoot() {
  if (root) return root;
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = path.join(folder, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "ropa-lint") {
      root = folder;
      return folder;
    }
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error("cannot find the ropa-lint package folder");
    folder = parent;
  }
}

// src/workspace/write-file.ts
import { closeSync, existsSync as existsSync2, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path2 from "node:path";
function checkWritable(file, cwd) {
  const folder = path2.dirname(path2.resolve(cwd, file));
  if (!existsSync2(folder)) throw new UsageError(`cannot write ${file}: the folder ${path2.dirname(file)} does not exist`);
  if (!statSync(folder).isDirectory()) throw new UsageError(`cannot write ${file}: ${path2.dirname(file)} is not a folder`);
  if (existsSync2(path2.resolve(cwd, file)) && statSync(path2.resolve(cwd, file)).isDirectory()) throw new UsageError(`cannot write ${file}: it is a directory`);
}
function writeFileAtomically(file, cwd, content) {
  const target = path2.resolve(cwd, file);
  const temporary = path2.join(path2.dirname(target), `.${path2.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let descriptor;
  try {
    descriptor = openSync(temporary, "wx");
    for (const piece of typeof content === "string" ? [content] : content) writeAll(descriptor, piece);
    closeSync(descriptor);
    descriptor = void 0;
    renameSync(temporary, target);
  } catch (error) {
    if (descriptor !== void 0) closeQuietly(descriptor);
    rmSync(temporary, { force: true });
    const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new UsageError(`cannot write ${file}: ${reason}`);
  }
}
function writeAll(descriptor, piece) {
  const bytes = Buffer.from(piece, "utf8");
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(descriptor, bytes, offset);
}
function closeQuietly(descriptor) {
  try {
    closeSync(descriptor);
  } catch {
  }
}

// src/cli/main.ts
var FAIL_ON = ["error", "warning", "notice", "never"];
var OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "fail-on": { type: "string" },
  "max-file-size": { type: "string" },
  base: { type: "string" },
  "list-rules": { type: "boolean" },
  explain: { type: "string" },
  "no-color": { type: "boolean" },
  color: { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
var HELP = `Usage: ropa-lint [options] [files, folders or globs...]

Checks records of processing activities (GDPR Art. 30) kept as YAML for lawful basis,
consent and ePrivacy problems, above all in AI-training purposes.
Without files, checks **/ropa.yaml and **/*.ropa.yaml (or the config's \`inventory\`).

Options:
  -f, --format <name>     stylish (default), json, sarif, github, markdown (PR comments, job
                          summaries) or html (one self-contained page with filters)
  -o, --output <file>     write the report to a file instead of stdout
  -c, --config <file>     config file (default: .ropa-lint.yaml when present)
      --fail-on <level>   error (default), warning, notice or never: the lowest severity that exits 1
      --max-file-size <MB> refuse inventories larger than this (default 32)
      --base <ref>        compare with the inventories at a git ref (e.g. origin/main): runs the
                          comparison rules and marks the findings that are new since the ref
      --list-rules        list every rule with its severity, scope (AI: AI-training purposes only;
                          PR: with a base only) and legal reference
      --explain <rule>    show a rule's documentation
      --color, --no-color force colours on or off (default: on a terminal, off with NO_COLOR)
  -v, --version           print the version
  -h, --help              print this help

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, config or I/O error.
Docs: https://github.com/ropa-lint/ropa-lint#readme
`;
async function runCli(io) {
  try {
    return await run(io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      for (const line of error.message.split("\n")) io.stderr.write(`ropa-lint: ${stripControlCharacters(line)}
`);
      return 2;
    }
    const reason = error instanceof RuleCrashError ? error.message : error instanceof Error ? error.message : String(error);
    io.stderr.write(`ropa-lint: internal error: ${stripControlCharacters(reason)} (please report this with the file that caused it)
`);
    if (io.env.ROPA_LINT_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}
`);
    return 2;
  }
}
function parseCommandLine(argv) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(-{1,2}[^' ]+)'/.exec(message)?.[1];
    if (flag && /Unknown option/.test(message)) {
      const suggestion = suggestClosest(flag.replace(/^-+/, ""), Object.keys(OPTIONS));
      throw new UsageError(`unknown option ${flag}${suggestion ? ` (did you mean --${suggestion}?)` : ""}; see ropa-lint --help`);
    }
    throw new UsageError(`${message.replace(/\.$/, "")}; see ropa-lint --help`);
  }
}
async function run(io) {
  const { values, positionals } = parseCommandLine(io.argv);
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}
`);
    return 0;
  }
  if (values["list-rules"]) {
    io.stdout.write(await listRules());
    return 0;
  }
  if (values.explain !== void 0) {
    io.stdout.write(await explain(values.explain));
    return 0;
  }
  const format = values.format ?? "stylish";
  if (!isFormatName(format)) {
    const suggestion = suggestClosest(format, FORMAT_NAMES);
    throw new UsageError(`unknown format ${format}${suggestion ? ` (did you mean ${suggestion}?)` : ""}; use one of ${FORMAT_NAMES.join(", ")}`);
  }
  const failOnFlag = values["fail-on"];
  if (failOnFlag !== void 0 && !FAIL_ON.includes(failOnFlag)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, not ${failOnFlag}`);
  }
  const maxBytes = parseMaxFileSize(values["max-file-size"]);
  if (values.output !== void 0) checkWritable(values.output, io.cwd);
  const [{ checkWorkspace, failOnOf }, formatter, { rules }] = await Promise.all([import("./chunks/check-QYN244LV.js"), loadFormatter(format), import("./chunks/rules-L2THSTV3.js")]);
  const { report, config } = await checkWorkspace({ cwd: io.cwd, paths: positionals, config: values.config, maxBytes, ...values.base === void 0 ? {} : { base: { kind: "git", ref: values.base } } });
  const failOn = failOnOf(failOnFlag, config);
  const color = values.output === void 0 && wantsColor(io, values);
  const output = formatter(report, { rules: rules.map((rule) => rule.meta), color, version: VERSION });
  if (values.output !== void 0) writeFileAtomically(values.output, io.cwd, output);
  else for (const piece of output) io.stdout.write(piece);
  const failing = report.files.some((file) => file.findings.some((finding) => isAtLeast(finding.severity, failOn)));
  return failing ? 1 : 0;
}
function parseMaxFileSize(value) {
  if (value === void 0) return DEFAULT_MAX_FILE_BYTES;
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes <= 0) throw new UsageError(`--max-file-size must be a positive number of megabytes, not ${value}`);
  return Math.floor(megabytes * 1024 * 1024);
}
function wantsColor(io, values) {
  if (values["no-color"]) return false;
  if (values.color) return true;
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0") return true;
  return io.stdout.isTTY === true && io.env.TERM !== "dumb";
}
async function listRules() {
  const { rules } = await import("./chunks/rules-L2THSTV3.js");
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  const lines = rules.map((rule) => {
    const { id, severity, reference, description, aiOnly, comparison } = rule.meta;
    return `${id.padEnd(width)}  ${severity.padEnd(7)}  ${aiOnly ? "AI " : comparison ? "PR " : "   "} ${reference ?? "\u2014"}
${" ".repeat(width + 2)}${description}`;
  });
  return `${lines.join("\n")}
`;
}
async function explain(id) {
  const { rulesById } = await import("./chunks/rules-L2THSTV3.js");
  const rule = rulesById.get(id);
  if (!rule) {
    const suggestion = suggestClosest(id, [...rulesById.keys()]);
    throw new UsageError(`unknown rule ${id}${suggestion ? ` (did you mean ${suggestion}?)` : ""}; ropa-lint --list-rules lists them all`);
  }
  const page = path3.join(packageRoot(), "docs", "rules", `${id}.md`);
  const text = existsSync3(page) ? readFileSync2(page, "utf8") : `# ${id}

${rule.meta.description}
`;
  return `${stripControlCharacters(text.replace(/\r\n/g, "\n")).replace(/\n?$/, "\n")}`;
}

// src/cli.ts
module.enableCompileCache?.();
v8.setFlagsFromString("--no-regexp-tier-up");
var writeFailed = false;
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED" || writeFailed) return;
  writeFailed = true;
  process.stderr.write(`ropa-lint: cannot write the report to standard output: ${error.code ?? error.message}
`);
  process.exitCode = 2;
});
var code = await runCli({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
process.exitCode = writeFailed ? 2 : code;
