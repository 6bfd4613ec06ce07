import { ConfigError, ConfigResolver } from '@invite-lint/config';
import { recommended, rules, severityOf, type NoteSettings, type RulesConfig } from '@invite-lint/core';
import type { Io } from './lint-command.js';
import { UsageError } from './usage-error.js';

const SEVERITY_NAMES = ['off', 'warn', 'error'] as const;

/** `--list-rules`: every rule with its recommended severity, what it checks and its docs. */
export function listRules(format: string, io: Io): number {
  const rows = rules.map((rule) => ({
    id: rule.meta.id,
    recommended: SEVERITY_NAMES[severityOf(recommended[rule.meta.id])],
    description: rule.meta.description,
    fixable: rule.meta.fixable,
    hasSuggestions: rule.meta.hasSuggestions,
    options: Object.keys(rule.meta.schema.properties),
    url: rule.meta.docs.url,
  }));
  if (format === 'json') {
    io.stdout(`${JSON.stringify(rows)}\n`);
    return 0;
  }
  const width = Math.max(...rows.map((row) => row.id.length));
  io.stdout(`${rows.map((row) => `${row.id.padEnd(width)}  ${row.recommended.padEnd(5)}  ${row.description}`).join('\n')}\n`);
  return 0;
}

/** `--print-config FILE`: the configuration that applies to one file, as JSON. */
export async function printConfig(
  file: string,
  options: { configFile?: string; noConfig?: boolean; ignorePatterns: string[]; rules: RulesConfig; settings: NoteSettings },
  io: Io,
): Promise<number> {
  const resolver = new ConfigResolver({ cwd: io.cwd, configFile: options.configFile, noConfig: options.noConfig, ignorePatterns: options.ignorePatterns, trustJs: true });
  try {
    const config = await resolver.forFile(file);
    const printed = { ...config, rules: { ...config.rules, ...options.rules }, settings: { ...config.settings, ...options.settings } };
    io.stdout(`${JSON.stringify(printed, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}
