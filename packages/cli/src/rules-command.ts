import { join } from 'node:path';
import { ConfigResolver, type ResolvedConfig } from '@invite-lint/config';
import { recommended, rules, severityOf, type NoteSettings, type RulesConfig } from '@invite-lint/core/internal';
import type { Io } from './io.js';
import { configFor } from './lint-files.js';

const SEVERITY_NAMES = ['off', 'warn', 'error'] as const;

/** Which config a command reads: `-c`, `--no-config`, or the one found for the file. */
export interface ConfigChoice {
  configFile?: string | undefined;
  noConfig?: boolean | undefined;
  ignorePatterns: string[];
}

/** The config that applies where the run started (to a note in that folder): its plugins give rules. */
export function configHere(options: ConfigChoice, io: Pick<Io, 'cwd'>): Promise<ResolvedConfig> {
  return configFor(resolverFor(options, io), join(io.cwd, 'note.txt'));
}

function resolverFor(options: ConfigChoice, io: Pick<Io, 'cwd'>): ConfigResolver {
  return new ConfigResolver({ cwd: io.cwd, configFile: options.configFile, noConfig: options.noConfig, ignorePatterns: options.ignorePatterns, trustJs: true });
}

/**
 * `--list-rules`: every rule with its recommended severity, what it checks and its docs; then
 * the rules of the plugins the config here loads, with the severity that config gives them.
 */
export async function listRules(format: string, options: ConfigChoice, io: Io): Promise<number> {
  const config = await configHere(options, io);
  const builtIn = rules.map((rule) => ({ rule, severity: severityOf(recommended[rule.meta.id]) }));
  const fromPlugins = [...config.extraRules.values()].map((rule) => ({ rule, severity: severityOf(config.rules[rule.meta.id]) }));
  const rows = [...builtIn, ...fromPlugins].map(({ rule, severity }) => ({
    id: rule.meta.id,
    recommended: SEVERITY_NAMES[severity],
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
export async function printConfig(file: string, options: ConfigChoice & { rules: RulesConfig; settings: NoteSettings }, io: Io): Promise<number> {
  const { extraRules, ...config } = await configFor(resolverFor(options, io), file, options.rules);
  // The plugin rules by id: the rule objects hold code, which JSON cannot show.
  const printed = { ...config, rules: { ...config.rules, ...options.rules }, settings: { ...config.settings, ...options.settings }, pluginRules: [...extraRules.keys()] };
  io.stdout(`${JSON.stringify(printed, null, 2)}\n`);
  return 0;
}
