import { describe, expect, it } from 'vitest';
import { firstWords } from './first-words.js';

// As phrase-pattern.ts writes them: spaces as [\s,]+ (or [\s,]* where optional), groups non-capturing.
const isWordUnit = (code: number) => /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
const words = (source: string) => {
  const found = firstWords(source, isWordUnit);
  return found && [...new Set(found)].sort();
};

describe('firstWords', () => {
  it('reads a word, or a group of them, before a space or an apostrophe', () => {
    expect(words('would[\\s,]+love')).toEqual(['would']);
    expect(words("(?:i'm|i[\\s,]+am)[\\s,]+here")).toEqual(['i']);
    expect(words('(?:we|you)[\\s,]+both')).toEqual(['we', 'you']);
    expect(words('dr')).toEqual(['dr']);
  });

  it('spells out what runs on in the first word: optional letters and spaces, letter choices', () => {
    expect(words('webinars?')).toEqual(['webinar', 'webinars']);
    expect(words('trade[\\s,]*shows?')).toEqual(['trade', 'tradeshow', 'tradeshows']);
    expect(words('organi[sz]e[\\s,]+the')).toEqual(['organise', 'organize']);
    expect(words('e-?mails?')).toEqual(['e', 'email', 'emails']);
    expect(words('connect(?:ing|ed)?[\\s,]+with')).toEqual(['connect', 'connected', 'connecting']);
  });

  it('skips what writes nothing before the first word', () => {
    expect(words("(?<=(?:'s)[\\s,]+)(?:bbq|party)")).toEqual(['bbq', 'party']);
    expect(words('(?:i[\\s,]+)?(?:saw|see)[\\s,]+that')).toEqual(['i', 'saw', 'see']);
    expect(words('made(?![\\s,]+it)')).toEqual(['made']);
  });

  it('reads every branch of a bar outside groups', () => {
    expect(words('talk[\\s,]+about|chat[\\s,]+about')).toEqual(['chat', 'talk']);
  });

  it('says "any word" where it cannot spell the first word out', () => {
    for (const source of ['[a-z]+[\\s,]+here', 'x{3,}[\\s,]+team', 'hi+', '\\d+[\\s,]+connections', '(?:—|and)[\\s,]+i', '(?:[\\s,]+x)?y', '.+', '[^.]+']) {
      expect(firstWords(source, isWordUnit), source).toBeUndefined();
    }
  });

  it('gives up past 64 spellings', () => {
    const letters = 'abcdefghij';
    expect(firstWords(`[${letters}][${letters}]`, isWordUnit)).toBeUndefined();
    expect(words(`[${letters}]`)).toHaveLength(10);
  });
});
