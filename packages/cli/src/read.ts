import { readFileSync, statSync } from 'node:fs';

/** Notes are a few hundred characters; past this a file is certainly something else. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadOutcome = { ok: true; text: string } | { ok: false; message: string };

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

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
    return { ok: true, text: strictDecoder.decode(bytes) };
  } catch {
    const { line, byte } = firstInvalidSequence(bytes);
    return { ok: false, message: `Not valid UTF-8 (line ${line}, byte ${byte}): save the file as UTF-8.` };
  }
}

/** Where lenient decoding first had to substitute U+FFFD for bytes that were not a real U+FFFD. */
function firstInvalidSequence(bytes: Uint8Array): { line: number; byte: number } {
  const text = new TextDecoder('utf-8').decode(bytes);
  const encoder = new TextEncoder();
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) {
    const byte = encoder.encode(text.slice(0, index)).length;
    const isRealReplacementCharacter = bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd;
    if (!isRealReplacementCharacter) return { line: text.slice(0, index).split('\n').length, byte };
  }
  return { line: 1, byte: 0 };
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
