/**
 * `--print-config [FILE]`: the configuration a run applies to FILE, after the config file and
 * the command line: each rule's severity, fail-on and the inventory patterns. The output is
 * itself a valid `.ropa-lint.yaml` (JSON is YAML too), so it can be saved and edited; what is
 * not configuration (where it came from, where notices are read) is in YAML comments.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FailOn, RuleSetting } from '../core/types.js';
import { rules } from '../rules/index.js';
import { CONFIG_NAMES, failOnOf, loadConfig } from '../workspace/check.js';
import { DEFAULT_PATTERNS, displayPath } from '../workspace/files.js';
import { Repository } from '../workspace/repository.js';

export interface PrintConfigOptions {
  cwd: string;
  /** `--config`, if given. */
  config: string | undefined;
  /** `--fail-on`, if given: it wins over the config's. */
  failOn: FailOn | undefined;
  /** The file asked about, as given (relative to `cwd`), if any. */
  file: string | undefined;
  format: 'yaml' | 'json';
}

interface Effective {
  'fail-on': FailOn;
  inventory: string[];
  rules: Record<string, RuleSetting>;
}

export function printConfig(options: PrintConfigOptions): string {
  const { cwd } = options;
  const { config, configFile, configFolder } = loadConfigWithFile(options.config, cwd);
  const effective: Effective = {
    'fail-on': failOnOf(options.failOn, config),
    inventory: config?.inventory ?? DEFAULT_PATTERNS,
    rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, config?.rules[rule.meta.id] ?? rule.meta.severity])),
  };
  if (options.format === 'json') return `${JSON.stringify(effective, null, 2)}\n`;

  const header = [
    `# ropa-lint's configuration${options.file === undefined ? '' : ` for ${options.file}`}`,
    `# from: ${configFile === undefined ? 'no config file (the defaults)' : configFile}${options.failOn === undefined ? '' : ', and --fail-on'}`,
    `# inventory: ${config?.inventory === undefined ? 'the default patterns' : 'the patterns'}, relative to ${displayPath(configFolder, cwd)}, used when no file is named`,
  ];
  if (options.file !== undefined) {
    const folder = new Repository(cwd).folder(path.dirname(path.resolve(cwd, options.file)));
    header.push(`# notices and documents it names are read from inside ${folder.boundary}: ${displayPath(folder.root, cwd)}`);
  }
  const lines = [
    ...header,
    `fail-on: ${effective['fail-on']}`,
    'inventory:',
    ...effective.inventory.map((pattern) => `  - ${JSON.stringify(pattern)}`),
    'rules:',
    ...rules.map(({ meta }) => {
      const setting = effective.rules[meta.id]!;
      const notes = [...(setting !== meta.severity ? [`default: ${meta.severity}`] : []), ...(meta.comparison ? ['runs only with --base'] : [])];
      // `off` is quoted: YAML 1.1 readers take a bare off for false.
      return `  ${meta.id}: ${setting === 'off' ? '"off"' : setting}${notes.length > 0 ? `  # ${notes.join('; ')}` : ''}`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

/** The config as a run loads it, and the file it came from, as given or as found in `cwd`. */
function loadConfigWithFile(flag: string | undefined, cwd: string) {
  const { config, configFolder } = loadConfig(flag, cwd);
  const configFile = config === undefined ? undefined : (flag ?? CONFIG_NAMES.find((name) => existsSync(path.join(cwd, name))));
  return { config, configFolder, configFile };
}
