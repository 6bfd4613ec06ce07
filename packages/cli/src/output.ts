import { once } from 'node:events';
import { createWriteStream, openSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Locale } from '@invite-lint/core/internal';
import type { Io } from './io.js';
import { say } from './messages.js';
import { UsageError } from './usage-error.js';

/** Where a command's report goes: a file, or standard output (left open). */
export interface Output {
  /** Write, waiting while the buffer is full (backpressure). */
  write(chunk: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/**
 * Refuse an output file that is one of the inputs, by whatever path or link it is named (the
 * same device and inode): opening it for writing would empty it while, or after, it is read.
 * Checked before anything is read or written.
 */
export function refuseInputAsOutput(outputFile: string | undefined, inputs: readonly string[], io: Io, locale: Locale): void {
  if (outputFile === undefined) return;
  const output = statOf(resolve(io.cwd, outputFile));
  if (!output) return;
  for (const input of inputs) {
    const read = statOf(resolve(io.cwd, input));
    if (read && read.dev === output.dev && read.ino === output.ino) throw new UsageError(say(locale, 'outputIsInput', { output: outputFile, input }));
  }
}

/** A path's stats, or undefined when there is nothing there to compare (opening it says why). */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * A file given with -o, opened at once so that a missing folder or a folder in its place is
 * said before any work, or standard output. A file that cannot be written is a UsageError
 * naming it and the cause. Standard output's failures are the bin's to report: it stops the
 * run where they happen.
 */
export function openOutput(outputFile: string | undefined, io: Io, locale: Locale): Output {
  if (outputFile === undefined) return stdoutOutput(io.stdoutStream);
  const failed = (error: unknown) => new UsageError(writeFailure(outputFile, error, locale));
  let fd: number;
  try {
    fd = openSync(resolve(io.cwd, outputFile), 'w');
  } catch (error) {
    throw failed(error);
  }
  const stream = createWriteStream('', { fd });
  // A write that fails between two awaits (the disk fills up) is kept for the next one.
  let failure: unknown;
  stream.on('error', (error) => (failure ??= error));
  const settle = async (event: string) => {
    try {
      await once(stream, event);
    } catch (error) {
      throw failed(error);
    }
  };
  return {
    async write(chunk) {
      if (failure !== undefined) throw failed(failure);
      if (!stream.write(chunk)) await settle('drain');
    },
    async close() {
      if (failure !== undefined) throw failed(failure);
      stream.end();
      await settle('finish');
    },
  };
}

function stdoutOutput(stream: Writable): Output {
  return {
    // A plain listener, not events.once: a failure must not reject here as well as in the bin.
    write: async (chunk) => {
      if (!stream.write(chunk)) await new Promise((resume) => stream.once('drain', resume));
    },
    close: async () => {},
  };
}

/** Why `path` could not be written, in one line, with what to do. */
export function writeFailure(path: string, error: unknown, locale: Locale): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const cause =
    code === 'ENOENT' || code === 'ENOTDIR' ? say(locale, 'causeNoFolder', { folder: dirname(path) })
    : code === 'ENOSPC' ? say(locale, 'causeNoSpace')
    : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? say(locale, 'causeNotWritable')
    : code === 'EISDIR' ? say(locale, 'causeIsFolder')
    : message;
  return say(locale, 'writeFailed', { path, cause });
}
