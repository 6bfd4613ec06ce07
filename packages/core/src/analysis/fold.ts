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
    folded.set(unit, out);
  }
  return out;
}

// The units fold can change (capitals, the backtick, anything past ASCII): the rest of a note,
// mostly, is left as it is without a look-up per character.
const FOLDABLE = /[A-Z`\u0080-\uffff]/g;

/**
 * Lower-case, strip accents and straighten quotes, one UTF-16 unit for one: offsets in the
 * folded text are offsets in the original, so a phrase found here can be reported there.
 */
export function fold(text: string): string {
  return text.replace(FOLDABLE, (unit) => {
    const code = unit.charCodeAt(0);
    // Surrogate halves (emoji) pass through untouched.
    return code >= 0xd800 && code <= 0xdfff ? unit : foldUnit(unit);
  });
}
