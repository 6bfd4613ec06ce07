import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { loadPhraseWords } from '@invite-lint/config';
import type { Io } from '../io.js';
import { localeFrom, say } from '../messages.js';
import { UsageError } from '../usage-error.js';
import { capLines } from './line-cap.js';
import { createServer } from './server.js';

/**
 * The longest message a client may send: a call carries a note or a template (at most 64 KB of
 * text, MAX_TEXT_CHARACTERS) or a list of paths, so past this it is refused unread, the server
 * going on; under it a call too long for its arguments is answered by the tool, naming the cap.
 */
const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
// JSON-RPC's code for a request that is not a valid one.
const INVALID_REQUEST = -32600;

/**
 * `invite-lint mcp`: the Model Context Protocol on standard input and output, until the client
 * closes standard input. Standard output carries the protocol alone; anything to say goes to
 * standard error, which MCP clients keep as the server's log.
 */
export async function mcpCommand(options: { locale?: string; root?: string }, io: Io): Promise<number> {
  const locale = localeFrom(options.locale, undefined, io.env);
  const cwd = resolve(io.cwd, options.root ?? '.');
  if (!isFolder(cwd)) throw new UsageError(say(locale, 'mcpNoRoot', { root: cwd }));
  loadPhraseWords();
  const server = createServer({ cwd, env: io.env, locale: options.locale }, io.version);
  // A line that is not JSON-RPC gets no answer (it has no id to answer): said in the log, and the server reads on.
  server.onerror = (error) => io.stderr(`invite-lint mcp: ${error.message}\n`);
  const closed = new Promise<void>((resolve) => {
    server.onclose = resolve;
  });
  const tooLarge = say(locale, 'mcpMessageTooLarge', { max: MAX_MESSAGE_BYTES / 1024 / 1024 });
  const input = process.stdin.pipe(
    capLines(MAX_MESSAGE_BYTES, (id) => {
      io.stderr(`invite-lint mcp: ${tooLarge}\n`);
      // Written whole, in one line, like every message the transport writes: they cannot interleave.
      if (id !== undefined) io.stdout(`${JSON.stringify({ jsonrpc: '2.0', id, error: { code: INVALID_REQUEST, message: tooLarge } })}\n`);
    }),
  );
  await server.connect(new StdioServerTransport(input, process.stdout));
  // The SDK's transport does not watch for the end of its input: a client that goes away ends the server here.
  input.once('end', () => void server.close());
  await closed;
  return 0;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
