import { readFileSync } from 'node:fs';
import { rules } from '@invite-lint/core/internal';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './errors.js';
import { parseRuleFlags, validateConfig } from './validate.js';

const errorOf = (raw: unknown) => {
  try {
    validateConfig(raw, 'invite-lint.config.json');
  } catch (error) {
    return error instanceof ConfigError ? error.message : String(error);
  }
  return undefined;
};

describe('validateConfig', () => {
  it('accepts a block or a list of blocks', () => {
    expect(validateConfig({ rules: { 'max-length': 'warn' }, account: 'free' }, 'c.json')).toEqual([{ rules: { 'max-length': 'warn' }, account: 'free' }]);
    expect(validateConfig([{ files: ['*.hbs'], degree: 2 }, { ignores: ['drafts/**'] }], 'c.json')).toHaveLength(2);
  });

  it.each([
    [{ rule: {} }, 'invite-lint.config.json: `rule` is not a config key: use `files`, `ignores`, `extends`, `plugins`, `rules`, `account`, `limit`, `degree`, `lang`, `locale`, `variables`, `reportUnusedDirectives`.'],
    [{ rules: { 'max-lenght': 'warn' } }, 'invite-lint.config.json: `rules.max-lenght` is not a rule (did you mean `max-length`? `invite-lint --list-rules` lists them).'],
    [{ rules: { 'max-length': 'warning' } }, 'invite-lint.config.json: `rules.max-length` must be "off", "warn" or "error" (or 0, 1, 2), or [severity, options].'],
    [{ rules: { 'near-max-length': ['warn', { margn: 3 }] } }, 'invite-lint.config.json: `rules.near-max-length.margn` is not an option of near-max-length (options: margin).'],
    [[{ account: 'gold' }], 'invite-lint.config.json: `[0].account` must be "free" (200 characters) or "premium" (300).'],
    [{ files: '*.txt' }, 'invite-lint.config.json: `files` must be a list of globs such as ["**/*.hbs"].'],
    [{ variables: { company: { maxLength: -3 } } }, 'invite-lint.config.json: `variables.company.maxLength` must be a whole number above 0.'],
    [{ locale: 'fr' }, 'invite-lint.config.json: `locale` must be "en" or "es" (the language of messages).'],
    ['rules', 'invite-lint.config.json: a config is an object (or a list of them) with keys such as `rules` and `files`.'],
  ])('names the file, the key and what was expected: %j', (raw, message) => {
    expect(errorOf(raw)).toBe(message);
  });
});

describe('parseRuleFlags', () => {
  it('reads --rule entries as YAML and checks them', () => {
    expect(parseRuleFlags(['max-length: warn', 'near-max-length: [warn, {margin: 5}]'])).toEqual({ 'max-length': 'warn', 'near-max-length': ['warn', { margin: 5 }] });
    expect(() => parseRuleFlags(['max-length: loud'])).toThrow('--rule: `rules.max-length` must be');
  });
});

describe('the JSON Schema for editors', () => {
  const schema = JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8')) as {
    definitions: { block: { properties: Record<string, unknown> & { rules: { properties: Record<string, unknown> } } } };
  };

  it('lists every rule and every config key the validator accepts', () => {
    expect(Object.keys(schema.definitions.block.properties.rules.properties).sort()).toEqual(rules.map((rule) => rule.meta.id).sort());
    expect(Object.keys(schema.definitions.block.properties).sort()).toEqual(['account', 'degree', 'extends', 'files', 'ignores', 'lang', 'limit', 'locale', 'plugins', 'reportUnusedDirectives', 'rules', 'variables']);
  });
});
