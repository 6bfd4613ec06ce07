import { isLocale, type Locale } from '@invite-lint/core/internal';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { localeFrom, say } from '../messages.js';
import { nearName } from '../near-name.js';
import { UsageError } from '../usage-error.js';
import { visible } from '../visible.js';
import { parseArguments } from './arguments.js';
import type { McpTool, ToolContext } from './tool.js';

/**
 * Answer one `tools/call`: the result as structured content and the same as JSON text (for
 * clients that read only text), or `isError` with a message that says what to change. Nothing
 * an agent sends ends the server: whatever a tool throws becomes such an answer.
 */
export async function callTool(tools: readonly McpTool[], name: string, args: unknown, context: ToolContext): Promise<CallToolResult> {
  const locale = callLocale(args, context);
  const tool = tools.find((known) => known.name === name);
  if (!tool) {
    const names = tools.map((known) => known.name);
    const near = nearName(name, names);
    return failure(say(locale, 'mcpUnknownTool', { name: visible(name), suggestion: near === undefined ? '' : say(locale, 'didYouMean', { name: near }), names: names.join(', ') }));
  }
  try {
    const structured = (await tool.run(parseArguments(tool.input, args, locale), locale, context)) as Record<string, unknown>;
    return { content: [{ type: 'text', text: JSON.stringify(structured) }], structuredContent: structured };
  } catch (error) {
    if (error instanceof UsageError) return failure(error.message);
    const detail = error instanceof Error ? error.message : String(error);
    return failure(say(locale, 'mcpInternal', { detail: visible(detail) }));
  }
}

/** The call's `locale` if it is one, else the server's `--locale`, else the environment's, else English. */
function callLocale(args: unknown, context: ToolContext): Locale {
  const asked = args !== null && typeof args === 'object' && 'locale' in args ? args.locale : undefined;
  return localeFrom([asked, context.locale].find(isLocale), undefined, context.env);
}

function failure(message: string): CallToolResult {
  return { content: [{ type: 'text', text: message }], isError: true };
}
