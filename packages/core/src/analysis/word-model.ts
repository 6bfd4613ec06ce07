import type { Span } from '../document/length.js';
import type { Analysis } from './index.js';
import { stemsOf } from './stems.js';
import { languageData, type LanguageData, type WordModelData } from '../languages/index.js';
import type { Language } from '../settings.js';

// A word as the folded prose spells it: apostrophes and hyphens part words, as Snowball expects.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/**
 * The terms a word model reads in a note's content: each word's Snowball stem in `language`, each
 * placeholder as its role in braces ("{name}", "{specific}"), and each adjacent pair of them
 * joined by a space, but for the words of `unread` spans. Each term once, in order of first appearance.
 */
export function contentTerms(analysis: Analysis, language: Language, unread: readonly Span[] = []): string[] {
  const { folded, content } = analysis;
  const terms = new Set<string>();
  let previous: string | undefined;
  let placeholderEnd = -1;
  for (const word of folded.slice(content.start, content.end).matchAll(WORD)) {
    const start = content.start + word.index;
    // A placeholder is spelled as a run of letters in the prose: one term for the whole of it.
    if (start < placeholderEnd) continue;
    if (unread.some((span) => start >= span.start && start < span.end)) continue;
    const placeholder = analysis.placeholderAt(start);
    let term: string;
    if (placeholder) {
      placeholderEnd = placeholder.end;
      term = `{${analysis.roleOf(placeholder)}}`;
    } else {
      term = stemsOf(word[0], language)[0]!;
    }
    terms.add(term);
    if (previous !== undefined) terms.add(`${previous} ${term}`);
    previous = term;
  }
  return [...terms];
}

// Each model's weights as a map, made when first asked: a term is never looked up on an object's prototype.
const weightMaps = new WeakMap<WordModelData, ReadonlyMap<string, number>>();

/** How likely the model finds what it was trained to see, between 0 and 1: the logistic of the bias and the terms' weights. */
export function likelihood(model: WordModelData, terms: readonly string[]): number {
  let weights = weightMaps.get(model);
  if (!weights) {
    weights = new Map(model.weights);
    weightMaps.set(model, weights);
  }
  let sum = model.bias;
  for (const term of terms) sum += weights.get(term) ?? 0;
  return 1 / (1 + Math.exp(-sum));
}

// How many different words a note must hold for a word model to be asked: on fewer, a bag of
// words cannot tell "would love to pick your brain about the field" from a topic.
const MODEL_WORDS = 16;

/**
 * Whether a note's words, weighed by its language's model of what a rule asks for (learned from
 * labelled notes, languages/<lang>/*-model.ts), make it at least `likely` that the note gives it:
 * "our two clinics are 4 km apart and both lost their practice manager this spring…" is a reason
 * no phrase reads. Asked only about notes the rule would otherwise report. The words of `unread`,
 * which say nothing (asking after them, a courtesy), are not weighed: a likelihood must not turn on them.
 */
export function wordsMakeLikely(analysis: Analysis, model: (data: LanguageData) => WordModelData, likely: number, unread: readonly Span[] = []): boolean {
  const [language] = analysis.languages;
  if (!language) return false;
  const terms = contentTerms(analysis, language, unread);
  let words = 0;
  for (const term of terms) if (!term.includes(' ')) words++;
  return words >= MODEL_WORDS && likelihood(model(languageData[language]), terms) >= likely;
}
