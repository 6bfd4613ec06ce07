import type { Span } from './length.js';
/**
 * The ways people write a slot to fill in: `{{firstName}}`, `{{ topic | default("your field") }}`,
 * `{% spin %}…{% endspin %}`, `[Name]`, `[[Name]]`, `{first_name}`, `${firstName}`, `%NAME%`,
 * `%%name%%`, `#name#`, Mailchimp's `*|FNAME|*`, `<Company>`, `((name))`, Salesforce's `{!Contact.FirstName}`, format
 * strings' `%s`, `%(name)s`, `{}` and `{0}`, ERB's `<%= first_name %>`, `$first_name`,
 * `FIRST_NAME`, blanks (`____`) and a guide's instruction in brackets (`(mention something
 * specific)`).
 */
export type PlaceholderSyntax =
  | 'mustache'
  | 'spin'
  | 'jinja'
  | 'dollar'
  | 'format'
  | 'erb'
  | 'square'
  | 'curly'
  | 'percent'
  | 'hash'
  | 'merge'
  | 'angle'
  | 'caps'
  | 'blank'
  | 'paren';

export interface Placeholder {
  start: number;
  end: number;
  raw: string;
  syntax: PlaceholderSyntax;
  /** What names the slot, without delimiters, filters or fallbacks: `Mutual Connection`, `first_name`, `topic`. */
  name: string;
  /** The name as lower-case words: `firstName`, `first_name` and `First Name` all give `first name`. */
  words: string;
  /** What the template writes when the value is empty: `your field` in `{{ topic | default("your field") }}`. */
  fallback?: string;
  /**
   * A spin block's or spintax's alternatives, one of which is sent: `{% spin %}Hi{% variation %}Hello{% endspin %}`,
   * `{% spin %}Hi|Hello{% endspin %}`, `{Hi|Hello}`. Such a placeholder spans what comes before the first
   * alternative, which stays prose with its own slots (`{% spin %}{{mutual}} told me|…`); the rest of the
   * block is an `unchosen` placeholder after it; both render nothing (`control`), and `raw` is the whole block.
   */
  alternatives?: readonly string[];
  /** The alternatives of a spin block after its first: not read, and reported with the block. */
  unchosen?: true;
  /** A template's control tag (`{% if x %}`): it renders nothing itself. */
  control?: true;
}

interface Syntax {
  syntax: PlaceholderSyntax;
  pattern: RegExp;
  /** The placeholder a match makes, or undefined when the match is ordinary text. */
  read(match: RegExpExecArray): Slot | undefined;
}

type Slot = Omit<Placeholder, 'start' | 'end' | 'raw' | 'syntax' | 'words'> & {
  /** Where a spin block's first alternative stands, from the match's start. */
  chosen?: Span;
};

