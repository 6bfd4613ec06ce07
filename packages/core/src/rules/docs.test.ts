import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recommended, rules } from '../internal.js';
import { runRule } from '../test-support/rule-tester.js';

const folder = (id: string) => new URL(`./${id}/`, import.meta.url);

/** The fenced examples of a rule's README: ```txt fails / ```hbs passes. */
function examples(readme: string) {
  return [...readme.matchAll(/^```(txt|md|hbs) (fails|passes)\n([\s\S]*?)^```$/gm)].map(([, format, verdict, code]) => ({
    filename: `example.${format}`,
    fails: verdict === 'fails',
    code: code ?? '',
  }));
}

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('rule %s', (id, rule) => {
  const readmePath = new URL('README.md', folder(id));

  it('has a README, a test file and a docs url pointing at the README', () => {
    expect(existsSync(readmePath)).toBe(true);
    expect(existsSync(new URL(`${id}.test.ts`, folder(id)))).toBe(true);
    expect(rule.meta.docs.url.endsWith(`/rules/${id}/README.md`)).toBe(true);
  });

  it('is in the recommended preset', () => {
    expect(recommended[id]).toBeDefined();
  });

  it('has every message in English and Spanish', () => {
    expect(Object.keys(rule.meta.messages.es).sort()).toEqual(Object.keys(rule.meta.messages.en).sort());
  });

  it('defaults every option its schema declares', () => {
    expect(Object.keys(rule.meta.defaultOptions).sort()).toEqual(Object.keys(rule.meta.schema.properties).sort());
  });

  it('README examples behave as they say', () => {
    const found = examples(readFileSync(readmePath, 'utf8'));
    expect(found.some((example) => example.fails)).toBe(true);
    expect(found.some((example) => !example.fails)).toBe(true);
    for (const example of found) {
      const fired = runRule(rule, example).some((message) => message.ruleId === id);
      expect({ code: example.code, fired }).toEqual({ code: example.code, fired: example.fails });
    }
  });
});
