// @ts-check
// `pnpm eval`: per-rule precision, recall and F1 on every labelled set (non-borderline rows,
// borderline rows apart, then per language, with the ids of every miss), then what changed since
// the last run. Only ids are printed, never a note's text: the real notes are other people's words.
//
//   node eval/run.js [--set NAME]... [--undeclared] [--no-diff] [--no-save]
//
// --undeclared scores every note with its language withheld, as from a user who sets none (the
// rules then guess it from the note's words); it keeps its own last run to compare with.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EVALUATED_RULES, LABELLED_SETS, loadSet, scores, slices } from './evaluate.js';

/**
 * What a run measured, set -> slice -> rule; the next run compares itself with it.
 * @typedef {{ tp: number, fp: number, fn: number, misses: string[] }} RuleFigures
 * @typedef {Record<string, Record<string, Record<string, RuleFigures>>>} Figures
 */

const root = fileURLToPath(new URL('..', import.meta.url));

const { values: options } = parseArgs({
  options: {
    set: { type: 'string', multiple: true },
    undeclared: { type: 'boolean', default: false },
    'no-diff': { type: 'boolean', default: false },
    'no-save': { type: 'boolean', default: false },
  },
});
const setNames = LABELLED_SETS.map((set) => set.name);
const unknownSets = (options.set ?? []).filter((name) => !setNames.includes(name));
if (unknownSets.length > 0) {
  console.error(`No labelled set named ${unknownSets.join(', ')}; the sets are ${setNames.join(', ')}.`);
  process.exit(2);
}
// Under node_modules so that it is never committed, and a fresh install starts without one.
const lastRunPath = fileURLToPath(new URL(`../node_modules/.cache/invite-lint/eval-last${options.undeclared ? '-undeclared' : ''}.json`, import.meta.url));
const chosenSets = options.set ? LABELLED_SETS.filter((set) => options.set?.includes(set.name)) : LABELLED_SETS;

/** @param {number} value */
const fixed = (value) => value.toFixed(3);

/** @param {string[]} leading the columns before the scores */
function printHeader(...leading) {
  const columns = [...leading, 'precision', 'recall', 'F1', 'support', 'TP', 'FP', 'FN'];
  console.log(`| ${columns.join(' | ')} |`);
  console.log(`|${'---|'.repeat(columns.length)}`);
}

/** @param {import('./evaluate.js').Tally} t */
function scoreCells(t) {
  const s = scores(t);
  return `${fixed(s.precision)} | ${fixed(s.recall)} | ${fixed(s.f1)} | ${s.support} | ${t.tp} | ${t.fp} | ${t.fn} |`;
}

/** @param {import('./evaluate.js').Slice} slice */
function printTable(slice) {
  console.log(`\n### ${slice.name} (${slice.notes} notes)\n`);
  printHeader('rule');
  for (const [id, t] of Object.entries(slice.tallies)) console.log(`| ${id} | ${scoreCells(t)}`);
  for (const [id, t] of Object.entries(slice.tallies)) {
    if (t.falsePositives.length > 0 || t.falseNegatives.length > 0) {
      console.log(`  ${id}: false positives [${t.falsePositives.join(' ')}], false negatives [${t.falseNegatives.join(' ')}]`);
    }
  }
  const kinds = Object.entries(slice.contextKinds);
  if (kinds.length > 0) {
    console.log(`  contexts found in 3rd-degree notes, by kind (labelled with a context / without): ${kinds.map(([kind, count]) => `${kind} ${count.withContext}/${count.withoutContext}`).join(', ')}`);
  }
}

/**
 * The language slices in one table; a rule that nothing expects and nothing fires in a language gets no row there.
 * @param {import('./evaluate.js').Slice[]} languageSlices
 */
function printLanguageTable(languageSlices) {
  console.log('\n### non-borderline, per language\n');
  printHeader('language', 'notes', 'rule');
  for (const slice of languageSlices) {
    for (const [id, t] of Object.entries(slice.tallies)) {
      if (t.tp + t.fp + t.fn > 0) console.log(`| ${slice.lang} | ${slice.notes} | ${id} | ${scoreCells(t)}`);
    }
  }
}

