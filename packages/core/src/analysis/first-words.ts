/**
 * The words a match of a phrase can begin with, read from the phrase's pattern source: the
 * phrase is then tried only where the text holds one of them (see phrase-pattern.ts). A word
 * here is a whole run of letters and numbers, as the patterns' boundaries count them, so "i'm"
 * begins with "i" and "trade ?shows?" with "trade", "tradeshow" or "tradeshows". What the
 * reader cannot spell out (a class of letters, a repeated letter, more spellings than
 * MAX_WORDS, a phrase that may begin with no letter) makes the answer undefined: try the
 * phrase everywhere.
 */
export function firstWords(source: string, isWordUnit: (code: number) => boolean): readonly string[] | undefined {
  // Most phrases begin with a word, or a group of words, then a space or an apostrophe, and have
  // no bar outside a group: those are read by two patterns, at a fraction of the reader's cost.
  const plain = PLAIN_START.exec(source);
  if (plain && NO_BAR_OUTSIDE_GROUPS.test(source)) return plain[1] !== undefined ? plain[1].split('|').flatMap(branchWords) : branchWords(plain[2]!);
  try {
    const reader = new PrefixReader(source, isWordUnit);
    const starts = reader.alternation();
    if (!starts || reader.at < source.length) return undefined;
    // The pattern's own boundary ends the word where the phrase ends.
    const words = new Set(starts.map(({ word }) => word));
    return words.has('') ? undefined : [...words];
  } catch {
    return undefined;
  }
}

/** How a phrase can begin: the letters it has written so far, and whether its first word is over. */
interface Start {
  word: string;
  closed: boolean;
}

/** A part of the pattern whose first letters cannot be spelled out. */
const UNSPELLABLE = null;
type Starts = readonly Start[] | typeof UNSPELLABLE;

const MAX_WORDS = 64;
// `word[\s,]+…`, `word'…`, `words?` or a group of such words, as phrase-pattern.ts writes a phrase's space.
const PLAIN_BRANCH = String.raw`[a-z0-9]+(?:[a-z0-9]\?)?(?:(?:\[\\s,\]\+|')(?:[a-z0-9'-]|\[\\s,\]\+)*)?`;
const PLAIN_START = new RegExp(String.raw`^(?:\(\?:(${PLAIN_BRANCH}(?:\|${PLAIN_BRANCH})*)\)|([a-z0-9]+(?:[a-z0-9]\?)?))(?:\[\\s,\]\+|'(?![?*+{])|$)`);
/** A branch's first word with its last letter optional ("webinars?"), else its first word. */
const OPTIONAL_LAST = /^([a-z0-9]+)([a-z0-9])\?/;
const LEADING_WORD = /^[a-z0-9]+/;

function branchWords(branch: string): string[] {
  const optional = OPTIONAL_LAST.exec(branch);
  return optional ? [optional[1]!, optional[1]! + optional[2]!] : [LEADING_WORD.exec(branch)![0]];
}

/** An escaped unit or a whole class: where a bracket or a bar is no group's and no branch's. */
const ESCAPE_OR_CLASS = String.raw`\\[^]|\[(?:\\[^]|[^\]\\])*\]`;

/** Groups nested up to four deep, classes and escapes, with no bar outside them. */
const NO_BAR_OUTSIDE_GROUPS = (() => {
  let group = String.raw`\((?:${ESCAPE_OR_CLASS}|[^()\\[])*\)`;
  for (let depth = 2; depth <= 4; depth++) group = String.raw`\((?:${ESCAPE_OR_CLASS}|[^()\\[]|${group})*\)`;
  return new RegExp(String.raw`^(?:${ESCAPE_OR_CLASS}|[^|()\\[]|${group})*$`);
})();
/** A class, its body (negation included) in the group. */
const CLASS = /\[((?:\\[^]|[^\]\\])*)\]/y;
/** A class body of single units: no negation, no range (a hyphen only last), no escape for a set but \s. */
const SPELLABLE_CLASS = /^(?!\^)(?:\\s|\\[^A-Za-z0-9]|[^\\-]|-$)*$/;
const QUANTIFIERS = new Set(['?', '*', '+', '{']);
/** A stretch of a pattern with no group's bracket and no bar outside a class or escape. */
const PLAIN = new RegExp(String.raw`(?:${ESCAPE_OR_CLASS}|[^|()\\[])*`, 'y');
const NOTHING: readonly Start[] = [{ word: '', closed: false }];
const BREAK: readonly Start[] = [{ word: '', closed: true }];

/**
 * A reader of the pattern syntax phrase lists use. A part it cannot spell out is read past, and
 * matters only where the first word may still be open; it throws only where it cannot tell
 * where a part ends.
 */
class PrefixReader {
  at = 0;
  constructor(
    private readonly source: string,
    private readonly isWordUnit: (code: number) => boolean,
  ) {}

  alternation(): Starts {
    let starts: Start[] | typeof UNSPELLABLE = [];
    for (;;) {
      const branch = this.sequence();
      if (!branch || (starts && starts.length + branch.length > MAX_WORDS)) starts = UNSPELLABLE;
      else if (starts) for (const start of branch) starts.push(start);
      if (this.source[this.at] !== '|') return starts;
      this.at++;
    }
  }

