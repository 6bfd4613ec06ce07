import { describe, expect, it, vi } from 'vitest';

// Each test loads the phrase modules afresh: the words a process has read are kept for its life.
async function freshModules() {
  vi.resetModules();
  const words = await import('./phrase-words.js');
  const pattern = await import('./phrase-pattern.js');
  return { ...words, ...pattern };
}

const PHRASES = ['we met at (the )?(summit|expo)', 'great (talk|panel) on', '\\p{L}+fest'];
const TEXTS = ['we met at the summit in may', 'great panel on pricing', 'see you at techfest', 'nothing here'];

describe('phrase words read ahead', () => {
  it('finds what the phrases find without a table, with the table a run read', async () => {
    const reading = await freshModules();
    const list = reading.compilePhrases(PHRASES, 0);
    const found = TEXTS.map((text) => reading.findPhrases(list, text));
    expect(found.flat().length).toBe(3);
    const table = reading.phraseWordsRead();
    expect(Object.keys(table).length).toBe(PHRASES.length);
    expect(Object.values(table)).toContainEqual(['we', 'summit expo']);

    const using = await freshModules();
    expect(using.usePhraseWords(JSON.stringify(table))).toBe(true);
    const again = using.compilePhrases(PHRASES);
    expect(TEXTS.map((text) => using.findPhrases(again, text))).toEqual(found);
  });

  it('takes the words from the table, not from the phrases, for the sources it names', async () => {
    const reading = await freshModules();
    const list = reading.compilePhrases(PHRASES, 0);
    reading.findPhrases(list, TEXTS[0]!);
    // A table that says every phrase needs a word no text holds: none is tried.
    const wrong = Object.fromEntries(Object.entries(reading.phraseWordsRead()).map(([key, [firsts]]) => [key, [firsts, 'zzz']]));
    const using = await freshModules();
    using.usePhraseWords(JSON.stringify(wrong));
    expect(TEXTS.flatMap((text) => using.findPhrases(using.compilePhrases(PHRASES), text))).toEqual([]);
  });

  it('sets aside text that is no table, and entries that are not words', async () => {
    const using = await freshModules();
    expect(using.usePhraseWords('{"unterminated')).toBe(false);
    expect(using.usePhraseWords('[1, 2]')).toBe(false);
    expect(using.usePhraseWords('null')).toBe(false);
    const reading = await freshModules();
    reading.findPhrases(reading.compilePhrases(PHRASES, 0), TEXTS[0]!);
    const broken = Object.fromEntries(Object.keys(reading.phraseWordsRead()).map((key, index) => [key, [[1], 2, '', { x: 1 }][index % 4]]));
    const guarded = await freshModules();
    expect(guarded.usePhraseWords(JSON.stringify(broken))).toBe(true);
    expect(TEXTS.flatMap((text) => guarded.findPhrases(guarded.compilePhrases(PHRASES), text)).length).toBe(3);
  });
});
