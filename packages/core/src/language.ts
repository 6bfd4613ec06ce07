import { francAll } from 'franc-min';
import { languageData } from './languages/index.js';
import { LANGUAGES, type Language } from './settings.js';

const FROM_ISO_639_3: Readonly<Record<string, Language>> = {
  eng: 'en',
  spa: 'es',
  fra: 'fr',
  por: 'pt',
  deu: 'de',
  ita: 'it',
  nld: 'nl',
};
const CANDIDATES = Object.keys(FROM_ISO_639_3);

// Trigram statistics are unreliable on a greeting and a sentence: measured on the labelled
// corpus, below these figures franc-min's guesses were wrong one time in four, above them never.
const MIN_LETTERS = 40;
const MIN_MARGIN = 0.15;

/** The note's language when the text makes it clear, else undefined (callers then fall back to English). */
export function detectLanguage(text: string): Language | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return undefined;
  const [first, second] = francAll(text, { only: CANDIDATES, minLength: 1 });
  if (!first || first[1] - (second?.[1] ?? 0) < MIN_MARGIN) return undefined;
  return FROM_ISO_639_3[first[0]];
}

/** Each function word of the language data, with the position in LANGUAGES of its language (one each: a test keeps the lists apart). */
let functionWords: Map<string, number> | undefined;

function functionWordIndex(): Map<string, number> {
  if (!functionWords) {
    const index = new Map<string, number>();
    LANGUAGES.forEach((language, position) => {
      for (const word of languageData[language].frame.functionWords) index.set(word, position);
    });
    functionWords = index;
  }
  return functionWords;
}

// A guess needs this many of the language's function words, and this many times as many as any
// other language's: measured on every labelled note with its language withheld, the guesses at
// these figures were never wrong.
const MIN_FUNCTION_WORDS = 3;
const MIN_LEAD = 2;
const WORD = /[\p{L}'’]+/gu;

/**
 * The language a note's words are plainly made of, from its function words, else undefined:
 * cheap enough for every note that declares none (the phrase lists to match it against).
 */
export function guessLanguage(text: string): Language | undefined {
  return plainLanguage(functionWordCounts(text));
}

/** The language the counts plainly say (see guessLanguage), else undefined. */
function plainLanguage(counts: readonly number[]): Language | undefined {
  let first = 0;
  let second = -1;
  for (let position = 1; position < counts.length; position++) {
    if (counts[position]! > counts[first]!) [first, second] = [position, first];
    else if (second < 0 || counts[position]! > counts[second]!) second = position;
  }
  const top = counts[first]!;
  if (top < MIN_FUNCTION_WORDS || top < MIN_LEAD * (second < 0 ? 0 : counts[second]!)) return undefined;
  return LANGUAGES[first];
}

/** How many of each language's function words the text holds, by position in LANGUAGES. */
function functionWordCounts(text: string): number[] {
  const index = functionWordIndex();
  const counts = new Array<number>(LANGUAGES.length).fill(0);
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let match = WORD.exec(lower); match; match = WORD.exec(lower)) {
    const position = index.get(match[0].includes('’') ? match[0].replace('’', "'") : match[0]);
    if (position !== undefined) counts[position]!++;
  }
  return counts;
}

/**
 * The language a note declared in `declared` is written in besides: the one its function words
 * plainly say (see guessLanguage), or, in a note that mixes two, another language with at least
 * as many function words as the declared one's and MIN_FUNCTION_WORDS of them.
 */
export function writtenBesides(text: string, declared: Language): Language | undefined {
  const counts = functionWordCounts(text);
  const plain = plainLanguage(counts);
  if (plain !== undefined) return plain;
  const own = counts[LANGUAGES.indexOf(declared)] ?? 0;
  let best: number | undefined;
  counts.forEach((count, position) => {
    if (LANGUAGES[position] !== declared && count >= MIN_FUNCTION_WORDS && count >= own && (best === undefined || count > counts[best]!)) best = position;
  });
  return best === undefined ? undefined : LANGUAGES[best];
}
