import { firstWordsOf, needsKnown, requiredWordsOf, type PhraseList } from './phrase-words.js';
import { firstAtOrAfter, namedWords, wordId, wordsOf, type TextWords } from './text-words.js';

/** A class's contents that hold every letter and number of the text a list reads (see PhraseClasses). */
export type WordClass = string & { readonly wordClass: unique symbol };

export interface PhraseMatch {
  start: number;
  end: number;
}

/**
 * The tries a phrase takes before its needed words are read: reading them costs a new process
 * more than compiling the phrase and trying it a few dozen times, and most phrases a short run
 * tries are tried only a few times. A long-lived host reads them at once (see readNeedsAtOnce).
 */
let needsAfterDefault = 32;

/**
 * For a long run (the language server, the CLI over many notes): phrase lists indexed from now
 * on read a phrase's needed words before its first try, so that no keystroke later pays for
 * reading them, and no phrase the note rules out is compiled.
 */
export function readNeedsAtOnce(): void {
  needsAfterDefault = 0;
}

/** A list indexed by the words its phrases begin with and the words they need (see PhrasePattern). */
export interface IndexedPhrases {
  readonly list: PhraseList & { readonly classes: { readonly word: WordClass } };
  /** For each word id (see wordId) a phrase can begin with, the phrases that can, in the list's order. */
  readonly byFirstWord: ReadonlyMap<number, readonly number[]>;
  /** A flag for each word id that a phrase of the list can begin with. */
  readonly firstWordIds: Uint8Array;
  /** The phrases whose first words are not spelled out, in order: scanned through the text. */
  readonly anywhere: readonly number[];
  /**
   * For each phrase, the ids of the words one of which every match holds (see requiredWords),
   * read once it has been tried `needsAfter` times, or at its first try when a build read them
   * ahead (see phrase-words.ts); NEEDS_NOTHING when none is known.
   */
  readonly needs: (Int32Array | undefined)[];
  /** Each phrase's own regular expression, made when it is first tried: sticky, or scanning for one of `anywhere`. */
  readonly patterns: (RegExp | undefined)[];
  /** How often each phrase has been tried before its needed words were read. */
  readonly tries: Uint16Array;
  /** The tries a phrase takes before its needed words are read (see needsAfterDefault). */
  readonly needsAfter: number;
  /** For each word id, the phrases (read so far) that need it. */
  readonly neededBy: (number[] | undefined)[];
  /**
   * A flag for each word id some phrase read so far needs, grown as needs are read: ids are
   * sparse, so neededBy is a dictionary to V8, and most words of a text need no lookup in it.
   */
  isNeeded: Uint8Array;
  /** For each phrase, the number of the last reading (see Reading) of a text that holds a word it needs. */
  readonly held: Int32Array;
  /** How many texts the list has read. */
  readings: number;
  /** What it read in the last of them (rules read a note's sentences one by one). */
  lastReading: Reading | undefined;
}

/**
 * Indexed, a list is tried phrase by phrase, each on its own: at a word, the phrases that begin
 * with it and whose needed words the text holds. Most phrases need a word most notes lack, so
 * most are never tried, and never compiled: a pattern of hundreds of phrases spent most of its
 * time at each word trying phrases that begin with other words, and compiling it cost a cold
 * run a fifth of its time.
 */
export function indexPhrases(list: IndexedPhrases['list'], needsAfter = needsAfterDefault): IndexedPhrases {
  const byFirstWord = new Map<number, number[]>();
  const anywhere: number[] = [];
  const tries = new Uint16Array(list.phrases.length);
  for (let index = 0; index < list.phrases.length; index++) {
    // Needed words a build read ahead cost nothing to read: such a phrase counts as tried enough,
    // and is tried only where the text holds one.
    if (needsKnown(list, index)) tries[index] = needsAfter;
    const starts = firstWordsOf(list, index);
    if (!starts) anywhere.push(index);
    else
      for (const start of starts) {
        const id = wordId(start);
        const phrases = byFirstWord.get(id);
        if (!phrases) byFirstWord.set(id, [index]);
        else if (phrases.at(-1) !== index) phrases.push(index);
      }
  }
  const firstWordIds = new Uint8Array(namedWords());
  for (const id of byFirstWord.keys()) firstWordIds[id] = 1;
  return {
    list,
    byFirstWord,
    firstWordIds,
    anywhere,
    needs: [],
    patterns: [],
    tries,
    needsAfter,
    neededBy: [],
    isNeeded: new Uint8Array(namedWords()),
    held: new Int32Array(list.phrases.length),
    readings: 0,
    lastReading: undefined,
  };
}

const NEEDS_NOTHING = new Int32Array(0);

