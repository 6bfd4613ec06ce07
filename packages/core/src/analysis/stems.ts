import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import type { Language } from '../settings.js';
import { fold } from './fold.js';

/** The Snowball stemmers (Porter for English), one per language invite-lint knows. */
const STEMMERS: Readonly<Record<Language, (word: string) => string>> = { en: english, es: spanish, fr: french, pt: portuguese, de: german, it: italian, nl: dutch };

// Notes repeat their words: stem each spelling once. Past the limit (an editor's session spells
// many), start over rather than grow.
const CACHE_LIMIT = 20_000;
const caches = new Map<Language, Map<string, readonly string[]>>();

/**
 * A word's stems in `language`: of its lower-case spelling and of its folded one. The stemmers
 * read accents ("publicaciones" and "publicación" share a stem only with theirs), and notes are
 * often typed without them: a cue and a word match when any of their stems do.
 */
export function stemsOf(word: string, language: Language): readonly string[] {
  let cache = caches.get(language);
  if (!cache) {
    cache = new Map();
    caches.set(language, cache);
  }
  let stems = cache.get(word);
  if (!stems) {
    const stem = STEMMERS[language];
    const lower = word.toLowerCase();
    const accented = stem(lower);
    const plain = stem(fold(lower));
    stems = accented === plain ? [accented] : [accented, plain];
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stems);
  }
  return stems;
}
