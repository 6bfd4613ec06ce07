export { ConfigResolver, type ResolverOptions } from './resolve.js';
export { ConfigError } from './errors.js';
export { parseRuleFlags, validateConfig } from './validate.js';
export { CONFIG_NAMES, loadConfigFile } from './load.js';
export type { ConfigBlock, ConfigFile, ResolvedConfig } from './types.js';
