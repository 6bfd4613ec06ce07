import { describe, expect, it } from 'vitest';
import { spanContains, spansOverlap } from './length.js';

describe('spans', () => {
  it('contain one another only wholly', () => {
    expect(spanContains({ start: 2, end: 8 }, { start: 2, end: 8 })).toBe(true);
    expect(spanContains({ start: 2, end: 8 }, { start: 3, end: 9 })).toBe(false);
  });

  it('overlap when they share a character, not when they only touch', () => {
    expect(spansOverlap({ start: 2, end: 8 }, { start: 7, end: 12 })).toBe(true);
    expect(spansOverlap({ start: 7, end: 12 }, { start: 2, end: 8 })).toBe(true);
    expect(spansOverlap({ start: 2, end: 8 }, { start: 8, end: 12 })).toBe(false);
    expect(spansOverlap({ start: 2, end: 8 }, { start: 4, end: 5 })).toBe(true);
  });
});
