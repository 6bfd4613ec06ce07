// @ts-check
// `audit` on a heavy inbox: 50,000 invitations (both directions, most notes distinct because
// names and companies vary), whole-process wall time and peak memory for the stylish and
// json reports. Prints numbers; nothing here fails.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, timeProcess } from './fixtures/time-process.js';

const ROWS = 50_000;

const firstNames = ['Ana', 'Luis', 'Sofía', 'Noah', 'Priya', 'Chen', 'Marta', 'Tom', 'Elena', 'Kenji', 'Zoe', 'Omar'];
const lastNames = ['Gil', 'Ruiz', 'Becker', 'Okafor', 'Natarajan', 'Wei', 'Rossi', 'Sato', 'Park', 'Haddad', 'Lee'];
const companies = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Fernway', 'Stackly', 'Orbital'];
const events = ['KubeCon Paris', 'PyCon US', 'RustConf', 'T3chFest', 'Data Council'];
/** @type {((name: string, company: string, event: string) => string)[]} */
const notes = [
  () => "I'd like to add you to my professional network on LinkedIn.",
  () => '',
  (name, company) => `Hi ${name}, I'd like to connect with you and the ${company} team.`,
  (name, company, event) => `Hi ${name}, we met at ${event} after your talk on canary releases. I'm rolling them out at ${company} and would value your view on rollback rules. Omar`,
  (name, company) => `Hi ${name}, Dana Ruiz suggested I reach out: she said you led the move to Postgres at ${company}. I'm planning the same and would love to compare notes.`,
  (name, company) => `Hola ${name}, vi que ${company} está contratando ingenieros de datos y me gustaría saber más sobre el equipo. Un saludo`,
  (name, company) => `Hi ${name}, we help SaaS companies like ${company} 10x their pipeline. Let's connect!`,
  (name, company, event) => `Hi ${name},\nI enjoyed your comment on the ${event} recap post about on-call.\nWe are fixing ours at ${company}; could I ask you two questions about it?\nThanks`,
];

/** @param {string} path */
async function writeInvitations(path) {
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

const folder = mkdtempSync(join(tmpdir(), 'invite-lint-bench-audit-'));
try {
  const csv = join(folder, 'Invitations.csv');
  await writeInvitations(csv);
  for (const format of ['stylish', 'json', 'html']) {
    const { ms, rss } = timeProcess([...cli, 'audit', csv, '--format', format, '-o', join(folder, `report.${format}`)]);
    console.log(`audit, ${ROWS.toLocaleString('en')} invitations, ${format}: ${(ms / 1000).toFixed(1)} s (${Math.round(ROWS / (ms / 1000)).toLocaleString('en')} rows/s), peak RSS ${rss.toFixed(0)} MB (goal < 200 MB)`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
