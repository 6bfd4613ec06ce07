// @ts-check
// `generate` at LinkedIn's scale: 30,000 rows (the connection ceiling) against a floor in the
// same run, whole-process wall time with Node's start-up, taking turns for 5 rounds; then
// 300,000 rows for peak memory. Prints numbers; nothing here fails.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { record } from './fixtures/figures.js';
import { median, pairedRatio } from './fixtures/rounds.js';
import { cli, timeProcess } from './fixtures/time-process.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const template = join(root, 'bench/fixtures/offer.hbs');

const firstNames = ['Ana', 'MARÍA', 'Luis', 'jean-luc', 'Sofía', 'Noah', 'Priya', "o'neil"];
const companies = ['Acme, Inc.', 'Globex', '', 'Initech', 'Umbrella Corp', 'Stark Industries'];
const positions = ['Head of Growth', '', 'CTO', 'Product Manager, EMEA', 'Data Engineer'];

/**
 * A Connections.csv as LinkedIn exports it: BOM, preamble, CRLF, quoted commas, hidden rows.
 * @param {string} path @param {number} rows
 */
async function writeConnections(path, rows) {
  const out = createWriteStream(path);
  /** @param {string} text */
  const write = async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('\uFEFFNotes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing."\r\n\r\n');
  await write('First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n');
  for (let index = 0; index < rows; index++) {
    if (index % 500 === 499) {
      await write(',,,,,,08 Feb 2026\r\n');
      continue;
    }
    const company = companies[index % companies.length] ?? '';
    const position = positions[index % positions.length] ?? '';
    /** @param {string} value */
    const quote = (value) => (value.includes(',') ? `"${value}"` : value);
    await write(`${firstNames[index % firstNames.length]},Person${index},https://www.linkedin.com/in/person-${index},,${quote(company)},${quote(position)},08 Feb 2026\r\n`);
  }
  out.end();
  await once(out, 'finish');
}

const folder = mkdtempSync(join(tmpdir(), 'invite-lint-bench-'));
try {
  const csv30k = join(folder, 'connections-30k.csv');
  await writeConnections(csv30k, 30_000);
  /** @type {number[]} */
  const floor = [];
  /** @type {number[]} */
  const generate = [];
  // Turn about, round after round, and compare within a round: this machine's speed drifts.
  for (let run = 0; run < 5; run++) {
    floor.push(timeProcess([join(root, 'bench/fixtures/generate-floor.js'), csv30k, template, join(folder, 'floor.jsonl')]).ms);
    generate.push(timeProcess([...cli, 'generate', '--template', template, '--csv', csv30k, '-o', join(folder, 'notes.jsonl')]).ms);
  }
  console.log(`generate, 30,000 rows: ${median(generate).toFixed(0)} ms; floor (csv-parse + Handlebars, no checks): ${median(floor).toFixed(0)} ms; ratio ${pairedRatio(generate, floor)} (goal <= 1.2; median of 5 rounds' ratios, with Node start-up)`);
  record({ what: 'generate, 30,000 rows', measured: `${median(generate).toFixed(0)} ms`, against: `ratio to csv-parse + Handlebars with no checks: ${pairedRatio(generate, floor)}`, goal: '≤ 1.2x the floor' });

  const csv300k = join(folder, 'connections-300k.csv');
  await writeConnections(csv300k, 300_000);
  const big = timeProcess([...cli, 'generate', '--template', template, '--csv', csv300k, '-o', join(folder, 'notes-300k.jsonl')]);
  console.log(`generate, 300,000 rows: ${(big.ms / 1000).toFixed(1)} s, peak RSS ${big.rss.toFixed(0)} MB (goal < 250 MB)`);
  record({ what: 'generate, 300,000 rows', measured: `${(big.ms / 1000).toFixed(1)} s, peak ${big.rss.toFixed(0)} MB`, against: '', goal: '< 250 MB' });
} finally {
  rmSync(folder, { recursive: true, force: true });
}
