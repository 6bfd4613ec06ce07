import { describe, expect, it } from 'vitest';
import { EVALUATED_RULES, LABELLED_SETS, loadSet, scores, slices, type Slice } from '../eval/evaluate.js';
import { FLOORS, MAX_MISSES_UNDER_MIN_SUPPORT, MIN_SUPPORT, type RuleFloors } from '../eval/floors.js';

/** One line per rule whose precision or recall on the slice is under its floor. */
function shortfalls(setName: string, slice: Slice, floors: RuleFloors): string[] {
  const lines: string[] = [];
  for (const [id, floor] of Object.entries(floors)) {
    const tally = slice.tallies[id];
    if (!tally) throw new Error(`eval/floors.js: ${setName} / ${slice.name} names ${id}, which is not an evaluated rule`);
    const measured = scores(tally);
    if (measured.support < MIN_SUPPORT) continue;
    for (const measure of ['precision', 'recall'] as const) {
      if (measured[measure] < floor[measure]) {
        lines.push(
          `${setName} / ${slice.name} / ${id}: ${measure} ${measured[measure].toFixed(3)} is under the floor ${floor[measure]} (support ${measured.support})`,
        );
      }
    }
  }
  return lines;
}

/** One line per rule with too few positives for a floor that still has more misses than allowed. */
function smallSliceShortfalls(setName: string, slice: Slice): string[] {
  return EVALUATED_RULES.flatMap((id) => {
    const tally = slice.tallies[id];
    if (!tally || scores(tally).support >= MIN_SUPPORT) return [];
    return (['fp', 'fn'] as const)
      .filter((kind) => tally[kind] > MAX_MISSES_UNDER_MIN_SUPPORT)
      .map((kind) => `${setName} / ${slice.name} / ${id}: ${tally[kind]} ${kind === 'fp' ? 'false positives' : 'misses'} on ${scores(tally).support} positives (at most ${MAX_MISSES_UNDER_MIN_SUPPORT})`);
  });
}

describe('rule accuracy floors (eval/floors.js)', () => {
  it('names only labelled sets', () => {
    expect(Object.keys(FLOORS).filter((name) => !LABELLED_SETS.some((set) => set.name === name))).toEqual([]);
  });

  for (const set of LABELLED_SETS) {
    const loaded = loadSet(set);
    const floors = FLOORS[set.name];
    if ('skipped' in loaded) {
      it.skip(`${set.name}: skipped, ${loaded.skipped}`, () => {});
    } else if (!floors) {
      it.skip(`${set.name}: no floors in eval/floors.js`, () => {});
    } else {
      // Undeclared, as from a user who sets no language: the rules guess it, and keep the floors.
      it.each([true, false])(`${set.name}: precision and recall at or above the floors, in all languages and in each (language declared: %s)`, (declareLanguage) => {
        expect(loaded.rows.length).toBeGreaterThan(0);
        const scored = slices(loaded.rows, { declareLanguage });
        const checked: [Slice | undefined, RuleFloors][] = [
          [scored.find((slice) => slice.name === 'non-borderline'), floors.all],
          ...Object.entries(floors.byLanguage).map(([lang, languageFloors]): [Slice | undefined, RuleFloors] => [
            scored.find((slice) => slice.lang === lang),
            languageFloors,
          ]),
        ];
        // A language no longer in the set has no support, so its floors do not apply.
        expect(checked.flatMap(([slice, sliceFloors]) => (slice ? shortfalls(set.name, slice, sliceFloors) : []))).toEqual([]);
        const nonBorderline = scored.filter((slice) => slice.name === 'non-borderline' || slice.lang !== undefined);
        expect(nonBorderline.flatMap((slice) => smallSliceShortfalls(set.name, slice))).toEqual([]);
      });
    }
  }
});