/** @param {import('./evaluate.js').Slice[]} scored @returns {Figures[string]} */
const figuresOf = (scored) =>
  Object.fromEntries(
    scored.map((slice) => [
      slice.name,
      Object.fromEntries(
        Object.entries(slice.tallies).map(([id, t]) => [id, { tp: t.tp, fp: t.fp, fn: t.fn, misses: [...t.falsePositives, ...t.falseNegatives] }]),
      ),
    ]),
  );

/** @type {Figures} */
const figures = {};
for (const set of chosenSets) {
  const loaded = loadSet(set);
  if ('skipped' in loaded) {
    console.log(`\n## ${set.name}: skipped, ${loaded.skipped}`);
    continue;
  }
  console.log(`\n## ${set.name} (${relative(root, set.path)}, ${loaded.rows.length} notes)`);
  const scored = slices(loaded.rows, { declareLanguage: !options.undeclared });
  for (const slice of scored.filter((slice) => slice.lang === undefined)) printTable(slice);
  printLanguageTable(scored.filter((slice) => slice.lang !== undefined));
  figures[set.name] = figuresOf(scored);
}

/**
 * One line per set, slice and rule whose precision, recall or misses moved, then the sets where
 * nothing did and those the last run did not score.
 * @param {Figures} last @param {Figures} now @returns {string[]}
 */
function changes(last, now) {
  /** @type {string[]} */
  const lines = [];
  /** @type {string[]} */
  const unchanged = [];
  /** @type {string[]} */
  const unscored = [];
  for (const [setName, setNow] of Object.entries(now)) {
    const setLast = last[setName];
    if (!setLast) {
      unscored.push(setName);
      continue;
    }
    const before = lines.length;
    for (const [sliceName, rules] of Object.entries(setNow)) {
      for (const id of EVALUATED_RULES) {
        const was = setLast[sliceName]?.[id];
        const is = rules[id];
        if (!was || !is) continue;
        const [then, current] = [scores(was), scores(is)];
        const moved = [];
        if (fixed(then.precision) !== fixed(current.precision)) moved.push(`P ${fixed(then.precision)} -> ${fixed(current.precision)}`);
        if (fixed(then.recall) !== fixed(current.recall)) moved.push(`R ${fixed(then.recall)} -> ${fixed(current.recall)}`);
        const parts = moved.length > 0 ? [moved.join(', ')] : [];
        const newlyRight = was.misses.filter((missed) => !is.misses.includes(missed));
        const newlyWrong = is.misses.filter((missed) => !was.misses.includes(missed));
        if (newlyRight.length > 0) parts.push(`newly right: ${newlyRight.join(' ')}`);
        if (newlyWrong.length > 0) parts.push(`newly wrong: ${newlyWrong.join(' ')}`);
        if (parts.length > 0) lines.push(`${setName} / ${sliceName} / ${id}: ${parts.join('; ')}`);
      }
    }
    if (lines.length === before) unchanged.push(setName);
  }
  if (unchanged.length > 0) lines.push(`no change: ${unchanged.join(', ')}`);
  if (unscored.length > 0) lines.push(`not in the last run: ${unscored.join(', ')}`);
  return lines;
}

/** @type {Figures | undefined} */
const lastRun = existsSync(lastRunPath) ? JSON.parse(readFileSync(lastRunPath, 'utf8')) : undefined;
if (!options['no-diff'] && Object.keys(figures).length > 0) {
  console.log('\n## Changes since the last run\n');
  if (lastRun) for (const line of changes(lastRun, figures)) console.log(line);
  else console.log(`No last run at ${relative(root, lastRunPath)}.`);
}
if (!options['no-save']) {
  mkdirSync(dirname(lastRunPath), { recursive: true });
  // Sets not scored this time (--set, or absent) keep their last figures.
  writeFileSync(lastRunPath, `${JSON.stringify({ ...lastRun, ...figures }, null, 1)}\n`);
}
