const folded = new Map<string, string>();

const QUOTES: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  ʼ: "'",
  '`': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u201e': '"',
};

function foldUnit(unit: string): string {
  let out = folded.get(unit);
  if (out === undefined) {
    const base = (unit.normalize('NFD')[0] ?? unit).toLowerCase();
    out = QUOTES[unit] ?? (base.length === 1 ? base : unit);
    if (out >= PAST_LISTED_BLOCKS) out = ANY_LETTER.test(out) ? LETTER_STAND_IN : ANY_NUMBER.test(out) ? NUMBER_STAND_IN : out;
    folded.set(unit, out);
  }
  return out;
}

/**
 * Letters and numbers as classes of a regular expression's brackets, exact on folded text: below
 * U+0530 (Latin, Greek, Cyrillic) they list what Unicode calls a letter or a number, and folding
 * turns every letter or number past them into a stand-in of its kind that they hold. Every phrase
 * pattern bounds its words with them: a class naming \p{L} costs V8 a third of a millisecond to
 * build, in each of the hundreds of patterns a cold process compiles, and these cost nothing.
 * Phrases are written in the listed blocks' letters, so no phrase tells a stand-in from what it stands for.
 */
export const LETTERS =
  'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0370-\\u0374\\u0376\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u048a-\\u052f';
export const NUMBERS = '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be';
const PAST_LISTED_BLOCKS = '\u0530';
/** ĸ and ¼: a letter and a number no phrase holds. */
export const LETTER_STAND_IN = '\u0138';
export const NUMBER_STAND_IN = '\u00bc';
const ANY_LETTER = /^\p{L}$/u;
const ANY_NUMBER = /^\p{N}$/u;

// The units fold can change (capitals, the backtick, anything past ASCII): the rest of a note,
// mostly, is left as it is without a look-up per character.
const FOLDABLE = /[A-Z`\u0080-\uffff]/g;

/**
 * Lower-case, strip accents, straighten quotes and stand in for letters and numbers past the
 * listed blocks (see LETTERS), one UTF-16 unit for one: offsets in the
 * folded text are offsets in the original, so a phrase found here can be reported there.
 */
export function fold(text: string): string {
  return text.replace(FOLDABLE, (unit) => {
    const code = unit.charCodeAt(0);
    // Surrogate halves (emoji) pass through untouched.
    return code >= 0xd800 && code <= 0xdfff ? unit : foldUnit(unit);
  });
}
