import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { lilconfig, type Loader } from 'lilconfig';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from './errors.js';
import { importFile } from './import-file.js';
import { emptyPluginSet, loadPlugins, type PluginSet } from './plugins.js';
import type { LoadedBlock } from './types.js';
import { checkPluginRules, validateConfig } from './validate.js';

export const CONFIG_NAMES = [
  'invite-lint.config.json',
  'invite-lint.config.yaml',
  'invite-lint.config.yml',
  'invite-lint.config.js',
  'invite-lint.config.mjs',
  'package.json',
];

export interface LoadOptions {
  /** JavaScript configs run code: load them only when the workspace is trusted. */
  trustJs: boolean;
}

const yamlLoader: Loader = (file, content) => parseOrFail(file, () => parseYaml(content));
const jsonLoader: Loader = (file, content) => parseOrFail(file, () => JSON.parse(content));

function jsLoader(options: LoadOptions): Loader {
  return async (file) => {
    if (!options.trustJs) throw new ConfigError(file, '', 'is a JavaScript config, which runs code: it is loaded only in a trusted workspace (use a JSON or YAML config there).');
    try {
      const module = (await importFile(file)) as { default?: unknown };
      return module.default;
    } catch (error) {
      throw new ConfigError(file, '', `threw while loading: ${error instanceof Error ? error.message : String(error)}.`);
    }
  };
}

function parseOrFail(file: string, parse: () => unknown): unknown {
  try {
    return parse();
  } catch (error) {
    throw new ConfigError(file, '', `cannot be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}.`);
  }
}

/** Finds the nearest config above a folder, up to `stopDir` included (lilconfig caches what it has read). */
export function createSearcher(options: LoadOptions, stopDir: string) {
  const js = jsLoader(options);
  return lilconfig('invite-lint', {
    stopDir,
    searchPlaces: CONFIG_NAMES,
    packageProp: 'invite-lint',
    loaders: { '.json': jsonLoader, '.yaml': yamlLoader, '.yml': yamlLoader, '.js': js, '.mjs': js },
  });
}

/** Load one config file (and what it extends) into blocks, in the order they apply. */
export async function loadConfigFile(file: string, options: LoadOptions): Promise<LoadedBlock[]> {
  return expand(await readConfig(file, options), file, options);
}

/**
 * Turn a config's content into blocks, loading what each block extends first. The plugins of
 * the whole chain are loaded before the plugin rules its blocks name are checked, so that a
 * config may set the rules of a plugin that a config it extends declares.
 */
export async function expand(raw: unknown, file: string, options: LoadOptions): Promise<LoadedBlock[]> {
  const plugins = emptyPluginSet();
  const blocks = await expandInto(raw, file, options, [file], plugins);
  for (const block of blocks) checkPluginRules(block.rules, block.source, plugins.rules);
  return blocks;
}

async function expandInto(raw: unknown, file: string, options: LoadOptions, chain: string[], plugins: PluginSet): Promise<LoadedBlock[]> {
  const base = dirname(file);
  const blocks = validateConfig(raw, file);
  // Every block's plugins first: a block may extend a config of a plugin that a later one declares.
  for (const block of blocks) if (block.plugins) await loadPlugins(block.plugins, file, base, options.trustJs, plugins);
  const out: LoadedBlock[] = [];
  for (const block of blocks) {
    const { extends: parents, plugins: _declared, ...rest } = block;
    for (const parent of parents === undefined ? [] : Array.isArray(parents) ? parents : [parents]) {
      if (parent === 'recommended') continue;
      // A plugin's config is content, not a file: its globs are relative to the config naming it.
      if (plugins.configs.has(parent)) out.push(...(await expandInto(plugins.configs.get(parent), file, options, chain, plugins)));
      else out.push(...(await extendFile(locate(parent, base, file), options, chain, plugins)));
    }
    out.push({ ...rest, base, source: file, plugins });
  }
  return out;
}

async function extendFile(file: string, options: LoadOptions, chain: string[], plugins: PluginSet): Promise<LoadedBlock[]> {
  if (chain.includes(file)) throw new ConfigError(file, 'extends', `forms a loop: ${[...chain, file].join(' → ')}.`);
  return expandInto(await readConfig(file, options), file, options, [...chain, file], plugins);
}

async function readConfig(file: string, options: LoadOptions): Promise<unknown> {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(file, '', 'cannot be read: no such file.');
  }
  switch (extname(file)) {
    case '.yaml':
    case '.yml':
      return yamlLoader(file, content);
    case '.js':
    case '.mjs':
      return jsLoader(options)(file, content);
    default: {
      const json = jsonLoader(file, content) as Record<string, unknown>;
      return file.endsWith('package.json') ? json['invite-lint'] : json;
    }
  }
}

/** `./base.json` relative to the config; anything else an npm package resolved from its folder. */
function locate(parent: string, base: string, file: string): string {
  if (parent.startsWith('.') || isAbsolute(parent)) return resolve(base, parent);
  try {
    return createRequire(resolve(base, 'package.json')).resolve(parent);
  } catch {
    throw new ConfigError(file, 'extends', `names "${parent}", which is not "recommended", a path, or an installed package.`);
  }
}
