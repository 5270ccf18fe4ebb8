#!/usr/bin/env node
import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-CLE3QARZ.js";
import {
  checkWritable,
  parseCommandArgs,
  writeFileAtomically
} from "./chunks/chunk-XJMJMKNF.js";
import {
  isAtLeast,
  summarize
} from "./chunks/chunk-MMY72QKQ.js";
import {
  DEFAULT_MAX_FILE_BYTES
} from "./chunks/chunk-OZ2VOCKG.js";
import "./chunks/chunk-MYM53UIW.js";
import {
  UsageError
} from "./chunks/chunk-O4XAVONC.js";
import {
  ConfigError,
  RuleCrashError
} from "./chunks/chunk-CZFTXMOU.js";
import {
  suggestClosest
} from "./chunks/chunk-IFVXAW5K.js";
import {
  plural,
  stripControlCharacters
} from "./chunks/chunk-AM75H7XY.js";
import "./chunks/chunk-3NTWQZSC.js";

// src/cli.ts
import module from "node:module";

// src/cli/main.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";

// src/formatters/load.ts
var whole = (formatter) => (report, context) => [formatter(report, context)];
async function loadFormatter(name) {
  switch (name) {
    case "github":
      return whole((await import("./chunks/github-D76XHKHT.js")).formatGithub);
    case "html":
      return whole((await import("./chunks/html-DMFQMLKB.js")).formatHtml);
    case "json":
      return (await import("./chunks/json-FTDWANCL.js")).formatJsonPieces;
    case "markdown":
      return whole((await import("./chunks/markdown-YU7GEZ3M.js")).formatMarkdown);
    case "sarif":
      return (await import("./chunks/sarif-MIXKGW4B.js")).formatSarifPieces;
    case "stylish":
      return whole((await import("./chunks/stylish-5JVEESVH.js")).formatStylish);
  }
}

// src/formatters/names.ts
var FORMAT_NAMES = ["github", "html", "json", "markdown", "sarif", "stylish"];
function isFormatName(name) {
  return FORMAT_NAMES.includes(name);
}

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

// src/cli/stdin.ts
import { isUtf8 } from "node:buffer";
var STDIN_NAME = "<stdin>";
async function readStandardInput(input, maxBytes) {
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      const buffer2 = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk);
      size += buffer2.length;
      if (size > maxBytes) {
        throw new UsageError(`standard input is larger than the limit of ${(maxBytes / 1048576).toFixed(0)} MB (raise it with --max-file-size)`);
      }
      chunks.push(buffer2);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code2 = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new UsageError(`cannot read standard input: ${code2 === "EISDIR" ? "it is a directory" : code2}`);
  }
  const buffer = Buffer.concat(chunks);
  if (!isUtf8(buffer)) throw new UsageError("standard input is not UTF-8 text (an inventory is a YAML text file)");
  return buffer.toString("utf8");
}

