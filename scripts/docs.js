// @ts-check
// `pnpm run docs:rules`: regenerate the parts of rule READMEs that come from data (the stock-text table).
import { readFileSync, writeFileSync } from 'node:fs';
import { stockTextTable } from '@invite-lint/core';

const readme = new URL('../packages/core/src/rules/no-default-text/README.md', import.meta.url);
const text = readFileSync(readme, 'utf8');
const updated = text.replace(
  /(<!-- stock-texts:start -->\n)[\s\S]*?(<!-- stock-texts:end -->)/,
  (_, start, end) => `${start}${stockTextTable()}\n${end}`,
);
writeFileSync(readme, updated);
console.log(updated === text ? 'Rule docs are up to date.' : 'Updated packages/core/src/rules/no-default-text/README.md.');
