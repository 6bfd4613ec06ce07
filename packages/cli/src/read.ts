import { readFileSync, statSync } from 'node:fs';

/** Notes are a few hundred characters; past this a file is certainly something else. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadOutcome = { ok: true; text: string } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function readNoteFile(path: string): ReadOutcome {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, message: 'This is a folder, not a note.' };
    if (stat.size > MAX_FILE_BYTES) {
      return { ok: false, message: `File is ${(stat.size / 1024 / 1024).toFixed(1)} MB; a note is a few hundred characters, so it was not linted.` };
    }
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, message: describeIoError(error) };
  }
  return decodeNote(bytes);
}

export function decodeNote(bytes: Uint8Array): ReadOutcome {
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, message: 'Binary file, not a text note: it was not linted.' };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, message: `Not valid UTF-8 (first bad byte at offset ${firstInvalidByte(bytes)}): save the file as UTF-8.` };
  }
}

function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, found by bisection: decoding is the only validator at hand.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low;
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'No such file.';
    case 'EACCES':
    case 'EPERM':
      return 'Cannot read the file: permission denied.';
    case 'ELOOP':
      return 'Cannot read the file: too many symbolic links (a loop?).';
    default:
      return `Cannot read the file: ${error instanceof Error ? error.message : String(error)}.`;
  }
}