// src/cli/main.ts
var FAIL_ON = ["error", "warning", "notice", "never"];
var OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "fail-on": { type: "string" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean" },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  "max-file-size": { type: "string" },
  base: { type: "string" },
  "fail-on-new": { type: "boolean" },
  baseline: { type: "string" },
  "write-baseline": { type: "boolean" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "link-base": { type: "string" },
  "print-config": { type: "boolean" },
  "list-rules": { type: "boolean" },
  explain: { type: "string" },
  "no-color": { type: "boolean" },
  color: { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
var HELP = `Usage: ropa-lint [options] [files, folders or globs...]
       ropa-lint [options] - [--stdin-filename <path>]   (the inventory on standard input)

Checks records of processing activities (GDPR Art. 30) kept as YAML for lawful basis,
consent and ePrivacy problems, above all in AI-training purposes.
Without files, checks **/ropa.yaml and **/*.ropa.yaml (or the config's \`inventory\`).

Options:
  -f, --format <name>     stylish (default), json, sarif, github, markdown (PR comments, job
                          summaries) or html (one self-contained page with filters)
  -o, --output <file>     write the report to a file instead of stdout (missing folders are made)
  -c, --config <file>     config file (default: .ropa-lint.yaml when present)
      --fail-on <level>   error (default), warning, notice or never: the lowest severity that exits 1
      --max-warnings <n>  also exit 1 when there are more than n warnings, whatever --fail-on says
      --quiet             report errors only; hidden warnings and notices still count for
                          --fail-on and --max-warnings: --quiet never changes the exit code
  -,  --stdin             check the inventory on standard input instead of files
      --stdin-filename <path>
                          the path standard input stands for: it names the findings, and notices
                          and documents are looked up from its folder (default: <stdin> in the
                          working directory)
      --max-file-size <MB> refuse inventories larger than this (default 32)
      --base <ref>        compare with the inventories at a git ref (e.g. origin/main): runs the
                          comparison rules and marks the findings that are new since the ref; each
                          inventory is read from the repository that holds it
      --fail-on-new       with --base: only findings new since the ref fail the run (and count
                          for --max-warnings); the others are still reported, as existing
      --baseline <file>   report only findings not recorded in this file, and say how many it
                          covers and how many of those are fixed (see --write-baseline)
      --write-baseline    record this run's findings in the --baseline file (by rule, file and
                          id-based path, never a line): adopt ropa-lint on an existing record, or
                          drop the fixed ones; entries of files not checked are kept
      --fix               fix in place what has exactly one right answer (a misspelt key or value,
                          a country's name for its ISO code, yes or no for true or false), keeping
                          comments and layout, then report what remains
      --fix-dry-run       print those fixes as a unified diff (for git apply) and write nothing
      --link-base <url>   markdown: make line links absolute, e.g.
                          https://github.com/owner/repo/blob/<sha> (for pasting into a PR)
      --print-config [file]
                          print the configuration a run applies (to the file): fail-on, inventory
                          patterns and each rule's severity, as YAML (JSON with --format json)
      --list-rules        list every rule with its severity, scope (AI: AI-training purposes only;
                          PR: with a base only) and legal reference
      --explain <rule>    show a rule's documentation
      --color, --no-color force colours on or off (default: on a terminal, off with NO_COLOR)
  -v, --version           print the version
  -h, --help              print this help

Commands (each has its own --help):
  ropa-lint export [files...] [--format html|csv|xlsx] [-o file]
                          the record as an authority reads it (Art. 30(4)): printable html, or
                          the ICO template's columns as csv or xlsx
  ropa-lint import FILE... [--from csv|xlsx|ods|markdown|fides] [-o OUT.ropa.yaml]
                          bring an existing record (a spreadsheet on the ICO's or the CNIL's
                          template, Markdown tables, Fides manifests) into the inventory format
  ropa-lint init [folder] a commented starter ropa.yaml and .ropa-lint.yaml; never overwrites

Exit codes: 0 nothing at or above --fail-on (and no more warnings than --max-warnings);
1 findings at or above it, or too many warnings; 2 usage, config or I/O error, in one line on
stderr, with no report written.
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
async function run(io) {
  const command = subcommandOf(io.argv[0]);
  if (command) return (await command()).run({ ...io, argv: io.argv.slice(1) });
  const { values, positionals } = parseCommandArgs(io.argv, OPTIONS);
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
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  const input = inputOf(values, positionals);
  if (values["print-config"]) {
    if (format !== "stylish" && format !== "json") throw new UsageError(`--print-config prints YAML, or JSON with --format json; not ${format}`);
    if (input.paths.length > 1) throw new UsageError(`--print-config takes one file at most, not ${input.paths.length}`);
    if (values.output !== void 0) checkWritable(values.output, io.cwd);
    const { printConfig } = await import("./chunks/print-config-YOMGWMMN.js");
    const text = printConfig({ cwd: io.cwd, config: values.config, failOn: failOnFlag, file: input.stdin ?? input.paths[0], format: format === "json" ? "json" : "yaml" });
    if (values.output !== void 0) writeFileAtomically(values.output, io.cwd, text);
    else io.stdout.write(text);
    return 0;
  }
  if (values.base !== void 0 && input.stdin !== void 0 && values["stdin-filename"] === void 0) {
    throw new UsageError("--base with standard input needs --stdin-filename: the path of the inventory in the repository, to read it at the base");
  }
  if (values["fail-on-new"] && values.base === void 0) throw new UsageError("--fail-on-new needs --base <ref>: the findings new since that ref fail the run");
  if (values["write-baseline"] && values.baseline === void 0) throw new UsageError("--write-baseline needs --baseline <file>: the file to record the findings in");
  checkFixOptions(values, input.stdin !== void 0);
  const linkBase = parseLinkBase(values["link-base"], format);
  const baseline = await openBaseline(values.baseline, io.cwd);
  if (values.output !== void 0) checkWritable(values.output, io.cwd);
  if (baseline !== void 0 && values["write-baseline"]) checkWritable(baseline.location.shown, io.cwd);
  const stdin = input.stdin === void 0 ? void 0 : { file: input.stdin, text: await readStandardInput(io.stdin ?? process.stdin, maxBytes) };
  const [{ checkWorkspace, failOnOf }, formatter, { rules }] = await Promise.all([import("./chunks/check-2DHMGLXJ.js"), loadFormatter(format), import("./chunks/rules-KG2DRJGV.js")]);
  const checkOptions = {
    cwd: io.cwd,
    paths: input.paths,
    config: values.config,
    maxBytes,
    ...stdin === void 0 ? {} : { stdin },
    ...values.base === void 0 ? {} : { base: { kind: "git", ref: values.base } }
  };
  const { report: unfixed, config } = await checkWorkspace(checkOptions);
  const failOn = failOnOf(failOnFlag, config);
  let checked = unfixed;
  if (values.fix || values["fix-dry-run"]) {
    const [{ fixFiles }, { writeFixedFiles }, { unifiedDiff }] = await Promise.all([import("./chunks/run-BQGXE6FV.js"), import("./chunks/write-CVHL62CW.js"), import("./chunks/diff-7H4OF3AB.js")]);
    const fixed = fixFiles(unfixed.files, { rules, settings: config?.rules ?? {} });
    const count = `${plural(fixed.reduce((sum, file) => sum + file.fixed, 0), "problem")} in ${plural(fixed.length, "file")}`;
    if (values["fix-dry-run"]) {
      const diff = fixed.map((file) => unifiedDiff(file.file, file.before, file.after)).join("");
      if (values.output !== void 0) writeFileAtomically(values.output, io.cwd, diff);
      else io.stdout.write(diff);
      io.stderr.write(`ropa-lint: --fix-dry-run: ${fixed.length === 0 ? "nothing to fix" : `--fix would fix ${count}`}; nothing was written
`);
      return 0;
    }
    if (fixed.length > 0) {
      writeFixedFiles(fixed, io.cwd);
      io.stderr.write(`ropa-lint: fixed ${count}
`);
      checked = (await checkWorkspace(checkOptions)).report;
    }
  }
  let report = checked;
  if (baseline !== void 0) {
    const { location } = baseline;
    const result = baseline.module.useBaseline(checked, { location, cwd: io.cwd, maxBytes, write: values["write-baseline"] === true });
    report = result.report;
    if (result.written !== void 0) {
      writeFileAtomically(location.shown, io.cwd, result.written.text);
      io.stderr.write(`ropa-lint: recorded ${plural(result.written.findings, "finding")} in the baseline ${stripControlCharacters(location.shown)}
`);
    }
  }
  const shown = values.quiet ? errorsOnly(report) : report;
  const color = values.output === void 0 && wantsColor(io, values);
  const output = formatter(shown, { rules: rules.map((rule) => rule.meta), color, version: VERSION, ...linkBase === void 0 ? {} : { linkBase } });
  if (values.output !== void 0) writeFileAtomically(values.output, io.cwd, output);
  else for (const piece of output) io.stdout.write(piece);
  const findings = report.files.flatMap((file) => file.findings);
  const counted = values["fail-on-new"] ? findings.filter((finding) => finding.isNew !== false) : findings;
  const failing = counted.filter((finding) => isAtLeast(finding.severity, failOn));
  if (values["fail-on-new"]) {
    const existing = findings.filter((finding) => finding.isNew === false && isAtLeast(finding.severity, failOn)).length;
    if (existing > 0) io.stderr.write(`ropa-lint: --fail-on-new: ${plural(existing, "finding")} at or above ${failOn} already at ${stripControlCharacters(values.base ?? "")} ${existing === 1 ? "does" : "do"} not fail the run
`);
  }
  const hidden = values.quiet ? failing.filter((finding) => finding.severity !== "error") : [];
  if (hidden.length > 0) io.stderr.write(`ropa-lint: ${countBySeverity(hidden)} hidden by --quiet ${hidden.length === 1 ? "fails" : "fail"} the run (fail-on: ${failOn})
`);
  const warnings = counted.filter((finding) => finding.severity === "warning").length;
  const tooManyWarnings = maxWarnings !== void 0 && warnings > maxWarnings;
  if (tooManyWarnings) io.stderr.write(`ropa-lint: ${plural(warnings, `${values["fail-on-new"] ? "new " : ""}warning`)}, more than --max-warnings ${maxWarnings} allows
`);
  return failing.length > 0 || tooManyWarnings ? 1 : 0;
}
async function openBaseline(given, cwd) {
  if (given === void 0) return void 0;
  const module2 = await import("./chunks/baseline-RKLVPPSS.js");
  return { module: module2, location: module2.locateBaseline(given, cwd) };
}
function checkFixOptions(values, stdin) {
  if (values.fix && values["fix-dry-run"]) throw new UsageError("use either --fix (write the fixes) or --fix-dry-run (print them as a diff), not both");
  if (values.fix && stdin) throw new UsageError("--fix writes the fixes into the files it checks; for standard input use --fix-dry-run, which prints them as a diff");
  if (values["fix-dry-run"] && values.format !== void 0) throw new UsageError("--fix-dry-run prints a diff, not a report; leave out --format");
  if (values["fix-dry-run"] && values["write-baseline"]) throw new UsageError("--fix-dry-run writes nothing; leave out --write-baseline");
}
function parseLinkBase(value, format) {
  if (value === void 0) return void 0;
  if (format !== "markdown") throw new UsageError(`--link-base makes the markdown report's line links absolute; use it with --format markdown, not ${format}`);
  let url;
  try {
    url = new URL(value);
  } catch {
    url = void 0;
  }
  if (url === void 0 || url.protocol !== "https:" && url.protocol !== "http:" || /[\s<>]/.test(value)) {
    throw new UsageError(`--link-base must be an http(s) URL such as https://github.com/owner/repo/blob/main, not ${JSON.stringify(value)}`);
  }
  return value;
}
function inputOf(values, positionals) {
  const dash = positionals.includes("-");
  const paths = positionals.filter((arg) => arg !== "-");
  const name = values["stdin-filename"];
  if (!dash && !values.stdin) {
    if (name !== void 0) throw new UsageError("--stdin-filename names standard input; use it with - or --stdin");
    return { paths, stdin: void 0 };
  }
  if (paths.length > 0) throw new UsageError(`standard input is checked alone; name no files with - or --stdin (got ${paths[0]})`);
  if (name !== void 0 && (name.trim() === "" || /[\u0000-\u001f\u007f]/.test(name))) throw new UsageError(`--stdin-filename needs a file path, not ${JSON.stringify(name)}`);
  return { paths: [], stdin: name ?? STDIN_NAME };
}
function errorsOnly(report) {
  const files = report.files.map((file) => ({
    ...file,
    findings: file.findings.filter((finding) => finding.severity === "error"),
    suppressed: file.suppressed.filter((finding) => finding.severity === "error")
  }));
  const { warnings, notices } = report.summary;
  return { ...report, files, summary: summarize(files), ...warnings + notices > 0 ? { hidden: { warnings, notices } } : {} };
}
function countBySeverity(findings) {
  const warnings = findings.filter((finding) => finding.severity === "warning").length;
  const notices = findings.filter((finding) => finding.severity === "notice").length;
  return [warnings > 0 ? plural(warnings, "warning") : "", notices > 0 ? plural(notices, "notice") : ""].filter(Boolean).join(" and ");
}
function parseMaxWarnings(value) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--max-warnings must be a whole number of warnings, 0 or more, not ${value}`);
  return Number(value.trim());
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
  const { rules } = await import("./chunks/rules-KG2DRJGV.js");
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
  const { rulesById } = await import("./chunks/rules-KG2DRJGV.js");
  const rule = rulesById.get(id);
  if (!rule) {
    const suggestion = suggestClosest(id, [...rulesById.keys()]);
    throw new UsageError(`unknown rule ${id}${suggestion ? ` (did you mean ${suggestion}?)` : ""}; ropa-lint --list-rules lists them all`);
  }
  const page = path2.join(packageRoot(), "docs", "rules", `${id}.md`);
  const text = existsSync2(page) ? readFileSync2(page, "utf8") : `# ${id}

${rule.meta.description}
`;
  return `${stripControlCharacters(text.replace(/\r\n/g, "\n")).replace(/\n?$/, "\n")}`;
}
var SUBCOMMANDS = {
  export: () => import("./chunks/export-KNSLGNOR.js"),
  import: () => import("./chunks/import-LPOE6HUA.js"),
  init: () => import("./chunks/init-ZQ3HCAGT.js")
};
function subcommandOf(word) {
  return word !== void 0 && Object.hasOwn(SUBCOMMANDS, word) ? SUBCOMMANDS[word] : void 0;
}

// src/short-lived-process.ts
import v8 from "node:v8";
function tuneForShortLivedProcess() {
  v8.setFlagsFromString("--no-regexp-tier-up");
  v8.setFlagsFromString("--no-turbo-inlining");
}

// src/cli.ts
module.enableCompileCache?.();
tuneForShortLivedProcess();
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
