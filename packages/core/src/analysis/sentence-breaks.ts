/**
 * Unicode sentence boundaries (UAX #29, rules SB3-SB11) where the segmenter of the platform's
 * ICU puts them, without it: ICU's segmenter took a twentieth of linting a note, and its
 * construction 9 ms of every cold start. A test holds the two to the same boundaries.
 */

// Sentence_Break property values, as small numbers: one array look-up per ASCII character.
const OTHER = 0;
const CR = 1;
const LF = 2;
const SEP = 3;
const SP = 4;
const LOWER = 5;
const UPPER = 6;
const OLETTER = 7;
const NUMERIC = 8;
const ATERM = 9;
const STERM = 10;
const CLOSE = 11;
const SCONTINUE = 12;
const EXTEND = 13;

type Kind = number;

const ASCII: Kind[] = Array.from({ length: 128 }, (_, code) => classifyAscii(String.fromCharCode(code)));

function classifyAscii(unit: string): Kind {
  if (unit === '\r') return CR;
  if (unit === '\n') return LF;
  if (/[\t\v\f ]/.test(unit)) return SP;
  if (/[a-z]/.test(unit)) return LOWER;
  if (/[A-Z]/.test(unit)) return UPPER;
  if (/[0-9]/.test(unit)) return NUMERIC;
  if (unit === '.') return ATERM;
  if (unit === '!' || unit === '?') return STERM;
  if (/["'()[\]{}]/.test(unit)) return CLOSE;
  if (unit === ',' || unit === '-' || unit === ':' || unit === ';') return SCONTINUE;
  return OTHER;
}

const SCONTINUE_UNITS = new Set([...'\u037e\u055d\u060c\u060d\u07f8\u1802\u1808\u2013\u2014\u3001\ufe10\ufe11\ufe13\ufe14\ufe31\ufe32\ufe50\ufe51\ufe54\ufe55\ufe58\ufe63\uff0c\uff0d\uff1a\uff1b\uff64']);
const ATERM_UNITS = new Set(['\u2024', '\ufe52', '\uff0e']);
// Quotation marks by their line-breaking class only (ornaments, old editorial marks).
const MORE_CLOSE = new Set([...'\u275b\u275c\u275d\u275e\u275f\u2760\u2e00\u2e01\u2e06\u2e07\u2e08\u2e0b\u{1f676}\u{1f677}\u{1f678}']);
// Number signs that stand before digits, and Arabic separators inside numbers.
const MORE_NUMERIC = new Set([...'\u0600\u0601\u0602\u0603\u0604\u0605\u066b\u066c\u06dd\u0890\u0891\u08e2\u19da']);
/** Georgian letters have cases, but Sentence_Break counts them as neither upper nor lower case. */
const isGeorgian = (code: number) => (code >= 0x10d0 && code <= 0x10fa) || (code >= 0x10fd && code <= 0x10ff) || (code >= 0x1c90 && code <= 0x1cba) || (code >= 0x1cbd && code <= 0x1cbf);
const nonAscii = new Map<number, Kind>();

function classifyOther(code: number): Kind {
  const unit = String.fromCodePoint(code);
  if (code === 0x85 || code === 0x2028 || code === 0x2029) return SEP;
  if (MORE_NUMERIC.has(unit)) return NUMERIC;
  if (MORE_CLOSE.has(unit)) return CLOSE;
  if (isGeorgian(code)) return OLETTER;
  if (/[\p{Grapheme_Extend}\p{Mc}\p{Cf}]/u.test(unit)) return EXTEND;
  if (/\p{White_Space}/u.test(unit)) return SP;
  if (/\p{Lowercase}/u.test(unit)) return LOWER;
  if (/[\p{Uppercase}\p{Lt}]/u.test(unit)) return UPPER;
  if (/\p{Alphabetic}/u.test(unit) || code === 0x5f3) return OLETTER;
  if (/\p{Nd}/u.test(unit)) return NUMERIC;
  if (ATERM_UNITS.has(unit)) return ATERM;
  if (/\p{Sentence_Terminal}/u.test(unit)) return STERM;
  if (/[\p{Ps}\p{Pe}\p{Pi}\p{Pf}]/u.test(unit)) return CLOSE;
  if (SCONTINUE_UNITS.has(unit)) return SCONTINUE;
  return OTHER;
}

/** The kind of the code point at `index` (a surrogate pair is one). */
function kindAt(text: string, index: number): Kind {
  const code = text.charCodeAt(index);
  if (code < 128) return ASCII[code]!;
  const point = text.codePointAt(index)!;
  let kind = nonAscii.get(point);
  if (kind === undefined) {
    kind = classifyOther(point);
    nonAscii.set(point, kind);
  }
  return kind;
}

/** Where the code point at `index` ends (a surrogate pair is two units). */
const pastPoint = (text: string, index: number) => index + (text.codePointAt(index)! > 0xffff ? 2 : 1);

/** Where the code point at `index` ends, with the Extend and Format characters after it (SB5). */
function past(text: string, index: number): number {
  let next = pastPoint(text, index);
  while (next < text.length && kindAt(text, next) === EXTEND) next = pastPoint(text, next);
  return next;
}

/** Where the line break of `kind` at `index` ends: CR LF is one. */
const pastLineBreak = (text: string, index: number, kind: Kind) => index + (kind === CR && text.charCodeAt(index + 1) === 10 ? 2 : 1);

const isParagraphEnd = (kind: Kind) => kind === CR || kind === LF || kind === SEP;
const isTerm = (kind: Kind) => kind === ATERM || kind === STERM;

/** The offsets where `text`'s sentences end (the last is text.length), as Intl.Segmenter finds them. */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const end = text.length;
  let previous: Kind = OTHER;
  let index = 0;
  while (index < end) {
    const kind = kindAt(text, index);
    if (isParagraphEnd(kind)) {
      // SB3, SB4: a line break ends a sentence, CR LF as one (Extend after it is not folded in).
      index = pastLineBreak(text, index, kind);
      ends.push(index);
      previous = kind;
      continue;
    }
    const next = past(text, index);
    if (!isTerm(kind)) {
      if (kind !== EXTEND) previous = kind;
      index = next;
      continue;
    }
    const after = next < end ? kindAt(text, next) : OTHER;
    // SB6, SB7: "3.5", "U.S.A." go on.
    if (kind === ATERM && (after === NUMERIC || ((previous === UPPER || previous === LOWER) && after === UPPER))) {
      previous = kind;
      index = next;
      continue;
    }
    let at = next;
    while (at < end && kindAt(text, at) === CLOSE) at = past(text, at);
    while (at < end && kindAt(text, at) === SP) at = past(text, at);
    const following = at < end ? kindAt(text, at) : OTHER;
    if (isParagraphEnd(following)) {
      // SB9-SB11: the line break is part of the sentence it ends.
      at = pastLineBreak(text, at, following);
      ends.push(at);
      previous = following;
      index = at;
      continue;
    }
    // SB8: after a full stop, no end before a lower-case word ("e.g. the", "approx. ten").
    // SB8a: nor before a comma, a colon, a dash or another stop.
    if ((kind === ATERM && lowerComesFirst(text, at)) || following === SCONTINUE || isTerm(following)) {
      previous = kind;
      index = at;
      continue;
    }
    if (at < end) ends.push(at);
    previous = kind;
    index = at;
  }
  if (ends.at(-1) !== end && end > 0) ends.push(end);
  return ends;
}

/** Whether a lower-case letter comes before any other letter, line break or stop from `index` on (SB8). */
function lowerComesFirst(text: string, index: number): boolean {
  for (let at = index; at < text.length; at = past(text, at)) {
    const kind = kindAt(text, at);
    if (kind === LOWER) return true;
    if (kind === UPPER || kind === OLETTER || isParagraphEnd(kind) || isTerm(kind)) return false;
  }
  return false;
}
