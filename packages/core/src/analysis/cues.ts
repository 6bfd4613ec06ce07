import { languageData, type CueLanguage } from '../languages/index.js';
import type { Language } from '../settings.js';
import { spansOverlap } from '../document/length.js';
import { oncePerAnalysis, perLanguage, type Analysis } from './index.js';
import { findPhrases, type PhraseMatch } from './phrase-pattern.js';
import { fold } from './fold.js';
import { stemsOf } from './stems.js';

export type CueCategory = keyof CueLanguage;

const patterns = new Map<CueCategory, ReturnType<typeof perLanguage>>();
const found = new WeakMap<Analysis, Map<CueCategory, readonly PhraseMatch[]>>();

/**
 * The matches of a cue category of the language data in the note's content, found once per
 * analysis: its phrases (patterns on the folded text) and its words (in any inflection).
 */
export function findCues(analysis: Analysis, category: CueCategory): readonly PhraseMatch[] {
  let byCategory = found.get(analysis);
  if (!byCategory) {
    byCategory = new Map();
    found.set(analysis, byCategory);
  }
  let matches = byCategory.get(category);
  if (!matches) {
    let pattern = patterns.get(category);
    if (!pattern) {
      pattern = perLanguage((data) => data.cues[category]?.phrases ?? []);
      patterns.set(category, pattern);
    }
    const phrases = findPhrases(pattern(analysis), analysis.folded, analysis.content.start, analysis.content.end);
    const words = cueWordMatches(analysis).get(category) ?? [];
    matches = words.length === 0 ? phrases : [...phrases, ...words].sort((a, b) => a.start - b.start || a.end - b.end);
    byCategory.set(category, matches);
  }
  return matches;
}

/**
 * The cue words of one language that start alike (their first letters, folded), and, once a
 * note holds a word that starts so, the categories by each of their stems: stemming runs for
 * the few groups notes reach, not for every cue word at start-up.
 */
interface HeadGroup {
  words: readonly { word: string; category: CueCategory }[];
  byStem?: Map<string, StemEntry[]>;
}

/** A cue word under one of its stems, folded, with its category. */
interface StemEntry {
  word: string;
  category: CueCategory;
}

// A stem this short is shared with function words ("foro" and "for", "cena" and "cen…"): under
// it, a note's word matches only the cue word itself or its plural.
const MIN_SHARED_STEM = 4;

/** A language's cue words by how they start. */
type WordIndex = Map<string, HeadGroup>;

interface LanguagesIndex {
  /** Every language's heads: a word none of them starts is passed over at once. */
  heads: Set<string>;
  languages: [Language, WordIndex][];
}

const HEAD_LENGTH = 3;
const wordIndexes = new Map<Language, WordIndex>();
// Settings hand out one array per set of languages: the index is kept by the array itself.
const languagesIndexes = new WeakMap<readonly Language[], LanguagesIndex>();

// A stem starts as its word does ("conferencias" → "conferent"), so a word's head is its stem's.
const headOf = (word: string) => fold(word).slice(0, HEAD_LENGTH);

function wordIndex(language: Language): WordIndex {
  let index = wordIndexes.get(language);
  if (!index) {
    const groups = new Map<string, { word: string; category: CueCategory }[]>();
    for (const [category, list] of Object.entries(languageData[language].cues) as [CueCategory, CueLanguage[CueCategory]][]) {
      for (const word of list?.words ?? []) groups.set(headOf(word), [...(groups.get(headOf(word)) ?? []), { word, category }]);
    }
    index = new Map([...groups].map(([head, words]) => [head, { words }]));
    wordIndexes.set(language, index);
  }
  return index;
}

/** A group's words by each of their stems, made the first time a note needs them. */
function stemsOfGroup(group: HeadGroup, language: Language): Map<string, StemEntry[]> {
  if (!group.byStem) {
    group.byStem = new Map();
    for (const { word, category } of group.words) {
      for (const stem of stemsOf(word, language)) group.byStem.set(stem, [...(group.byStem.get(stem) ?? []), { word: fold(word), category }]);
    }
  }
  return group.byStem;
}

/** Whether a note's word (folded) is a cue word under `stem`: any inflection, or where the stem is short, the word or its plural. */
function isCueWord(stem: string, noteWord: string, cueWord: string): boolean {
  return stem.length >= MIN_SHARED_STEM || noteWord === cueWord || noteWord === `${cueWord}s` || noteWord === `${cueWord}es`;
}

