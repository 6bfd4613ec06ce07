import { firstWords } from './first-words.js';
import { LETTERS, NUMBERS } from './fold.js';

/** A class's contents that hold every letter and number of the text a list reads (see PhraseClasses). */
export type WordClass = string & { readonly wordClass: unique symbol };

export interface PhraseMatch {
  start: number;
  end: number;
}

/**
 * The longest source a pattern is given: past 20 KB (20,480 characters, V8's
 * kRegExpTooLargeToOptimize) V8 stops optimising a regular expression, and a union of every
 * language's hooks ran 18 times slower than the same phrases as three patterns. The cap leaves
 * room for the pattern's word-boundary wrapper (about 140 characters).
 */
const CHUNK_SOURCE = 20_300;

/** Phrase sources as patterns of whole words, in order, each under CHUNK_SOURCE. */
function chunked(sources: readonly string[], word: WordClass, flags: 'gu' | 'uy'): RegExp[] {
  const chunks: string[][] = [[]];
  let length = 0;
  for (const source of sources) {
    if (length + source.length > CHUNK_SOURCE && chunks.at(-1)!.length > 0) {
      chunks.push([]);
      length = 0;
    }
    chunks.at(-1)!.push(source);
    length += source.length + 1;
  }
  return chunks.map((chunk) => new RegExp(`(?<![${word}])(?:${chunk.join('|')})(?![${word}])`, flags));
}

/** A list scanned through the text as one alternation of all its phrases. */
export function scannedWhole(sources: readonly string[], word: WordClass): readonly RegExp[] {
  return chunked(sources, word, 'gu');
}

export function findScanned(chunks: readonly RegExp[], text: string, from: number, to: number): PhraseMatch[] {
  if (chunks.length === 1) return scan(chunks[0]!, text, from, to);
  const found: PhraseMatch[] = [];
  const scanner = new ChunksScanner(chunks, text, to);
  for (let match = scanner.firstFrom(from); match; match = scanner.firstFrom(match.end > match.start ? match.end : match.start + 1)) found.push(match);
  return found;
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

/** A list indexed by the words its phrases begin with (see PhrasePattern). */
export interface IndexedPhrases {
  readonly sources: readonly string[];
  readonly word: WordClass;
  /** For each source, the ids (see wordId) of the words it can begin with; undefined for any word. */
  readonly firstWords: readonly (readonly number[] | undefined)[];
  /** A flag for each word id that a phrase of the list can begin with. */
  readonly firstWordIds: Uint8Array;
  /** Every phrase, in the list's order, as sticky patterns tried at one place. */
  readonly all: readonly RegExp[];
  /** The phrases whose first words are not spelled out, scanned through the text. */
  readonly anywhere: readonly RegExp[] | undefined;
  /** For the first words met (up to WORD_PATTERNS): the phrases that begin with it, in order, as sticky patterns. */
  readonly atWord: Map<number, readonly RegExp[]>;
}

/**
 * Words of a list given patterns of their own: at a word, the list's phrases that begin with
 * it are tried, not all of them (a note 0.90x the time). A pattern for every word met held 180 MB
 * more heap over 10,000 notes in seven languages, so the words met first (mostly the common ones)
 * get them, about 45 MB more in that case, and the rest are tried with `all`.
 */
const WORD_PATTERNS = 24;

export function indexPhrases(sources: readonly string[], word: WordClass): IndexedPhrases {
  const firstWords = sources.map((source) => firstWordsOf(source)?.map(wordId));
  const firstWordIds = new Uint8Array(wordIds.size);
  for (const ids of firstWords) for (const id of ids ?? []) firstWordIds[id] = 1;
  const anywhere = sources.filter((_source, index) => !firstWords[index]);
  return { sources, word, firstWords, firstWordIds, all: chunked(sources, word, 'uy'), anywhere: anywhere.length > 0 ? chunked(anywhere, word, 'gu') : undefined, atWord: new Map() };
}

/** The patterns to try at a word: its own (see WORD_PATTERNS), or every phrase. */
function phrasesAt(pattern: IndexedPhrases, id: number): readonly RegExp[] {
  let chunks = pattern.atWord.get(id);
  if (!chunks) {
    if (pattern.atWord.size >= WORD_PATTERNS) return pattern.all;
    chunks = chunked(
      pattern.sources.filter((_source, index) => pattern.firstWords[index]?.includes(id)),
      pattern.word,
      'uy',
    );
    pattern.atWord.set(id, chunks);
  }
  return chunks;
}

export function findIndexed(pattern: IndexedPhrases, text: string, from: number, to: number): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const { starts, ids, count } = wordsOf(text);
  const anywhere = pattern.anywhere && new ChunksScanner(pattern.anywhere, text, to);
  let at = from;
  let word = firstAtOrAfter(starts, count, from);
  for (;;) {
    // The next word the list's phrases can begin with: only there can most of them match.
    while (word < count && (starts[word]! < at || pattern.firstWordIds[ids[word]!] !== 1)) word++;
    const listed = word < count && starts[word]! < to ? starts[word]! : to;
    // Before it, only a phrase that may begin anywhere can match.
    const early = anywhere?.firstFrom(at);
    let match: PhraseMatch | undefined;
    if (early && early.start < listed) match = early;
    // Where a phrase that may begin anywhere matches too, the phrase listed first wins: `all` holds both.
    else if (listed < to) match = matchAt(early?.start === listed ? pattern.all : phrasesAt(pattern, ids[word]!), text, listed, to);
    if (match) {
      found.push(match);
      at = match.end > match.start ? match.end : match.start + 1;
    } else if (listed < to) at = listed + 1;
    else return found;
  }
}

