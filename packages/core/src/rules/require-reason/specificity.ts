import type { Analysis } from '../../analysis/index.js';
import { isPersonNamePlaceholder, isSenderPlaceholder } from '../../analysis/placeholder-roles.js';
import type { Span } from '../../document/length.js';

/**
 * How many concrete details the content holds outside the sentences that only present a shared
 * contact: names of companies, places, products (capitalised words past a sentence's first),
 * figures, acronyms, and placeholders for facts (not for a person's name, nor the sender's own
 * details such as `[Your Company]`, which are the same in every note). A note made of
 * greetings and stock politeness has none; "I run operations at a 3PL in Zaragoza" has two.
 */
export function countSpecifics(analysis: Analysis, excluded: readonly Span[]): number {
  const german = analysis.languages.length === 1 && analysis.languages[0] === 'de';
  let count = 0;
  for (const sentence of analysis.sentences) {
    if (excluded.some((span) => span.start === sentence.start)) continue;
    const text = analysis.prose;
    for (const word of analysis.capitalisedWords(sentence)) {
      const raw = text.slice(word.start, word.end);
      const acronymOrBrand = /\p{Lu}.*\p{Lu}/u.test(raw);
      // German capitalises every noun: there only acronyms and brand-like spellings count.
      if (german && !acronymOrBrand) continue;
      const first = text.slice(sentence.start, word.start).trim() === '';
      const followedByName = /^\s+\p{Lu}/u.test(text.slice(word.end, word.end + 3));
      if (first && !acronymOrBrand && !followedByName) continue;
      count++;
    }
    count += (text.slice(sentence.start, sentence.end).match(/(?<![\p{L}])\p{N}[\p{L}\p{N}+%.,:/-]*/gu) ?? []).length;
    count += analysis.document.placeholders.filter(
      (placeholder) =>
        placeholder.start >= sentence.start &&
        placeholder.end <= sentence.end &&
        !isPersonNamePlaceholder(placeholder) &&
        !isSenderPlaceholder(placeholder),
    ).length;
  }
  return count;
}
