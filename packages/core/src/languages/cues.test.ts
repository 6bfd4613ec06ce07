import { describe, expect, it } from 'vitest';
import { fold } from '../analysis/fold.js';
import { compilePhrases, findPhrases } from '../analysis/phrase-pattern.js';
import { NoteDocument } from '../document/note-document.js';
import { LANGUAGES } from '../settings.js';
import { languageData } from './index.js';

/** Whether some phrase matches the sentence as the rules see it: placeholders masked, text folded. */
function matches(phrases: readonly string[], sentence: string): boolean {
  const prose = fold(new NoteDocument(sentence, 'txt').prose);
  return findPhrases(compilePhrases(phrases), prose).length > 0;
}

describe('cue lists', () => {
  for (const language of LANGUAGES) {
    it(`${language}: every category matches its examples and none of its near misses`, () => {
      for (const [category, cues] of Object.entries(languageData[language].cues)) {
        for (const example of cues.examples) expect(`${category}: ${example} → ${matches(cues.phrases, example)}`).toBe(`${category}: ${example} → true`);
        for (const example of cues.not ?? []) expect(`${category}: ${example} → ${matches(cues.phrases, example)}`).toBe(`${category}: ${example} → false`);
      }
    });
  }
});
