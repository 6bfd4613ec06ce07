// @ts-check
// Precision and recall of the judgement and length rules on the labelled sets of notes
// (schema: ../shared/corpus/README.md). Used by `pnpm eval` and by the accuracy floor test.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, noteSignals, rules } from '@invite-lint/core/internal';

/** The rules the labelled sets score, in the registry's order (the corpus README's order of `expected`). */
export const EVALUATED_RULES = rules.filter((rule) => rule.meta.docs.evaluated).map((rule) => rule.meta.id);

/**
 * @typedef {{ id: string, lang: string, degree: 1 | 2 | 3, limit: number, text: string, expected: string[], borderline: boolean }} Row
 * @typedef {{ tp: number, fp: number, fn: number, falsePositives: string[], falseNegatives: string[] }} Tally
 * @typedef {{ name: string, path: string, whyAbsent?: string }} LabelledSet
 * @typedef {{ withContext: number, withoutContext: number }} KindCount
 * @typedef {{ name: string, lang?: string, notes: number, tallies: Record<string, Tally>, contextKinds: Record<string, KindCount> }} Slice
 */

const fixtures = new URL('../test/fixtures/', import.meta.url);
const besideTheRepository = 'it ships beside the repository in CI (../shared), not in a clone';

/**
 * Every labelled set, by name: the two in ../shared, each test/fixtures/*.jsonl, and INVITE_LINT_CORPUS as `custom`.
 * @type {LabelledSet[]}
 */
export const LABELLED_SETS = [
  { name: 'written', path: fileURLToPath(new URL('../../shared/corpus/notes.jsonl', import.meta.url)), whyAbsent: besideTheRepository },
  { name: 'real', path: fileURLToPath(new URL('../../shared/corpus/real.jsonl', import.meta.url)), whyAbsent: besideTheRepository },
  ...readdirSync(fixtures)
    .filter((file) => file.endsWith('.jsonl'))
    .map((file) => ({ name: basename(file, '.jsonl'), path: fileURLToPath(new URL(file, fixtures)) }))
    .sort((a, b) => a.name.localeCompare(b.name)),
  ...(process.env.INVITE_LINT_CORPUS
    ? [{ name: 'custom', path: process.env.INVITE_LINT_CORPUS, whyAbsent: 'INVITE_LINT_CORPUS names a file that does not exist' }]
    : []),
];

/**
 * The set's rows, or why it is skipped: an absent file is expected, not an error.
 * @param {LabelledSet} set
 * @returns {{ rows: Row[] } | { skipped: string }}
 */
export function loadSet(set) {
  if (!existsSync(set.path)) return { skipped: `no file at ${set.path}${set.whyAbsent ? `: ${set.whyAbsent}` : ''}` };
  const rows = readFileSync(set.path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
  return { rows };
}

/**
 * The evaluated rules that fire on the row, and the kinds of named context the note gives. With
 * `declareLanguage` false the row's language is withheld, as from a user who sets none.
 * @param {Row} row @param {boolean} declareLanguage @returns {{ fired: Set<string>, contexts: string[] }}
 */
function judgeRow(row, declareLanguage) {
  const file = lint(row.text, {
    filePath: `${row.id}.txt`,
    settings: { degree: row.degree, limit: row.limit, ...(declareLanguage ? { lang: row.lang } : {}) },
  });
  /** @type {Set<string>} */
  const fired = new Set();
  for (const message of file.messages) if (message.ruleId && EVALUATED_RULES.includes(message.ruleId)) fired.add(message.ruleId);
  return { fired, contexts: file.data.inviteLint ? noteSignals(file.data.inviteLint).contexts : [] };
}

/**
 * Per kind of context (event, studied together, interaction, offer), how many 3rd-degree notes
 * it was found in, among those labelled with a context and those labelled without one: a kind
 * often found where the label says there is none is where require-context's misses come from.
 * @param {{ row: Row, contexts: string[] }[]} judged
 */
function countContextKinds(judged) {
  /** @type {Record<string, KindCount>} */
  const counts = {};
  for (const { row, contexts } of judged) {
    if (row.degree !== 3) continue;
    for (const kind of contexts) {
      counts[kind] ??= { withContext: 0, withoutContext: 0 };
      if (row.expected.includes('require-context')) counts[kind].withoutContext++;
      else counts[kind].withContext++;
    }
  }
  return counts;
}

/**
 * Per rule tallies, keyed by rule id.
 * @param {{ row: Row, fired: Set<string> }[]} judged
 */
function tally(judged) {
  /** @type {Record<string, Tally>} */
  const tallies = {};
  for (const id of EVALUATED_RULES) {
    /** @type {Tally} */
    const t = { tp: 0, fp: 0, fn: 0, falsePositives: [], falseNegatives: [] };
    for (const { row, fired } of judged) {
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
    tallies[id] = t;
  }
  return tallies;
}

/**
 * The set scored in slices: `non-borderline`, `borderline` (labels a careful reader could
 * dispute, so kept apart), then `non-borderline, <lang>` for every language in the set.
 * Each row is linted once, its language declared unless `declareLanguage` is false.
 * @param {Row[]} rows
 * @param {{ declareLanguage?: boolean }} [options]
 * @returns {Slice[]}
 */
export function slices(rows, { declareLanguage = true } = {}) {
  const judged = rows.map((row) => ({ row, ...judgeRow(row, declareLanguage) }));
  const nonBorderline = judged.filter(({ row }) => !row.borderline);
  /** @param {string} name @param {typeof judged} part @returns {Slice} */
  const slice = (name, part) => ({ name, notes: part.length, tallies: tally(part), contextKinds: countContextKinds(part) });
  const languages = [...new Set(nonBorderline.map(({ row }) => row.lang))].sort();
  return [
    slice('non-borderline', nonBorderline),
    slice('borderline', judged.filter(({ row }) => row.borderline)),
    ...languages.map((lang) => ({
      ...slice(`non-borderline, ${lang}`, nonBorderline.filter(({ row }) => row.lang === lang)),
      lang,
    })),
  ];
}

/** @param {{ tp: number, fp: number, fn: number }} t */
export function scores(t) {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: t.tp + t.fn };
}
