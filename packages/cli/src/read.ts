import { closeSync, openSync, readSync } from 'node:fs';
import type { Locale } from '@invite-lint/core/internal';
import { say, type MessageId } from './messages.js';
import { UsageError } from './usage-error.js';

/** Notes are a few hundred characters; past this a file is certainly something else. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_FILE_MB = MAX_FILE_BYTES / 1024 / 1024;

/** A file's text, or why it could not be read (a message id, put in words by the caller). */
export type ReadOutcome = { ok: true; text: string } | { ok: false; message: MessageId; data?: Record<string, string | number> };

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

// One buffer for every note read, a byte longer than the largest note accepted.
let readBuffer: Buffer | undefined;
// Something to wait on while a non-blocking descriptor has nothing to read yet.
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Read `fd` to its end or to one byte past MAX_FILE_BYTES, whichever comes first, into the
 * shared buffer: nothing past the cap is read, so an endless input (`/dev/zero`) costs no more
 * than a large one. The caller tells a file at the cap from one over it by the extra byte.
 */
function readCapped(fd: number): Buffer {
  readBuffer ??= Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
  let length = 0;
  while (length < readBuffer.length) {
    let read: number;
    try {
      read = readSync(fd, readBuffer, length, readBuffer.length - length, null);
    } catch (error) {
      // Standard input left non-blocking by whoever shares it: no data yet, so wait and retry.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 10);
      continue;
    }
    if (read === 0) break;
    length += read;
  }
  return readBuffer.subarray(0, length);
}

/**
 * Open, read to the end, close: system calls are most of what reading a folder of notes costs,
 * so no stat first.
 */
export function readNoteFile(path: string): ReadOutcome {
  let fd: number | undefined;
  let bytes: Buffer;
  try {
    fd = openSync(path, 'r');
    bytes = readCapped(fd);
  } catch (error) {
    return { ok: false, ...describeIoError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: 'tooLarge', data: { limit: MAX_FILE_MB } };
  return decodeNote(bytes);
}

/** Standard input, up to one byte past MAX_FILE_BYTES (a copy: the read buffer is shared). */
export function readStdinCapped(): Uint8Array {
  return Buffer.from(readCapped(0));
}

/** Standard input's bytes, or a UsageError when there are more than a note could be. */
export function checkStdinSize(bytes: Uint8Array, locale: Locale): Uint8Array {
  if (bytes.length > MAX_FILE_BYTES) throw new UsageError(say(locale, 'stdinTooLarge', { limit: MAX_FILE_MB }));
  return bytes;
}

/** A file named by an option (`--template`, `--answers`): its text, or a UsageError naming the option, the path and why. */
export function readOptionFile(option: string, value: string, path: string, locale: Locale): string {
  const outcome = readNoteFile(path);
  if (!outcome.ok) throw new UsageError(`${option} ${value}: ${say(locale, outcome.message, outcome.data)}`);
  return outcome.text;
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
