import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { bin, root } from './cli.js';

export interface McpServerRun {
  command?: string;
  args?: string[];
  cwd?: string;
  env?: Record<string, string>;
}

/**
 * The SDK's own client, talking to `invite-lint mcp` (the workspace's bin unless told) over
 * stdio. Tools are listed once on connecting: the client then checks every structured result
 * against the tool's published output schema, so a result that strays from it fails the call.
 */
export async function connectMcp({ command = bin, args = ['mcp'], cwd = root, env = {} }: McpServerRun = {}): Promise<Client> {
  // Messages follow LANG: pin it, so the suite reads the same on any machine.
  const transport = new StdioClientTransport({ command, args, cwd, env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env }, stderr: 'pipe' });
  const client = new Client({ name: 'invite-lint-tests', version: '1.0.0' });
  await client.connect(transport);
  await client.listTools();
  return client;
}

/** A call's result, with its structured content checked to be what its text says. */
export async function call(client: Client, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  if (!result.isError) {
    const [first] = result.content;
    if (first?.type !== 'text' || JSON.stringify(JSON.parse(first.text)) !== JSON.stringify(result.structuredContent)) {
      throw new Error(`${name}: the text content is not the structured content as JSON`);
    }
  }
  return result;
}

/** The structured result of a call that must succeed. */
export async function structured<T = Record<string, unknown>>(client: Client, name: string, args: Record<string, unknown>): Promise<T> {
  const result = await call(client, name, args);
  if (result.isError) throw new Error(`${name} failed: ${errorText(result)}`);
  return result.structuredContent as T;
}

/** The message of a call that must fail with isError. */
export async function failure(client: Client, name: string, args: Record<string, unknown>): Promise<string> {
  const result = await call(client, name, args);
  if (!result.isError) throw new Error(`${name} was expected to fail: ${JSON.stringify(result.structuredContent)}`);
  return errorText(result);
}

function errorText(result: CallToolResult): string {
  return result.content.map((part) => (part.type === 'text' ? part.text : '')).join('');
}
