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
