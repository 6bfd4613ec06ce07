import { SENTINEL } from '../document/note-document.js';
import { fold } from './fold.js';

/**
 * Phrase lists are data: each entry is a regular expression source written in plain words
 * (`would love to (connect|chat)`), matched against folded text (lower case, no accents,
 * straight quotes), so entries may be written with accents and capitals for readability.
 * A space matches any run of spaces, line breaks or commas; `<slot>` matches a placeholder
 * (`[Year]`, `{{event}}`); entries only match whole words. Folding keeps one character for one,
 * so `ß` stays `ß`: write `(ß|ss)` where both spellings occur.
 */
export function compilePhrases(phrases: readonly string[]): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  const sources = phrases.map((phrase) =>
    patternSource(phrase)
      .replace(/ +/g, '[\\s,]+')
      .replace(/<slot>/g, `${SENTINEL}{3,}`),
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * A phrase's units folded, escapes kept, and its groups made non-capturing: only where a phrase
 * matches is read, and a pattern that records no groups runs faster and allocates less.
 */
function patternSource(phrase: string): string {
  let inClass = false;
  return phrase.replace(/\\[pP]\{[^}]*\}|\\.|[^\\]/g, (unit, offset: number) => {
    if (unit.startsWith('\\')) return unit;
    if (unit === '[') inClass = true;
    else if (unit === ']') inClass = false;
    else if (unit === '(' && !inClass && phrase[offset + 1] !== '?') return '(?:';
    return fold(unit);
  });
}

/**
 * `phrase` with each word of `shorthand` that stands alone in it (between the pattern's spaces,
 * brackets and bars) also accepting its chat spellings: "(thanks|thank you) for your talk" with
 * {thanks: [thx], your: [ur]} becomes "((thanks|thx)|thank you) for (your|ur) talk".
 */
export function withShorthand(phrase: string, shorthand: Readonly<Record<string, readonly string[]>> | undefined): string {
  if (!shorthand) return phrase;
  return phrase.replace(/(?<=^|[\s(|])[\p{L}'&]+(?=$|[\s()|?])/gu, (word) => {
    const folded = fold(word);
    const spellings = Object.hasOwn(shorthand, folded) ? shorthand[folded] : undefined;
    return spellings ? `(${[word, ...spellings].join('|')})` : word;
  });
}

/** Phrases from a user's config, matched as written (folded, whole words), not as patterns. */
export function compileLiteralPhrases(texts: readonly string[]): RegExp | undefined {
  return compilePhrases(texts.map((text) => text.replace(/[.*+?^${}()|[\]\\<>]/g, '\\$&')));
}

const literalCache = new Map<string, RegExp | undefined>();

/** compileLiteralPhrases, once per distinct list. */
export function literalPhrases(texts: readonly string[]): RegExp | undefined {
  const key = texts.join('\n');
  if (!literalCache.has(key)) literalCache.set(key, compileLiteralPhrases(texts));
  return literalCache.get(key);
}

export interface PhraseMatch {
  start: number;
  end: number;
}

/** The matches of `pattern` that start at or after `from` and end by `to`. */
export function findPhrases(pattern: RegExp | undefined, text: string, from = 0, to = text.length): PhraseMatch[] {
  if (!pattern) return [];
  const found: PhraseMatch[] = [];
  let within = text;
  pattern.lastIndex = from;
  for (let match = pattern.exec(within); match && match.index < to; match = pattern.exec(within)) {
    const end = match.index + match[0].length;
    if (end > to) {
      // A match that runs on past `to` may hold a shorter one ending inside ("…like-minded
      // people." with a signature's slot after it): look again in the text cut at `to`.
      within = text.slice(0, to);
      pattern.lastIndex = match.index;
      continue;
    }
    found.push({ start: match.index, end });
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return found;
}
