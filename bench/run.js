// @ts-check
// `pnpm bench`: every benchmark, one after the other (two cores: never in parallel), then the
// figures as one table, also written into the README's "Speed" section (`--no-readme`: not).
import { readFileSync, writeFileSync } from 'node:fs';
import { withSection } from '../scripts/markdown-section.js';
import { figureTable } from './fixtures/figures.js';

// The benchmarks read their own options from the command line (audit.js: --million, --against):
// this one is run.js's, so it is taken off before they look.
const writeReadme = !process.argv.includes('--no-readme');
process.argv = process.argv.filter((argument) => argument !== '--no-readme');

await import('./lint.js');
await import('./generate.js');
await import('./audit.js');
await import('./language-server.js');

const table = figureTable();
console.log(`\n${table}`);
if (writeReadme) {
  const readme = new URL('../README.md', import.meta.url);
  const text = readFileSync(readme, 'utf8');
  const written = withSection(text, 'speed', table);
  if (written !== text) writeFileSync(readme, written);
}
