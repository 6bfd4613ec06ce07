// @ts-check
// `audit` on a heavy inbox: whole-process wall time and peak memory for each report format.
//
//   node bench/audit.js                     50,000 invitations, short notes (what `pnpm bench` runs)
//   node bench/audit.js --million           1,000,000 invitations, notes of about 300 characters
//   node bench/audit.js --against DIR       the same, taking turns with the build in checkout DIR
//
// Both directions, most notes distinct (names and companies vary), a few repeated (stock text,
// empty notes). Each format runs in turn with a floor (the export read with csv-parse and
// written as JSON lines, nothing checked), or with --against with DIR's build, for 3 rounds, so
// the machine's drift falls on both alike. Prints numbers; nothing here fails.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { record } from './fixtures/figures.js';
import { median, pairedRatio } from './fixtures/rounds.js';
import { cli, cliOf, timeProcess } from './fixtures/time-process.js';

const { values: options } = parseArgs({ options: { million: { type: 'boolean', default: false }, against: { type: 'string' } } });
const ROWS = options.million ? 1_000_000 : 50_000;
const ROUNDS = 3;

const firstNames = ['Ana', 'Luis', 'Sofía', 'Noah', 'Priya', 'Chen', 'Marta', 'Tom', 'Elena', 'Kenji', 'Zoe', 'Omar'];
const lastNames = ['Gil', 'Ruiz', 'Becker', 'Okafor', 'Natarajan', 'Wei', 'Rossi', 'Sato', 'Park', 'Haddad', 'Lee'];
const companies = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Fernway', 'Stackly', 'Orbital'];
const events = ['KubeCon Paris', 'PyCon US', 'RustConf', 'T3chFest', 'Data Council'];
const stock = "I'd like to add you to my professional network on LinkedIn.";

/** @typedef {(name: string, company: string, event: string) => string} Note */
/** @type {Note[]} */
const shortNotes = [
  () => stock,
  () => '',
  (name, company) => `Hi ${name}, I'd like to connect with you and the ${company} team.`,
  (name, company, event) => `Hi ${name}, we met at ${event} after your talk on canary releases. I'm rolling them out at ${company} and would value your view on rollback rules. Omar`,
  (name, company) => `Hi ${name}, Dana Ruiz suggested I reach out: she said you led the move to Postgres at ${company}. I'm planning the same and would love to compare notes.`,
  (name, company) => `Hola ${name}, vi que ${company} está contratando ingenieros de datos y me gustaría saber más sobre el equipo. Un saludo`,
  (name, company) => `Hi ${name}, we help SaaS companies like ${company} 10x their pipeline. Let's connect!`,
  (name, company, event) => `Hi ${name},\nI enjoyed your comment on the ${event} recap post about on-call.\nWe are fixing ours at ${company}; could I ask you two questions about it?\nThanks`,
];

/** Notes near LinkedIn's 300-character limit, as a heavy sender writes them. @type {Note[]} */
const longNotes = [
  () => stock,
  () => '',
  (name, company, event) => `Hi ${name}, we met at ${event} after your talk on canary releases and the rollback rules you use at ${company}. I am rolling the same thing out on our payments team this quarter and would value twenty minutes of your view on alert thresholds and on-call load. Thanks, Omar`,
  (name, company) => `Hi ${name}, Dana Ruiz suggested I reach out: she said you led the move from MySQL to Postgres at ${company} without downtime. We are planning the same migration in the spring and I would love to compare notes on replication, cut-over and what you would do differently. Best, Alex`,
  (name, company) => `Hola ${name}, vi que en ${company} estáis montando el equipo de ingeniería de datos en Madrid y me gustaría saber más sobre cómo trabajáis la calidad de los datos. Llevo cinco años con dbt y Airflow y creo que podríamos compartir experiencias. Un saludo, Lucía`,
  (name, company) => `Hi ${name}, we help SaaS companies like ${company} 10x their pipeline with AI-powered outbound sequences, verified contact data and done-for-you campaigns. Our clients book 40+ meetings a month on average. Let's connect and I will send over a quick case study that fits your team!`,
  (name, company, event) => `Hi ${name},\nI enjoyed your comment on the ${event} recap post about on-call rotations and how ${company} cut pages by half.\nWe are fixing ours right now; could I ask you two questions about how you handled the handover between time zones?\nThanks, Kim`,
  (name, company) => `Hi {{firstName}}, I came across your profile while researching leaders at ${company} and was impressed by your background. I'd like to connect and share a few ideas about how teams like ${name}'s are modernising their hiring. Looking forward to connecting with you!`,
];

