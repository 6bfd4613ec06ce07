const folded = new Map<string, string>();

const QUOTES: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
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

/**
 * Lower-case, strip accents and straighten quotes, one UTF-16 unit for one: offsets in the
 * folded text are offsets in the original, so a phrase found here can be reported there.
 */
export function fold(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // Surrogate halves (emoji) pass through untouched.
    out += code >= 0xd800 && code <= 0xdfff ? text[index] : foldUnit(text[index] as string);
  }
  return out;
}
