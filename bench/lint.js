// @ts-check
// How fast invite-lint lints: one note in process (median, p95), and a cold CLI run over a
// folder of 1,000 notes against textlint (one comparable rule: sentence-length) and alex on the
// same files in the same run. Numbers only; nothing here fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '@invite-lint/core/internal';
import { record } from './fixtures/figures.js';

const root = fileURLToPath(new URL('..', import.meta.url));
/** @param {string} name */
const bin = (name) => join(root, 'node_modules/.bin', name);
const openings = ['Hi Ana,', 'Hello Marcus,', 'Hola Lucía,', 'Hi {{firstName}},', 'Hi [First Name],'];
// One body carries a dash and a curly apostrophe, as a fifth of written notes do: text that is
// not all Latin-1 costs a linter on V8 more than text that is.
const bodies = [
  'Tomás Ortega mentioned you are rebuilding the data platform at Finlo. I led a similar migration last year and would be glad to compare notes.',
  'we met at Web Summit after your talk on pricing pages — I’d love to keep the conversation going about annual plans.',
  'Andrés me comentó que estás montando el equipo de datos en Madrid. Me encantaría comparar notas sobre calidad de datos.',
  "I'd like to add you to my professional network on LinkedIn.",
];

/** @param {number} index */
function note(index) {
  const degree = (index % 3) + 1;
  return `---\ndegree: ${degree}\n---\n${openings[index % openings.length]} ${bodies[index % bodies.length]} (#${index})\n`;
}

/** @param {number[]} values @param {number} q */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

// A process that lints notes all day (the language server, audit) runs them with its code
// compiled: 2,000 notes first, then the timed ones. A cold start is the CLI figure below.
const WARM_UP = 2000;

function inProcess() {
  for (let index = 0; index < WARM_UP; index++) lint(note(index), { filePath: 'warm.txt' });
  const times = [];
  for (let index = 0; index < 2000; index++) {
    const source = note(index);
    const start = process.hrtime.bigint();
    lint(source, { filePath: index % 5 === 3 ? 'note.hbs' : 'note.txt' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  console.log(`in process: one note median ${quantile(times, 0.5).toFixed(3)} ms, p95 ${quantile(times, 0.95).toFixed(3)} ms (2,000 notes after ${WARM_UP.toLocaleString('en')} of warm-up; goal: median <= 0.15 ms)`);
  record({ what: `one note, in process (2,000 notes, after ${WARM_UP.toLocaleString('en')} to warm up)`, measured: `median ${quantile(times, 0.5).toFixed(3)} ms, p95 ${quantile(times, 0.95).toFixed(3)} ms`, against: '', goal: 'median ≤ 0.15 ms' });
}

/** Wall time of one cold run of a command, in ms. @param {string} command @param {string[]} args @param {string} cwd */
function coldRun(command, args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.error) throw result.error;
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// This machine's speed drifts from one second to the next: the tools take turns, round after
// round, and each round's ratio compares runs made under the same conditions.
const ROUNDS = 7;

function coldCli() {
  const folder = mkdtempSync(join(tmpdir(), 'invite-lint-bench-'));
  try {
    for (let index = 0; index < 1000; index++) writeFileSync(join(folder, `note-${index}.txt`), note(index));
    writeFileSync(join(folder, '.textlintrc.json'), JSON.stringify({ rules: { 'sentence-length': { max: 300 } } }));
    /** @type {Record<'ours' | 'textlint' | 'alex', number[]>} */
    const times = { ours: [], textlint: [], alex: [] };
    for (let round = 0; round < ROUNDS; round++) {
      times.ours.push(coldRun(bin('invite-lint'), ['--format', 'json', '.'], folder));
      times.textlint.push(coldRun(bin('textlint'), ['--rules-base-directory', join(root, 'node_modules'), '--format', 'json', '*.txt'], folder));
      times.alex.push(coldRun(bin('alex'), ['--quiet', '.'], folder));
    }
    const [ours, textlint, alex] = [times.ours, times.textlint, times.alex].map((runs) => quantile(runs, 0.5));
    /** @param {number[]} others */
    const ratio = (others) => quantile(times.ours.map((time, round) => time / (others[round] ?? time)), 0.5);
    /** @param {number} ms */
    const rate = (ms) => `${((1000 / ms) * 1000).toFixed(0)} files/s`;
    console.log(`cold CLI, 1,000 notes (median of ${ROUNDS} rounds): invite-lint ${ours?.toFixed(0)} ms (${rate(ours ?? 0)}), textlint ${textlint?.toFixed(0)} ms (${rate(textlint ?? 0)}), alex ${alex?.toFixed(0)} ms (${rate(alex ?? 0)})`);
    console.log(`  invite-lint takes ${ratio(times.textlint).toFixed(2)}x textlint's time (goal <= 0.35) and ${ratio(times.alex).toFixed(2)}x alex's (median of the rounds' ratios)`);
    record({
      what: 'cold CLI run, 1,000 notes',
      measured: `${ours?.toFixed(0)} ms`,
      against: `${ratio(times.textlint).toFixed(2)}x textlint (one rule), ${ratio(times.alex).toFixed(2)}x alex; median of ${ROUNDS} rounds`,
      goal: '≤ 0.35x textlint',
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

inProcess();
coldCli();
