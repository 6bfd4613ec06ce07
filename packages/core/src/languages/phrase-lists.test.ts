import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePhrases, findPhrases } from '../analysis/phrase-pattern.js';
import { fold, LETTER_STAND_IN, NUMBER_STAND_IN } from '../analysis/fold.js';
import { isNarrowable, narrow } from '../analysis/narrow.js';
import { LANGUAGES } from '../settings.js';
import { languageData, type LanguageData } from './index.js';

// The lists written as phrase patterns (stock sentences are compared word by word, and cue lists
// and placeholder words have tests of their own, with examples).
const PHRASE_LISTS = ['frame', 'context', 'reason', 'sharedContact'] as const satisfies readonly (keyof LanguageData)[];

// Languages that elide a vowel before another: "l'", "d'", "t'", "un'".
const ELIDING: ReadonlySet<string> = new Set(['fr', 'it']);

describe('phrase lists', () => {
  it('hold no character past ASCII in a String.raw template: a bundle writes it as an escape there, and the phrase words table would not know the phrase', () => {
    const folder = new URL('.', import.meta.url);
    const written = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    const raw = written.flatMap((file) => (readFileSync(new URL(file, folder), 'utf8').match(/String\.raw`[^`]*`/g) ?? []).map((template) => `${file}: ${template}`));
    expect(raw.length).toBeGreaterThan(0);
    expect(raw.filter((template) => /[^\0-\x7f]/.test(template))).toEqual([]);
  });

  for (const owner of PHRASE_LISTS) {
    it(`${owner}: every entry in every language compiles, and no entry matches empty text`, () => {
      for (const language of LANGUAGES) {
        for (const [category, entries] of Object.entries(languageData[language][owner] as unknown as Record<string, readonly string[]>)) {
          // Chat spellings and grammar words are words, not patterns: tested below.
          if (category === 'shorthand' || category === 'grammar') continue;
          for (const entry of entries) {
            const where = `${owner} ${language} ${category}: ${entry}`;
            expect(() => compilePhrases([entry]), where).not.toThrow();
            expect(findPhrases(compilePhrases([entry]), ' '), where).toEqual([]);
            // A space inside [...] would be rewritten as [\s,]+ and break the class.
            expect(/\[[^\]]* [^\]]*\]/.test(entry), where).toBe(false);
            // A space at the end (or closing a required group at the end) would have to be
            // followed by a letter, which the whole-word boundary after every entry forbids: the
            // entry could never match.
            expect(/\s$|\((?!\?)[^()]*\s\)$/.test(entry), where).toBe(false);
            // So would an optional group at the end after a space, or ending in one, whenever it
            // is left out: write "nome( di te)?", not "nome (di te)?".
            expect(/\s\((?:[^()]|\([^()]*\))*\)\?$|\s\)\?$/.test(entry), where).toBe(false);
            // A lookbehind at the start hides the entry's first word from the index: the entry is
            // run through every note (see indexPhrases); after the first word it is tried only
            // where that word stands.
            expect(/^\(\?<[=!]/.test(entry), where).toBe(false);
            // Folded text writes a contraction whole ("i'm", "we've"): one after a space never matches.
            // Write "(i'm|we're) looking for", not "(i|we) ('m|'re) looking for".
            expect(/(?<= )\((?:[^()]*\|)?'(?:m|re|ve|ll|d)(?!\p{L})/u.test(entry), where).toBe(false);
            // An elided article or pronoun runs into its word ("l'equipe", "t'envoie"): a space required after one never matches.
            // Write "(le |la |l')equipe", not "(le|la|l') equipe".
            if (ELIDING.has(language)) expect(/\p{L}'(?:\|[^()]*)?\)(?: (?!\?)|\( \[[^\]]*\]\+\)\{[1-9])|\p{L}' (?!\?)/u.test(entry), where).toBe(false);
            // Nor does an elided word at the entry's end, the boundary after it forbidding the letter it runs into:
            // write "(de|d(?='))", not "(de|d')".
            expect(/\p{L}'\)*$/u.test(entry), where).toBe(false);
            // Folded text stands in for letters and numbers past Latin, Greek and Cyrillic (see
            // LETTERS): an entry holding one, or a stand-in, would match what it should not.
            expect(fold(entry).includes(LETTER_STAND_IN) || fold(entry).includes(NUMBER_STAND_IN), where).toBe(false);
            // A list reads the note narrowed to one byte a unit only if every entry of it can (see
            // narrow.ts): name no unit past Latin-1 but the few narrowing keeps apart.
            expect(isNarrowable(entry), where).toBe(true);
          }
        }
      }
    });
  }

  it('given names: one folded lower-case word each, none a word the language writes as a noun', () => {
    for (const language of LANGUAGES) {
      const { givenNames = [], notNames } = languageData[language].frame;
      for (const name of givenNames) {
        expect(/^\p{Ll}+$/u.test(name) && fold(name) === name, `${language}: ${name}`).toBe(true);
        expect(notNames.includes(name), `${language}: ${name}`).toBe(false);
      }
    }
  });

  it('addressees: one lower-case word each, read whole after a greeting', () => {
    for (const language of LANGUAGES) {
      for (const word of languageData[language].frame.addressees) expect(/^\p{Ll}[\p{Ll}\p{M}]*$/u.test(word), `${language}: ${word}`).toBe(true);
    }
  });

  it('grammar words: lower-case words as written, single spaces between, each once in its kind', () => {
    for (const language of LANGUAGES) {
      for (const [kind, words] of Object.entries(languageData[language].frame.grammar)) {
        for (const word of words) expect(/^[\p{Ll}\p{M}&']+(?: [\p{Ll}\p{M}']+)*$/u.test(word), `${language} ${kind}: ${word}`).toBe(true);
        expect(new Set(words).size, `${language} ${kind}`).toBe(words.length);
      }
    }
  });

  it('chat spellings: folded words, each standing alone in some phrase of its language', () => {
    for (const language of LANGUAGES) {
      const { frame, context, reason, sharedContact, cues } = languageData[language];
      const phrases = [...Object.values(context), ...Object.values(reason), ...Object.values(sharedContact), ...Object.values(cues).map((cue) => cue.phrases)].flat().join('\n');
      for (const [word, spellings] of Object.entries(frame.shorthand ?? {})) {
        expect(fold(word), `${language}: ${word}`).toBe(word);
        expect(spellings.length, `${language}: ${word}`).toBeGreaterThan(0);
        expect(new RegExp(`(?<=^|[\\s(|])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[\\s()|?])`, 'mu').test(fold(phrases)), `${language}: ${word} is in no phrase`).toBe(true);
      }
    }
  });

  it('find what one alternation of all their phrases finds, tried where they may begin and where the text holds the words they need', () => {
    // Every language's example sentences and near misses, one text: the phrases' own material.
    const text = fold(
      LANGUAGES.flatMap((language) => Object.values(languageData[language].cues).flatMap((cues) => [...cues.examples, ...(cues.not ?? [])])).join('\n\n'),
    );
    let matched = 0;
    for (const language of LANGUAGES) {
      const { cues, ...owners } = languageData[language];
      const lists = [
        ...Object.values(cues).map((list) => list.phrases),
        ...PHRASE_LISTS.flatMap((owner) => Object.entries(owners[owner] as unknown as Record<string, readonly string[]>).filter(([category]) => category !== 'shorthand').map(([, phrases]) => phrases)),
      ];
      for (const phrases of lists.filter((list) => list.length > 0)) {
        const list = compilePhrases(phrases)!;
        const { classes } = list;
        const sources = list.phrases.map((_, index) => list.source(index));
        const subject = classes.narrow ? narrow(text) : text;
        const alternation = new RegExp(`(?<![${classes.word}])(?:${sources.join('|')})(?![${classes.word}])`, 'gu');
        const expected = [...subject.matchAll(alternation)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
        for (const needsAfter of [Infinity, 0]) expect(findPhrases(compilePhrases(phrases, needsAfter), text), `${language}: ${phrases[0]}…`).toEqual(expected);
        matched += expected.length;
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });
});
