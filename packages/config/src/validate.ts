import { isLanguageTag, isLocale, LOCALES, ruleById, type Locale, type Rule, type RuleSetting, type VariableSpec } from '@invite-lint/core/internal';
import { closest } from 'fastest-levenshtein';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from './errors.js';
import type { ConfigBlock } from './types.js';
import { isObject } from './is-object.js';

const BLOCK_KEYS = ['files', 'ignores', 'extends', 'plugins', 'rules', 'account', 'limit', 'degree', 'lang', 'locale', 'variables', 'reportUnusedDirectives'] as const;
const SEVERITIES = new Set<unknown>(['off', 'warn', 'error', 0, 1, 2]);

/**
 * The plugin rules a config may name, by full id. Without them, only the built-in rules are
 * checked: an id with a prefix (`house/no-emoji`) is checked once the config's plugins are loaded.
 */
export type RuleLookup = ReadonlyMap<string, Rule>;

/** Whether an id names a plugin's rule (`prefix/rule-id`). */
export function isPluginRuleId(id: string): boolean {
  return id.includes('/');
}

/** Check a loaded config and return its blocks; the first problem is thrown as a ConfigError. */
export function validateConfig(raw: unknown, file: string, lookup?: RuleLookup): ConfigBlock[] {
  if (Array.isArray(raw)) return raw.map((block, index) => validateBlock(block, file, `[${index}].`, lookup));
  return [validateBlock(raw, file, '', lookup)];
}

function validateBlock(raw: unknown, file: string, prefix: string, lookup: RuleLookup | undefined): ConfigBlock {
  const fail = (key: string, message: string): never => {
    throw new ConfigError(file, `${prefix}${key}`, message);
  };
  if (!isObject(raw)) return fail('', 'a config is an object (or a list of them) with keys such as `rules` and `files`.');
  const block: ConfigBlock = {};
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case 'files':
      case 'ignores':
        if (!Array.isArray(value) || !value.every((glob) => typeof glob === 'string' && glob !== '')) fail(key, 'must be a list of globs such as ["**/*.hbs"].');
        block[key] = value as string[];
        break;
      case 'extends':
        if (typeof value === 'string') block.extends = value;
        else if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) block.extends = value as string[];
        else fail(key, 'must be "recommended", a path to a config, an npm package name, or a list of them.');
        break;
      case 'plugins':
        if (!isObject(value) || !Object.values(value).every((module) => typeof module === 'string' && module !== '')) fail(key, 'must map a prefix to a module: { "house": "./house-rules.js" } or a package name.');
        block.plugins = value as Record<string, string>;
        break;
      case 'rules':
        block.rules = validateRules(value, (ruleKey, message) => fail(`rules.${ruleKey}`, message), lookup);
        break;
      case 'account':
        if (value !== 'free' && value !== 'premium') fail(key, 'must be "free" (200 characters) or "premium" (300).');
        block.account = value as 'free' | 'premium';
        break;
      case 'limit':
        if (!isPositiveInteger(value)) fail(key, 'must be a whole number of characters above 0.');
        block.limit = value as number;
        break;
      case 'degree':
        if (value !== 1 && value !== 2 && value !== 3) fail(key, 'must be 1, 2 or 3.');
        block.degree = value as 1 | 2 | 3;
        break;
      case 'lang':
        if (!isLanguageTag(value)) fail(key, 'must be a language tag such as "en" or "es".');
        block.lang = value as string;
        break;
      case 'locale':
        if (!isLocale(value)) fail(key, `must be ${LOCALES.map((name) => `"${name}"`).join(' or ')} (the language of messages).`);
        block.locale = value as Locale;
        break;
      case 'reportUnusedDirectives':
        if (value !== 'off' && value !== 'warn' && value !== 'error') fail(key, 'must be "off", "warn" or "error".');
        block.reportUnusedDirectives = value as 'off' | 'warn' | 'error';
        break;
      case 'variables':
        block.variables = validateVariables(value, (variableKey, message) => fail(`variables.${variableKey}`, message));
        break;
      default:
        fail(key, `is not a config key: use ${BLOCK_KEYS.map((known) => `\`${known}\``).join(', ')}.`);
    }
  }
  return block;
}

function validateRules(value: unknown, fail: (key: string, message: string) => never, lookup: RuleLookup | undefined): Record<string, RuleSetting> {
  if (!isObject(value)) return fail('', 'must map rule ids to "off", "warn", "error" or [severity, options].');
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(value)) {
    const later = lookup === undefined && isPluginRuleId(id);
    const rule = later ? undefined : (lookup?.get(id) ?? ruleById.get(id));
    if (!rule && !later) fail(id, unknownRule(id, lookup));
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
    if (!SEVERITIES.has(severity)) fail(id, 'must be "off", "warn" or "error" (or 0, 1, 2), or [severity, options].');
    if (options !== undefined && !isObject(options)) fail(id, 'options must be an object.');
    // A plugin rule's options are checked with the rule, once its plugin is loaded.
    if (options !== undefined && rule) {
      const properties = rule.meta.schema.properties;
      for (const [name, option] of Object.entries(options as Record<string, unknown>)) {
        const spec = properties[name];
        if (!spec) fail(`${id}.${name}`, `is not an option of ${id}${Object.keys(properties).length ? ` (options: ${Object.keys(properties).join(', ')})` : ' (it has none)'}.`);
        const expected = spec!.type;
        const ok =
          expected === 'integer' ? Number.isInteger(option) && (spec!.minimum === undefined || (option as number) >= spec!.minimum)
          : expected === 'number' ? typeof option === 'number'
          : expected === 'array' ? Array.isArray(option) && option.every((item) => typeof item === 'string')
          : typeof option === expected;
        const kind = expected === 'array' ? 'a list of strings' : expected === 'integer' ? 'a whole number' : `a ${expected}`;
        if (!ok) fail(`${id}.${name}`, `must be ${kind}${spec!.minimum !== undefined ? ` of at least ${spec!.minimum}` : ''}.`);
      }
    }
    rules[id] = setting as RuleSetting;
  }
  return rules;
}

/** Why `id` names no rule, with the nearest one that does. */
function unknownRule(id: string, lookup: RuleLookup | undefined): string {
  if (isPluginRuleId(id)) {
    const prefix = id.slice(0, id.indexOf('/'));
    const siblings = [...(lookup?.keys() ?? [])].filter((known) => known.startsWith(`${prefix}/`));
    return siblings.length === 0
      ? `names the plugin prefix "${prefix}", which no \`plugins\` entry of this config declares.`
      : `is not a rule of the plugin "${prefix}" (did you mean \`${closest(id, siblings)}\`? \`invite-lint --list-rules\` lists them).`;
  }
  return `is not a rule (did you mean \`${closest(id, [...ruleById.keys()])}\`? \`invite-lint --list-rules\` lists them).`;
}

