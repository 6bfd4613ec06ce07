/**
 * Words one of which every match of a phrase holds, read from the phrase's pattern source: a
 * phrase whose words are all missing from a note cannot match there, so it is not tried
 * ("…interview (at|with) …" needs "interview"). A word here is a whole run of letters and
 * numbers, as the patterns' boundaries count them: a run of letters in the pattern counts only
 * where what the pattern writes on both sides of it is no letter or number (a space, an
 * apostrophe, the phrase's own ends). Undefined where no such word can be told: the phrase is
 * tried wherever it may begin.
 */
export function requiredWords(source: string, word: string): readonly string[] | undefined {
  try {
    const reader = new PatternReader(source, word);
    const tree = reader.alternation();
    if (reader.at < source.length) return undefined;
    // The phrase's ends are bounded by the patterns' own boundaries (see phrase-scan.ts).
    return union(tree.map((branch) => required(branch, true, true)));
  } catch {
    return undefined;
  }
}

/**
 * A part of a pattern: letters written as they are (a run of them: one word's worth), another unit
 * written as it is, a set of units, a group, or what writes nothing.
 */
type Atom =
  | { kind: 'letters'; letters: string }
  | { kind: 'unit' }
  | { kind: 'set'; word: boolean }
  | { kind: 'group'; branches: Sequence[]; ends: Ends }
  | { kind: 'empty' };
interface Part {
  atom: Atom;
  min: number;
  max: number;
  /** Whether the part always writes at least one unit (one that may write nothing is optional). */
  writes: boolean;
}
type Sequence = Part[];

/**
 * Whether a sequence's first and last units are never letters or numbers, for each answer about
 * the unit just outside it (index 0: it may be one; 1: it is not), which decides when the
 * sequence may write nothing at that end.
 */
interface Ends {
  first: [boolean, boolean];
  last: [boolean, boolean];
}

/** Words that every match holds one of; undefined when none is known. */
type Needed = readonly string[] | undefined;

/**
 * Common words are in most notes, and a phrase needing one of them is tried nearly everywhere:
 * of the words a phrase needs, the ones least likely to be in a note are kept.
 */
const COMMON = new Set(
  'a an and are as at be but by de del el en es for from i in is it la las lo los me mi my of on or our para por que se su te the this to tu un una we with y you your'.split(
    ' ',
  ),
);

function cost(words: readonly string[]): number {
  let worst = 0;
  for (const word of words) worst = Math.max(worst, COMMON.has(word) ? 100 : 12 - Math.min(word.length, 10));
  return worst * 4 + words.length;
}

/** Of what a sequence needs (any will do: all are needed), the least common. */
function best(options: readonly Needed[]): Needed {
  let chosen: Needed;
  let chosenCost = Infinity;
  for (const option of options) {
    if (!option) continue;
    const optionCost = cost(option);
    if (optionCost < chosenCost) [chosen, chosenCost] = [option, optionCost];
  }
  return chosen;
}

/** What a group's branches need together (all are needed: one word of each branch's). */
function union(options: readonly Needed[]): Needed {
  const words: string[] = [];
  for (const option of options) {
    if (!option) return undefined;
    for (const word of option) if (!words.includes(word)) words.push(word);
  }
  return words;
}

/** Whether the unit an atom writes at one end is never a letter or number, given the answer for the unit just outside it (see Ends). */
function isBoundary(atom: Atom, end: keyof Ends, outside: boolean): boolean {
  if (atom.kind === 'group') return atom.ends[end][outside ? 1 : 0];
  return atom.kind === 'empty' || atom.kind === 'unit' || (atom.kind === 'set' && !atom.word);
}

/**
 * For each place in a sequence (before its first part, between parts, after its last), whether
 * the unit written just before it is never a letter or number, given whether the one before the
 * sequence is (`before`). A part that may write nothing leaves the answer to the parts before it
 * when it does.
 */
function boundariesBefore(sequence: Sequence, before: boolean): boolean[] {
  const at = [before];
  let earlier = before;
  for (const part of sequence) {
    earlier = (part.max === 0 || isBoundary(part.atom, 'last', earlier)) && (part.writes || earlier);
    at.push(earlier);
  }
  return at;
}

/** As boundariesBefore, for the unit written just after each place. */
function boundariesAfter(sequence: Sequence, after: boolean): boolean[] {
  const at: boolean[] = new Array<boolean>(sequence.length + 1);
  let later = after;
  at[sequence.length] = later;
  for (let index = sequence.length - 1; index >= 0; index--) {
    const part = sequence[index]!;
    later = (part.max === 0 || isBoundary(part.atom, 'first', later)) && (part.writes || later);
    at[index] = later;
  }
  return at;
}

/** What a sequence needs: its whole words written as they are, and what its groups that must match need. */
function required(sequence: Sequence, before: boolean, after: boolean): Needed {
  const bounded = boundariesBefore(sequence, before);
  const boundedAfter = boundariesAfter(sequence, after);
  const options: Needed[] = [];
  for (let index = 0; index < sequence.length; index++) {
    const { atom, min, max } = sequence[index]!;
    if (min !== 1 || max !== 1) continue;
    if (atom.kind === 'letters') {
      // Runs of letters side by side are one word ("show" then "s" of "shows?" is not: quantified).
      let end = index + 1;
      let word = atom.letters;
      for (let next = sequence[end]; next?.atom.kind === 'letters' && next.min === 1 && next.max === 1; next = sequence[++end]) word += next.atom.letters;
      if (bounded[index] && boundedAfter[end]) options.push([word]);
      index = end - 1;
    } else if (atom.kind === 'group') options.push(union(atom.branches.map((branch) => required(branch, bounded[index]!, boundedAfter[index + 1]!))));
  }
  return best(options);
}

