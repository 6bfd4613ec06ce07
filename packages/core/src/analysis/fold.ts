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
 * Phrases are written in the listed blocks' letters, so no phrase tells a stand-in from what it
 * stands for.
 */
const LETTER_RANGES: readonly Range[] = [
  [0x41, 0x5a], [0x61, 0x7a], [0xaa], [0xb5], [0xba], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x2c1], [0x2c6, 0x2d1], [0x2e0, 0x2e4], [0x2ec], [0x2ee],
  [0x370, 0x374], [0x376, 0x377], [0x37a, 0x37d], [0x37f], [0x386], [0x388, 0x38a], [0x38c], [0x38e, 0x3a1], [0x3a3, 0x3f5], [0x3f7, 0x481], [0x48a, 0x52f],
];
export const LETTERS = inBrackets(LETTER_RANGES);
export const NUMBERS = inBrackets([[0x30, 0x39], [0xb2, 0xb3], [0xb9], [0xbc, 0xbe]]);
/** LETTERS within Latin-1, for text narrowed to one byte a unit (see narrow.ts); NUMBERS all lie there. */
export const LATIN1_LETTERS = inBrackets(LETTER_RANGES.filter(([from]) => from <= 0xff).map(([from, to]) => (to === undefined ? [from] : [from, Math.min(to, 0xff)])));

type Range = readonly [number, number?];

/**
 * Ranges as a class's contents, the characters themselves (a pattern's source counts against
 * V8's size limit for optimising it, and `\u00c0` is six characters): none of them is one a
 * class gives a meaning to.
 */
function inBrackets(ranges: readonly Range[]): string {
  return ranges.map(([from, to]) => String.fromCharCode(from) + (to === undefined ? '' : `-${String.fromCharCode(to)}`)).join('');
}

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