function validateVariables(value: unknown, fail: (key: string, message: string) => never): Record<string, VariableSpec> {
  if (!isObject(value)) return fail('', 'must map variable names to { description, maxLength, sample, required }.');
  const variables: Record<string, VariableSpec> = Object.create(null);
  for (const [name, raw] of Object.entries(value)) {
    if (!isObject(raw)) fail(name, 'must be { description, maxLength, sample, required }.');
    const spec = raw as Record<string, unknown>;
    for (const key of Object.keys(spec)) if (!['description', 'maxLength', 'sample', 'required'].includes(key)) fail(`${name}.${key}`, 'is not a variable key: use description, maxLength, sample, required.');
    if (spec.maxLength !== undefined && !isPositiveInteger(spec.maxLength)) fail(`${name}.maxLength`, 'must be a whole number above 0.');
    if (spec.required !== undefined && typeof spec.required !== 'boolean') fail(`${name}.required`, 'must be true or false.');
    if (spec.sample !== undefined && typeof spec.sample !== 'string') fail(`${name}.sample`, 'must be text.');
    if (spec.description !== undefined && typeof spec.description !== 'string') fail(`${name}.description`, 'must be text.');
    variables[name] = spec as VariableSpec;
  }
  return variables;
}

function isPositiveInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/** `--rule "id: severity"` or `--rule "id: [severity, {options}]"` entries, checked like `rules`. */
export function parseRuleFlags(entries: readonly string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const entry of entries) {
    let parsed: unknown;
    try {
      parsed = parseYaml(`{${entry}}`);
    } catch {
      throw new ConfigError('--rule', '', `takes "rule-id: severity", not "${entry}".`);
    }
    Object.assign(rules, validateConfig({ rules: parsed }, '--rule')[0]?.rules);
  }
  return rules;
}

/**
 * Check the plugin rules a config or `--rule` named (`source` says which) once its plugins are
 * loaded: their ids and options, as `validateConfig` checks the built-in ones.
 */
export function checkPluginRules(rules: Record<string, RuleSetting> | undefined, source: string, extraRules: RuleLookup): void {
  const named = Object.entries(rules ?? {}).filter(([id]) => isPluginRuleId(id));
  if (named.length > 0) validateConfig({ rules: Object.fromEntries(named) }, source, extraRules);
}