const EMPTY: Atom = { kind: 'empty' };
const UNIT: Atom = { kind: 'unit' };
const ANY_UNIT: Atom = { kind: 'set', word: true };
const SPACE: Atom = { kind: 'set', word: false };

/**
 * The tokens of a pattern, for the units of words given as a class's contents: a group's opening
 * (kind in group 1), its end, a bar, a run of letters, a class, an escape, a quantifier, any
 * other unit. Read by one sticky pattern, not unit by unit: this runs
 * on every phrase a cold run tries, before V8 has compiled the reader.
 */
function tokens(word: string): RegExp {
  return new RegExp(String.raw`\((\?:|\?<?[=!])?|(\))|(\|)|([${word}]+)|\[(\^?)((?:\\[^]|[^\]\\])*)\]|\\(?:([pPu])\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|([^]))|([?*+]|\{(\d+)(?:(,)(\d*))?\})\??|([^])`, 'uy');
}

interface Kit {
  tokens: RegExp;
  /** A class's contents that hold no unit of a word: only spaces, escapes of punctuation and punctuation, no range. */
  noWordClass: RegExp;
}

const kits = new Map<string, Kit>();

function kitFor(word: string): Kit {
  let kit = kits.get(word);
  if (!kit) {
    kit = { tokens: tokens(word), noWordClass: new RegExp(String.raw`^(?:\\s|\\[^A-Za-z0-9${word}]|[^\\\-${word}])*$`, 'u') };
    kits.set(word, kit);
  }
  return kit;
}

/** Reads the pattern syntax phrase lists use into parts; throws where it cannot tell what a part is. */
class PatternReader {
  private readonly kit: Kit;
  /** The token read and not yet taken (see next). */
  private token: RegExpExecArray | null = null;
  at = 0;

  constructor(
    private readonly source: string,
    word: string,
  ) {
    this.kit = kitFor(word);
    this.read();
  }

  private read(): void {
    this.kit.tokens.lastIndex = this.at;
    this.token = this.at < this.source.length ? this.kit.tokens.exec(this.source) : null;
    if (this.at < this.source.length && !this.token) throw new Error('a unit the reader does not know');
  }

  private take(): RegExpExecArray {
    const token = this.token!;
    this.at = this.kit.tokens.lastIndex;
    this.read();
    return token;
  }

  alternation(): Sequence[] {
    const branches = [this.sequence()];
    while (this.token?.[3] !== undefined) {
      this.take();
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): Sequence {
    const parts: Sequence = [];
    while (this.token && this.token[2] === undefined && this.token[3] === undefined) {
      const token = this.take();
      if (token[9] !== undefined) throw new Error('a quantifier with nothing to repeat');
      const letters = token[4];
      if (letters !== undefined && letters.length > 1 && this.token?.[9] !== undefined) {
        // A quantifier after letters repeats the last of them only ("shows?").
        parts.push(this.quantified({ kind: 'letters', letters: letters.slice(0, -1) }, false));
        parts.push(this.quantified({ kind: 'letters', letters: letters.slice(-1) }, true));
      } else parts.push(this.quantified(this.atom(token), true));
    }
    return parts;
  }

  /** `atom` with the quantifier after it, if any (and `mayRepeat`: none is read for a run's first letters). */
  private quantified(atom: Atom, mayRepeat: boolean): Part {
    let min = 1;
    let max = 1;
    const token = mayRepeat && this.token?.[9] !== undefined ? this.take() : undefined;
    if (token) {
      const unit = token[9]![0];
      if (unit === '{') {
        min = Number(token[10]);
        max = token[11] === undefined ? min : token[12] ? Number(token[12]) : Infinity;
      } else [min, max] = unit === '?' ? [0, 1] : [unit === '*' ? 0 : 1, Infinity];
    }
    const writes = min > 0 && (atom.kind === 'group' ? atom.branches.every((branch) => branch.some((part) => part.writes)) : atom.kind !== 'empty');
    return { atom, min, max, writes };
  }

  private atom(token: RegExpExecArray): Atom {
    if (token[0][0] === '(') return this.group(token[1]);
    if (token[4] !== undefined) return { kind: 'letters', letters: token[4] };
    if (token[6] !== undefined) return token[5] === '' && this.kit.noWordClass.test(token[6]) ? SPACE : ANY_UNIT;
    if (token[0][0] === '\\') {
      const escaped = token[8];
      if (escaped === 's') return SPACE;
      if (escaped === 'b' || escaped === 'B') return EMPTY;
      if (escaped === undefined || /[A-Za-z0-9]/.test(escaped)) return ANY_UNIT;
      return this.kit.noWordClass.test(`\\${escaped}`) ? UNIT : { kind: 'letters', letters: escaped };
    }
    const unit = token[13]!;
    if (unit === '^' || unit === '$') return EMPTY;
    return unit === '.' ? ANY_UNIT : UNIT;
  }

  private group(kind: string | undefined): Atom {
    const branches = this.alternation();
    if (this.token?.[2] === undefined) throw new Error('an unclosed group');
    this.take();
    // A lookaround writes nothing, and what it reads may lie outside the match: it needs no word.
    if (kind !== undefined && kind !== '?:') return EMPTY;
    const ends: Ends = { first: [false, false], last: [false, false] };
    for (const outside of [0, 1] as const) {
      ends.last[outside] = branches.every((branch) => boundariesBefore(branch, outside === 1).at(-1)!);
      ends.first[outside] = branches.every((branch) => boundariesAfter(branch, outside === 1)[0]!);
    }
    return { kind: 'group', branches, ends };
  }
}
