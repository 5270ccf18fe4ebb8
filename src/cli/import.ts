/**
 * `ropa-lint import FILE… [--from FORMAT] [-o OUT.ropa.yaml]`: reads existing records and
 * writes one inventory (to the file whole, or to standard output); the report goes to stderr.
 * A file that cannot be imported safely is one line on stderr and exit 2, with nothing written.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { suggestClosest } from '../core/suggest.js';
import { stripControlCharacters } from '../formatters/text.js';
import { formatImportReport, IMPORT_FORMATS, ImportError, type ImportInput, importRecords, isImportFormat } from '../importers/index.js';
import { LIMITS } from '../importers/limits.js';
import { UsageError } from '../workspace/usage-error.js';
import { checkWritable, writeFileAtomically } from '../workspace/write-file.js';
import type { CliIo } from './main.js';
import { parseCommandArgs } from './args.js';

export const IMPORT_OPTIONS = {
  from: { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const IMPORT_HELP = `Usage: ropa-lint import FILE... [--from csv|xlsx|ods|markdown|fides] [-o OUT.ropa.yaml]

Reads an existing record of processing activities and writes it as a ropa-lint inventory:
a spreadsheet on the ICO's or the CNIL's template (XLSX, ODS, CSV), Markdown tables, or
Fides manifests. Several files make one inventory. Columns are matched by their headings
(English, French, German, Spanish); what has no field is kept as an x- key; what the source
does not say is left out, so that checking the result reports it.

Options:
      --from <format>     csv, xlsx, ods, markdown or fides (default: from each file's extension
                          and content)
  -o, --output <file>     write the inventory to this file, whole or not at all (default: stdout)
  -h, --help              print this help

The report (rows read, activities and purposes written, what was inferred, kept as x- keys or
skipped, each with its row or line) goes to stderr. Then check the result:
  ropa-lint import record.xlsx -o privacy/ropa.yaml && npx ropa-lint privacy/ropa.yaml

Exit codes: 0 imported; 2 usage error or a file that cannot be imported (one line on stderr,
nothing written). Reference: docs/import.md
`;


function readInput(file: string, cwd: string): ImportInput {
  const absolute = path.resolve(cwd, file);
  try {
    const stat = statSync(absolute);
    if (stat.isDirectory()) throw new UsageError(`import: ${file} is a directory; name the record's files`);
    if (stat.size > LIMITS.fileBytes) throw new UsageError(`import: ${file}: the file is ${(stat.size / 1048576).toFixed(1)} MB, above the limit of ${LIMITS.fileBytes / 1048576} MB`);
    return { file, bytes: readFileSync(absolute) };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
    throw new UsageError(`import: cannot read ${file}: ${reason}`);
  }
}

/** Runs `ropa-lint import`; `io.argv` holds the arguments after `import`. Throws UsageError for exit 2. */
export async function run(io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(io.argv, IMPORT_OPTIONS, 'import');
  if (values.help) {
    io.stdout.write(IMPORT_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('import: name the file(s) of the record to import; see ropa-lint import --help');
  const from = values.from;
  if (from !== undefined && !isImportFormat(from)) {
    const suggestion = suggestClosest(from, IMPORT_FORMATS);
    throw new UsageError(`import: unknown format ${from}${suggestion ? ` (did you mean ${suggestion}?)` : ''}; use one of ${IMPORT_FORMATS.join(', ')}`);
  }
  const output = values.output;
  if (output !== undefined) {
    checkWritable(output, io.cwd);
    const target = path.resolve(io.cwd, output);
    if (positionals.some((file) => path.resolve(io.cwd, file) === target)) throw new UsageError(`import: -o ${output} is one of the files being imported; write the inventory elsewhere`);
  }

  const inputs = positionals.map((file) => readInput(file, io.cwd));
  let result;
  try {
    result = importRecords(inputs, from !== undefined && isImportFormat(from) ? { from } : {});
  } catch (error) {
    if (error instanceof ImportError) throw new UsageError(`import: ${error.message}`);
    throw error;
  }

  if (output !== undefined) writeFileAtomically(output, io.cwd, result.text);
  else io.stdout.write(result.text);
  // Cell text reaches the terminal here: escape sequences in a crafted cell are taken out.
  const report = formatImportReport(result.report, output ?? 'standard output').trimEnd();
  const next = output !== undefined ? `\n\nNext: npx ropa-lint ${output}` : '';
  for (const line of `${report}${next}`.split('\n')) io.stderr.write(`${stripControlCharacters(line)}\n`);
  return 0;
}
