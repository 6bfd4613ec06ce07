import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { recommended, ruleById, severityOf } from '@invite-lint/core';
import { closest } from 'fastest-levenshtein';
import type { Io } from './lint-command.js';
import { UsageError } from './usage-error.js';

/** `invite-lint explain <rule>`: the rule's documentation (what, why, examples, options). */
export function explainCommand(id: string, options: { format: string }, io: Io): number {
  const rule = ruleById.get(id);
  if (!rule) throw new UsageError(`There is no rule "${id}" (did you mean "${closest(id, [...ruleById.keys()])}"? \`invite-lint --list-rules\` lists them).`);
  // The READMEs ship with core's package; found through it so that this holds from the bundle.
  const core = dirname(createRequire(import.meta.url).resolve('@invite-lint/core/package.json'));
  const docs = readFileSync(join(core, 'src', 'rules', id, 'README.md'), 'utf8');
  if (options.format === 'json') {
    const { meta } = rule;
    const severity = ['off', 'warn', 'error'][severityOf(recommended[id])];
    io.stdout(`${JSON.stringify({ id, description: meta.description, recommended: severity, fixable: meta.fixable, hasSuggestions: meta.hasSuggestions, options: meta.schema.properties, defaultOptions: meta.defaultOptions, url: meta.docs.url, docs })}\n`);
    return 0;
  }
  io.stdout(`${docs.trimEnd()}\n\n${rule.meta.docs.url}\n`);
  return 0;
}
