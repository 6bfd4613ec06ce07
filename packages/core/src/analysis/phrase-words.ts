import { firstWords } from './first-words.js';
import { requiredWords } from './required-words.js';
import { isWordUnit, WORD_UNIT_CLASS } from './text-words.js';

/**
 * The words each phrase source begins with and the words every match of it holds (see
 * indexPhrases), read from the source's pattern when first asked for, or taken from a table a
 * build read ahead: reading them, and compiling the phrases whose needed words the note lacks
 * (a short run reads those only after a few tries), is much of what a process's first note
 * costs (in process 103-119 ms without the table, 64-71 ms with it).
 */
interface SourceWords {
  firsts: readonly string[] | undefined;
  needs: readonly string[] | undefined;
  /** Whether `needs` has been read: a short run reads a phrase's only once it has been tried a few times. */
  needsKnown: boolean;
}

/**
 * The table a build writes (see phraseWordsRead): for each source's fingerprint, the words it
 * begins with and the words it needs, each list joined by spaces, null where there are none to
 * name (a phrase that may begin anywhere, or one no single word is needed for).
 */
export type PhraseWordsTable = Readonly<Record<string, readonly [firsts: string | null, needs: string | null]>>;

const sources = new Map<string, SourceWords>();
let table: PhraseWordsTable = {};

/**
 * Take the words of the sources a table names from it, not from their patterns: a host that
 * ships the table a build wrote (the CLI, the language server) hands it in as JSON before it
 * lints. The table need not be complete nor current: a source it does not name, or names
 * wrongly, is read as before; text that is no table is set aside (false), as speed is all it
 * brings.
 */
export function usePhraseWords(json: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return false;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return false;
  table = parsed as PhraseWordsTable;
  return true;
}

/** A source's words, from the table or from its pattern. */
function sourceWords(source: string): SourceWords {
  let words = sources.get(source);
  if (!words) {
    const key = fingerprint(source);
    const entry: unknown = Object.hasOwn(table, key) ? table[key] : undefined;
    words = isEntry(entry) ? { firsts: spaced(entry[0]), needs: spaced(entry[1]), needsKnown: true } : { firsts: firstWords(source, isWordUnit), needs: undefined, needsKnown: false };
    sources.set(source, words);
  }
  return words;
}

function isEntry(entry: unknown): entry is readonly [string | null, string | null] {
  return Array.isArray(entry) && entry.length === 2 && entry.every((words) => words === null || (typeof words === 'string' && words !== ''));
}

/** The words a phrase can begin with; undefined when they are not spelled out (see firstWords). */
export function firstWordsOf(source: string): readonly string[] | undefined {
  return sourceWords(source).firsts;
}

/** The words one of which every match of a phrase holds; undefined when none is known (see requiredWords). */
export function requiredWordsOf(source: string): readonly string[] | undefined {
  const words = sourceWords(source);
  if (!words.needsKnown) {
    words.needs = requiredWords(source, WORD_UNIT_CLASS);
    words.needsKnown = true;
  }
  return words.needs;
}

/** Whether a phrase's needed words cost nothing to read now: the table named them. */
export function needsKnown(source: string): boolean {
  return sourceWords(source).needsKnown;
}

/** The table of every source this process has read (see PhraseWordsTable), for a build to write. */
export function phraseWordsRead(): PhraseWordsTable {
  const read: Record<string, readonly [string | null, string | null]> = {};
  for (const source of sources.keys()) {
    const key = fingerprint(source);
    if (Object.hasOwn(read, key)) throw new Error(`Two phrase sources share the fingerprint ${key}: ${source}`);
    read[key] = [sourceWords(source).firsts?.join(' ') ?? null, requiredWordsOf(source)?.join(' ') ?? null];
  }
  return read;
}

function spaced(words: string | null): readonly string[] | undefined {
  return words === null ? undefined : words.split(' ');
}

/**
 * Two 32-bit hashes of the source (FNV-1a, and the same walk with MurmurHash's multiplier): the
 * table's keys stay short, and two of the 8,000 or so sources a build reads sharing both is
 * about one chance in a trillion (phraseWordsRead refuses a table where they do).
 */
function fingerprint(source: string): string {
  let first = 0x811c9dc5;
  let second = source.length;
  for (let index = 0; index < source.length; index++) {
    const unit = source.charCodeAt(index);
    first = Math.imul(first ^ unit, 0x01000193);
    second = Math.imul(second ^ unit, 0x5bd1e995);
    second ^= second >>> 15;
  }
  return `${(first >>> 0).toString(36)}${(second >>> 0).toString(36).padStart(7, '0')}`;
}