  private sequence(): Starts {
    let starts: Starts = NOTHING;
    let open = true;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      // Once the first word is over (or cannot be spelled out), the rest of the branch only needs its end found.
      if (!starts || !open) {
        this.skipBranch();
        break;
      }
      const atom = this.quantified(this.atom());
      if (!atom) {
        starts = UNSPELLABLE;
        continue;
      }
      const next: Start[] = [];
      open = false;
      for (const start of starts) {
        if (start.closed) next.push(start);
        else
          for (const part of atom) {
            next.push(part.word === '' && part.closed === start.closed ? start : { word: start.word + part.word, closed: part.closed });
            open ||= !part.closed;
          }
      }
      starts = next.length <= MAX_WORDS ? next : UNSPELLABLE;
    }
    return starts;
  }

  /** Moves to the `|` or `)` that ends the branch being read, past groups, classes and escapes. */
  private skipBranch(): void {
    let depth = 0;
    for (;;) {
      PLAIN.lastIndex = this.at;
      PLAIN.test(this.source);
      this.at = PLAIN.lastIndex;
      const unit = this.source[this.at];
      if (unit === undefined) return;
      if (unit === '(') depth++;
      else if (depth === 0) return;
      else if (unit === ')') depth--;
      this.at++;
    }
  }

  /** An atom with the quantifier that follows it, if any. */
  private quantified(atom: Starts): Starts {
    const unit = this.source[this.at];
    let min: number;
    let max: number;
    if (unit === '?' || unit === '*' || unit === '+') {
      this.at++;
      [min, max] = unit === '?' ? [0, 1] : [unit === '*' ? 0 : 1, Infinity];
    } else if (unit === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!bounds) throw new Error('a brace that is no quantifier');
      this.at += bounds[0].length;
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] ? Number(bounds[3]) : Infinity;
    } else return atom;
    if (this.source[this.at] === '?') this.at++;
    if (!atom) return UNSPELLABLE;
    // Repeated, only what writes no letter is spelled out: the first time, it ends the word.
    if (max > 1 && atom.some(({ word }) => word !== '')) return UNSPELLABLE;
    return min === 0 ? [...NOTHING, ...atom] : atom;
  }

  private atom(): Starts {
    const unit = this.source[this.at]!;
    if (unit === '(') return this.group();
    if (unit === '[') return this.characterClass();
    if (unit === '\\') return this.escape();
    this.at++;
    if (unit === '^' || unit === '$') return NOTHING;
    if (unit === '.') return UNSPELLABLE;
    if ('*+?{}'.includes(unit)) throw new Error('a quantifier with nothing to repeat');
    const code = unit.charCodeAt(0);
    if (!this.isWordUnit(code)) return BREAK;
    // A run of letters read as one atom, but for its last letter when a quantifier follows that.
    const start = this.at - 1;
    while (this.at + 1 < this.source.length && this.isWordUnit(this.source.charCodeAt(this.at)) && !QUANTIFIERS.has(this.source[this.at + 1]!)) this.at++;
    return [{ word: this.source.slice(start, this.at), closed: false }];
  }

  private unitStart(code: number): readonly Start[] {
    return this.isWordUnit(code) ? [{ word: String.fromCharCode(code), closed: false }] : BREAK;
  }

  private group(): Starts {
    let lookaround = false;
    if (this.source[this.at + 1] !== '?') this.at++;
    else if (this.source[this.at + 2] === ':') this.at += 3;
    else {
      const behind = this.source[this.at + 2] === '<' ? 1 : 0;
      const kind = this.source[this.at + 2 + behind];
      if (kind !== '=' && kind !== '!') throw new Error('a group this reader does not know');
      lookaround = true;
      this.at += 3 + behind;
    }
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Error('an unclosed group');
    this.at++;
    // A lookaround writes nothing: what follows it begins the match.
    return lookaround ? NOTHING : inner;
  }

  /** A class spelled out when it lists a few units one by one ([sz], [\s,]), not ranges, properties or negation. */
  private characterClass(): Starts {
    CLASS.lastIndex = this.at;
    const found = CLASS.exec(this.source);
    if (!found) throw new Error('an unclosed class');
    this.at = CLASS.lastIndex;
    const body = found[1]!;
    if (!SPELLABLE_CLASS.test(body)) return UNSPELLABLE;
    const members = body.replace(/\\s/g, ' ').replace(/\\(.)/g, '$1');
    const starts: Start[] = [];
    let breaks = false;
    for (const unit of members) {
      if (this.isWordUnit(unit.charCodeAt(0))) starts.push({ word: unit, closed: false });
      else breaks = true;
    }
    return breaks ? [...starts, ...BREAK] : starts;
  }

  private escape(): Starts {
    const unit = this.source[this.at + 1];
    if (unit === undefined) throw new Error('a pattern that ends in a backslash');
    this.at += 2;
    if (unit === 's') return BREAK;
    if (unit === 'b' || unit === 'B') return NOTHING;
    if (/[A-Za-z0-9]/.test(unit)) {
      if (this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
      else if (unit === 'u') this.at += 4;
      else if (unit === 'x') this.at += 2;
      return UNSPELLABLE;
    }
    return this.unitStart(unit.charCodeAt(0));
  }
}
