// @ts-check
// `pnpm eval`: per-rule precision, recall and F1 on the labelled corpus, non-borderline rows
// first, borderline rows apart, then per language; with the ids of every miss.
import { EVALUATED_RULES, corpusPath, loadCorpus, scores, tally } from './evaluate.js';

const rows = loadCorpus();
if (!rows) {
  console.log(`No labelled corpus at ${corpusPath}: it ships beside the repository in CI (../shared), not in a clone. Set INVITE_LINT_CORPUS to a notes.jsonl to evaluate.`);
  process.exit(0);
}

/** @param {number} value */
const fixed = (value) => value.toFixed(3);

/** @param {string} title @param {(row: import('./evaluate.js').Row) => boolean} include @param {boolean} details */
function table(title, include, details) {
  const tallies = tally(rows ?? [], include);
  const count = (rows ?? []).filter(include).length;
  console.log(`\n${title} (${count} notes)\n`);
  console.log('| rule | precision | recall | F1 | support | TP | FP | FN |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const id of EVALUATED_RULES) {
    const t = tallies[id];
    if (!t) continue;
    const s = scores(t);
    console.log(`| ${id} | ${fixed(s.precision)} | ${fixed(s.recall)} | ${fixed(s.f1)} | ${s.support} | ${t.tp} | ${t.fp} | ${t.fn} |`);
  }
  if (!details) return;
  for (const id of EVALUATED_RULES) {
    const t = tallies[id];
    if (t && (t.falsePositives.length > 0 || t.falseNegatives.length > 0)) {
      console.log(`  ${id}: false positives [${t.falsePositives.join(' ')}], false negatives [${t.falseNegatives.join(' ')}]`);
    }
  }
}

table('Non-borderline', (row) => !row.borderline, true);
table('Borderline', (row) => row.borderline, true);
for (const lang of [...new Set(rows.map((row) => row.lang))]) {
  table(`Non-borderline, ${lang}`, (row) => !row.borderline && row.lang === lang, false);
}
