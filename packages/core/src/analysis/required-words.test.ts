import { describe, expect, it } from 'vitest';
import { requiredWords } from './required-words.js';

// The patterns' source form (see patternSource in phrase-pattern.ts): a space is [\s,]+ and an
// optional space [\s,]*.
const needed = (source: string) => requiredWords(source, 'a-z0-9ª-ÿ');

describe('requiredWords', () => {
  it('keeps the least common of the words every match holds', () => {
    expect(needed(String.raw`we[\s,]+met[\s,]+at[\s,]+(?:the[\s,]+)?(?:conference|summit)`)).toEqual(['conference', 'summit']);
    expect(needed(String.raw`i'm[\s,]+looking[\s,]+for`)).toEqual(['looking']);
  });

  it('reads a word at either end of the phrase as whole, the phrase being bounded there', () => {
    expect(needed(String.raw`interview(?![a-z])`)).toEqual(['interview']);
    expect(needed(String.raw`x{3,}[\s,]+talk`)).toEqual(['talk']);
  });

  it('reads past an optional gap that ends in a space', () => {
    expect(needed(String.raw`(?:[A-Za-z-]+[\s,]+){0,2}interview`)).toEqual(['interview']);
  });

  it('needs one word of each branch of a group that must match, and nothing of an optional one', () => {
    expect(needed(String.raw`(?:we|i)[\s,]+(?:need|seek)[\s,]+(?:mentors)?`)).toEqual(['need', 'seek']);
    expect(needed(String.raw`(?:we[\s,]+need|seeking)`)).toEqual(['need', 'seeking']);
    expect(needed(String.raw`(?:we[\s,]+need|x{3,})`)).toBeUndefined();
  });

  it('takes no word that may run on into other letters', () => {
    expect(needed(String.raw`trade[\s,]*shows?`)).toBeUndefined();
    expect(needed(String.raw`web(?:inar|site)s?`)).toBeUndefined();
    expect(needed(String.raw`querid[oa]s?`)).toBeUndefined();
    expect(needed(String.raw`(?:[\s,]*)met`)).toEqual(['met']);
    expect(needed(String.raw`[a-z]*met`)).toBeUndefined();
  });

  it('needs nothing that a lookaround reads', () => {
    expect(needed(String.raw`con[\s,]+quien(?=[\s,]+ambos)`)).toEqual(['quien']);
    expect(needed(String.raw`(?<=ambos[\s,]+)x{3,}`)).toBeUndefined();
  });

  it('says nothing of a pattern it cannot read', () => {
    expect(needed('(?:open')).toBeUndefined();
    expect(needed('{2}')).toBeUndefined();
  });
});
