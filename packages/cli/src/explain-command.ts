import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recommended, ruleById, severityOf } from '@invite-lint/core';
import { closest } from 'fastest-levenshtein';
import type { Io } from './lint-command.js';
import { localeFrom, say } from './messages.js';
import { UsageError } from './usage-error.js';

// A rule's messages shorter than this are labels of suggestions ("Add: …"), not what it says.
const SAYING = 40;

/**
 * `invite-lint explain <rule>`: the rule's documentation (what, why, examples, options). In
 * Spanish, what the rule says comes first in Spanish (its messages), then the documentation,
 * which is written in English.
 */
export function explainCommand(id: string, options: { format: string; locale?: string }, io: Io): number {
  const locale = localeFrom(options.locale, undefined, io.env);
  const rule = ruleById.get(id);
  if (!rule) throw new UsageError(say(locale, 'unknownRule', { id, near: closest(id, [...ruleById.keys()]) }));
  const docs = readFileSync(ruleDocsPath(id), 'utf8');
  if (options.format === 'json') {
    const { meta } = rule;
    const severity = ['off', 'warn', 'error'][severityOf(recommended[id])];
    io.stdout(`${JSON.stringify({ id, description: meta.description, recommended: severity, fixable: meta.fixable, hasSuggestions: meta.hasSuggestions, options: meta.schema.properties, defaultOptions: meta.defaultOptions, url: meta.docs.url, docs })}\n`);
    return 0;
  }
  if (locale === 'es') {
    const { meta } = rule;
    const yesNo = (value: boolean) => (value ? 'sí' : 'no');
    const severity = ['off', 'warn', 'error'][severityOf(recommended[id])] ?? 'off';
    const sayings = Object.values(meta.messages.es)
      .filter((message) => message.length >= SAYING)
      .map((message) => `  - ${message.replace(/\{\w+\}/g, '…')}`);
    io.stdout(`${say(locale, 'explainHeading', { id, severity, fixable: yesNo(meta.fixable), suggestions: yesNo(meta.hasSuggestions) })}\n\n${say(locale, 'explainMessages')}\n${sayings.join('\n')}\n\n${say(locale, 'explainDocs')}\n\n`);
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
