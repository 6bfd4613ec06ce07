import { once } from 'node:events';
import { createWriteStream, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Locale } from '@invite-lint/core';
import type { Io } from './lint-command.js';
import { say } from './messages.js';
import { UsageError } from './usage-error.js';

/** Where a command's report goes: a file, or standard output (left open). */
export interface Output {
  stream: Writable;
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

export function openOutput(outputFile: string | undefined, io: Io): Output {
  if (!outputFile) return { stream: io.stdoutStream, close: async () => {} };
  const stream = createWriteStream(outputFile);
  return {
    stream,
    close: async () => {
      stream.end();
      await once(stream, 'finish');
    },
  };
}

/** Write with backpressure: wait for 'drain' when the stream's buffer is full. */
export async function writeTo(stream: Writable, chunk: string | object): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}
