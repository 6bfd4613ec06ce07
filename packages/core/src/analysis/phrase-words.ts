import { firstWords } from './first-words.js';
import { requiredWords } from './required-words.js';
import { isWordUnit, WORD_UNIT_CLASS } from './text-words.js';

/**
 * The words each phrase begins with and the words every match of it holds (see indexPhrases),
 * read from the phrase's pattern when first asked for, or taken from a table a build read ahead:
 * reading them, and compiling the phrases whose needed words the note lacks (a short run reads
 * those only after a few tries), is much of what a process's first note costs (in process
 * 103-119 ms without the table, 64-71 ms with it).
 */
interface PhraseWords {
  firsts: readonly string[] | undefined;
  needs: readonly string[] | undefined;
  /** Whether `needs` has been read: a short run reads a phrase's only once it has been tried a few times. */
  needsKnown: boolean;
  /** Where the phrase was first met, for its pattern when the words are read from it. */
  list: PhraseList;
  index: number;
}

/**
 * A compiled list as the table sees it: each phrase as written (chat spellings added), whether
 * the list reads narrowed text (the same phrase makes another pattern then), and each phrase's
 * pattern, made on demand: a phrase the table names and no note tries is never turned into one.
 */
export interface PhraseList {
  readonly phrases: readonly string[];
  readonly classes: { readonly narrow: boolean };
  source(index: number): string;
}

/**
 * What a build read (see phraseWordsRead): for each phrase's fingerprint, the words it begins
 * with and the words it needs, each list joined by spaces, null where there are none to name (a
 * phrase that may begin anywhere, or one no single word is needed for).
 */
export type PhraseWordsTable = Readonly<Record<string, readonly [firsts: string | null, needs: string | null]>>;

/** The phrases read so far, by their phrase as written, for lists that read folded text and for lists that read narrowed text. */
const read = { folded: new Map<string, PhraseWords>(), narrowed: new Map<string, PhraseWords>() };

/**
 * The table a host handed in (see usePhraseWords): its text, and its lines, split when first
 * looked up. Kept as text, not parsed into an object of 9,000 keys: JSON.parse of that took a
 * cold process 7-20 ms, more than the lookups of a first note cost together.
 */
let tableText = '';
let tableLines: readonly string[] | undefined;

/** The first line of the table's text: what it is, and the version of its layout. */
const TABLE_HEADER = 'invite-lint phrase words 2\n';

/**
 * Take the words of the phrases a table names from it, not from their patterns: a host that
 * ships the table a build wrote (the CLI, the language server) hands in its text (see
 * writePhraseWords) before it lints. The table need not be complete nor current: a phrase it does
 * not name, or names wrongly, is read as before; text that is no table is set aside (false), as
 * speed is all it brings.
 */
export function usePhraseWords(text: string): boolean {
  if (!text.startsWith(TABLE_HEADER)) return false;
  tableText = text;
  tableLines = undefined;
  return true;
}

/**
 * A table as text: its header, then a line for each phrase, `key<TAB>firsts<TAB>needs`, in the
 * order of their keys (which are all as long), so that a line is found by halving. A build
 * writes it in ASCII, each character past it as a `\uXXXX` escape (no word holds a backslash),
 * so that a host reads it as Latin-1, without decoding: tableEntry reads the escapes back.
 */
export function writePhraseWords(table: PhraseWordsTable): string {
  const lines = Object.keys(table)
    .sort()
    .map((key) => `${key}\t${table[key]![0] ?? ''}\t${table[key]![1] ?? ''}`);
  return TABLE_HEADER + lines.join('\n');
}

