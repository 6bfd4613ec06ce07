/** The ways people write a slot to fill in: `{{firstName}}`, `[Name]`, `{first_name}`, `%NAME%`, `<Company>`. */
export type PlaceholderSyntax = 'mustache' | 'square' | 'curly' | 'percent' | 'angle' | 'caps';

export interface Placeholder {
  start: number;
  end: number;
  raw: string;
  syntax: PlaceholderSyntax;
  /** The text inside the delimiters, trimmed: `Mutual Connection`, `first_name`. */
  name: string;
  /** The name as lower-case words: `firstName`, `first_name` and `First Name` all give `first name`. */
  words: string;
}

// Order matters: earlier syntaxes win where matches overlap (`{{x}}` is not also `{x}`).
const PATTERNS: readonly [PlaceholderSyntax, RegExp][] = [
  ['mustache', /\{\{\{?~?\s*([^{}\n]{1,80}?)\s*~?\}?\}\}/gu],
  // `[text](url)` and `[text][ref]` are Markdown links, not slots.
  ['square', /\[\[?\s*(\p{L}[^[\]\n]{0,99}?)\s*\]\]?(?![([:])/gu],
  ['curly', /\{\s*([\p{L}_][^{}\n]{0,79}?)\s*\}/gu],
  ['percent', /%([\p{L}_][\p{L}\p{N}_.-]{0,39})%/gu],
  ['angle', /<<?\s*(\p{L}[^<>\n]{0,59}?)\s*>>?/gu],
  // FIRST_NAME, COMPANY_NAME: capitals joined by underscores, naming what goes there.
  ['caps', /(?<![\p{L}\p{N}_])(\p{Lu}{2,}(?:_\p{Lu}{2,})+)(?![\p{L}\p{N}_])/gu],
];

const HTML_TAG = /^\/?(?:a|b|i|u|p|br|em|hr|li|ol|ul|div|span|small|strong|sub|sup|code|pre)\b/;

// What a slot in capitals is about, in the languages with phrase lists (HTTP_OK is not a slot).
const CAPS_SLOT = /(?:^|_)(?:NAME|FIRST|LAST|FULL|COMPANY|ORG|ORGANI[SZ]ATION|TITLE|ROLE|POSITION|JOB|EVENT|SCHOOL|CONTACT|MUTUAL|CITY|TOPIC|NOMBRE|APELLIDO|EMPRESA|CARGO|EVENTO|CONTACTO|PRENOM|NOM|ENTREPRISE|VORNAME|NACHNAME|FIRMA|NOME|AZIENDA|NAAM|BEDRIJF)(?:_|$)/;

function isSlot(syntax: PlaceholderSyntax, name: string): boolean {
  if (syntax === 'caps') return CAPS_SLOT.test(name);
  if (syntax === 'angle') return !HTML_TAG.test(name) && !/[@:/=]/.test(name);
  if (syntax === 'square' || syntax === 'curly') return !/^https?:|^www\./i.test(name);
  return true;
}

/** Every placeholder in `text`, in order, as offsets shifted by `base`. */
export function findPlaceholders(text: string, base = 0, syntaxes?: ReadonlySet<PlaceholderSyntax>): Placeholder[] {
  const found: Placeholder[] = [];
  for (const [syntax, pattern] of PATTERNS) {
    if (syntaxes && !syntaxes.has(syntax)) continue;
    for (const match of text.matchAll(pattern)) {
      const start = base + match.index;
      const end = start + match[0].length;
      const name = (match[1] ?? '').trim();
      if (!isSlot(syntax, name)) continue;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      found.push({ start, end, raw: match[0], syntax, name, words: nameWords(name) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A `{{` that never closes on its line: a template half typed or half filled. */
export function findUnclosedMustaches(text: string, base = 0): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/\{\{(?![^\n]*?\}\})[^\n]{0,40}/gu)) {
    found.push({ start: base + match.index, end: base + match.index + match[0].length });
  }
  return found;
}

export function nameWords(name: string): string {
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}