function languagesIndex(languages: readonly Language[]): LanguagesIndex {
  let index = languagesIndexes.get(languages);
  if (!index) {
    const perLanguage = languages.map((language): [Language, WordIndex] => [language, wordIndex(language)]);
    index = { heads: new Set(perLanguage.flatMap(([, groups]) => [...groups.keys()])), languages: perLanguage };
    languagesIndexes.set(languages, index);
  }
  return index;
}

// Apostrophes end a word: "l'article", "dell'evento" hold the noun after the elided article.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}-]*/gu;

/**
 * Where the cue words of every category stand in the content, in any inflection ("talked",
 * "conferencias"): one pass over the words, once per analysis.
 */
const cueWordMatches = oncePerAnalysis((analysis): ReadonlyMap<CueCategory, PhraseMatch[]> => {
  const { prose, folded, content } = analysis;
  const index = languagesIndex(analysis.languages);
  const matches = new Map<CueCategory, PhraseMatch[]>();
  const look = (start: number, end: number) => {
    const head = folded.slice(start, Math.min(end, start + HEAD_LENGTH));
    if (!index.heads.has(head)) return;
    for (const [language, groups] of index.languages) {
      const group = groups.get(head);
      if (!group) continue;
      const byStem = stemsOfGroup(group, language);
      for (const stem of stemsOf(prose.slice(start, end), language)) {
        for (const { word, category } of byStem.get(stem) ?? []) {
          if (!isCueWord(stem, folded.slice(start, end), word)) continue;
          const found = matches.get(category);
          if (found) found.push({ start, end });
          else matches.set(category, [{ start, end }]);
        }
      }
    }
  };
  WORD.lastIndex = content.start;
  for (let match = WORD.exec(prose); match && match.index < content.end; match = WORD.exec(prose)) {
    if (analysis.placeholderAt(match.index)) continue;
    const end = match.index + match[0].length;
    look(match.index, end);
    // A compound's last part is its head noun: "ESG-Gipfel" is a summit, "Tech-Konferenz" a conference.
    const tail = match[0].lastIndexOf('-');
    if (tail > 0 && tail < match[0].length - 1) look(match.index + tail + 1, end);
  }
  return matches;
});

/** The sender or the reader named by a pronoun or a possessive: "I", "my", "you", "tu", "Sie". */
export function findEitherSide(analysis: Analysis): PhraseMatch[] {
  return [...findCues(analysis, 'sender'), ...findCues(analysis, 'addressee')];
}

// Spaces on one line, and nothing else: two words or spans side by side ("like Ardent", "our [Community Name] meetup").
export const SPACES = /^[^\S\r\n]+$/u;

// An aside in brackets on one line: "we shared a stage (you in the main hall, me in a workshop) at…".
export const ASIDE = /\([^()\r\n]{0,120}\)/gu;

/** How many words stand between two offsets of the prose, not counting an aside in brackets. */
export function wordsBetween(analysis: Analysis, from: number, to: number): number {
  if (to <= from) return 0;
  const between = analysis.prose.slice(from, to);
  return ((between.includes('(') ? between.replace(ASIDE, ' ') : between).match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
}

export interface CuePair {
  first: PhraseMatch;
  second: PhraseMatch;
}

/**
 * Where a cue of `first` and a cue of `second` stand in one sentence at most `maxWords` words
 * apart (`first` before `second` when `ordered`): a frame of two cues with words between them.
 * With `sentencesAhead`, `second` may also stand in one of the sentences after `first`'s ("I
 * compiled the rates of 25 agencies. Happy to send it over.").
 */
export function findCuePairs(analysis: Analysis, first: CueCategory, second: CueCategory, maxWords: number, ordered: boolean, sentencesAhead = 0): CuePair[] {
  const seconds = findCues(analysis, second);
  if (seconds.length === 0) return [];
  const pairs: CuePair[] = [];
  for (const one of findCues(analysis, first)) {
    const at = analysis.sentenceIndexAt(one.start);
    if (at < 0) continue;
    const other = seconds.find((cue) => {
      if (spansOverlap(cue, one)) return false;
      const ahead = analysis.sentenceIndexAt(cue.start) - at;
      if (ahead < 0 || ahead > sentencesAhead) return false;
      if (cue.start >= one.end) return wordsBetween(analysis, one.end, cue.start) <= maxWords;
      return !ordered && wordsBetween(analysis, cue.end, one.start) <= maxWords;
    });
    if (other) pairs.push({ first: one, second: other });
  }
  return pairs;
}