/** A phrase's needed words (see IndexedPhrases.needs), read now if they have not been. */
function needsOf(pattern: IndexedPhrases, phrase: number): Int32Array {
  let needs = pattern.needs[phrase];
  if (!needs) {
    const words = requiredWordsOf(pattern.list, phrase);
    needs = words ? Int32Array.from(words, wordId) : NEEDS_NOTHING;
    pattern.needs[phrase] = needs;
    for (const id of needs) {
      (pattern.neededBy[id] ??= []).push(phrase);
      if (id >= pattern.isNeeded.length) {
        const grown = new Uint8Array(Math.max(id + 1, pattern.isNeeded.length * 2));
        grown.set(pattern.isNeeded);
        pattern.isNeeded = grown;
      }
      pattern.isNeeded[id] = 1;
    }
  }
  return needs;
}

/** The regular expression of one phrase of a list, bounded as whole words. */
function patternOf(pattern: IndexedPhrases, phrase: number, flags: 'gu' | 'uy'): RegExp {
  let made = pattern.patterns[phrase];
  if (!made) {
    const { word } = pattern.list.classes;
    made = new RegExp(`(?<![${word}])(?:${pattern.list.source(phrase)})(?![${word}])`, flags);
    pattern.patterns[phrase] = made;
  }
  return made;
}

/**
 * What a list can match in one text: for each first word met, the phrases that begin with it
 * and whose needed words the text holds, and the phrases that may begin anywhere and can match.
 * Kept for the last text the list read (see IndexedPhrases.lastReading).
 */
interface Reading {
  words: TextWords;
  /** The reading's number: a phrase held[] marks with it needs a word the text holds. */
  number: number;
  atWord: Map<number, readonly number[]>;
  anywhere: readonly number[];
}

const NO_PHRASES: readonly number[] = [];
/** A phrase that may begin anywhere, and its scanner through the text. */
interface Scanning {
  phrase: number;
  scanner: PhraseScanner;
}

const NO_SCANNERS: readonly Scanning[] = [];

function readingOf(pattern: IndexedPhrases, text: string): Reading {
  const words = wordsOf(text);
  let reading = pattern.lastReading;
  if (reading?.words === words) return reading;
  reading = { words, number: ++pattern.readings, atWord: new Map(), anywhere: NO_PHRASES };
  pattern.lastReading = reading;
  const { isNeeded, neededBy, held } = pattern;
  for (let index = 0; index < words.count; index++) {
    const id = words.ids[index]!;
    // A word no list names has id -1: looked up, a negative index sends V8 down its slow path for every such word.
    if (id >= 0 && isNeeded[id] === 1) for (const phrase of neededBy[id]!) held[phrase] = reading.number;
  }
  // Most lists have no phrase that may begin anywhere: no array is made for them, once a text.
  if (pattern.anywhere.length > 0) reading.anywhere = phrasesHoldingNeeded(pattern, reading, text, pattern.anywhere);
  return reading;
}

/**
 * The phrases of `phrases` whose needed words the text holds, in order. A loop, not a filter:
 * a callback that reads the caller's variables makes V8 allocate them a context on every call
 * of the caller, hundreds of times a note, whichever path the call takes.
 */
function phrasesHoldingNeeded(pattern: IndexedPhrases, reading: Reading, text: string, phrases: readonly number[]): readonly number[] {
  let holding: number[] | undefined;
  for (let index = 0; index < phrases.length; index++) {
    if (holdsNeeded(pattern, reading, text, phrases[index]!)) {
      if (holding) holding.push(phrases[index]!);
    } else holding ??= phrases.slice(0, index);
  }
  return holding ?? phrases;
}

/** Whether the text holds a word the phrase needs (or the phrase has yet to be tried enough for them to be read). */
function holdsNeeded(pattern: IndexedPhrases, reading: Reading, text: string, phrase: number): boolean {
  const known = pattern.needs[phrase];
  if (known) return known === NEEDS_NOTHING || pattern.held[phrase] === reading.number;
  if (pattern.tries[phrase]! < pattern.needsAfter) {
    pattern.tries[phrase]!++;
    return true;
  }
  const named = namedWords();
  const needs = needsOf(pattern, phrase);
  if (needs === NEEDS_NOTHING) return true;
  // Words named for the first time: the text is looked up again for them.
  if (named !== namedWords()) reading.words = wordsOf(text);
  // The whole text's words, `to` or not: a phrase is cut at `to` only where it matched past it.
  for (const id of needs)
    if (reading.words.holds(id)) {
      pattern.held[phrase] = reading.number;
      return true;
    }
  return false;
}

/** The phrases that begin with a word (one a phrase of the list can begin with) and can match in the text read. */
function phrasesAt(pattern: IndexedPhrases, reading: Reading, text: string, id: number): readonly number[] {
  let phrases = reading.atWord.get(id);
  if (!phrases) {
    phrases = phrasesHoldingNeeded(pattern, reading, text, pattern.byFirstWord.get(id)!);
    reading.atWord.set(id, phrases);
  }
  return phrases;
}

