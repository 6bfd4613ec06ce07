import { languageData, type CueLanguage } from '../languages/index.js';
import type { Language } from '../settings.js';
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
      pattern = perLanguage(languageData, (data) => data.cues[category].phrases);
      patterns.set(category, pattern);
    }
    const phrases = findPhrases(pattern(analysis.languages), analysis.folded, analysis.content.start, analysis.content.end);
    const words = cueWordMatches(analysis).get(category) ?? [];
    matches = words.length === 0 ? phrases : [...phrases, ...words].sort((a, b) => a.start - b.start || a.end - b.end);
    byCategory.set(category, matches);
  }
  return matches;
}

interface Token {
  start: number;
  end: number;
  text: string;
  /** The first letters, folded: a word is stemmed only where a cue's stem starts so. */
  head: string;
}

const HEAD_LENGTH = 3;

// Apostrophes end a word: "l'article", "dell'evento" hold the noun after the elided article.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}-]*/gu;

/** The content's words (placeholders left out), with their places in the prose. */
const contentTokens = oncePerAnalysis((analysis): readonly Token[] => {
  const { prose, content } = analysis;
  const tokens: Token[] = [];
  WORD.lastIndex = content.start;
  for (let match = WORD.exec(prose); match && match.index < content.end; match = WORD.exec(prose)) {
    if (!analysis.placeholderAt(match.index)) {
      const end = match.index + match[0].length;
      tokens.push({ start: match.index, end, text: match[0], head: analysis.folded.slice(match.index, Math.min(end, match.index + HEAD_LENGTH)) });
    }
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
    const { heads } = wordIndex(language);
    stems = contentTokens(analysis).map((token) => (heads.has(token.head) ? stemsOf(token.text, language) : NO_STEMS));
    byLanguage.set(language, stems);
  }
  return stems;
}

/** A cue of one or more words, each as its possible stems, and its category. */
interface WordCue {
  category: CueCategory;
  stems: readonly (readonly string[])[];
}

interface WordIndex {
  /** The cues by each stem of their first word. */
  byStem: Map<string, WordCue[]>;
  /** How those stems start, folded: most words of a note start otherwise and are never stemmed. */
  heads: Set<string>;
}

const wordIndexes = new Map<Language, WordIndex>();
const NO_STEMS: readonly string[] = [];

/** A language's cue words of every category, indexed by each stem of their first word. */
function wordIndex(language: Language): WordIndex {
  let index = wordIndexes.get(language);
  if (!index) {
    index = { byStem: new Map(), heads: new Set() };
    for (const [category, list] of Object.entries(languageData[language].cues) as [CueCategory, CueLanguage[CueCategory]][]) {
      for (const entry of list.words ?? []) {
        const cue: WordCue = { category, stems: entry.split(' ').map((word) => stemsOf(word, language)) };
        for (const stem of cue.stems[0] ?? []) {
          index.byStem.set(stem, [...(index.byStem.get(stem) ?? []), cue]);
          index.heads.add(fold(stem).slice(0, HEAD_LENGTH));
        }
      }
    }
    wordIndexes.set(language, index);
  }
  return index;
}

const shareAStem = (a: readonly string[], b: readonly string[]) => a.some((stem) => b.includes(stem));

/**
 * Where the cue words of every category stand in the content, in any inflection ("talked",
 * "conferencias"): one pass over the words, once per analysis.
 */
const cueWordMatches = oncePerAnalysis((analysis): ReadonlyMap<CueCategory, PhraseMatch[]> => {
  const tokens = contentTokens(analysis);
  const matches = new Map<CueCategory, PhraseMatch[]>();
  for (const language of analysis.languages) {
    const { byStem } = wordIndex(language);
    const stems = stemsIn(analysis, language);
    for (let at = 0; at < tokens.length; at++) {
      for (const stem of stems[at] as readonly string[]) {
        for (const cue of byStem.get(stem) ?? []) {
          const last = at + cue.stems.length - 1;
          if (last >= tokens.length || !wordsInRow(analysis, tokens, stems, at, cue)) continue;
          const found = matches.get(cue.category) ?? [];
          found.push({ start: (tokens[at] as Token).start, end: (tokens[last] as Token).end });
          matches.set(cue.category, found);
        }
      }
    }
  }
  return matches;
});

/** Whether a cue of several words matches the words from `at` on, with only spaces or hyphens between. */
function wordsInRow(analysis: Analysis, tokens: readonly Token[], stems: readonly (readonly string[])[], at: number, cue: WordCue): boolean {
  for (let offset = 1; offset < cue.stems.length; offset++) {
    const previous = tokens[at + offset - 1] as Token;
    const token = tokens[at + offset] as Token;
    if (!/^[\s-]*$/u.test(analysis.prose.slice(previous.end, token.start)) || !shareAStem(cue.stems[offset] as readonly string[], stems[at + offset] as readonly string[])) return false;
  }
  return true;
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
