import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { MessageId } from './messages.js';

/** Notes are a few hundred characters; past this a file is certainly something else. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A file's text, or why it could not be read (a message id, put in words by the caller). */
export type ReadOutcome = { ok: true; text: string } | { ok: false; message: MessageId; data?: Record<string, string | number> };

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

// One buffer for every note read, a byte longer than the largest note accepted.
let readBuffer: Buffer | undefined;

/**
 * Open, read to the end, close: system calls are most of what reading a folder of notes costs,
 * so no stat first. A read that fills the buffer means a file too large to be a note; only then
 * is it measured.
 */
export function readNoteFile(path: string): ReadOutcome {
  readBuffer ??= Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
  let fd: number | undefined;
  let length = 0;
  try {
    fd = openSync(path, 'r');
    let read: number;
    do {
      read = readSync(fd, readBuffer, length, readBuffer.length - length, null);
      length += read;
    } while (read > 0 && length < readBuffer.length);
    if (length > MAX_FILE_BYTES) {
      return { ok: false, message: 'tooLarge', data: { size: (fstatSync(fd).size / 1024 / 1024).toFixed(1) } };
    }
  } catch (error) {
    return { ok: false, ...describeIoError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return decodeNote(readBuffer.subarray(0, length));
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