// Bounded repetitions everywhere: a scan stays linear in the text however the delimiters pile up.
// A slot may hold a line break, as a playbook's Markdown wraps its lines ("[name of the\n
// event]", "{{ topic |\ndefault(…) }}"); a blank line ends it (see BLANK_LINE).
const SYNTAXES: readonly Syntax[] = [
  {
    syntax: 'spin',
    pattern: /\{%-?\s*spin\s*-?%\}([^]{0,1000}?)\{%-?\s*endspin\s*-?%\}/gu,
    read: (match) => spin(match[1] ?? '', match[0].indexOf('}') + 1, /\{%-?\s*variation\s*-?%\}/gu),
  },
  {
    syntax: 'jinja',
    pattern: /\{%-?\s*([\p{L}_][^%{}]{0,60}?)\s*-?%\}/gu,
    read: (match) => ({ name: (match[1] ?? '').trim(), control: true }),
  },
  {
    syntax: 'mustache',
    pattern: /\{\{\{?~?\s*([^{}]{1,120}?)\s*~?\}?\}\}/gu,
    read: (match) => readExpression(match[1] ?? ''),
  },
  {
    syntax: 'dollar',
    pattern: /\$\{\s*([\p{L}_][^{}]{0,79}?)\s*\}/gu,
    read: (match) => readExpression(match[1] ?? ''),
  },
  {
    // Format strings, as outreach scripts fill them: `"Hi %s, …" % name`, `%(event)s`,
    // `"Hi {}, …".format(name)`, `{0}`. Positional, they name nothing: what the slot stands
    // for is read from the words around it, as a blank's is. `20%` and `{Hi|Hello}` are not these.
    syntax: 'format',
    pattern: /%\((\p{L}[\p{L}\p{N}_]{0,39})\)[sdr]|(?<![\p{L}\p{N}%])%[sd](?![\p{L}\p{N}])|\{\d{0,2}\}/gu,
    read: (match) => ({ name: match[1] ?? '' }),
  },
  {
    // ERB and EJS, as Ruby and JavaScript scripts fill a note: `<%= first_name %>`, `<%- lead.company %>`.
    syntax: 'erb',
    pattern: /<%[=-]?\s*([\p{L}_@][^%<>]{0,79}?)\s*-?%>/gu,
    read: (match) => readExpression(match[1] ?? ''),
  },
  {
    // A shell's, PHP's or Perl's variable: `$first_name`, `$firstName`, `$FirstName`, and in
    // capitals when it names a slot (`$FIRST`, `$MUTUAL`). A price (`$5`) has no letter, a
    // ticker (`$TSLA`) no lower case and no slot's word, and a slot written `${…}` is matched above.
    syntax: 'dollar',
    pattern: /(?<![\p{L}\p{N}$\\])\$([\p{L}_][\p{L}\p{N}_]{0,39})(?![\p{L}\p{N}_])/gu,
    read: (match) => {
      const name = match[1] ?? '';
      return /[\p{Ll}_]/u.test(name) || isCapsSlot(name) ? { name } : undefined;
    },
  },
  {
    // `[text](url)` and `[text][ref]` are Markdown links, `[ref]: url` a link definition: not
    // slots. A colon alone does not make one: "Estimado [Nombre]:" greets someone. A guide's
    // count of what to write opens some (`[1-2 sentences on why]`); a footnote's number alone does not.
    syntax: 'square',
    pattern: /(?<!\])\[\[?\s*((?:\d{1,2}(?:\s?[-–]\s?\d{1,2})?\s+)?\p{L}[^[\]]{0,119}?)\s*\]\]?(?![([])/gu,
    read: (match) => {
      const name = match[1] ?? '';
      if (EDITORIAL.has(name.toLowerCase()) || isLink(name) || isTaskBox(match) || isLinkDefinition(match)) return undefined;
      return { name };
    },
  },
  {
    // Salesforce's merge fields too: `{!Contact.FirstName}`.
    syntax: 'curly',
    pattern: /\{!?\s*([\p{L}_][^{}]{0,79}?)\s*\}/gu,
    read: (match) => {
      const name = match[1] ?? '';
      if (isLink(name)) return undefined;
      // Spintax: `{Hi|Hello|Hey}` sends one of its alternatives.
      if (name.includes('|')) return spin(name, match[0].indexOf(name), /\|/gu);
      return { name };
    },
  },
  {
    syntax: 'percent',
    pattern: /(?<![\p{L}\p{N}%])(%%?)([\p{L}_][\p{L}\p{N}_.-]{0,39})\1(?![\p{L}\p{N}%])/gu,
    read: (match) => ({ name: match[2] ?? '' }),
  },
  {
    // `#first_name#`; a hashtag has no closing `#`, and `C#` no opening one.
    syntax: 'hash',
    pattern: /(?<![\p{L}\p{N}&#])#([\p{L}_][\p{L}\p{N}_.-]{0,39})#(?![\p{L}\p{N}#])/gu,
    read: (match) => ({ name: match[1] ?? '' }),
  },
  {
    // Mailchimp's merge tags, as e-mail tools fill a note: `*|FNAME|*`, `*|REFERRER_COMPANY|*`.
    syntax: 'merge',
    pattern: /\*\|([\p{L}_][\p{L}\p{N}_:-]{0,39})\|\*/gu,
    read: (match) => ({ name: match[1] ?? '' }),
  },
  {
    syntax: 'angle',
    pattern: /<<?(\p{L}[^<>]{0,59}?)>>?/gu,
    read: (match) => {
      const name = match[1] ?? '';
      // HTML tags, e-mail addresses and autolinks (`<ana@example.com>`, `<https://…>`) are text.
      if (HTML_TAG.test(name) || /[@:/=]/.test(name) || /\s$/u.test(name)) return undefined;
      return { name };
    },
  },
  {
    // FIRST_NAME, COMPANY_NAME: capitals joined by underscores, naming what goes there.
    syntax: 'caps',
    pattern: /(?<![\p{L}\p{N}_])(\p{Lu}{2,}(?:_\p{Lu}{2,})+)(?![\p{L}\p{N}_])/gu,
    read: (match) => (isCapsSlot(match[1] ?? '') ? { name: match[1] ?? '' } : undefined),
  },
  {
    // A blank to fill in by hand; a line of underscores alone is a Markdown rule, not a blank.
    syntax: 'blank',
    pattern: /(?<![\p{L}\p{N}_])_{3,}(?![\p{L}\p{N}_])/gu,
    read: (match) => (isWholeLine(match) ? undefined : { name: '' }),
  },
  {
    // `((first name))`, `((talk name))`: doubled, brackets are a slot whatever they hold.
    syntax: 'paren',
    pattern: /\(\((\p{L}[^()\n]{1,79}?)\)\)/gu,
    read: (match) => ({ name: match[1] ?? '' }),
  },
  {
    // `(mention one detail of their latest project)`: a guide's instruction to fill in. An
    // aside in brackets is text: only an instruction's verb or "specific" makes it a slot.
    syntax: 'paren',
    pattern: /\((\p{L}[^()\n]{2,79}?)\)/gu,
    read: (match) => (PAREN_SLOT.test(match[1] ?? '') || namesSlotInBrackets(match[1] ?? '') ? { name: match[1] ?? '' } : undefined),
  },
];

// The words that make a bracketed aside an instruction, in the languages with phrase lists.
const PAREN_SLOT =
  /^(?:mention|insert|add|include|describe|reference|cite|menciona|mencionar|inserta|insertar|añade|añadir|agrega|agregar|incluye|incluir|mentionnez|mentionner|insérez|insérer|ajoutez|ajouter|nennen|nenne|einfügen|füge|mencione|insira|inserir|adicione|inserisci|aggiungi|menziona|noem|voeg)(?![\p{L}])|(?<![\p{L}])(?:specific|específic[oa]|concret[oa]|spécifique|konkret\p{L}*|specific[oa])(?![\p{L}])/iu;

const HTML_TAG = /^\/?(?:a|b|i|u|p|br|em|hr|li|ol|ul|div|span|small|strong|sub|sup|code|pre)\b/;

// What a slot is about, in the languages with phrase lists: a name in capitals holds one
// (HTTP_OK is not a slot), and so does a blog template's slot in brackets, `(first name)`.
const SLOT_NOUNS: ReadonlySet<string> = new Set(
  'name company organisation organization title event school contact connection city topic industry field sector challenge nombre apellido empresa cargo evento contacto ciudad tema industria prenom nom entreprise vorname nachname firma nome azienda naam bedrijf'.split(' '),
);
// In capitals also the words a slot's name qualifies: as the last word in brackets they end asides too, "(remote role)".
const CAPS_SLOT_WORDS: ReadonlySet<string> = new Set([...SLOT_NOUNS, ...'first last full mutual org role position job puesto'.split(' ')]);

function isCapsSlot(name: string): boolean {
  return name.split('_').some((word) => CAPS_SLOT_WORDS.has(word.toLowerCase()));
}

// `(first name)`, `(Event name)`, `(type of company)`, `(nombre de la empresa)`: a slot noun at
// the end, or at the start before "of" or "de"; in lower case or capitalised words, as slots are
// written. "(the company)", "(in the field)", "(name withheld)" and "(Claude Code)" are asides.
const SLOT_IN_BRACKETS = /^(?:\p{Lu}?\p{Ll}+(?: \p{Ll}+){0,3}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3})$/u;
const ASIDE_OPENERS: ReadonlySet<string> = new Set(
  'the a an this that these those same both in at on with for to from by about i we you he she they el la los las un una este esta mismo misma en con para por sobre yo le les une dans avec pour'.split(' '),
);
const SLOT_NOUN_LINKS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'en', 'da', 'do', 'du', 'des', 'di', 'van']);

