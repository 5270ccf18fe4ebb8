/**
 * Reads a command's arguments with node:util's parseArgs and turns its errors into one usage
 * line that names the command and points at its --help, suggesting the closest option for a typo.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { suggestClosest } from '../core/suggest.js';
import { UsageError } from '../workspace/usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** @param command the subcommand (`import`, `export`, `init`), or undefined for the check itself */
export function parseCommandArgs<T extends Options>(argv: string[], options: T, command?: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const help = `see ropa-lint ${command === undefined ? '' : `${command} `}--help`;
    const flag = /'(-{1,2}[^' ]+)'/.exec(message)?.[1];
    if (flag && /Unknown option/.test(message)) {
      const suggestion = suggestClosest(flag.replace(/^-+/, ''), Object.keys(options));
      throw new UsageError(`unknown option ${flag}${command === undefined ? '' : ` for ${command}`}${suggestion ? ` (did you mean --${suggestion}?)` : ''}; ${help}`);
    }
    throw new UsageError(`${command === undefined ? '' : `${command}: `}${message.replace(/\.$/, '')}; ${help}`);
  }
}
