/** What a command reads and writes: its folder, streams, environment and version (the tests pass their own). */
export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  /** Standard output as a stream, for output large enough to need backpressure. */
  stdoutStream: NodeJS.WritableStream & import('node:stream').Writable;
  stderr: (text: string) => void;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  /** invite-lint's version, for reports that name the tool (SARIF). */
  version: string;
  /** Standard input, read up to one byte past MAX_FILE_BYTES and no further. */
  readStdin: () => Promise<Uint8Array>;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}
