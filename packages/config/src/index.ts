export { ConfigResolver, type ResolverOptions } from './resolve.js';
export { ConfigError } from './errors.js';
export { checkPluginRules, isPluginRuleId, parseRuleFlags, validateConfig } from './validate.js';
export type { PluginSet } from './plugins.js';
export { CONFIG_NAMES, loadConfigFile } from './load.js';
export type { ConfigBlock, ConfigFile, ResolvedConfig } from './types.js';
export { loadPhraseWords } from './phrase-words.js';
