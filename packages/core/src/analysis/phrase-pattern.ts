import { SENTINEL } from '../document/note-document.js';
import { fold, LATIN1_LETTERS, LETTERS, NUMBERS } from './fold.js';
import { isNarrowable, narrow, narrowNamed } from './narrow.js';
import type { PhraseFinder } from './phrase-union.js';
import { findIndexed, findScanned, indexPhrases, scannedWhole, type IndexedPhrases, type PhraseMatch, type WordClass } from './phrase-scan.js';

export type { PhraseMatch } from './phrase-scan.js';

/**
 * How many scans a list takes in its first form (see PhrasePattern): in a new process, indexing
 * every list cost a CLI run over 20 notes a tenth more time and paid for itself only near 1,000.
 */
const WARM_USES = 1000;

/**
 * Phrase lists are data: each entry is a regular expression source written in plain words
 * (`would love to (connect|chat)`), matched against folded text (lower case, no accents,
 * straight quotes), so entries may be written with accents and capitals for readability.
 * A space matches any run of spaces, line breaks or commas, and ` ?` none too ("trade ?shows?");
 * `<slot>` matches a placeholder (`[Year]`, `{{event}}`); entries only match whole words.
 * Folding keeps one character for one, so `ß` stays `ß`: write `(ß|ss)` where both spellings occur.
 * `indexAfter`: the scans the list takes before it is indexed (see PhrasePattern).
 */
export function compilePhrases(phrases: readonly string[], indexAfter = WARM_USES): PhrasePattern | undefined {
  if (phrases.length === 0) return undefined;
  // A list reads narrowed text (see narrow.ts) when every phrase of it can.
  const classes = phrases.every(isNarrowable) ? NARROW_CLASSES : WIDE_CLASSES;
  return new PhrasePattern(
    phrases.map((phrase) => patternSource(phrase, classes)),
    classes,
    indexAfter,
  );
}

/**
 * A phrase list compiled for findPhrases, in two forms. New, it is one pattern of all its phrases
 * (or a few, see phrase-scan.ts), scanned through the text; after `indexAfter` scans it is indexed
 * by the words its phrases begin with and tried only at those words. The index costs more to
 * build than a short run uses it, and a pattern of hundreds of phrases run over a note spends
 * most of its time at each word trying phrases that begin with other words: a CLI run over a few
 * notes keeps the first form, a language server or a folder of notes moves to the second, as
 * V8 itself compiles its hot code again. Both find the same matches.
 */
export class PhrasePattern implements PhraseFinder {
  private uses = 0;
  private sources: readonly string[] | undefined;
  private whole: readonly RegExp[] | undefined;
  private indexed: IndexedPhrases | undefined;

  constructor(
    sources: readonly string[],
    private readonly classes: PhraseClasses,
    private readonly indexAfter: number,
  ) {
    this.sources = sources;
    this.whole = scannedWhole(sources, classes.word);
    compiledLists.push(this);
  }

  /** Indexed now, if it has been read (see indexPhraseLists). */
  indexIfRead(): void {
    if (this.uses > 0 && !this.indexed) this.index();
  }

  /** The matches between `from` and `to` in `text` (see findPhrases). */
  find(text: string, from: number, to: number): PhraseMatch[] {
    if (!this.indexed && this.uses++ >= this.indexAfter) this.index();
    const subject = this.classes.narrow ? narrow(text) : text;
    return this.indexed ? findIndexed(this.indexed, subject, from, to) : findScanned(this.whole!, subject, from, to);
  }

  private index(): void {
    this.indexed = indexPhrases(this.sources!, this.classes.word);
    this.sources = this.whole = undefined;
  }
}

/** Every phrase list made (each is made once, and kept: see analysis/index.ts). */
const compiledLists: PhrasePattern[] = [];

/**
 * Index every phrase list read so far, whatever its scans. Every list a note reads reaches its
 * thousandth scan on the same note, and indexing them all there stalls that lint (about 50 ms):
 * a long-lived host (the language server) calls this once its warm-up has read the lists, before
 * the user types.
 */
export function indexPhraseLists(): void {
  for (const list of compiledLists) list.indexIfRead();
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
interface PhraseClasses {
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
