import type { Io } from './lint-command.js';
import { UsageError } from './usage-error.js';

/** `invite-lint templates`: the library, one template a line, or as JSON. */
export async function templatesCommand(options: { format: string }, io: Io): Promise<number> {
  if (options.format !== 'text' && options.format !== 'json') throw new UsageError(`Unknown format "${options.format}". Use text or json.`);
  // Loaded here, not at start-up: linting does not need Handlebars.
  const { loadLibrary, renderSample } = await import('@invite-lint/templates');
  const rows = loadLibrary().map((template) => ({
    id: template.id,
    scenario: template.scenario,
    lang: template.lang,
    degree: template.degree ?? null,
    account: template.account,
    typicalLength: renderSample(template).length,
  }));
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(rows)}\n`);
    return 0;
  }
  const table = [['id', 'scenario', 'lang', 'degree', 'account', 'typical length'], ...rows.map((row) => [row.id, row.scenario, row.lang, String(row.degree ?? '-'), row.account, String(row.typicalLength)])];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  io.stdout(`${table.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n')}\n`);
  return 0;
}
