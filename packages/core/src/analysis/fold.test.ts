import { describe, expect, it } from 'vitest';
import { fold, LETTER_STAND_IN, LETTERS, NUMBER_STAND_IN, NUMBERS } from './fold.js';
import { compilePhrases, findPhrases } from './phrase-pattern.js';

const units = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => String.fromCharCode(from + index)).filter((unit) => unit < '\ud800' || unit > '\udfff');

describe('fold', () => {
  it('lowers, strips accents and straightens quotes, one unit for one', () => {
    expect(fold('Ärztin José ’Nuño’')).toBe("arztin jose 'nuno'");
    expect(fold('Straße 🙂').length).toBe('Straße 🙂'.length);
  });

  it('keeps Latin, Greek and Cyrillic letters, and stands in for letters and numbers past them', () => {
    expect(fold('Μαρία Москва')).toBe('μαρια москва');
    expect(fold('東京 ٣ — №')).toBe(`${LETTER_STAND_IN}${LETTER_STAND_IN} ${NUMBER_STAND_IN} — №`);
  });

  it('folds no unit to a letter or number past the listed blocks', () => {
    for (const unit of units(0x530, 0x10000)) {
      const folded = fold(unit);
      expect(folded < '\u0530' || !/[\p{L}\p{N}]/u.test(folded), `U+${unit.charCodeAt(0).toString(16)}`).toBe(true);
    }
  });
});

describe('LETTERS and NUMBERS', () => {
  it('hold what Unicode calls a letter or a number in the listed blocks, and nothing else', () => {
    const [letters, numbers] = [new RegExp(`^[${LETTERS}]$`, 'u'), new RegExp(`^[${NUMBERS}]$`, 'u')];
    for (const unit of units(0, 0x530)) {
      expect(letters.test(unit), `U+${unit.charCodeAt(0).toString(16)}`).toBe(/^\p{L}$/u.test(unit));
      expect(numbers.test(unit), `U+${unit.charCodeAt(0).toString(16)}`).toBe(/^\p{N}$/u.test(unit));
    }
  });

  it('bound phrases in folded text as \\p{L} and \\p{N} bound them in the original', () => {
    const pattern = compilePhrases(['tokyo', 'room \\p{N}+', 'dear \\p{L}+']);
    const found = (text: string) => findPhrases(pattern, fold(text)).map((match) => text.slice(match.start, match.end));
    expect(found('東京tokyo, —tokyo— Tokyo٣ room ٣٤ dear 東京')).toEqual(['tokyo', 'room ٣٤', 'dear 東京']);
  });
});
