import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVALUATED_RULES, corpusPath, loadCorpus, scores, tally, type Row } from '../eval/evaluate.js';

/** Precision and recall floors on non-borderline rows, set just under what the rules reach. */
const FLOORS = { precision: 0.95, recall: 0.95 };

function checkFloors(rows: Row[]) {
  const tallies = tally(rows, (row) => !row.borderline);
  for (const id of EVALUATED_RULES) {
    const counts = tallies[id];
    if (!counts) throw new Error(`no tally for ${id}`);
    const { precision, recall } = scores(counts);
    expect({ id, precision: precision >= FLOORS.precision, recall: recall >= FLOORS.recall }).toEqual({ id, precision: true, recall: true });
  }
}

describe('rule accuracy floors', () => {
  const corpus = loadCorpus();
  if (corpus) {
    it(`holds on the labelled corpus (${corpusPath})`, () => checkFloors(corpus));
  } else {
    it.skip(`skipped: no labelled corpus at ${corpusPath} (it ships beside the repository in CI, not in a clone)`, () => {});
  }

  for (const fixture of ['holdout-notes.jsonl', 'holdout-blind.jsonl', 'holdout-blind-2.jsonl']) {
    it(`holds on the held-out set test/fixtures/${fixture}`, () => {
      const rows = loadCorpus(fileURLToPath(new URL(`./fixtures/${fixture}`, import.meta.url)));
      expect(rows?.length).toBeGreaterThan(30);
      checkFloors(rows ?? []);
    });
  }
});
