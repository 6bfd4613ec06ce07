import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../settings.js';
import { contextPhrases } from '../rules/require-context/phrases/index.js';
import { reasonPhrases } from '../rules/require-reason/phrases/index.js';
import { sharedContactPhrases } from '../rules/require-shared-contact/phrases/index.js';
import { framePhrases } from './phrases/index.js';
import { compilePhrases } from './phrase-pattern.js';

const lists: Record<string, Readonly<Record<string, object>>> = {
  frame: framePhrases,
  'require-context': contextPhrases,
  'require-reason': reasonPhrases,
  'require-shared-contact': sharedContactPhrases,
};

describe('phrase lists', () => {
  for (const [owner, byLanguage] of Object.entries(lists)) {
    it(`${owner}: every entry in every language compiles, and no entry matches empty text`, () => {
      for (const language of LANGUAGES) {
        for (const [category, entries] of Object.entries((byLanguage[language] ?? {}) as Record<string, readonly string[]>)) {
          for (const entry of entries) {
            const where = `${owner} ${language} ${category}: ${entry}`;
            expect(() => compilePhrases([entry]), where).not.toThrow();
            expect(compilePhrases([entry])?.test(' '), where).toBe(false);
            // A space inside [...] would be rewritten as [\s,]+ and break the class.
            expect(/\[[^\]]* [^\]]*\]/.test(entry), where).toBe(false);
          }
        }
      }
    });
  }
});
