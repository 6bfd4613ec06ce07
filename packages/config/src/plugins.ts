import { createRequire } from 'node:module';
import { isAbsolute, resolve } from 'node:path';
import { optionsOf, ruleById, ruleFromPlugin, severityOf, type Rule, type RulesConfig } from '@invite-lint/core/internal';
import { ConfigError } from './errors.js';
import { importFile } from './import-file.js';
import { isObject } from './is-object.js';

/**
 * The plugins one config file loads, with those of the configs it extends: the rules they add
 * (by full id, `prefix/rule-id`), their configs (for `extends: "prefix/name"`) and their
 * language data. Every block of the config sees all of them.
 */
export interface PluginSet {
  rules: Map<string, Rule>;
  configs: Map<string, unknown>;
  /** The phrases of the plugins' `languages`, by kind, added to the option of a built-in rule (LANGUAGE_DATA). */
  phrases: Record<PhraseKind, string[]>;
  /** Which module and config took each prefix, to report two plugins under one prefix. */
  prefixes: Map<string, { module: string; file: string }>;
}

export function emptyPluginSet(): PluginSet {
  return { rules: new Map(), configs: new Map(), phrases: { stock: [], reasons: [] }, prefixes: new Map() };
}

// A prefix is one word: the `/` after it is where the rule id starts.
const NAME = /^[a-z0-9][a-z0-9-]*$/;

/**
 * What a plugin's language data may hold, and where it goes: data for the built-in rules, added
 * to the option each already has for a team's own phrases.
 */
const LANGUAGE_DATA = {
  /** Sentences that are LinkedIn's stock text. */
  stock: { rule: 'no-default-text', option: 'extra' },
  /** Phrases that count as a reason to connect (a programme's name, an event series). */
  reasons: { rule: 'require-reason', option: 'reasons' },
} as const;
type PhraseKind = keyof typeof LANGUAGE_DATA;
const LANGUAGE_KEYS = Object.keys(LANGUAGE_DATA) as PhraseKind[];

// Each module is imported once per process, as Node does anyway; the promise keeps concurrent
// config loads from importing it twice.
const imported = new Map<string, Promise<unknown>>();

/** Load the plugins one block declares into `set`; every problem is a ConfigError naming the plugin. */
export async function loadPlugins(plugins: Record<string, string>, file: string, base: string, trusted: boolean, set: PluginSet): Promise<void> {
  for (const [prefix, specifier] of Object.entries(plugins)) {
    const fail = (message: string): never => {
      throw new ConfigError(file, `plugins.${prefix}`, message);
    };
    if (!trusted) fail(`loads "${specifier}", and a plugin runs code: plugins are loaded only in a trusted workspace (trust it, or remove \`plugins\`).`);
    if (!NAME.test(prefix)) fail('is not a prefix: use lowercase letters, digits and dashes, such as "house".');
    if (ruleById.has(prefix)) fail(`is the id of a built-in rule: pick another prefix, so that "${prefix}/…" cannot be mistaken for it.`);
    const module = locatePlugin(specifier, base, fail);
    const taken = set.prefixes.get(prefix);
    if (taken && taken.module !== module) fail(`names ${module}, but the prefix "${prefix}" is already taken by ${taken.module} (in ${taken.file}): give one of them another prefix.`);
    if (taken) continue;
    set.prefixes.set(prefix, { module, file });
    addPlugin(prefix, await importPlugin(module, fail), set, fail);
  }
}

/** `./house.js` relative to the config; anything else a package resolved from the config's folder. */
function locatePlugin(specifier: string, base: string, fail: (message: string) => never): string {
  if (specifier.startsWith('.') || isAbsolute(specifier)) {
    const path = resolve(base, specifier);
    try {
      return createRequire(resolve(base, 'package.json')).resolve(path);
    } catch {
      return fail(`names "${specifier}", which cannot be found (looked for ${path}).`);
    }
  }
  try {
    return createRequire(resolve(base, 'package.json')).resolve(specifier);
  } catch {
    return fail(`names "${specifier}", which is neither a path (start it with ./) nor a package installed where the config is.`);
  }
}

async function importPlugin(module: string, fail: (message: string) => never): Promise<Record<string, unknown>> {
  let loading = imported.get(module);
  if (!loading) {
    loading = importFile(module);
    imported.set(module, loading);
  }
  let namespace: Record<string, unknown>;
  try {
    namespace = (await loading) as Record<string, unknown>;
  } catch (error) {
    return fail(`threw while loading ${module}: ${error instanceof Error ? error.message : String(error)}.`);
  }
  // `export default { rules }` or `export const rules = …`: both are a plugin.
  const plugin = isObject(namespace.default) && 'rules' in namespace.default ? namespace.default : namespace;
  return isObject(plugin) ? plugin : fail(`${module} exports no plugin.`);
}

function addPlugin(prefix: string, plugin: Record<string, unknown>, set: PluginSet, fail: (message: string) => never): void {
  const { rules, configs = {}, languages = {} } = plugin;
  if (!isObject(rules)) fail('exports no `rules` object: a plugin is { rules, configs?, languages? }.');
  for (const [id, candidate] of Object.entries(rules as Record<string, unknown>)) {
    if (!NAME.test(id)) fail(`has a rule named "${id}": use lowercase letters, digits and dashes.`);
    if (ruleById.has(id)) fail(`has a rule named "${id}", as a built-in rule is: rename it, so that the two cannot be confused.`);
    const rule = ruleFromPlugin(`${prefix}/${id}`, candidate);
    if (typeof rule === 'string') fail(`has a rule "${id}" that ${rule}.`);
    set.rules.set(`${prefix}/${id}`, rule as Rule);
  }
  if (!isObject(configs)) fail('exports `configs` that is not an object of named configs.');
  for (const [name, config] of Object.entries(configs as Record<string, unknown>)) set.configs.set(`${prefix}/${name}`, config);
  if (!isObject(languages)) fail('exports `languages` that is not an object of language tags.');
  for (const [language, data] of Object.entries(languages as Record<string, unknown>)) {
    if (!isObject(data)) fail(`exports \`languages.${language}\` that is not an object.`);
    for (const [kind, phrases] of Object.entries(data as object)) {
      if (!LANGUAGE_KEYS.includes(kind as PhraseKind)) fail(`exports \`languages.${language}.${kind}\`; a plugin's language data supports ${LANGUAGE_KEYS.map((key) => `\`${key}\``).join(', ')} only.`);
      if (!Array.isArray(phrases) || !phrases.every((phrase) => typeof phrase === 'string')) fail(`exports \`languages.${language}.${kind}\` that is not a list of phrases.`);
      set.phrases[kind as PhraseKind].push(...(phrases as string[]));
    }
  }
}

/** `rules` with the plugins' phrases added to the options of the built-in rules they serve (where on). */
export function withPluginPhrases(rules: RulesConfig, phrases: PluginSet['phrases']): RulesConfig {
  let out = rules;
  for (const kind of LANGUAGE_KEYS) {
    const added = phrases[kind];
    const { rule, option } = LANGUAGE_DATA[kind];
    const setting = rules[rule];
    const severity = severityOf(setting);
    if (added.length === 0 || severity === 0) continue;
    const options = optionsOf(setting) ?? {};
    const own = Array.isArray(options[option]) ? (options[option] as string[]) : [];
    out = { ...out, [rule]: [severity, { ...options, [option]: [...own, ...added] }] };
  }
  return out;
}
