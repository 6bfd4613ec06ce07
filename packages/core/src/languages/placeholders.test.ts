import { describe, expect, it } from 'vitest';
import { placeholderRole } from '../analysis/placeholder-roles.js';
import { findPlaceholders } from '../document/placeholders.js';
import { LANGUAGES, phraseLanguages } from '../settings.js';
import { readFileSync } from 'node:fs';
import { languageData, type RoleWords } from './index.js';
import { placeholderRoleTable } from './table.js';

/** The one placeholder an example is, read in its own language. */
function roleOfExample(example: string, language: (typeof LANGUAGES)[number]) {
  const found = findPlaceholders(example);
  expect(found.map((placeholder) => placeholder.raw), `${language}: ${example} is one placeholder`).toEqual([example]);
  return placeholderRole(found[0] as (typeof found)[number], phraseLanguages(language));
}

describe('placeholder role words', () => {
  for (const language of LANGUAGES) {
    const { senderPossessives, roles } = languageData[language].placeholders;
    const groups: [string, RoleWords][] = [['sender', senderPossessives], ...Object.entries(roles as Record<string, RoleWords>)];
    it(`${language}: every example gets its role, and no near miss does`, () => {
      for (const [role, words] of groups) {
        for (const example of words.examples) expect(`${example} → ${roleOfExample(example, language)}`).toBe(`${example} → ${role}`);
        for (const example of words.not ?? []) expect(`${example} → ${roleOfExample(example, language)}`).not.toBe(`${example} → ${role}`);
      }
    });

    it(`${language}: a shared contact's word for what both have, beside a fact, names no person`, () => {
      for (const example of languageData[language].placeholders.bothHave.examples) expect(`${example} → ${roleOfExample(example, language)}`).not.toBe(`${example} → shared-contact`);
    });

    it(`${language}: words are folded (lower case, no accents), and \`*\` only ends a word`, () => {
      for (const [role, words] of [...groups, ['bothHave', languageData[language].placeholders.bothHave] as [string, RoleWords]]) {
        for (const word of words.words) expect(`${role}: ${word}`).toMatch(/^[^:]+: [a-z0-9]+\*?$/);
      }
    });
  }

  it('reads a slot named in English in a note in another language', () => {
    const [placeholder] = findPlaceholders('{{mutualConnection}}');
    expect(placeholderRole(placeholder as NonNullable<typeof placeholder>, phraseLanguages('es'))).toBe('shared-contact');
  });

  it('gives a slot with no known word, a blank or a spin block the role free', () => {
    for (const text of ['at [X]', 'at ____', '{% spin %}Hi{% variation %}Hello{% endspin %} Ana', '{Hi|Hello} Ana']) {
      const [placeholder] = findPlaceholders(text);
      expect(placeholder, text).toBeDefined();
      expect(`${text} → ${placeholderRole(placeholder as NonNullable<typeof placeholder>, phraseLanguages(undefined))}`).toBe(`${text} → free`);
    }
  });
});

describe('the languages README', () => {
  it('shows the role table generated from the data (pnpm run docs:generate)', () => {
    expect(readFileSync(new URL('./README.md', import.meta.url), 'utf8')).toContain(placeholderRoleTable());
  });
});
