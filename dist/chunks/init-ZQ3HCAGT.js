import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  checkWritable,
  parseCommandArgs
} from "./chunk-XJMJMKNF.js";
import {
  displayPath
} from "./chunk-MYM53UIW.js";
import {
  UsageError
} from "./chunk-O4XAVONC.js";
import "./chunk-IFVXAW5K.js";
import "./chunk-3NTWQZSC.js";

// src/cli/init.ts
import { closeSync, existsSync, linkSync, mkdirSync, openSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
var SCHEMAS = "https://raw.githubusercontent.com/ropa-lint/ropa-lint/main/schemas";
var INVENTORY_NAME = "ropa.yaml";
var CONFIG_NAME = ".ropa-lint.yaml";
var STARTER_INVENTORY = `# yaml-language-server: $schema=${SCHEMAS}/inventory.schema.json
# Your record of processing activities (GDPR Art. 30). Replace the example values with your own;
# every key is explained in your editor (hover it) and in docs/inventory-format.md.
# Check it with: npx ropa-lint      Hand it to your DPO with: npx ropa-lint export -o record.html
version: 1

controller:                           # Art. 30(1)(a): who decides why and how the data is processed
  name: Example Ltd
  contact: privacy@example.com
  # dpo: dpo@example.com              # your data protection officer, if you have one
  # representative: ...               # your EU representative (Art. 27), if you are outside the EU

# notice: docs/privacy-notice.md      # your privacy notice in Markdown: ropa-lint checks it discloses AI training

record:                               # the record's own bookkeeping
  owner: Privacy team                 # who keeps this record up to date
  updated: 2026-01-01                 # the date of the last review (YYYY-MM-DD)

data_subjects:                        # whose data: customers, employees, applicants, visitors\u2026
  - id: customers
    name: Customers
    children: false                   # true when children may be among them (Art. 8)

data_categories:                      # what data, and where it comes from
  - id: contact-details
    name: Names, e-mail addresses and delivery addresses
    source: provided-by-subject       # communications-content | communications-metadata | terminal-equipment |
                                      # provided-by-subject | observed | inferred | third-party | public
    special: []                       # Art. 9 kinds, e.g. [health]; empty when none
    criminal: false                   # Art. 10 data on criminal convictions and offences
    collected_for: [fulfil-orders]    # the purposes this data was collected for

processing_activities:
  - id: order-fulfilment
    name: Order fulfilment
    description: Take orders and deliver them to customers.
    role: controller                  # controller | joint-controller | processor
    data_subjects: [customers]
    data_categories: [contact-details]
    purposes:
      - id: fulfil-orders
        description: Deliver the goods a customer ordered.
        ai_training: false            # true when the data trains, fine-tunes or evaluates an AI model
        lawful_basis: contract        # consent | contract | legal-obligation | vital-interests | public-task | legitimate-interests
      # A purpose that trains a model needs a lawful basis that holds for training, usually consent,
      # and its activity a DPIA (dpia.status: in-progress, then completed):
      # - id: train-recommendations
      #   description: Train the product recommendation model on order history.
      #   ai_training: true
      #   lawful_basis: consent
      #   consent:
      #     collection: opt-in
      #     explicit: true
      #     granular: true
      #     required_for_service: false
      #     given_by: data-subject
      #     withdrawal: in-product
      #     records: consent-service
    recipients: [Delivery companies]  # who receives the data (Art. 30(1)(d)); [] when nobody does
    processors:                       # who processes it for you (Art. 28)
      - name: Example Hosting GmbH
        dpa: true                     # the Art. 28(3) contract is signed
        country: DE
    transfers: []                     # transfers outside the EEA, e.g. [{country: US, mechanism: scc}]; [] when none
    retention: P6Y                    # how long the data is kept: an ISO 8601 duration or a sentence
    security_measures: [encryption-at-rest, access-control]
    dpia:
      status: not-required            # completed | in-progress | not-required | missing
    automated_decision_making: false  # Art. 22: decisions with legal or similar effects made by software alone
`;
var STARTER_CONFIG = `# yaml-language-server: $schema=${SCHEMAS}/config.schema.json
# ropa-lint's settings. \`npx ropa-lint --print-config\` shows what a run applies.
inventory: [${INVENTORY_NAME}]          # the records to check (globs, relative to this file)
fail-on: error                        # the lowest severity that fails a run: error | warning | notice | never
rules: {}                             # change a rule's severity, e.g. {consent-records: error}; off switches it off
`;
var INIT_HELP = `Usage: ropa-lint init [folder]

Writes a commented starter record, ${INVENTORY_NAME}, and a configuration, ${CONFIG_NAME}, into the
folder (default: the working directory). Both start with the yaml-language-server schema line,
so editors complete and explain every key. Existing files are never overwritten: when either is
there, nothing is written.

Options:
  -h, --help   print this help

Exit codes: 0 both files written; 2 a file is in the way, or the folder cannot be written.
`;
var OPTIONS = { help: { type: "boolean", short: "h" } };
function writeNew(target, text, shown) {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const descriptor = openSync(temporary, "wx");
    try {
      const bytes = Buffer.from(text, "utf8");
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(descriptor, bytes, offset);
    } finally {
      closeSync(descriptor);
    }
    linkSync(temporary, target);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new UsageError(code === "EEXIST" ? `${shown} already exists; init never overwrites a file` : `cannot write ${shown}: ${code}`);
  } finally {
    rmSync(temporary, { force: true });
  }
}
async function run(io) {
  const { values, positionals } = parseCommandArgs(io.argv, OPTIONS, "init");
  if (values.help) {
    io.stdout.write(INIT_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`init takes one folder at most, not ${positionals.length}; see ropa-lint init --help`);
  const folder = path.resolve(io.cwd, positionals[0] ?? ".");
  const files = [
    { name: INVENTORY_NAME, text: STARTER_INVENTORY },
    { name: CONFIG_NAME, text: STARTER_CONFIG }
  ].map((file) => ({ ...file, target: path.join(folder, file.name), shown: displayPath(path.join(folder, file.name), io.cwd) }));
  const taken = files.filter((file) => existsSync(file.target));
  if (taken.length > 0) {
    throw new UsageError(`${taken.map((file) => file.shown).join(" and ")} already ${taken.length === 1 ? "exists" : "exist"}; init never overwrites a file, and wrote nothing`);
  }
  checkWritable(files[0].shown, io.cwd);
  const written = [];
  let made;
  try {
    made = mkdirSync(folder, { recursive: true });
    for (const file of files) {
      writeNew(file.target, file.text, file.shown);
      written.push(file.target);
    }
  } catch (error) {
    for (const file of written) rmSync(file, { force: true });
    if (made !== void 0) rmSync(made, { recursive: true, force: true });
    throw error;
  }
  io.stdout.write(`Wrote ${files.map((file) => file.shown).join(" and ")}.
Next: fill in your record, then run npx ropa-lint to check it.
`);
  return 0;
}
export {
  CONFIG_NAME,
  INIT_HELP,
  INVENTORY_NAME,
  STARTER_CONFIG,
  STARTER_INVENTORY,
  run
};
