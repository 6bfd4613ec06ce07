import { closest, distance } from 'fastest-levenshtein';

/**
 * The known name closest to `name` when it is near enough to be a slip of the keys (`fistName`
 * for `firstName`); undefined when none is, so that a suggestion is never a wild guess.
 */
export function nearName(name: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const near = closest(name, [...known]);
  return distance(near.toLowerCase(), name.toLowerCase()) <= Math.max(2, Math.floor(name.length / 3)) ? near : undefined;
}