function namesSlotInBrackets(written: string): boolean {
  // A page's text pasted in keeps its no-break spaces: "(event\u00a0name)".
  const inner = written.replace(/\u00a0/gu, ' ');
  if (!SLOT_IN_BRACKETS.test(inner)) return false;
  const words = inner.toLowerCase().split(' ');
  const [first = '', second = ''] = words;
  if (ASIDE_OPENERS.has(first)) return false;
  return SLOT_NOUNS.has(words[words.length - 1] ?? '') || (SLOT_NOUNS.has(first) && SLOT_NOUN_LINKS.has(second));
}

// Square brackets in quotations and citations that mark the writer's own words, not a slot.
const EDITORIAL = new Set(['sic', 'sic!', 'citation needed', 'emphasis added', 'emphasis mine', 'translation mine', 'redacted', 'inaudible', 'laughs', 'sic erat scriptum']);

function isLink(name: string): boolean {
  return /^(?:https?:|www\.)/i.test(name);
}

/** `[ref]: https://…`: a Markdown link definition, at a line's start, with where it points. */
function isLinkDefinition(match: RegExpExecArray): boolean {
  const after = match.input.slice(match.index + match[0].length, match.index + match[0].length + 12);
  if (!/^:[ \t]*(?:\r?\n[ \t]*)?(?:<|https?:|www\.|mailto:|\/|#|\.{1,2}\/)/i.test(after)) return false;
  // At most three spaces of indent: the line starts within the four characters before.
  const before = match.input.slice(Math.max(0, match.index - 4), match.index);
  const lineBreak = before.lastIndexOf('\n');
  if (lineBreak === -1 && match.index > 3) return false;
  return /^ *$/.test(before.slice(lineBreak + 1));
}

/** `- [x] done`: a Markdown task list's box. */
function isTaskBox(match: RegExpExecArray): boolean {
  if (!/^\[[xX ]\]$/.test(match[0])) return false;
  // A list marker is a few characters long: look that far back, not to the line's start.
  return /(?:^|\n)[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+$/.test(match.input.slice(Math.max(0, match.index - 16), match.index));
}

/** Whether only blanks stand between the match and its line's ends; the scan covers those blanks only. */
function isWholeLine(match: RegExpExecArray): boolean {
  const { input } = match;
  let before = match.index - 1;
  while (before >= 0 && (input[before] === ' ' || input[before] === '\t')) before--;
  let after = match.index + match[0].length;
  while (after < input.length && (input[after] === ' ' || input[after] === '\t' || input[after] === '\r')) after++;
  return (before < 0 || input[before] === '\n') && (after === input.length || input[after] === '\n');
}

/**
 * A spin block's alternatives, written between `separators` or, where there are none, between the
 * `|` outside any slot (`{% spin %}{{ topic | default("it") }}|that{% endspin %}`); `offset` is
 * where `inner` stands in the match.
 */
function spin(inner: string, offset: number, separators: RegExp): Slot {
  const pieces: Span[] = [];
  let from = 0;
  const cut = (at: number, length: number) => {
    pieces.push({ start: from, end: at });
    from = at + length;
  };
  for (const separator of inner.matchAll(separators)) cut(separator.index, separator[0].length);
  if (pieces.length === 0) {
    let depth = 0;
    for (let at = 0; at < inner.length; at++) {
      const character = inner[at];
      if (character === '{' || character === '[') depth++;
      else if ((character === '}' || character === ']') && depth > 0) depth--;
      else if (character === '|' && depth === 0) cut(at, 1);
    }
  }
  pieces.push({ start: from, end: inner.length });
  const written = pieces.map((piece) => ({ piece, text: inner.slice(piece.start, piece.end).trim() })).filter(({ text }) => text !== '');
  const first = written[0];
  if (!first) return { name: '', alternatives: [] };
  const leading = inner.slice(first.piece.start).search(/\S/u);
  const start = offset + first.piece.start + leading;
  return { name: '', alternatives: written.map(({ text }) => text), chosen: { start, end: start + first.text.length } };
}

/**
 * A template expression's slot: `first_name`, `topic | default("your field")` (Jinja and Liquid
 * filters), `default company "your team"` (a Handlebars helper with a fallback).
 */
export function readExpression(inner: string): { name: string; fallback?: string } {
  const [head = '', ...filters] = inner.split('|');
  const fallback = /^\s*(?:default|d)\s*[(:]\s*(?:"([^"]*)"|'([^']*)')/u.exec(filters.join('|'));
  const strings = [...head.matchAll(/"([^"]*)"|'([^']*)'/g)].map((match) => match[1] ?? match[2] ?? '');
  const paths = head.replace(/"[^"]*"|'[^']*'/g, ' ').match(/[\p{L}_@][\p{L}\p{N}_.@-]*/gu) ?? [];
  const name = paths.join(' ');
  const given = fallback ? (fallback[1] ?? fallback[2]) : paths.length > 1 ? strings[0] : undefined;
  return given === undefined ? { name } : { name, fallback: given };
}

/** Every syntax findPlaceholders reads. */
export const PLACEHOLDER_SYNTAXES: ReadonlySet<PlaceholderSyntax> = new Set(SYNTAXES.map(({ syntax }) => syntax));

/**
 * Every placeholder in `text`, in order, as offsets shifted by `base`. Where two syntaxes claim
 * overlapping text, the one listed first wins (`{{x}}` is not also `{x}`).
 */
const BLANK_LINE = /\n[^\S\n]*\n/u;

export function findPlaceholders(text: string, base = 0, syntaxes?: ReadonlySet<PlaceholderSyntax>): Placeholder[] {
  const found: Placeholder[] = [];
  // Which characters a placeholder already holds: checking a match costs its own length only.
  let claimed: Uint8Array | undefined;
  for (const { syntax, pattern, read } of SYNTAXES) {
    if (syntaxes && !syntaxes.has(syntax)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (BLANK_LINE.test(match[0])) {
        // Delimiters a paragraph apart are two texts: a slot may still open inside.
        pattern.lastIndex = start + 1;
        continue;
      }
      if (claimed && claimed.subarray(start, end).includes(1)) continue;
      const made = read(match);
      if (!made) continue;
      claimed ??= new Uint8Array(text.length);
      claimed.fill(1, start, end);
      const { chosen, ...slot } = made;
      if (!chosen) {
        found.push({ start: base + start, end: base + end, raw: match[0], syntax, words: nameWords(slot.name), ...slot });
        continue;
      }
      // The first alternative is read where it stands, with the slots in it.
      const [from, to] = [start + chosen.start, start + chosen.end];
      found.push({ start: base + start, end: base + from, raw: match[0], syntax, words: '', ...slot, control: true });
      found.push(...findPlaceholders(text.slice(from, to), base + from, syntaxes));
      found.push({ start: base + to, end: base + end, raw: text.slice(to, end), syntax, name: '', words: '', control: true, unchosen: true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A `{{` that never closes on its line: a template half typed or half filled. */
export function findUnclosedMustaches(text: string, base = 0): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, newline === -1 ? text.length : newline);
    // Only a `{{` after the line's last `}}` is left open; the rest of the line is that one finding.
    const close = line.lastIndexOf('}}');
    const open = line.indexOf('{{', close === -1 ? 0 : close + 2);
    if (open !== -1) found.push({ start: base + lineStart + open, end: base + lineStart + Math.min(line.length, open + 42) });
    if (newline === -1) return found;
    lineStart = newline + 1;
  }
}

export function nameWords(name: string): string {
  return name
    // A method called on the value says how it is printed, not what it is: `{first_name.title()}`.
    .replace(/\.\p{L}[\p{L}\p{N}_]*\([^()]*\)/gu, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}
