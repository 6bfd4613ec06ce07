import type { Account, Degree, Locale, Rule, RulesConfig, SeverityName, VariableSpec } from '@invite-lint/core/internal';
import type { PluginSet } from './plugins.js';

/** One block of a config: flat-config style, applied in order to the files it matches. */
export interface ConfigBlock {
  /** Globs (relative to the config file) of the files this block applies to; all when absent. */
  files?: string[];
  /** Globs of files this block does not apply to; a block with only `ignores` ignores them everywhere. */
  ignores?: string[];
  /** `recommended`, a path to another config, an npm package exporting one, or a plugin's config (`prefix/name`). */
  extends?: string | string[];
  /** Prefix → module exporting `{ rules, configs?, languages? }`; its rules are `prefix/rule-id`. */
  plugins?: Record<string, string>;
  rules?: RulesConfig;
  account?: Account;
  limit?: number;
  degree?: Degree;
  lang?: string;
  locale?: Locale;
  variables?: Record<string, VariableSpec>;
  /** How to report an inline directive that turned off nothing. */
  reportUnusedDirectives?: SeverityName;
}

export type ConfigFile = ConfigBlock | ConfigBlock[];

/** A block after loading: its globs resolved against the folder of the file that declared it. */
export interface LoadedBlock extends Omit<ConfigBlock, 'extends' | 'plugins'> {
  base: string;
  source: string;
  /** The plugins of the config file this block came from (and of those it extends). */
  plugins: PluginSet;
}

/** What applies to one file. */
export interface ResolvedConfig {
  rules: RulesConfig;
  settings: { account?: Account; limit?: number; degree?: Degree; lang?: string; variables?: Record<string, VariableSpec> };
  locale?: Locale;
  reportUnusedDirectives?: SeverityName;
  /** Ignored by a config block's `ignores` or `.invite-lintignore`. */
  ignored: boolean;
  /** Named by a config block's `files` (the language server lints such files whatever their name). */
  matchedFiles: boolean;
  /** The config file found for the file, if any. */
  configFile?: string;
  /** The rules of the config's plugins, by full id (`prefix/rule-id`): give them to `lint` as `extraRules`. */
  extraRules: ReadonlyMap<string, Rule>;
}
