import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { MessageId } from './messages.js';

/** Notes are a few hundred characters; past this a file is certainly something else. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A file's text, or why it could not be read (a message id, put in words by the caller). */
export type ReadOutcome = { ok: true; text: string } | { ok: false; message: MessageId; data?: Record<string, string | number> };

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

export function readNoteFile(path: string): ReadOutcome {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // One open, then questions to the descriptor: a folder of notes is mostly system calls.
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, message: 'folder' };
    if (stat.size > MAX_FILE_BYTES) {
      return { ok: false, message: 'tooLarge', data: { size: (stat.size / 1024 / 1024).toFixed(1) } };
    }
    bytes = readFileSync(fd);
  } catch (error) {
    return { ok: false, ...describeIoError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return decodeNote(bytes);
}

export function decodeNote(bytes: Uint8Array): ReadOutcome {
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, message: 'binary' };
  try {
    return { ok: true, text: strictDecoder.decode(bytes) };
  } catch {
    const { line, byte } = firstInvalidSequence(bytes);
    return { ok: false, message: 'notUtf8', data: { line, byte } };
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

export function describeIoError(error: unknown): { message: MessageId; data?: Record<string, string> } {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return { message: 'noFile' };
    case 'EACCES':
    case 'EPERM':
      return { message: 'permission' };
    case 'ELOOP':
      return { message: 'loop' };
    case 'EISDIR':
      return { message: 'folder' };
    default:
      return { message: 'unreadable', data: { detail: error instanceof Error ? error.message : String(error) } };
  }
}