/** The first of `chunks` (in the list's order) that matches at `start`, ending by `to`. */
function matchAt(chunks: readonly RegExp[], text: string, start: number, to: number): PhraseMatch | undefined {
  for (const chunk of chunks) {
    // A sticky pattern's test leaves lastIndex at the match's end, and makes no match array.
    chunk.lastIndex = start;
    if (chunk.test(text) && chunk.lastIndex <= to) return { start, end: chunk.lastIndex };
    if (chunk.lastIndex > to) {
      // A match that runs on past `to` may hold a shorter one ending inside ("…like-minded
      // people." with a signature's slot after it): look again in the text cut at `to`.
      chunk.lastIndex = start;
      if (chunk.test(text.slice(0, to))) return { start, end: chunk.lastIndex };
    }
  }
  return undefined;
}

// A language's lists are indexed again in the unions of languages a note may be in.
const firstWordsCache = new Map<string, readonly string[] | undefined>();
function firstWordsOf(source: string): readonly string[] | undefined {
  if (!firstWordsCache.has(source)) firstWordsCache.set(source, firstWords(source, isWordUnit));
  return firstWordsCache.get(source);
}

/** One number for each word some list's phrase begins with, shared by every list. */
const wordIds = new Map<string, number>();

function wordId(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    id = wordIds.size;
    wordIds.set(word, id);
  }
  return id;
}

/** The words of a text: where each starts, and its word id (-1 for a word no list begins with). */
interface TextWords {
  starts: Int32Array;
  ids: Int32Array;
  count: number;
}

/**
 * Every list a note is read with scans the same folded text: its words are kept for the last
 * text, and looked up again when lists indexed since have named new first words.
 */
function wordsOf(text: string): TextWords {
  if (text === lastText && lastWordCount === wordIds.size) return lastWords;
  const starts = new Int32Array(text.length);
  const ids = new Int32Array(text.length);
  let count = 0;
  for (let index = 0; index < text.length;) {
    if (!isWordUnit(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    while (index < text.length && isWordUnit(text.charCodeAt(index))) index++;
    starts[count] = start;
    ids[count++] = wordIds.get(text.slice(start, index)) ?? -1;
  }
  lastText = text;
  lastWordCount = wordIds.size;
  lastWords = { starts, ids, count };
  return lastWords;
}

let lastText: string | undefined;
let lastWordCount = 0;
let lastWords: TextWords = { starts: new Int32Array(0), ids: new Int32Array(0), count: 0 };

/** Whether each unit below U+0530 is one of LETTERS or NUMBERS; none past them is (see fold.ts). */
const WORD_UNITS = (() => {
  const word = new RegExp(`[${LETTERS}${NUMBERS}]`);
  return Uint8Array.from({ length: 0x530 }, (_, code) => (word.test(String.fromCharCode(code)) ? 1 : 0));
})();

function isWordUnit(code: number): boolean {
  return code < 0x530 && WORD_UNITS[code] === 1;
}

function firstAtOrAfter(starts: Int32Array, count: number, from: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Several patterns scanned through a text together, as one alternation of their phrases would be. */
class ChunksScanner {
  private readonly scanners: ChunkScanner[];
  constructor(chunks: readonly RegExp[], text: string, to: number) {
    this.scanners = chunks.map((chunk) => new ChunkScanner(chunk, text, to));
  }

  /** The first match that starts at or after `at`; on a tie the earlier chunk, whose phrases come first. */
  firstFrom(at: number): PhraseMatch | undefined {
    let first: PhraseMatch | undefined;
    for (const scanner of this.scanners) {
      const match = scanner.firstFrom(at);
      if (match && (!first || match.start < first.start)) first = match;
    }
    return first;
  }
}

/** One chunk of a pattern, scanned one match at a time, each found once. */
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
      // Past `to`: look again in the text cut there, as scan does.
      this.within = this.text.slice(0, this.to);
      this.pattern.lastIndex = match.index;
    }
    this.done = true;
    return undefined;
  }
}
