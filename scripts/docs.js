// @ts-check
// `pnpm run docs:generate`: regenerate the parts of the docs that come from data: the rule
// README tables (stock texts, placeholder roles) and the template scenario pages' rendered samples.
import { readFileSync, writeFileSync } from 'node:fs';
import { placeholderRoleTable, stockTextTable } from '@invite-lint/core/internal';
import { SCENARIOS, scenarioSamples } from '@invite-lint/templates';

/** @param {string} path @param {string} marker @param {string} content */
function replaceBetween(path, marker, content) {
  const url = new URL(`../${path}`, import.meta.url);
  const text = readFileSync(url, 'utf8');
  const pattern = new RegExp(`(<!-- ${marker}:start -->\\n)[\\s\\S]*?(<!-- ${marker}:end -->)`);
  const updated = text.replace(pattern, (_, start, end) => `${start}${content}\n${end}`);
  writeFileSync(url, updated);
  if (updated !== text) console.log(`Updated ${path}.`);
}

replaceBetween('packages/core/src/rules/no-default-text/README.md', 'stock-texts', stockTextTable());
replaceBetween('packages/core/src/languages/README.md', 'placeholder-roles', placeholderRoleTable());
for (const scenario of SCENARIOS) replaceBetween(`packages/templates/docs/${scenario}.md`, 'samples', scenarioSamples(scenario));
console.log('Generated docs are up to date.');
