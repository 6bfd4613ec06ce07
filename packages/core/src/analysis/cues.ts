import { languageData, type CueLanguage } from '../languages/index.js';
import type { Language } from '../settings.js';
import { languagesKey, oncePerAnalysis, perLanguage, type Analysis } from './index.js';
import { findPhrases, type PhraseMatch } from './phrase-pattern.js';
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
      pattern = perLanguage(languageData, (data) => data.cues[category].phrases);
      patterns.set(category, pattern);
    }
    const phrases = findPhrases(pattern(analysis.languages), analysis.folded, analysis.content.start, analysis.content.end);
    const words = findCueWords(analysis, category);
    matches = words.length === 0 ? phrases : [...phrases, ...words].sort((a, b) => a.start - b.start || a.end - b.end);
    byCategory.set(category, matches);
  }
  return matches;
}

interface Token {
  start: number;
  end: number;
  text: string;
}

// Apostrophes end a word: "l'article", "dell'evento" hold the noun after the elided article.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}-]*/gu;

/** The content's words (placeholders left out), with their places in the prose. */
const contentTokens = oncePerAnalysis((analysis): readonly Token[] => {
  const { prose, content } = analysis;
  const tokens: Token[] = [];
  WORD.lastIndex = content.start;
  for (let match = WORD.exec(prose); match && match.index < content.end; match = WORD.exec(prose)) {
    if (!analysis.placeholderAt(match.index)) tokens.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return tokens;
});

const tokenStems = new WeakMap<Analysis, Map<Language, readonly (readonly string[])[]>>();

/** The stems of each content word in `language`, computed once per analysis and language. */
function stemsIn(analysis: Analysis, language: Language): readonly (readonly string[])[] {
  let byLanguage = tokenStems.get(analysis);
  if (!byLanguage) {
    byLanguage = new Map();
    tokenStems.set(analysis, byLanguage);
  }
  let stems = byLanguage.get(language);
  if (!stems) {
    stems = contentTokens(analysis).map((token) => stemsOf(token.text, language));
    byLanguage.set(language, stems);
  }
  return stems;
}

/** A cue of one or more words, each as its possible stems. */
type WordCue = readonly (readonly string[])[];

const wordIndexes = new Map<string, Map<string, WordCue[]>>();

/** A language's cue words of `category`, indexed by each stem of their first word. */
function wordIndex(language: Language, category: CueCategory): Map<string, WordCue[]> {
  const key = `${languagesKey([language])}:${category}`;
  let index = wordIndexes.get(key);
  if (!index) {
    index = new Map();
    for (const entry of languageData[language].cues[category].words ?? []) {
      const cue: WordCue = entry.split(' ').map((word) => stemsOf(word, language));
      for (const stem of cue[0] ?? []) index.set(stem, [...(index.get(stem) ?? []), cue]);
    }
    wordIndexes.set(key, index);
  }
  return index;
}

const shareAStem = (a: readonly string[], b: readonly string[]) => a.some((stem) => b.includes(stem));

/** Where the cue words of `category` stand in the content, in any inflection: "talked", "conferencias". */
function findCueWords(analysis: Analysis, category: CueCategory): PhraseMatch[] {
  const tokens = contentTokens(analysis);
  const matches: PhraseMatch[] = [];
  for (const language of analysis.languages) {
    const index = wordIndex(language, category);
    if (index.size === 0) continue;
    const stems = stemsIn(analysis, language);
    for (let at = 0; at < tokens.length; at++) {
      for (const stem of stems[at] ?? []) {
        for (const cue of index.get(stem) ?? []) {
          const last = at + cue.length - 1;
          if (last >= tokens.length) continue;
          // A cue of several words matches them in a row, with only spaces or hyphens between.
          const inRow = cue.every((cueStems, offset) => {
            if (offset === 0) return true;
            const previous = tokens[at + offset - 1] as Token;
            const token = tokens[at + offset] as Token;
            return /^[\s-]*$/u.test(analysis.prose.slice(previous.end, token.start)) && shareAStem(cueStems, stems[at + offset] ?? []);
          });
          if (inRow) matches.push({ start: (tokens[at] as Token).start, end: (tokens[last] as Token).end });
        }
      }
    }
  }
  return matches;
}

/** How many words stand between two offsets of the prose. */
export function wordsBetween(analysis: Analysis, from: number, to: number): number {
  return to <= from ? 0 : (analysis.prose.slice(from, to).match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
}

export interface CuePair {
  first: PhraseMatch;
  second: PhraseMatch;
}

/**
 * Where a cue of `first` and a cue of `second` stand in one sentence at most `maxWords` words
 * apart (`first` before `second` when `ordered`): a frame of two cues with words between them.
 */
export function findCuePairs(analysis: Analysis, first: CueCategory, second: CueCategory, maxWords: number, ordered: boolean): CuePair[] {
  const seconds = findCues(analysis, second);
  if (seconds.length === 0) return [];
  const pairs: CuePair[] = [];
  for (const one of findCues(analysis, first)) {
    const sentence = analysis.sentenceAt(one.start);
    const other = seconds.find((cue) => {
      if (analysis.sentenceAt(cue.start) !== sentence || (cue.start < one.end && one.start < cue.end)) return false;
      if (cue.start >= one.end) return wordsBetween(analysis, one.end, cue.start) <= maxWords;
      return !ordered && wordsBetween(analysis, cue.end, one.start) <= maxWords;
    });
    if (other) pairs.push({ first: one, second: other });
  }
  return pairs;
}
