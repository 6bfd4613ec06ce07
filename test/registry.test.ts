import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, recommended, rules } from '@invite-lint/core/internal';
import { describe, expect, it } from 'vitest';
import { EVALUATED_RULES } from '../eval/evaluate.js';
import { generatedSections, schemaWithRegistry, SCHEMA_PATH } from '../scripts/generated-docs.js';
import { withSection } from '../scripts/markdown-section.js';
import { root } from './support/cli.js';

const read = (path: string) => readFileSync(join(root, path), 'utf8');

// Rules, formats and locales are listed once; what repeats them is written by `pnpm docs:generate`.
describe('what is generated from the registries is current (else run `pnpm docs:generate`)', () => {
  it.each(generatedSections().map((section) => [`${section.path} (${section.marker})`, section] as const))('%s', (_, { path, marker, content }) => {
    const text = read(path);
    expect(withSection(text, marker, content)).toBe(text);
  });

  it(SCHEMA_PATH, () => {
    const text = read(SCHEMA_PATH);
    expect(schemaWithRegistry(text)).toBe(text);
    const block = (JSON.parse(text) as { definitions: { block: { properties: { rules: { properties: object }; locale: { enum: string[] } } } } }).definitions.block.properties;
    expect(Object.keys(block.rules.properties)).toEqual(rules.map((rule) => rule.meta.id));
    expect(block.locale.enum).toEqual([...LOCALES]);
  });
});

describe('the rule registry', () => {
  it('gives the recommended preset and the evaluated rules from each rule’s docs', () => {
    expect(recommended).toEqual(Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === 'near-max-length' ? 'warn' : 'error'])));
    // The corpus's `expected` lists these, in this order (../shared/corpus/README.md).
    expect(EVALUATED_RULES).toEqual(['no-default-text', 'require-reason', 'require-shared-contact', 'require-context', 'max-length']);
  });

  it('every rule has its messages in every locale', () => {
    for (const rule of rules) expect(Object.keys(rule.meta.messages).sort(), rule.meta.id).toEqual([...LOCALES].sort());
  });
});
