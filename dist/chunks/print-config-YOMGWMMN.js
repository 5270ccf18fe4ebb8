import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  failOnOf,
  loadConfig
} from "./chunk-2NOIUF26.js";
import {
  rules
} from "./chunk-PJJWQB5Q.js";
import {
  Repository
} from "./chunk-VBO3UMEZ.js";
import "./chunk-MMY72QKQ.js";
import "./chunk-OZ2VOCKG.js";
import {
  DEFAULT_PATTERNS,
  displayPath
} from "./chunk-MYM53UIW.js";
import "./chunk-O4XAVONC.js";
import "./chunk-YLN6BJUR.js";
import "./chunk-NLTGYQNA.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-3MYTIAQK.js";
import "./chunk-JI7ZIL3M.js";
import "./chunk-CZFTXMOU.js";
import "./chunk-F4WG2D33.js";
import "./chunk-4UDDO77X.js";
import "./chunk-IFVXAW5K.js";
import "./chunk-KBX44QPI.js";
import "./chunk-3NTWQZSC.js";

// src/cli/print-config.ts
import { existsSync } from "node:fs";
import path from "node:path";
function printConfig(options) {
  const { cwd } = options;
  const { config, configFile, configFolder } = loadConfigWithFile(options.config, cwd);
  const effective = {
    "fail-on": failOnOf(options.failOn, config),
    inventory: config?.inventory ?? DEFAULT_PATTERNS,
    rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, config?.rules[rule.meta.id] ?? rule.meta.severity]))
  };
  if (options.format === "json") return `${JSON.stringify(effective, null, 2)}
`;
  const header = [
    `# ropa-lint's configuration${options.file === void 0 ? "" : ` for ${options.file}`}`,
    `# from: ${configFile === void 0 ? "no config file (the defaults)" : configFile}${options.failOn === void 0 ? "" : ", and --fail-on"}`,
    `# inventory: ${config?.inventory === void 0 ? "the default patterns" : "the patterns"}, relative to ${displayPath(configFolder, cwd)}, used when no file is named`
  ];
  if (options.file !== void 0) {
    const folder = new Repository(cwd).folder(path.dirname(path.resolve(cwd, options.file)));
    header.push(`# notices and documents it names are read from inside ${folder.boundary}: ${displayPath(folder.root, cwd)}`);
  }
  const lines = [
    ...header,
    `fail-on: ${effective["fail-on"]}`,
    "inventory:",
    ...effective.inventory.map((pattern) => `  - ${JSON.stringify(pattern)}`),
    "rules:",
    ...rules.map(({ meta }) => {
      const setting = effective.rules[meta.id];
      const notes = [...setting !== meta.severity ? [`default: ${meta.severity}`] : [], ...meta.comparison ? ["runs only with --base"] : []];
      return `  ${meta.id}: ${setting === "off" ? '"off"' : setting}${notes.length > 0 ? `  # ${notes.join("; ")}` : ""}`;
    })
  ];
  return `${lines.join("\n")}
`;
}
function loadConfigWithFile(flag, cwd) {
  const { config, configFolder } = loadConfig(flag, cwd);
  const configFile = config === void 0 ? void 0 : flag ?? CONFIG_NAMES.find((name) => existsSync(path.join(cwd, name)));
  return { config, configFolder, configFile };
}
export {
  printConfig
};
