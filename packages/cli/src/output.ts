import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Io } from './lint-command.js';

/** Where a command's report goes: a file, or standard output (left open). */
export interface Output {
  stream: Writable;
  close(): Promise<void>;
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
