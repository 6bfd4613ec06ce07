import { describe, expect, it } from 'vitest';
import { findCues, type CueCategory } from '../analysis/cues.js';
import { judge } from '../analysis/index.js';
import { NoteDocument } from '../document/note-document.js';
import { LANGUAGES, type Language } from '../settings.js';
import { languageData, type CueList } from './index.js';

/** Whether some phrase or word of the category matches the sentence as the rules see it. */
function matches(language: Language, category: CueCategory, sentence: string): boolean {
  const analysis = judge({ document: new NoteDocument(sentence, 'txt'), settings: { languages: [language] } });
  return analysis !== undefined && findCues(analysis, category).length > 0;
}

describe('cue lists', () => {
  it('hold single words in `words` (several in a row are phrases)', () => {
    const spaced = LANGUAGES.flatMap((language) => (Object.values(languageData[language].cues) as CueList[]).flatMap((cues) => (cues.words ?? []).filter((word) => /\s/u.test(word))));
    expect(spaced).toEqual([]);
  });

  for (const language of LANGUAGES) {
    it(`${language}: every category matches its examples and none of its near misses`, () => {
      // Only the lists a language has: an optional category it leaves out (othersWork) is no entry.
      for (const [category, cues] of Object.entries(languageData[language].cues) as [CueCategory, CueList][]) {
        for (const example of cues.examples) expect(`${category}: ${example} → ${matches(language, category, example)}`).toBe(`${category}: ${example} → true`);
        for (const example of cues.not ?? []) expect(`${category}: ${example} → ${matches(language, category, example)}`).toBe(`${category}: ${example} → false`);
      }
    });
  }
});
