import { distance } from 'fastest-levenshtein';
import { fold } from './fold.js';

export interface Token {
  /** Folded, without apostrophes or hyphens: `I'd` and `Id` are both `id`. */
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

export function tokens(text: string, base = 0): Token[] {
  return [...fold(text).matchAll(WORD)].map((match) => ({
    word: match[0].replace(/['-]/g, ''),
    start: base + match.index,
    end: base + match.index + match[0].length,
  }));
}

/** Equal, or a typo apart: one edit in a word of four letters or more, two from eight. */
function alike(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  const edits = shorter >= 8 ? 2 : 1;
  // Words further apart in length than the edits allowed need not be compared letter by letter.
  return Math.abs(a.length - b.length) <= edits && distance(a, b) <= edits;
}

/**
 * Whether `phrase` may align inside `text` at a cost of at most `maxCost`: each phrase word with
 * no alike word in the text costs at least one edit. Cheap, and never says no wrongly, so an
 * alignment is only computed for phrases that may fit (a note is checked against every
 * language's stock sentences).
 */
export function mayAlign(phrase: readonly string[], text: readonly Token[], maxCost: number): boolean {
  let found = alikeFound.get(text);
  if (!found) alikeFound.set(text, (found = new Map()));
  let unmatched = 0;
  for (let index = 0; index < phrase.length; index++) {
    const word = phrase[index] as string;
    let alikeInText = found.get(word);
    if (alikeInText === undefined) found.set(word, (alikeInText = text.some((token) => alike(word, token.word))));
    if (alikeInText || joinedInText(phrase, index, text)) continue;
    if (++unmatched > maxCost) return false;
  }
  return true;
}

/**
 * Whether the phrase's word at `index` is typed joined to a neighbour ("ami red" for "a mi red",
 * "mynetwork") or split in two ("Linked In"): a typo, as free as a letter changed.
 */
function joinedInText(phrase: readonly string[], index: number, text: readonly Token[]): boolean {
  const word = phrase[index] as string;
  const before = phrase[index - 1];
  const after = phrase[index + 1];
  for (let at = 0; at < text.length; at++) {
    const token = (text[at] as Token).word;
    if ((before !== undefined && isJoined(token, before, word)) || (after !== undefined && isJoined(token, word, after))) return true;
    if (at > 0 && isJoined(word, (text[at - 1] as Token).word, token)) return true;
  }
  return false;
}

/** Whether `whole` is `first` and `second` written together, with no string built to compare. */
function isJoined(whole: string, first: string, second: string): boolean {
  return whole.length === first.length + second.length && whole.startsWith(first) && whole.endsWith(second);
}

// The stock sentences a note is checked against share most of their words ("add", "network"):
// whether a text holds a word alike is looked for once per word.
const alikeFound = new WeakMap<readonly Token[], Map<string, boolean>>();

export interface Alignment {
  /** Edits needed: words changed, missing or added. */
  cost: number;
  /** The aligned stretch of the text, as token indexes (end exclusive). */
  from: number;
  to: number;
}

/**
 * Where `phrase` best fits inside `text` (semi-global alignment over words: the text may hold
 * anything before and after it), and at what cost.
 */
export function align(phrase: readonly string[], text: readonly Token[]): Alignment {
  const m = phrase.length;
  const n = text.length;
  let previousCost = new Array<number>(n + 1).fill(0);
  let previousFrom = Array.from({ length: n + 1 }, (_, j) => j);
  // The row before the previous one: two phrase words typed as one ("ami" for "a mi").
  let twoBackCost = previousCost;
  let twoBackFrom = previousFrom;
  for (let i = 1; i <= m; i++) {
    const cost = new Array<number>(n + 1);
    const from = new Array<number>(n + 1);
    cost[0] = i;
    from[0] = 0;
    const word = phrase[i - 1] as string;
    const wordBefore = phrase[i - 2];
    for (let j = 1; j <= n; j++) {
      const token = (text[j - 1] as Token).word;
      const substitute = (previousCost[j - 1] as number) + (alike(word, token) ? 0 : 1);
      const skipPhrase = (previousCost[j] as number) + 1;
      const skipText = (cost[j - 1] as number) + 1;
      if (substitute <= skipPhrase && substitute <= skipText) {
        cost[j] = substitute;
        from[j] = previousFrom[j - 1] as number;
      } else if (skipPhrase <= skipText) {
        cost[j] = skipPhrase;
        from[j] = previousFrom[j] as number;
      } else {
        cost[j] = skipText;
        from[j] = from[j - 1] as number;
      }
      // Joined or split by a typo, at no cost: "ami" for "a mi", "Linked In" for "LinkedIn".
      if (wordBefore !== undefined && isJoined(token, wordBefore, word) && (twoBackCost[j - 1] as number) < (cost[j] as number)) {
        cost[j] = twoBackCost[j - 1] as number;
        from[j] = twoBackFrom[j - 1] as number;
      }
      if (j >= 2 && isJoined(word, (text[j - 2] as Token).word, token) && (previousCost[j - 2] as number) < (cost[j] as number)) {
        cost[j] = previousCost[j - 2] as number;
        from[j] = previousFrom[j - 2] as number;
      }
    }
    twoBackCost = previousCost;
    twoBackFrom = previousFrom;
    previousCost = cost;
    previousFrom = from;
  }
  let best: Alignment = { cost: m, from: 0, to: 0 };
  for (let j = 1; j <= n; j++) {
    if ((previousCost[j] as number) < best.cost) best = { cost: previousCost[j] as number, from: previousFrom[j] as number, to: j };
  }
  return best;
}
