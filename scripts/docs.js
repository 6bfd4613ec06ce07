// @ts-check
// `pnpm run docs:generate`: rewrite the parts of the docs and of the config schema that come from
// data (scripts/generated-docs.js says which).
import { readFileSync, writeFileSync } from 'node:fs';
import { generatedSections, schemaWithRegistry, SCHEMA_PATH } from './generated-docs.js';
import { withSection } from './markdown-section.js';

/** @param {string} path @param {(text: string) => string} update */
function rewrite(path, update) {
  const url = new URL(`../${path}`, import.meta.url);
  const text = readFileSync(url, 'utf8');
  const updated = update(text);
  if (updated === text) return;
  writeFileSync(url, updated);
  console.log(`Updated ${path}.`);
}

for (const { path, marker, content } of generatedSections()) rewrite(path, (text) => withSection(text, marker, content));
rewrite(SCHEMA_PATH, schemaWithRegistry);
console.log('Generated docs are up to date.');
