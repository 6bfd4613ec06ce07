import { languageData, type CueLanguage } from '../languages/index.js';
import { perLanguage, type Analysis } from './index.js';
import { findPhrases, type PhraseMatch } from './phrase-pattern.js';

export type CueCategory = keyof CueLanguage;

const patterns = new Map<CueCategory, ReturnType<typeof perLanguage>>();
const found = new WeakMap<Analysis, Map<CueCategory, readonly PhraseMatch[]>>();

/** The matches of a cue category of the language data in the note's content, found once per analysis. */
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
    matches = findPhrases(pattern(analysis.languages), analysis.folded, analysis.content.start, analysis.content.end);
    byCategory.set(category, matches);
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
