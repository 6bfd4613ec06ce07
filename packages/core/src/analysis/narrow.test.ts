import { describe, expect, it } from 'vitest';
import { fold } from './fold.js';
import { isNarrowable, narrow } from './narrow.js';
import { compileLiteralPhrases, compilePhrases, findPhrases } from './phrase-pattern.js';

const found = (phrases: string[], said: string) =>
  findPhrases(compilePhrases(phrases), fold(said)).map(({ start, end }) => said.slice(start, end));

describe('narrow', () => {
  const text = fold('Hi Zoë — met you in Łódź, Αθήνα and 東京 👋❤️ ① “ok”\u2028next\u0085');

  it('keeps one unit for one, each in Latin-1', () => {
    const narrowed = narrow(text);
    expect(narrowed.length).toBe(text.length);
    expect([...narrowed].every((unit) => unit.charCodeAt(0) <= 0xff)).toBe(true);
    expect(narrowed.slice(0, 7)).toBe(text.slice(0, 7));
  });

  it('keeps letters letters, numbers numbers, pictographs pictographs and line ends line ends', () => {
    const narrowed = narrow(text);
    const kinds = (of: string) => [/\p{L}/u, /\p{N}/u, /\p{Extended_Pictographic}/u, /\s/u, /./su].map((kind) => kind.test(of));
    for (let index = 0; index < text.length; index++) {
      if ((text.charCodeAt(index) & 0xf800) === 0xd800) continue;
      expect(kinds(narrowed[index]!), `unit ${index} of ${JSON.stringify(text)}`).toEqual(kinds(text[index]!));
    }
    expect(narrow('a\u2028b')).toMatch(/^a[^\S\n ]b$/);
  });
});

describe('phrase lists read narrowed text', () => {
  it('find the same words in any script, the dashes and emoji they name, and nothing inside longer words', () => {
    expect(found(['met you in( [\\p{L}]+){1,2} and'], 'I met you in Łódź and Αθήνα and')).toEqual(['met you in Łódź and']);
    expect(found(['in [\\p{L}]+ last week'], 'in 東京 last week')).toEqual(['in 東京 last week']);
    expect(found(['(nos )?conocimos( —[^—\\n]{1,60}—)? en'], 'Nos conocimos —hace años— en Madrid')).toEqual(['Nos conocimos —hace años— en']);
    expect(found(['(nos )?conocimos( \\u2014[^\\u2014\\n]{1,60}\\u2014)? en'], 'Nos conocimos —hace años— en Madrid')).toEqual(['Nos conocimos —hace años— en']);
    expect(found(['great talk(?=\\s*[.!\\p{Extended_Pictographic}\\uFE0F]|\\s*$)'], 'great talk ❤️ and more')).toEqual(['great talk']);
    expect(found(['tokyo'], 'tokyoΩ and tokyo')).toEqual(['tokyo']);
  });

  it('leave a list whose phrases name units narrowing merges on the folded text', () => {
    expect(isNarrowable('мир')).toBe(false);
    expect(findPhrases(compileLiteralPhrases(['мир']), fold('дом и мир'))).toEqual([{ start: 6, end: 9 }]);
  });
});

describe('isNarrowable', () => {
  it('takes plain words, accents, the named dashes and the escapes that say the same of narrowed text', () => {
    for (const phrase of ['we met at (the )?<slot>', 'según tú', '[\\p{L}\\p{N}-]+', 'a —b– c', 'x\\uFE0F?', '\\p{Extended_Pictographic}', 'sœur', 'I’d', '[.!?\\u2014\\xbf]', '\\u00e9']) {
      expect(isNarrowable(phrase), phrase).toBe(true);
    }
  });

  it('refuses units narrowing merges, the stand-ins and escapes it cannot vouch for', () => {
    for (const phrase of ['мир', 'Łódź', '10 µs', '\\u0142', '\\xb5', '\\P{L}', '\\p{Script=Greek}', '\\x85', 'a\\rb']) {
      expect(isNarrowable(phrase), phrase).toBe(false);
    }
  });
});
