import { languageData } from '../languages/index.js';
import type { GrammarWords } from '../languages/types.js';
import type { Language } from '../settings.js';
import { fold } from './fold.js';
import { languagesKey } from './languages-key.js';

type PickWords = (grammar: GrammarWords) => readonly string[];

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * One kind of grammar word of `languages` as a regular expression's alternatives: as written and
 * folded (a pattern may read the note or its folded text), longest first, a space as any blanks
 * within a line, an apostrophe as either; an alternative that never matches where none has one.
 */
function alternatives(languages: readonly Language[], pick: PickWords): string {
  const words = new Set<string>();
  for (const language of languages) {
    for (const word of pick(languageData[language].frame.grammar)) words.add(word).add(fold(word));
  }
  if (words.size === 0) return '(?!)';
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(SPECIAL, '\\$&').replaceAll(' ', String.raw`[^\S\r\n]+`).replaceAll("'", "['’]"))
    .join('|');
}

/**
 * A regular expression over the grammar words of a note's languages (`build` puts each kind
 * where it belongs), built once per set of languages.
 */
export function grammarPattern(build: (words: (pick: PickWords) => string) => RegExp): (languages: readonly Language[]) => RegExp {
  const built = new Map<string, RegExp>();
  return (languages) => {
    const key = languagesKey(languages);
    let pattern = built.get(key);
    if (!pattern) {
      pattern = build((pick) => alternatives(languages, pick));
      built.set(key, pattern);
    }
    return pattern;
  };
}

/**
 * A grammar word of one kind ending the text, then at most `wordsAfter` other words, then the
 * spaces before what comes next: "for an upcoming " (an indefinite, one word after), "a recruiter at ".
 */
export function wordEndingText(pick: PickWords, wordsAfter = 0): (languages: readonly Language[]) => RegExp {
  return grammarPattern((words) => new RegExp(String.raw`(?:^|[^\p{L}])(?:${words(pick)})(?:[^\S\r\n]+\p{L}+){0,${wordsAfter}}[^\S\r\n]+$`, 'iu'));
}

/** Spaces and nothing else, or one grammar word of one kind among them: " ", " the ", « el ». */
export function spacesOrWord(pick: PickWords, flags: 'u' | 'iu'): (languages: readonly Language[]) => RegExp {
  return grammarPattern((words) => new RegExp(String.raw`^[^\S\r\n]+(?:(?:${words(pick)})[^\S\r\n]+)?$`, flags));
}
