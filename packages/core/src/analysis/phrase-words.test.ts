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
    expect(using.usePhraseWords(using.writePhraseWords(table))).toBe(true);
    const again = using.compilePhrases(PHRASES);
    expect(TEXTS.map((text) => using.findPhrases(again, text))).toEqual(found);
  });

  it('writes the table as sorted lines, and reads back what it wrote, as written or in ASCII', async () => {
    const { usePhraseWords, writePhraseWords } = await freshModules();
    const text = writePhraseWords({ b000000000000b: ['straße', null], a000000000000a: [null, 'summit expo'] });
    expect(text).toBe('invite-lint phrase words 2\na000000000000a\t\tsummit expo\nb000000000000b\tstraße\t');
    expect(usePhraseWords(text)).toBe(true);
    expect(usePhraseWords(text.replace('ß', '\\u00df'))).toBe(true);
  });

  it('turns every phrase into a pattern only when it is tried or read for its words', async () => {
    const reading = await freshModules();
    reading.findPhrases(reading.compilePhrases(PHRASES, 0), TEXTS[0]!);
    const table = reading.phraseWordsRead();
    const using = await freshModules();
    using.usePhraseWords(using.writePhraseWords(table));
    const list = using.compilePhrases(PHRASES)!;
    const made = vi.spyOn(list, 'source');
    expect(using.findPhrases(list, 'we met at the expo')).toEqual([{ start: 0, end: 18 }]);
    // The phrase that may begin anywhere, and the one whose first and needed words the text holds; not "great (talk|panel) on".
    expect(made.mock.calls.map(([index]) => index)).toEqual([2, 0]);
  });

  it('takes the words from the table, not from the phrases, for the sources it names', async () => {
    const reading = await freshModules();
    const list = reading.compilePhrases(PHRASES, 0);
    reading.findPhrases(list, TEXTS[0]!);
    // A table that says every phrase needs a word no text holds: none is tried.
    const wrong = Object.fromEntries(Object.entries(reading.phraseWordsRead()).map(([key, [firsts]]) => [key, [firsts, 'zzz'] as const]));
    const using = await freshModules();
    using.usePhraseWords(using.writePhraseWords(wrong));
    expect(TEXTS.flatMap((text) => using.findPhrases(using.compilePhrases(PHRASES), text))).toEqual([]);
  });

  it('sets aside text that is no table, and lines that are not words', async () => {
    const using = await freshModules();
    expect(using.usePhraseWords('{"a": [null, null]}')).toBe(false);
    expect(using.usePhraseWords('')).toBe(false);
    expect(using.usePhraseWords('invite-lint phrase words 1\n')).toBe(false);
    const reading = await freshModules();
    reading.findPhrases(reading.compilePhrases(PHRASES, 0), TEXTS[0]!);
    const keys = Object.keys(reading.phraseWordsRead()).sort();
    // A line with a field too many, words with two spaces between them, a word with a backslash.
    const lines = keys.map((key, index) => [`${key}\tzzz\tzzz\tzzz`, `${key}\tzzz\tzzz  zzz`, `${key}\t\tz\\zz`][index % 3]);
    const guarded = await freshModules();
    expect(guarded.usePhraseWords(['invite-lint phrase words 2', ...lines].join('\n'))).toBe(true);
    expect(TEXTS.flatMap((text) => guarded.findPhrases(guarded.compilePhrases(PHRASES), text)).length).toBe(3);
  });
});
