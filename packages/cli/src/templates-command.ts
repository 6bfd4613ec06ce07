import type { LibraryTemplate } from '@invite-lint/templates';
import type { Io } from './io.js';
import { UsageError } from './usage-error.js';

/** One template as `invite-lint templates` lists it (the MCP server's `list_templates` too). */
export interface LibraryRow {
  id: string;
  scenario: string;
  lang: string;
  degree: number | null;
  account: string;
  typicalLength: number;
}

export function libraryRow(template: LibraryTemplate, renderSample: (template: LibraryTemplate) => string): LibraryRow {
  const { id, scenario, lang, degree, account } = template;
  return { id, scenario, lang, degree: degree ?? null, account, typicalLength: renderSample(template).length };
}

/** `invite-lint templates`: the library, one template a line, or as JSON. */
export async function templatesCommand(options: { format: string }, io: Io): Promise<number> {
  if (options.format !== 'text' && options.format !== 'json') throw new UsageError(`Unknown format "${options.format}". Use text or json.`);
  // Loaded here, not at start-up: linting does not need Handlebars.
  const { loadLibrary, renderSample } = await import('@invite-lint/templates');
  const rows = loadLibrary().map((template) => libraryRow(template, renderSample));
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(rows)}\n`);
    return 0;
  }
  const table = [['id', 'scenario', 'lang', 'degree', 'account', 'typical length'], ...rows.map((row) => [row.id, row.scenario, row.lang, String(row.degree ?? '-'), row.account, String(row.typicalLength)])];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  io.stdout(`${table.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n')}\n`);
  return 0;
}
