import { fold } from './fold.js';

/**
 * Folded text in one byte a unit, for the phrase lists. V8 compiles a regular expression once for
 * each string width it meets: a note with one dash or emoji in it made every list it read compile
 * again for two-byte text, about a quarter of a cold run over notes as people write them. Matched
 * against narrowed text, a list compiles once. Narrowing keeps one unit for one (offsets hold) and
 * keeps what a phrase can tell apart: every unit past Latin-1 becomes a Latin-1 unit of its kind
 * (a letter, a capital, a number, a space, a pictograph, or other), and the few such units phrases
 * name have stand-ins of their own. A list whose phrases name any other unit past Latin-1 is
 * matched against the folded text as it is (see isNarrowable).
 */

/** Units past Latin-1 that phrases name, each with a C1 control as its stand-in. */
const NAMED = new Map([
  ['\u2014', '\x81'], // em dash
  ['\u2013', '\x82'], // en dash
  ['\ufe0f', '\x83'], // emoji presentation selector
  ['\u0153', '\x84'], // œ
]);
const OTHER = '\x80';
const LETTER = '\u00b5'; // µ
const CAPITAL = '\u00de'; // Þ: folded text holds no other capital past ASCII
const NUMBER = '\u00bc'; // ¼
const PICTOGRAPH = '\u00a9'; // ©
const LINE_BREAK = '\r'; // U+2028 and U+2029 end a line, as \r does: `.` stops there

const standIns = new Map<number, string>();
function standInFor(codePoint: number): string {
  let standIn = standIns.get(codePoint);
  if (standIn === undefined) {
    const unit = String.fromCodePoint(codePoint);
    standIn =
      NAMED.get(unit) ??
      (codePoint < 0x100 ? OTHER
      : codePoint === 0x2028 || codePoint === 0x2029 ? LINE_BREAK
      : /^\s$/u.test(unit) ? ' '
      : /^\p{Lu}$/u.test(unit) ? CAPITAL
      : /^\p{L}$/u.test(unit) ? LETTER
      : /^\p{N}$/u.test(unit) ? NUMBER
      : /^\p{Extended_Pictographic}$/u.test(unit) ? PICTOGRAPH
      : OTHER);
    standIns.set(codePoint, standIn);
  }
  return standIn;
}

let lastText = '';
let lastNarrowed = '';

/**
 * `text` (folded) with each unit as narrowing says, C1 controls too (as other), so that the named
 * units' stand-ins mean only them; a surrogate pair becomes its code point's stand-in twice.
 * Built from its units, not by String#replace: a string made from a two-byte one stays two-byte
 * in V8 whatever it holds, and a folded note is that whenever the note held a curly quote. Every
 * list a note is read with narrows the same text: the last one is kept.
 */
export function narrow(text: string): string {
  if (text === lastText) return lastNarrowed;
  const units = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) units[index] = code;
    else {
      const pair = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
      units[index] = standInFor(pair ? text.codePointAt(index)! : code).charCodeAt(0);
      if (pair) units[++index] = units[index - 1]!;
    }
  }
  let narrowed = '';
  for (let start = 0; start < units.length; start += CHUNK) narrowed += String.fromCharCode(...units.subarray(start, start + CHUNK));
  lastText = text;
  lastNarrowed = narrowed;
  return narrowed;
}

// Units passed to String.fromCharCode at once, well under engines' limits on arguments.
const CHUNK = 4096;

// What a phrase may hold and still read narrowed text the same: escapes that say the same of it
// (\p{L} and \p{N} are written out as the classes above), units in Latin-1 or named, as themselves
// or escaped (a bundle written in ASCII escapes them), and no stand-in.
const ESCAPE_OR_WIDE_UNIT = /\\(?:[pP]\{[^}]*\}|u\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)|[\x80-\uffff]/gs;
const SAME_ESCAPES = new Set(['\\p{L}', '\\p{N}', '\\p{Lu}', '\\p{Extended_Pictographic}']);
const STAND_INS = new Set([LETTER, CAPITAL, NUMBER, PICTOGRAPH]);
// Most phrases hold none of what the exact readings below look at: these say so in one test.
const MAY_NOT_NARROW = /[\x80-\uffff]|\\[uxcrP]|\\p(?!\{(?:L|N|Lu|Extended_Pictographic)\})/;
const MAY_NAME = new RegExp(`${[...NAMED.keys()].join('|')}|\\\\u`);

/** The unit an escape such as `\u2014` or `\xe9` stands for; undefined for any other token. */
function escapedUnit(token: string): string | undefined {
  const hex = /^\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))$/.exec(token);
  if (!hex) return undefined;
  const code = parseInt(hex[1] ?? hex[2] ?? hex[3]!, 16);
  return code <= 0x10ffff ? String.fromCodePoint(code) : '\ud800';
}

/** Whether a unit of a phrase means the same in narrowed text (a letter of the phrase is folded first). */
function keepsMeaning(unit: string): boolean {
  const code = unit.charCodeAt(0);
  return unit.length === 1 && (code < 0x80 || (code >= 0xa0 && code <= 0xff && !STAND_INS.has(unit)) || NAMED.has(unit));
}

/** Whether a phrase, as written, finds the same matches in narrowed text once narrowNamed has turned its pattern. */
export function isNarrowable(phrase: string): boolean {
  if (!MAY_NOT_NARROW.test(phrase)) return true;
  for (const { 0: token } of phrase.matchAll(ESCAPE_OR_WIDE_UNIT)) {
    const escaped = escapedUnit(token);
    if (escaped !== undefined ? !keepsMeaning(escaped) : token.length === 1 ? !keepsMeaning(fold(token)) : /^\\[pPuxcr]/.test(token) && !SAME_ESCAPES.has(token)) return false;
  }
  return true;
}

/** A narrowable phrase's pattern with the units it names, as themselves or escaped, as their stand-ins. */
export function narrowNamed(source: string): string {
  if (!MAY_NAME.test(source)) return source;
  return source.replace(ESCAPE_OR_WIDE_UNIT, (token) => NAMED.get(escapedUnit(token) ?? token) ?? token);
}
