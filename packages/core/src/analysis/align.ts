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
  for (const word of phrase) {
    let alikeInText = found.get(word);
    if (alikeInText === undefined) found.set(word, (alikeInText = text.some((token) => alike(word, token.word))));
    if (alikeInText) continue;
    if (++unmatched > maxCost) return false;
  }
  return true;
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
  for (let i = 1; i <= m; i++) {
    const cost = new Array<number>(n + 1);
    const from = new Array<number>(n + 1);
    cost[0] = i;
    from[0] = 0;
    for (let j = 1; j <= n; j++) {
      const substitute = (previousCost[j - 1] as number) + (alike(phrase[i - 1] as string, (text[j - 1] as Token).word) ? 0 : 1);
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
    }
    previousCost = cost;
    previousFrom = from;
  }
  let best: Alignment = { cost: m, from: 0, to: 0 };
  for (let j = 1; j <= n; j++) {
    if ((previousCost[j] as number) < best.cost) best = { cost: previousCost[j] as number, from: previousFrom[j] as number, to: j };
  }
  return best;
}
