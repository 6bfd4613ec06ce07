import { SENTINEL } from '../document/note-document.js';
import { fold, LATIN1_LETTERS, LETTERS, NUMBERS } from './fold.js';
import { isNarrowable, narrow, narrowNamed } from './narrow.js';
import type { PhraseFinder } from './phrase-union.js';
import type { PhraseList } from './phrase-words.js';
import { findIndexed, indexPhrases, type IndexedPhrases, type PhraseMatch, type WordClass } from './phrase-scan.js';

export type { PhraseMatch } from './phrase-scan.js';

/**
 * Phrase lists are data: each entry is a regular expression source written in plain words
 * (`would love to (connect|chat)`), matched against folded text (lower case, no accents,
 * straight quotes), so entries may be written with accents and capitals for readability.
 * A space matches any run of spaces, line breaks or commas, and ` ?` none too ("trade ?shows?");
 * `<slot>` matches a placeholder (`[Year]`, `{{event}}`); entries only match whole words.
 * Folding keeps one character for one, so `ß` stays `ß`: write `(ß|ss)` where both spellings occur.
 * `needsAfter`: the tries a phrase takes before the words it needs are read (see indexPhrases).
 */
export function compilePhrases(phrases: readonly string[], needsAfter?: number): PhrasePattern | undefined {
  if (phrases.length === 0) return undefined;
  // A list reads narrowed text (see narrow.ts) when every phrase of it can.
  return new PhrasePattern(phrases, phrases.every(isNarrowable) ? NARROW_CLASSES : WIDE_CLASSES, needsAfter);
}

/**
 * A phrase list compiled for findPhrases: indexed, when first read, by the words its phrases
 * begin with and the words they need, and tried phrase by phrase (see phrase-scan.ts). A
 * phrase's pattern is made when it is first tried or its words are read from it: in a short
 * run, whose words a build read ahead (see phrase-words.ts), most phrases are never made.
 */
export class PhrasePattern implements PhraseFinder, PhraseList {
  private indexed: IndexedPhrases | undefined;
  private readonly sources: (string | undefined)[] = [];

  constructor(
    /** Each phrase as written (chat spellings added). */
    readonly phrases: readonly string[],
    /** The text the phrases read, and the letters their ends are bounded by. */
    readonly classes: PhraseClasses,
    private readonly needsAfter: number | undefined,
  ) {}

  /** A phrase's pattern source (see patternSource). */
  source(index: number): string {
    return (this.sources[index] ??= patternSource(this.phrases[index]!, this.classes));
  }

  /** The matches between `from` and `to` in `text` (see findPhrases). */
  find(text: string, from: number, to: number): PhraseMatch[] {
    this.indexed ??= indexPhrases(this, this.needsAfter);
    return findIndexed(this.indexed, this.classes.narrow ? narrow(text) : text, from, to);
  }
}

/**
 * A phrase folded, escapes kept (\p{L} and \p{N} as the cheaper classes that say the same of
 * folded text), its groups made non-capturing, its spaces and slots written out: only where a
 * phrase matches is read, and a pattern that records no groups runs faster and allocates less.
 * Folding keeps one unit for one, so the phrase is folded whole and only its escapes and groups
 * are visited.
 */
function patternSource(phrase: string, classes: PhraseClasses): string {
  const folded = fold(phrase);
  let source = '';
  let copied = 0;
  let inClass = false;
  for (const { 0: unit, index } of phrase.matchAll(PATTERN_SYNTAX)) {
    if (unit === '[') inClass = true;
    else if (unit === ']') inClass = false;
    else if (unit === '(') {
      if (inClass) continue;
      source += `${folded.slice(copied, index)}(?:`;
      copied = index + 1;
    } else {
      const cheap = classes.cheap.get(unit);
      source += folded.slice(copied, index) + (cheap === undefined ? unit : inClass ? cheap : `[${cheap}]`);
      copied = index + unit.length;
    }
  }
  source = (source + folded.slice(copied))
    .replace(/ +\?/g, '[\\s,]*')
    .replace(/ +/g, '[\\s,]+')
    .replace(/<slot>/g, `${SENTINEL}{3,}`);
  return classes.narrow ? narrowNamed(source) : source;
}

/**
 * The text a list reads (narrowed or folded, see narrow.ts) and its letters and numbers as the
 * lists of a class's contents: the classes a phrase names (\p{L} and \p{N}, see LETTERS), and
 * `word`, which bounds every phrase.
 */
export interface PhraseClasses {
  narrow: boolean;
  cheap: ReadonlyMap<string, string>;
  word: WordClass;
}

function phraseClasses(narrowed: boolean, letters: string, numbers: string): PhraseClasses {
  return { narrow: narrowed, cheap: new Map([['\\p{L}', letters], ['\\p{N}', numbers]]), word: `${letters}${numbers}` as WordClass };
}
const NARROW_CLASSES = phraseClasses(true, LATIN1_LETTERS, NUMBERS);
const WIDE_CLASSES = phraseClasses(false, LETTERS, NUMBERS);

/** What folding must not touch or what turns a group non-capturing: escapes, classes, `(` not followed by `?`. */
const PATTERN_SYNTAX = /\\[pP]\{[^}]*\}|\\.|[[\]]|\((?!\?)/g;

/**
 * `phrase` with each word of `shorthand` that stands alone in it (between the pattern's spaces,
 * brackets and bars) also accepting its chat spellings: "(thanks|thank you) for your talk" with
 * {thanks: [thx], your: [ur]} becomes "((thanks|thx)|thank you) for (your|ur) talk".
 */
export function withShorthand(phrase: string, shorthand: Readonly<Record<string, readonly string[]>> | undefined): string {
  if (!shorthand) return phrase;
  return phrase.replace(/(?<=^|[\s(|])[\p{L}'&]+(?=$|[\s()|?])/gu, (word) => {
    const folded = fold(word);
    const spellings = Object.hasOwn(shorthand, folded) ? shorthand[folded] : undefined;
    return spellings ? `(${[word, ...spellings].join('|')})` : word;
  });
}

/** Phrases from a user's config, matched as written (folded, whole words), not as patterns. */
export function compileLiteralPhrases(texts: readonly string[]): PhrasePattern | undefined {
  return compilePhrases(texts.map((text) => text.replace(/[.*+?^${}()|[\]\\<>]/g, '\\$&')));
}

const literalCache = new Map<string, PhrasePattern | undefined>();

/** compileLiteralPhrases, once per distinct list. */
export function literalPhrases(texts: readonly string[]): PhrasePattern | undefined {
  const key = texts.join('\n');
  if (!literalCache.has(key)) literalCache.set(key, compileLiteralPhrases(texts));
  return literalCache.get(key);
}

/**
 * The matches of `pattern` that start at or after `from` and end by `to`: leftmost first, and at
 * one place the phrase listed first, as one alternation of all the phrases would find them.
 */
export function findPhrases(pattern: PhraseFinder | undefined, text: string, from = 0, to = text.length): PhraseMatch[] {
  return pattern ? pattern.find(text, from, to) : [];
}