/** @param {string} path @param {Note[]} notes */
async function writeInvitations(path, notes) {
  const out = createWriteStream(path);
  /** @param {string} text */
  const write = async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('\uFEFFFrom,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\n');
  for (let index = 0; index < ROWS; index++) {
    // People differ row to row, as in a real inbox: few notes repeat but the stock ones.
    const name = `${firstNames[index % firstNames.length]}`;
    const other = `${name} ${lastNames[Math.floor(index / firstNames.length) % lastNames.length]}${index}`;
    const company = `${companies[index % companies.length]} ${index}`;
    const writeNote = notes[index % notes.length];
    const note = writeNote ? writeNote(name, company, events[index % events.length] ?? '') : '';
    const incoming = index % 3 !== 0;
    const month = (index % 12) + 1;
    const cells = [incoming ? other : 'Alex Morgan', incoming ? 'Alex Morgan' : other, `${month}/${(index % 28) + 1}/25, ${(index % 12) + 1}:${String(index % 60).padStart(2, '0')} ${index % 2 ? 'AM' : 'PM'}`, note, incoming ? 'INCOMING' : 'OUTGOING', '', ''];
    await write(`${cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')}\r\n`);
  }
  out.end();
  await once(out, 'finish');
}

/**
 * This build's run of median time in `runs`, with its ratio to `others` (the floor's or the
 * peer's runs of the same rounds).
 * @param {string} format @param {ReturnType<typeof timeProcess>[]} runs @param {ReturnType<typeof timeProcess>[]} others @param {string} against
 */
function say(format, runs, others, against) {
  const ms = runs.map((run) => run.ms);
  const { rss, status, stderr } = runs.find((run) => run.ms === median(ms)) ?? runs[0] ?? { rss: 0, status: null, stderr: '' };
  const seconds = median(ms) / 1000;
  const outcome = status === 0 ? `${Math.round(ROWS / seconds).toLocaleString('en')} rows/s` : `failed, exit ${status}: ${stderr.trim().split('\n').find((line) => /Error|error:/.test(line)) ?? ''}`;
  const ratio = `${pairedRatio(ms, others.map((run) => run.ms))} of ${against} (${(median(others.map((run) => run.ms)) / 1000).toFixed(1)} s)`;
  console.log(`audit, ${ROWS.toLocaleString('en')} invitations, ${format}: ${seconds.toFixed(1)} s (${outcome}), peak RSS ${rss ? `${rss.toFixed(0)} MB` : 'unknown'}; ${ratio}, median of ${ROUNDS} rounds`);
  record({
    what: `audit, ${ROWS.toLocaleString('en')} invitations, ${format}`,
    measured: `${seconds.toFixed(1)} s, peak ${rss ? `${rss.toFixed(0)} MB` : 'unknown'}`,
    against: ratio,
    goal: options.million ? '< 60 s' : '< 3 s',
  });
}

const folder = mkdtempSync(join(tmpdir(), 'invite-lint-bench-audit-'));
try {
  const csv = join(folder, 'Invitations.csv');
  await writeInvitations(csv, options.million ? longNotes : shortNotes);
  const floor = [fileURLToPath(new URL('fixtures/audit-floor.js', import.meta.url)), csv, join(folder, 'floor.jsonl')];
  const against = options.against ? { label: `${options.against}'s time`, args: (/** @type {string} */ format) => [...cliOf(resolve(options.against ?? '')), 'audit', csv, '--format', format, '-o', join(folder, `peer.${format}`)] } : { label: "the floor's time", args: () => floor };
  for (const format of ['stylish', 'json', 'csv', 'html']) {
    /** @type {ReturnType<typeof timeProcess>[]} */
    const others = [];
    /** @type {ReturnType<typeof timeProcess>[]} */
    const runs = [];
    for (let round = 0; round < ROUNDS; round++) {
      others.push(timeProcess(against.args(format), { failures: 'returned' }));
      runs.push(timeProcess([...cli, 'audit', csv, '--format', format, '-o', join(folder, `report.${format}`)], { failures: 'returned' }));
    }
    say(format, runs, others, against.label);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
