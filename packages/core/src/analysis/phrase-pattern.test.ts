import { describe, expect, it } from 'vitest';
import { compilePhrases, findPhrases, withShorthand } from './phrase-pattern.js';

describe('findPhrases', () => {
  const pattern = compilePhrases(['connect with( [\\p{L}.-]+){0,4} (people|<slot>)']);
  const text = 'love to connect with like-minded people.\n\nxxxxxxx';
  const slice = (match: { start: number; end: number }) => text.slice(match.start, match.end);

  it('keeps a match that ends by the bound', () => {
    expect(findPhrases(pattern, text).map(slice)).toEqual(['connect with like-minded people.\n\nxxxxxxx']);
  });

  it('finds the shorter match inside the bound when the longest runs past it', () => {
    expect(findPhrases(pattern, text, 0, text.indexOf('\n')).map(slice)).toEqual(['connect with like-minded people']);
  });

  it('finds nothing that starts before the start', () => {
    expect(findPhrases(pattern, text, 10)).toEqual([]);
  });

  it('reads a space made optional as no space or any run of them', () => {
    const optional = compilePhrases(['trade ?shows?']);
    expect(['a tradeshow', 'a trade show', 'a trade,\nshow'].map((said) => findPhrases(optional, said).length)).toEqual([1, 1, 1]);
  });
});

describe('withShorthand', () => {
  const shorthand = { your: ['ur'], thanks: ['thx'], "you're": ['ur', 'youre'] };

  it('lets a word that stands alone take its chat spellings', () => {
    expect(withShorthand('(thanks|thank you) for your( [\\p{L}]+)? talk', shorthand)).toBe('((thanks|thx)|thank you) for (your|ur)( [\\p{L}]+)? talk');
    const pattern = compilePhrases([withShorthand('(thanks|thank you) for your( [\\p{L}]+)? talk', shorthand)]);
    expect(findPhrases(pattern, 'thx for ur kubecon talk').length).toBe(1);
  });

  it('leaves words inside other words, escapes and other languages alone', () => {
    expect(withShorthand("you're yours yourself \\p{L}", shorthand)).toBe("(you're|ur|youre) yours yourself \\p{L}");
    expect(withShorthand('your talk', undefined)).toBe('your talk');
  });
});

// A phrase is tried where it may begin, and once tried often, only where the text holds a word
// it needs: every test below runs on both.
const FORMS = [
  ['tried where they may begin', Infinity],
  ['tried where the text holds the words they need', 0],
] as const;

describe.each(FORMS)('findPhrases over a long list, %s', (_form, needsAfter) => {
  // Many phrases, each a distinct made-up word, then the ones under test.
  const filler = Array.from({ length: 2500 }, (_, index) => `zq${index.toString(36)}x (alpha|beta)`);
  const phrases = [...filler, 'talk about', 'talk about pricing', 'pricing page', 'page'];
  const pattern = compilePhrases(phrases, needsAfter)!;
  const single = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map((phrase) => phrase.replace(/ /g, '[\\s,]+')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const slices = (text: string, found: { start: number; end: number }[]) => found.map((match) => text.slice(match.start, match.end));

  it('finds what one alternation of every phrase finds: leftmost, the phrase listed first, no overlaps', () => {
    for (const text of ['we could talk about pricing page design', 'zq1x alpha then page, talk about it', 'page page zqax beta', 'zq9x beta, zq9x alpha']) {
      const expected = [...text.matchAll(single)].map((match) => match[0]);
      expect(expected.length).toBeGreaterThan(0);
      expect(slices(text, findPhrases(pattern, text))).toEqual(expected);
    }
  });

  it('keeps to the bounds it is given', () => {
    const text = 'talk about pricing page';
    expect(slices(text, findPhrases(pattern, text, 0, text.indexOf(' page')))).toEqual(['talk about']);
    expect(slices(text, findPhrases(pattern, text, 1))).toEqual(['pricing page']);
  });
});

describe.each(FORMS)('findPhrases, %s', (_form, needsAfter) => {
  const slices = (phrases: string[], text: string, from?: number, to?: number) =>
    findPhrases(compilePhrases(phrases, needsAfter), text, from, to).map((match) => text.slice(match.start, match.end));

  it('finds phrases that begin with any word, with a slot or a letter class, among the others', () => {
    const phrases = ['[\\p{L}]+ here from', '<slot> team', 'hi+', 'keen to chat'];
    expect(slices(phrases, 'ana here from acme, hiii, the xxxx team is keen to chat')).toEqual(['ana here from', 'hiii', 'xxxx team', 'keen to chat']);
  });

  it('reads a word whose letters run on past a phrase as another word', () => {
    expect(slices(['connect'], 'connecting, reconnect, connect.')).toEqual(['connect']);
    expect(slices(['webinars?'], 'webinar webinars webinarss')).toEqual(['webinar', 'webinars']);
  });

  it('finds a phrase that begins past a word, or with a mark, where one may', () => {
    expect(slices(["(?<=('s) )(bbq|party)"], "sam's bbq")).toEqual(['bbq']);
    expect(slices(['(—|and) i'], 'yes — i did, and i')).toEqual(['— i', 'and i']);
  });

  it('takes the phrase listed first where one that begins with the word and one that may begin anywhere both match', () => {
    expect(slices(['[\\p{L}]+ here', 'ana here from'], 'ana here from acme')).toEqual(['ana here']);
    expect(slices(['ana here from', '[\\p{L}]+ here'], 'ana here from acme')).toEqual(['ana here from']);
  });

  it('finds the phrases of many first words', () => {
    const words = Array.from({ length: 60 }, (_, index) => `w${index.toString(36)}q`);
    const text = words.map((word) => `${word} yes`).join(', ');
    expect(slices([...words.map((word) => `${word} yes`), 'yes'], text)).toEqual(words.map((word) => `${word} yes`));
  });

  it('cuts a match that runs past the bound to the part inside it', () => {
    expect(slices(['talk( about pricing)?'], 'talk about pricing', 0, 10)).toEqual(['talk']);
  });
});