/**
 * The matches between `from` and `to`: leftmost first, and at one place the phrase listed first,
 * as one alternation of all the phrases would find them.
 */
export function findIndexed(pattern: IndexedPhrases, text: string, from: number, to: number): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const reading = readingOf(pattern, text);
  const { starts, ids, count } = reading.words;
  const anywhere = reading.anywhere.length === 0 ? NO_SCANNERS : scannersOf(pattern, reading.anywhere, text, to);
  let at = from;
  let word = firstAtOrAfter(starts, count, from);
  for (;;) {
    // The next word that phrases which can match begin with: only there can most of them match.
    while (word < count && (starts[word]! < at || ids[word]! < 0 || pattern.firstWordIds[ids[word]!] !== 1 || phrasesAt(pattern, reading, text, ids[word]!).length === 0)) word++;
    const listed = word < count && starts[word]! < to ? starts[word]! : to;
    // Before it, only a phrase that may begin anywhere can match: the first to, and of those the one listed first.
    let early: PhraseMatch | undefined;
    for (const { scanner } of anywhere) {
      const match = scanner.firstFrom(at);
      if (match && (!early || match.start < early.start)) early = match;
    }
    let match: PhraseMatch | undefined;
    if (early && early.start < listed) match = early;
    else if (listed < to) {
      // Where a phrase that may begin anywhere matches too, the phrase listed first wins.
      const tied = early?.start === listed ? scannersFirstAt(anywhere, at, listed) : NO_SCANNERS;
      match = matchAt(pattern, phrasesAt(pattern, reading, text, ids[word]!), tied, text, listed, to);
    }
    if (match) {
      found.push(match);
      at = match.end > match.start ? match.end : match.start + 1;
    } else if (listed < to) at = listed + 1;
    else return found;
  }
}

// Helpers of findIndexed's, rather than callbacks in it: see phrasesHoldingNeeded.

function scannersOf(pattern: IndexedPhrases, phrases: readonly number[], text: string, to: number): Scanning[] {
  const scanners: Scanning[] = [];
  for (const phrase of phrases) scanners.push({ phrase, scanner: new PhraseScanner(patternOf(pattern, phrase, 'gu'), text, to) });
  return scanners;
}

/** The scanners whose first match from `at` starts at `start`. */
function scannersFirstAt(scanners: readonly Scanning[], at: number, start: number): Scanning[] {
  const first: Scanning[] = [];
  for (const entry of scanners) if (entry.scanner.firstFrom(at)?.start === start) first.push(entry);
  return first;
}

/**
 * The first phrase (in the list's order) that matches at `start`, ending by `to`: of `phrases`,
 * and of `tied`, phrases that may begin anywhere, found there already.
 */
function matchAt(
  pattern: IndexedPhrases,
  phrases: readonly number[],
  tied: readonly Scanning[],
  text: string,
  start: number,
  to: number,
): PhraseMatch | undefined {
  let next = 0;
  for (const phrase of phrases) {
    while (next < tied.length && tied[next]!.phrase < phrase) {
      const match = tied[next++]!.scanner.firstFrom(start);
      if (match) return match;
    }
    const sticky = patternOf(pattern, phrase, 'uy');
    // A sticky pattern's test leaves lastIndex at the match's end, and makes no match array.
    sticky.lastIndex = start;
    if (sticky.test(text) && sticky.lastIndex <= to) return { start, end: sticky.lastIndex };
    if (sticky.lastIndex > to) {
      // A match that runs on past `to` may hold a shorter one ending inside ("…like-minded
      // people." with a signature's slot after it): look again in the text cut at `to`.
      sticky.lastIndex = start;
      if (sticky.test(text.slice(0, to))) return { start, end: sticky.lastIndex };
    }
  }
  return next < tied.length ? tied[next]!.scanner.firstFrom(start) : undefined;
}

/** A phrase that may begin anywhere, scanned through a text one match at a time, each found once. */
class PhraseScanner {
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

  /** The phrase's first match that starts at or after `at`. */
  firstFrom(at: number): PhraseMatch | undefined {
    if (this.done) return undefined;
    // A match found from an earlier place that starts at or after `at` is the first from `at` too.
    if (this.next && this.next.start >= at) return this.next;
    this.pattern.lastIndex = at;
    for (let match = this.pattern.exec(this.within); match && match.index < this.to; match = this.pattern.exec(this.within)) {
      const end = match.index + match[0].length;
      if (end <= this.to) return (this.next = { start: match.index, end });
      // Past `to`: look again in the text cut there, as matchAt does.
      this.within = this.text.slice(0, this.to);
      this.pattern.lastIndex = match.index;
    }
    this.done = true;
    return undefined;
  }
}
