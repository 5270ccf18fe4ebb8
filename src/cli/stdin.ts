/**
 * `-` or `--stdin`: the inventory comes from standard input, as an editor or a pre-commit hook
 * sends an unsaved buffer. It is refused as a file would be: above the size limit or not UTF-8.
 */
import { isUtf8 } from 'node:buffer';
import { UsageError } from '../workspace/usage-error.js';

/** What `--stdin-filename` defaults to: a name that is clearly no file of the repository. */
export const STDIN_NAME = '<stdin>';

/** Reads standard input whole; stops reading as soon as it is larger than `maxBytes`. */
export async function readStandardInput(input: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      size += buffer.length;
      if (size > maxBytes) {
        throw new UsageError(`standard input is larger than the limit of ${(maxBytes / 1048576).toFixed(0)} MB (raise it with --max-file-size)`);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new UsageError(`cannot read standard input: ${code === 'EISDIR' ? 'it is a directory' : code}`);
  }
  const buffer = Buffer.concat(chunks);
  if (!isUtf8(buffer)) throw new UsageError('standard input is not UTF-8 text (an inventory is a YAML text file)');
  return buffer.toString('utf8');
}
