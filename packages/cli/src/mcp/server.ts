import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema, type Tool } from '@modelcontextprotocol/sdk/types.js';
import { callTool } from './call-tool.js';
import { explainRuleTool } from './explain-rule-tool.js';
import { lintFilesTool } from './lint-files-tool.js';
import { lintNoteTool } from './lint-note-tool.js';
import { listTemplatesTool } from './list-templates-tool.js';
import { renderTemplateTool } from './render-template-tool.js';
import { jsonSchema } from './schemas.js';
import type { McpTool, ToolContext } from './tool.js';

/** The tools, by the names DESIGN.md gives them (a public contract). */
export const TOOLS: readonly McpTool[] = [lintNoteTool, lintFilesTool, explainRuleTool, listTemplatesTool, renderTemplateTool];

// Every tool only reads: nothing is written, sent or deleted, and the same call gives the same answer.
const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };

const INSTRUCTIONS =
  'invite-lint checks LinkedIn connection-invitation notes: LinkedIn’s stock text, no reason to connect, a 2nd-degree note that does not name the person both know, a 3rd-degree note without context, a note over the 300-character limit (200 on free accounts), a placeholder left in. lint_note checks a draft, render_template writes one from a template, explain_rule says what a finding means.';

/**
 * The MCP server around the tools: the SDK's low-level Server, so that the arguments are
 * checked here and a wrong one is answered in the call's language, naming the fix.
 */
export function createServer(context: ToolContext, version: string): Server {
  const server = new Server({ name: 'invite-lint', title: 'invite-lint', version }, { capabilities: { tools: {} }, instructions: INSTRUCTIONS });
  // Published once: the schemas do not change while the server runs.
  const listed: Tool[] = TOOLS.map((tool) => ({
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: jsonSchema(tool.input, 'input'),
    outputSchema: jsonSchema(tool.output, 'output'),
    annotations: { title: tool.title, ...READ_ONLY },
  }));
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: listed }));
  server.setRequestHandler(CallToolRequestSchema, (request) => callTool(TOOLS, request.params.name, request.params.arguments, context));
  return server;
}
