import type { Locale } from '@invite-lint/core/internal';
import type * as z from 'zod';

/** What every tool call may rely on: the server's folder and environment, and its default locale. */
export interface ToolContext {
  /** The folder the server was started in: `lint_files` reads only under it. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** `invite-lint mcp --locale`: the messages' language when a call gives none. */
  locale?: string | undefined;
}

/**
 * One MCP tool: its name and description (what an agent reads to decide when to call it), its
 * arguments and result as zod schemas (published as JSON Schema, and what arguments are checked
 * against), and what it does. `run` throws a UsageError for arguments it cannot use: the call
 * then answers `isError` with the message, and the server goes on. Its result is typed loosely
 * (core's interfaces do not fit zod's open objects); the SDK's client checks it against `output`.
 */
export interface McpTool<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType> {
  name: string;
  title: string;
  description: string;
  input: Input;
  output: Output;
  run(args: z.infer<Input>, locale: Locale, context: ToolContext): object | Promise<object>;
}

/** Typed at the definition, stored untyped in the server's table. */
export function defineTool<Input extends z.ZodType, Output extends z.ZodType>(tool: McpTool<Input, Output>): McpTool {
  return tool as unknown as McpTool;
}
