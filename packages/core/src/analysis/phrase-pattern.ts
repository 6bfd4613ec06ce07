import { SENTINEL } from '../document/note-document.js';
import { fold, LETTERS, NUMBERS } from './fold.js';

/**
 * Phrase lists are data: each entry is a regular expression source written in plain words
 * (`would love to (connect|chat)`), matched against folded text (lower case, no accents,
 * straight quotes), so entries may be written with accents and capitals for readability.
 * A space matches any run of spaces, line breaks or commas, and ` ?` none too ("trade ?shows?");
 * `<slot>` matches a placeholder (`[Year]`, `{{event}}`); entries only match whole words.
 * Folding keeps one character for one, so `ß` stays `ß`: write `(ß|ss)` where both spellings occur.
 */
export function compilePhrases(phrases: readonly string[]): PhrasePattern | undefined {
  if (phrases.length === 0) return undefined;
  const chunks: string[][] = [[]];
  let length = 0;
  for (const source of phrases.map(patternSource)) {
    if (length + source.length > CHUNK_SOURCE && chunks.at(-1)!.length > 0) {
      chunks.push([]);
      length = 0;
    }
    chunks.at(-1)!.push(source);
    length += source.length + 1;
  }
  return chunks.map((chunk) => new RegExp(`(?<![${LETTERS}${NUMBERS}])(?:${chunk.join('|')})(?![${LETTERS}${NUMBERS}])`, 'gu'));
}

/**
 * A phrase list as one or more regular expressions, matched as the one alternation of all its
 * phrases would be (see findPhrases).
 */
export type PhrasePattern = readonly RegExp[];

/**
 * The longest source a list's pattern is given: past 20 KB (20,480 characters, V8's
 * kRegExpTooLargeToOptimize) V8 stops optimising a regular expression, and a union of every
 * language's hooks ran 18 times slower than the same phrases as three patterns. Below it one
 * pattern beats two: each is a scan of the whole note, so the cap leaves room only for the
 * pattern's word-boundary wrapper (about 140 characters). At 19,500 the English hooks took a
 * third pattern of 455 characters, and a note 1.1x the time.
 */
const CHUNK_SOURCE = 20_300;

/**
 * A phrase folded, escapes kept (\p{L} and \p{N} as the cheaper classes that say the same of
 * folded text), its groups made non-capturing, its spaces and slots written out: only where a
 * phrase matches is read, and a pattern that records no groups runs faster and allocates less.
 * Folding keeps one unit for one, so the phrase is folded whole and only its escapes and groups
 * are visited.
 */
function patternSource(phrase: string): string {
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
      const cheap = CHEAP_CLASSES.get(unit);
      source += folded.slice(copied, index) + (cheap === undefined ? unit : inClass ? cheap : `[${cheap}]`);
      copied = index + unit.length;
    }
  }
  return (source + folded.slice(copied))
    .replace(/ +\?/g, '[\\s,]*')
    .replace(/ +/g, '[\\s,]+')
    .replace(/<slot>/g, `${SENTINEL}{3,}`);
}

/** The classes a phrase names, as the lists of folded text's letters and numbers (see LETTERS). */
const CHEAP_CLASSES = new Map([
  ['\\p{L}', LETTERS],
  ['\\p{N}', NUMBERS],
]);

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

export interface PhraseMatch {
  start: number;
  end: number;
}

/**
 * The matches of `pattern` that start at or after `from` and end by `to`: leftmost first, and at
 * one place the phrase listed first, as one alternation of all the phrases would find them.
 */
export function findPhrases(pattern: PhrasePattern | undefined, text: string, from = 0, to = text.length): PhraseMatch[] {
  if (!pattern) return [];
  if (pattern.length === 1) return scan(pattern[0]!, text, from, to);
  const scanners = pattern.map((chunk) => new ChunkScanner(chunk, text, to));
  const found: PhraseMatch[] = [];
  let at = from;
  for (;;) {
    let first: PhraseMatch | undefined;
    for (const scanner of scanners) {
      const match = scanner.firstFrom(at);
      // On a tie the earlier chunk wins: its phrases come first in the list.
      if (match && (!first || match.start < first.start)) first = match;
    }
    if (!first) return found;
    found.push(first);
    at = first.end > first.start ? first.end : first.start + 1;
  }
}

// One pattern, the common case, scanned in a plain loop: ChunkScanner does the same match by
// match, and costs a tenth more per call in an object made and asked for each match.
function scan(pattern: RegExp, text: string, from: number, to: number): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  let within = text;
  pattern.lastIndex = from;
  for (let match = pattern.exec(within); match && match.index < to; match = pattern.exec(within)) {
    const end = match.index + match[0].length;
    if (end > to) {
      // A match that runs on past `to` may hold a shorter one ending inside ("…like-minded
      // people." with a signature's slot after it): look again in the text cut at `to`.
      within = text.slice(0, to);
      pattern.lastIndex = match.index;
      continue;
    }
    found.push({ start: match.index, end });
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return found;
}

/** One chunk of a pattern, scanned as `scan` does, one match at a time and each found once. */
class ChunkScanner {
  private within: string;
  private next: PhraseMatch | undefined;
  private done = false;

  constructor(
    private readonly pattern: RegExp,
    private readonly text: string,
    private readonly to: number,
  ) {
    this.within = text;
  }

  /** This chunk's first match that starts at or after `at`. */
  firstFrom(at: number): PhraseMatch | undefined {
    if (this.done) return undefined;
    // A match found from an earlier place that starts at or after `at` is the first from `at` too.
    if (this.next && this.next.start >= at) return this.next;
    this.pattern.lastIndex = at;
    for (let match = this.pattern.exec(this.within); match && match.index < this.to; match = this.pattern.exec(this.within)) {
      const end = match.index + match[0].length;
      if (end <= this.to) return (this.next = { start: match.index, end });
      this.within = this.text.slice(0, this.to);
      this.pattern.lastIndex = match.index;
    }
    this.done = true;
    return undefined;
  }
}
