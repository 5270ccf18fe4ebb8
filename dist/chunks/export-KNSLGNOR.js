import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-CLE3QARZ.js";
import {
  checkWritable,
  parseCommandArgs,
  writeFileAtomically
} from "./chunk-XJMJMKNF.js";
import {
  DEFAULT_MAX_FILE_BYTES
} from "./chunk-OZ2VOCKG.js";
import "./chunk-MYM53UIW.js";
import {
  UsageError
} from "./chunk-O4XAVONC.js";
import {
  parseSource
} from "./chunk-YLN6BJUR.js";
import "./chunk-NLTGYQNA.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-3MYTIAQK.js";
import "./chunk-JI7ZIL3M.js";
import "./chunk-CZFTXMOU.js";
import "./chunk-F4WG2D33.js";
import "./chunk-4UDDO77X.js";
import {
  suggestClosest
} from "./chunk-IFVXAW5K.js";
import "./chunk-KBX44QPI.js";
import {
  plural
} from "./chunk-AM75H7XY.js";
import "./chunk-3NTWQZSC.js";

// src/cli/export.ts
var EXPORT_FORMATS = ["html", "csv", "xlsx"];
var EXPORT_OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "max-file-size": { type: "string" },
  help: { type: "boolean", short: "h" }
};
var EXPORT_HELP = `Usage: ropa-lint export [options] [files, folders or globs...]

Writes the record of processing activities as an authority asks for it (GDPR Art. 30(4)).
Without files, exports **/ropa.yaml and **/*.ropa.yaml (or the config's \`inventory\`).

Options:
  -f, --format <name>     html (default): a cover and one printable A4 page per activity with
                          the points of Art. 30(1)(a)-(g), or 30(2)(a)-(d) for processor
                          activities, and a data map; print it to PDF from a browser.
                          csv or xlsx: one row per purpose in the ICO template's column order.
  -o, --output <file>     write to a file instead of stdout (required for xlsx); written whole
                          or not at all, missing folders are made
  -c, --config <file>     config file (default: .ropa-lint.yaml when present)
      --max-file-size <MB> refuse inventories larger than this (default 32)
  -h, --help              print this help

The record is checked first: when it has errors, the export lists them at its top (and stderr
says so). Exit codes: 0 the export was written; 2 usage, config or I/O error, with nothing written.
`;
function today(env) {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch !== void 0 && /^\d+$/.test(epoch.trim()) ? new Date(Number(epoch.trim()) * 1e3) : /* @__PURE__ */ new Date();
  return date.toISOString().slice(0, 10);
}
async function run(io) {
  const { values, positionals } = parseCommandArgs(io.argv, EXPORT_OPTIONS, "export");
  if (values.help) {
    io.stdout.write(EXPORT_HELP);
    return 0;
  }
  const format = values.format ?? "html";
  if (!EXPORT_FORMATS.includes(format)) {
    const suggestion = suggestClosest(format, EXPORT_FORMATS);
    throw new UsageError(`unknown export format ${format}${suggestion ? ` (did you mean ${suggestion}?)` : ""}; use one of ${EXPORT_FORMATS.join(", ")}`);
  }
  if (format === "xlsx" && values.output === void 0) throw new UsageError("--format xlsx writes a workbook, which is binary: name the file with -o FILE.xlsx");
  if (positionals.includes("-")) throw new UsageError("export reads inventories from files; standard input is not supported");
  let maxBytes = DEFAULT_MAX_FILE_BYTES;
  if (values["max-file-size"] !== void 0) {
    const megabytes = Number(values["max-file-size"]);
    if (!Number.isFinite(megabytes) || megabytes <= 0) throw new UsageError(`--max-file-size must be a positive number of megabytes, not ${values["max-file-size"]}`);
    maxBytes = Math.floor(megabytes * 1024 * 1024);
  }
  if (values.output !== void 0) checkWritable(values.output, io.cwd);
  const { checkWorkspace } = await import("./check-2DHMGLXJ.js");
  const { report } = await checkWorkspace({ cwd: io.cwd, paths: positionals, config: values.config, maxBytes });
  const records = report.files.map((file) => ({ file: file.file, model: parseSource(file.source, file.file).model, report: file }));
  let output;
  if (format === "html") {
    const { exportHtml } = await import("./html-PS4CNCTS.js");
    output = exportHtml(records, { version: VERSION, today: today(io.env) });
  } else {
    const { exportTable } = await import("./table-GVWX4H4A.js");
    output = await exportTable(records, format, { version: VERSION, today: today(io.env) });
  }
  if (values.output !== void 0) writeFileAtomically(values.output, io.cwd, output);
  else io.stdout.write(typeof output === "string" ? output : Buffer.from(output).toString("utf8"));
  const errors = report.summary.errors;
  if (errors > 0) {
    const where = report.files.filter((file) => file.findings.some((finding) => finding.severity === "error")).map((file) => file.file);
    io.stderr.write(`ropa-lint: ${plural(errors, "error")} in ${where.join(", ")}; the export lists them at its top (run ropa-lint for the details)
`);
  }
  return 0;
}
export {
  EXPORT_FORMATS,
  EXPORT_HELP,
  EXPORT_OPTIONS,
  run
};
