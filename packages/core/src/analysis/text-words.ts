import { LETTERS, NUMBERS } from './fold.js';

/**
 * The words of the texts phrase lists read, as the lists' own boundaries count them: each word a
 * phrase begins with or needs has a number, shared by every list, and a text is read into the
 * numbers of its words once, however many lists read it.
 */

/** One number for each word some list's phrase begins with or needs, shared by every list. */
const wordIds = new Map<string, number>();

/** How many words have numbers: words read before a word got one are read again (see wordsOf). */
export function namedWords(): number {
  return wordIds.size;
}

export function wordId(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    id = wordIds.size;
    wordIds.set(word, id);
  }
  return id;
}

/** The words of a text: where each starts, its word id (-1 for a word no list names), and whether it holds a word. */
export interface TextWords {
  starts: Int32Array;
  ids: Int32Array;
  count: number;
  holds(id: number): boolean;
}

/**
 * A text's words, kept while the text is read: the words it holds are marked with the text's
 * own number in an array kept for the place, so the next text clears and allocates nothing.
 */
interface KeptWords {
  text: string | undefined;
  /** wordIds.size when the text was read: words named since are looked up again. */
  named: number;
  words: TextWords;
  held: Int32Array;
  number: number;
}

function keptWords(): KeptWords {
  return { text: undefined, named: 0, words: { starts: new Int32Array(0), ids: new Int32Array(0), count: 0, holds: () => false }, held: new Int32Array(0), number: 0 };
}

/**
 * Every list a note is read with scans one of two texts, the note folded and the note narrowed
 * (see narrow.ts), in turn: the words of the last two texts are kept.
 */
const kept = [keptWords(), keptWords()];
let lastKept = 0;

export function wordsOf(text: string): TextWords {
  // Looked up without an array of places: this runs for every list a note is read with.
  if (isKept(kept[lastKept]!, text)) return kept[lastKept]!.words;
  lastKept = 1 - lastKept;
  if (isKept(kept[lastKept]!, text)) return kept[lastKept]!.words;
  const slot = kept[lastKept]!;
  const starts = new Int32Array(text.length);
  const ids = new Int32Array(text.length);
  if (slot.held.length < wordIds.size) slot.held = new Int32Array(wordIds.size * 2);
  const number = ++slot.number;
  const held = slot.held;
  let count = 0;
  for (let index = 0; index < text.length;) {
    if (!isWordUnit(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    while (index < text.length && isWordUnit(text.charCodeAt(index))) index++;
    starts[count] = start;
    const id = wordIds.get(text.slice(start, index)) ?? -1;
    ids[count++] = id;
    if (id >= 0) held[id] = number;
  }
  slot.text = text;
  slot.named = wordIds.size;
  slot.words = { starts, ids, count, holds: (id) => held[id] === number };
  return slot.words;
}

function isKept(place: KeptWords, text: string): boolean {
  return place.text === text && place.named === wordIds.size;
}

/** Whether each unit below U+0530 is one of LETTERS or NUMBERS; none past them is (see fold.ts). */
const WORD_UNITS = (() => {
  const word = new RegExp(`[${LETTERS}${NUMBERS}]`);
  return Uint8Array.from({ length: 0x530 }, (_, code) => (word.test(String.fromCharCode(code)) ? 1 : 0));
})();

/** The units of WORD_UNITS as a class's contents. */
export const WORD_UNIT_CLASS = (() => {
  let contents = '';
  const written = (code: number) => `\\u{${code.toString(16)}}`;
  for (let code = 0; code < WORD_UNITS.length; code++) {
    if (WORD_UNITS[code] !== 1) continue;
    const first = code;
    while (WORD_UNITS[code + 1] === 1) code++;
    contents += code > first ? `${written(first)}-${written(code)}` : written(first);
  }
  return contents;
})();

export function isWordUnit(code: number): boolean {
  return code < 0x530 && WORD_UNITS[code] === 1;
}

/** The index of the first of `starts` at or after `from`. */
export function firstAtOrAfter(starts: Int32Array, count: number, from: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low;
}
