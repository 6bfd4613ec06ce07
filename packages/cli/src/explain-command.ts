import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recommended, ruleById, severityOf } from '@invite-lint/core';
import { closest } from 'fastest-levenshtein';
import type { Io } from './lint-command.js';
import { UsageError } from './usage-error.js';

/** `invite-lint explain <rule>`: the rule's documentation (what, why, examples, options). */
export function explainCommand(id: string, options: { format: string }, io: Io): number {
  const rule = ruleById.get(id);
  if (!rule) throw new UsageError(`There is no rule "${id}" (did you mean "${closest(id, [...ruleById.keys()])}"? \`invite-lint --list-rules\` lists them).`);
  const docs = readFileSync(ruleDocsPath(id), 'utf8');
  if (options.format === 'json') {
    const { meta } = rule;
    const severity = ['off', 'warn', 'error'][severityOf(recommended[id])];
    io.stdout(`${JSON.stringify({ id, description: meta.description, recommended: severity, fixable: meta.fixable, hasSuggestions: meta.hasSuggestions, options: meta.schema.properties, defaultOptions: meta.defaultOptions, url: meta.docs.url, docs })}\n`);
    return 0;
  }
  io.stdout(`${docs.trimEnd()}\n\n${rule.meta.docs.url}\n`);
  return 0;
}

/**
 * A rule's README: beside the bundle in the packed package (scripts/pack.js puts `rules/` there,
 * with no node_modules around it), else in core's package, found through it from the workspace.
 */
function ruleDocsPath(id: string): string {
  const beside = fileURLToPath(new URL(`rules/${id}/README.md`, import.meta.url));
  if (existsSync(beside)) return beside;
  return join(dirname(createRequire(import.meta.url).resolve('@invite-lint/core/package.json')), 'src', 'rules', id, 'README.md');
}
