import { describe, expect, it } from 'vitest';
import { compilePhrases, findPhrases } from './phrase-pattern.js';

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
