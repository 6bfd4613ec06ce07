import type { PhraseMatch } from './phrase-scan.js';

/** What findPhrases reads: one compiled list, or a union of them. */
export interface PhraseFinder {
  /** The matches between `from` and `to` in `text`: leftmost first, at one place the phrase listed first. */
  find(text: string, from: number, to: number): PhraseMatch[];
}

/**
 * Several lists read as the one list of all their phrases, in order, without compiling that list:
 * a note whose language is unclear reads every language's lists, and compiled as one they cost a
 * cold run as much again as all the languages' own lists (which the union reuses). The matches are
 * those of the one list: leftmost first, and at one place the earlier list's.
 */
export class PhraseUnion implements PhraseFinder {
  constructor(private readonly parts: readonly PhraseFinder[]) {}

  find(text: string, from: number, to: number): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    const pending = this.parts.map((part) => part.find(text, from, to));
    const next = this.parts.map(() => 0);
    let at = from;
    for (;;) {
      let first: PhraseMatch | undefined;
      for (let part = 0; part < this.parts.length; part++) {
        let index = next[part]!;
        let matches = pending[part]!;
        while (index < matches.length && matches[index]!.start < at) index++;
        // A part's later matches were found after the ones it skipped: where the last of those
        // runs on past `at`, the part is asked again from `at`, as the one list would scan it.
        if (index > 0 && matches[index - 1]!.start < at && matches[index - 1]!.end > at) {
          matches = pending[part] = this.parts[part]!.find(text, at, to);
          index = 0;
        }
        next[part] = index;
        const match = matches[index];
        if (match && (!first || match.start < first.start)) first = match;
      }
      if (!first) return found;
      found.push(first);
      at = first.end > first.start ? first.end : first.start + 1;
    }
  }
}
