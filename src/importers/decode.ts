/**
 * Bytes of a text file (CSV, Markdown, a Fides manifest) to a string, whatever the program that
 * saved it: UTF-8 with or without a byte-order mark, UTF-16 (Excel's "Unicode text"), or the
 * Windows-1252 that Excel writes for "CSV" on a Western European system.
 */
import { isUtf8 } from 'node:buffer';
import { ImportError } from './errors.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** C0 controls other than tab, line feed and carriage return, and C1 controls: never in a record's text. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const encoding = detect(bytes);
  const skip = encoding === 'utf-8' && hasUtf8Mark(bytes) ? 3 : encoding.startsWith('utf-16') && hasUtf16Mark(bytes) ? 2 : 0;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(skip));
  } catch {
    throw new ImportError({ file }, `the file is not valid ${encoding.toUpperCase()} text`);
  }
  const control = CONTROL.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    const code = control[0].codePointAt(0)!.toString(16).padStart(4, '0');
    throw new ImportError({ file, line }, `control character U+${code.toUpperCase()} in the text: this is not a text file in a known encoding (save it as UTF-8)`);
  }
  return { text, encoding };
}

function hasUtf8Mark(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function hasUtf16Mark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function detect(bytes: Uint8Array): TextEncoding {
  if (hasUtf8Mark(bytes)) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // UTF-16 without a mark: text in Latin script has a zero byte in every other place.
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index += 1) {
    if (sample[index] === 0) {
      if (index % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  }
  const half = sample.length / 2;
  if (half >= 2 && oddZeros > half * 0.3 && evenZeros === 0) return 'utf-16le';
  if (half >= 2 && evenZeros > half * 0.3 && oddZeros === 0) return 'utf-16be';
  if (isUtf8(bytes)) return 'utf-8';
  return 'windows-1252';
}