/** The words the table gives for a key, or undefined where it names none (or names it wrongly). */
function tableEntry(key: string): readonly [firsts: string | null, needs: string | null] | undefined {
  if (tableText === '') return undefined;
  tableLines ??= tableText.slice(TABLE_HEADER.length).split('\n');
  // The first line not before the key: keys are all as long, and a tab sorts before any of their characters.
  let low = 0;
  let high = tableLines.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tableLines[middle]! < key) low = middle + 1;
    else high = middle;
  }
  const line = tableLines[low];
  if (line === undefined || !line.startsWith(key) || line.charCodeAt(key.length) !== TAB) return undefined;
  const fields = (line.includes('\\') ? line.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : line).split('\t');
  if (fields.length !== 3 || !WORDS.test(fields[1]!) || !WORDS.test(fields[2]!)) return undefined;
  return [fields[1] || null, fields[2] || null];
}

const TAB = 9;
// Words joined by single spaces, or none.
const WORDS = /^(?:[^\s\\]+(?: [^\s\\]+)*)?$/;

/** A phrase's words, from the table or from its pattern. */
function phraseWords(list: PhraseList, index: number): PhraseWords {
  const phrase = list.phrases[index]!;
  const known = list.classes.narrow ? read.narrowed : read.folded;
  let words = known.get(phrase);
  if (!words) {
    const entry = tableEntry(fingerprint(phrase, list.classes.narrow));
    words =
      entry
        ? { firsts: spaced(entry[0]), needs: spaced(entry[1]), needsKnown: true, list, index }
        : { firsts: firstWords(list.source(index), isWordUnit), needs: undefined, needsKnown: false, list, index };
    known.set(phrase, words);
  }
  return words;
}

/** The words a phrase can begin with; undefined when they are not spelled out (see firstWords). */
export function firstWordsOf(list: PhraseList, index: number): readonly string[] | undefined {
  return phraseWords(list, index).firsts;
}

/** The words one of which every match of a phrase holds; undefined when none is known (see requiredWords). */
export function requiredWordsOf(list: PhraseList, index: number): readonly string[] | undefined {
  const words = phraseWords(list, index);
  if (!words.needsKnown) {
    words.needs = requiredWords(words.list.source(words.index), WORD_UNIT_CLASS);
    words.needsKnown = true;
  }
  return words.needs;
}

/** Whether a phrase's needed words cost nothing to read now: the table named them. */
export function needsKnown(list: PhraseList, index: number): boolean {
  return phraseWords(list, index).needsKnown;
}

/** The table of every phrase this process has read (see PhraseWordsTable), for a build to write. */
export function phraseWordsRead(): PhraseWordsTable {
  const table: Record<string, readonly [string | null, string | null]> = {};
  for (const [narrow, known] of [[false, read.folded], [true, read.narrowed]] as const) {
    for (const [phrase, words] of known) {
      const key = fingerprint(phrase, narrow);
      if (Object.hasOwn(table, key)) throw new Error(`Two phrases share the fingerprint ${key}: ${phrase}`);
      table[key] = [words.firsts?.join(' ') ?? null, requiredWordsOf(words.list, words.index)?.join(' ') ?? null];
    }
  }
  return table;
}

function spaced(words: string | null): readonly string[] | undefined {
  return words === null ? undefined : words.split(' ');
}

/**
 * Two 32-bit hashes of the phrase, and of whether its list reads narrowed text (FNV-1a, and the
 * same walk with MurmurHash's multiplier), each in seven base-36 digits: the table's keys stay
 * short and all as long, and two of the 9,000 or so phrases a build reads sharing both is about
 * one chance in a trillion (phraseWordsRead refuses a table where they do).
 */
function fingerprint(phrase: string, narrow: boolean): string {
  let first = Math.imul(0x811c9dc5 ^ (narrow ? 1 : 0), 0x01000193);
  let second = phrase.length;
  for (let index = 0; index < phrase.length; index++) {
    const unit = phrase.charCodeAt(index);
    first = Math.imul(first ^ unit, 0x01000193);
    second = Math.imul(second ^ unit, 0x5bd1e995);
    second ^= second >>> 15;
  }
  return `${(first >>> 0).toString(36).padStart(7, '0')}${(second >>> 0).toString(36).padStart(7, '0')}`;
}
