/**
 * The base a pull request is compared with (SPEC §4): read with git when the commit is in the
 * checkout, else through the contents API (a shallow checkout, the default of actions/checkout).
 */
import { isUtf8 } from 'node:buffer';
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { BaseFile } from '../workspace/git-base.js';
import type { BaseSource } from '../workspace/check.js';
import { displayPath, relativeInside } from '../workspace/files.js';
import { DEFAULT_MAX_FILE_BYTES } from '../workspace/read-inventory.js';
import { UsageError } from '../workspace/usage-error.js';
import type { RunContext } from './event.js';
import { type Client, describeFailure, statusOf } from './octokit.js';

/** The contents API could not give the base (no access, rate limit, network): the run goes on without one. `cause` is the failed request. */
export class BaseUnavailableError extends Error {}

function hasCommit(ref: string, cwd: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('git', ['cat-file', '-e', `${ref}^{commit}`], { cwd, windowsHide: true }, (error) => resolve(!error));
  });
}

/** The inventory's path in the repository, with forward slashes, as the contents API wants it. */
function repositoryPath(file: string, root: string): string {
  const relative = relativeInside(realpathSync(file), root);
  if (relative === undefined || relative === '') throw new UsageError(`${file} is outside the repository checkout ${root}`);
  return relative.split(path.sep).join('/');
}

function contentsReader(client: Client, context: RunContext, ref: string): BaseSource {
  return {
    kind: 'reader',
    label: ref,
    async read(files) {
      const root = realpathSync(context.workspace);
      const found: BaseFile[] = [];
      for (const file of files) {
        const name = repositoryPath(file, root);
        const shown = `${displayPath(file, context.workspace)} at ${ref}`;
        let data: unknown;
        try {
          ({ data } = await client.rest.repos.getContent({ owner: context.owner, repo: context.repo, path: name, ref, mediaType: { format: 'raw' } }));
        } catch (error) {
          if (statusOf(error) === 404) continue; // not in the base: entirely new
          throw new BaseUnavailableError(`cannot read ${shown} through the contents API (${describeFailure(error)})`, { cause: error });
        }
        // A folder (or anything but a file) answers with JSON: the inventory did not exist as a file.
        let buffer: Buffer;
        if (typeof data === 'string') buffer = Buffer.from(data, 'utf8');
        else if (data instanceof ArrayBuffer) buffer = Buffer.from(data);
        else continue;
        if (buffer.length > DEFAULT_MAX_FILE_BYTES) {
          throw new UsageError(`${shown}: the file is ${(buffer.length / 1048576).toFixed(1)} MB, above the limit of ${(DEFAULT_MAX_FILE_BYTES / 1048576).toFixed(0)} MB`);
        }
        if (!isUtf8(buffer)) throw new UsageError(`${shown}: the file is not UTF-8 text (an inventory is a YAML text file)`);
        found.push({ file, text: buffer.toString('utf8') });
      }
      return found;
    },
  };
}

export interface BaseChoice {
  source: BaseSource | undefined;
  /** Why there is no base although one was wanted, for the log. */
  note?: string;
}

/**
 * The `base` input, else the pull request's base sha; push and workflow_dispatch have none.
 * Git when the checkout has the commit, else the contents API when there is a token.
 */
export async function chooseBase(input: string | undefined, context: RunContext, client: Client | undefined): Promise<BaseChoice> {
  const ref = input ?? context.pullRequest?.baseSha;
  if (ref === undefined) return { source: undefined };
  if (await hasCommit(ref, context.workspace)) return { source: { kind: 'git', ref } };
  if (client === undefined) return { source: undefined, note: `the base ${ref} is not in the checkout and there is no token to read it through the API; findings are not marked new` };
  return { source: contentsReader(client, context, ref) };
}
