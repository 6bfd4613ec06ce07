// @ts-check
// Precision and recall of the judgement and length rules on a labelled corpus of notes
// (schema: ../shared/corpus/README.md). Used by `pnpm eval` and by the accuracy floor test.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lint } from '@invite-lint/core';

export const EVALUATED_RULES = ['no-default-text', 'require-reason', 'require-shared-contact', 'require-context', 'max-length'];

/** The corpus beside the repository (it exists in CI, not in a user's clone), or INVITE_LINT_CORPUS. */
export const corpusPath =
  process.env.INVITE_LINT_CORPUS || fileURLToPath(new URL('../../shared/corpus/notes.jsonl', import.meta.url));

/**
 * @typedef {{ id: string, lang: string, degree: 1 | 2 | 3, limit: number, text: string, expected: string[], borderline: boolean }} Row
 * @typedef {{ tp: number, fp: number, fn: number, falsePositives: string[], falseNegatives: string[] }} Tally
 */

/** @returns {Row[] | undefined} */
export function loadCorpus(path = corpusPath) {
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/** @param {Row} row @returns {Set<string>} the evaluated rules that fire on the row */
export function firedRules(row) {
  const file = lint(row.text, {
    filePath: `${row.id}.txt`,
    settings: { degree: row.degree, lang: row.lang, limit: row.limit },
  });
  /** @type {Set<string>} */
  const fired = new Set();
  for (const message of file.messages) if (message.ruleId && EVALUATED_RULES.includes(message.ruleId)) fired.add(message.ruleId);
  return fired;
}

/** @returns {Tally} */
function emptyTally() {
  return { tp: 0, fp: 0, fn: 0, falsePositives: [], falseNegatives: [] };
}

/**
 * Per rule tallies for the rows that `include` keeps, keyed by rule id.
 * @param {Row[]} rows
 * @param {(row: Row) => boolean} include
 */
export function tally(rows, include) {
  /** @type {Record<string, Tally>} */
  const tallies = Object.fromEntries(EVALUATED_RULES.map((id) => [id, emptyTally()]));
  for (const row of rows) {
    if (!include(row)) continue;
    const fired = firedRules(row);
    for (const id of EVALUATED_RULES) {
      const t = /** @type {Tally} */ (tallies[id]);
      const expected = row.expected.includes(id);
      const got = fired.has(id);
      if (expected && got) t.tp++;
      else if (got) {
        t.fp++;
        t.falsePositives.push(row.id);
      } else if (expected) {
        t.fn++;
        t.falseNegatives.push(row.id);
      }
    }
  }
  return tallies;
}

/** @param {Tally} t */
export function scores(t) {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: t.tp + t.fn };
}
