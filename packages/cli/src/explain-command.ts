import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recommended, ruleById, severityOf, type Locale } from '@invite-lint/core';
import { closest } from 'fastest-levenshtein';
import type { Io } from './lint-command.js';
import { localeFrom, say } from './messages.js';
import { UsageError } from './usage-error.js';

// A rule's messages shorter than this are labels of suggestions ("Add: …"), not what it says.
const SAYING = 40;
const SEVERITY_NAMES = ['off', 'warn', 'error'] as const;

/** What `explain --format json` prints and the MCP server's `explain_rule` returns. */
export interface RuleExplanation {
  id: string;
  description: string;
  recommended: (typeof SEVERITY_NAMES)[number];
  fixable: boolean;
  hasSuggestions: boolean;
  options: Record<string, unknown>;
  defaultOptions: unknown;
  url: string;
  /** The rule's README: what, why, passing and failing examples, options (in English). */
  docs: string;
}

/**
 * A rule's documentation and settings; a UsageError naming the closest rule when there is no
 * such rule, then `listed`: where to find them all.
 */
export function explainRule(id: string, locale: Locale, listed = say(locale, 'rulesListed')): RuleExplanation {
  const rule = ruleById.get(id);
  if (!rule) throw new UsageError(say(locale, 'unknownRule', { id, near: closest(id, [...ruleById.keys()]), listed }));
  const { meta } = rule;
  return {
    id,
    description: meta.description,
    recommended: SEVERITY_NAMES[severityOf(recommended[id])],
    fixable: meta.fixable,
    hasSuggestions: meta.hasSuggestions,
    options: meta.schema.properties,
    defaultOptions: meta.defaultOptions,
    url: meta.docs.url,
    docs: readFileSync(ruleDocsPath(id), 'utf8'),
  };
}

/** What a rule says when it fires, in `locale`, its `{slots}` shown as "…". */
export function ruleSayings(id: string, locale: Locale): string[] {
  const messages = ruleById.get(id)?.meta.messages[locale] ?? {};
  return Object.values<string>(messages)
    .filter((message) => message.length >= SAYING)
    .map((message) => message.replace(/\{\w+\}/g, '…'));
}

/**
 * `invite-lint explain <rule>`: the rule's documentation (what, why, examples, options). In
 * Spanish, what the rule says comes first in Spanish (its messages), then the documentation,
 * which is written in English.
 */
export function explainCommand(id: string, options: { format: string; locale?: string }, io: Io): number {
  const locale = localeFrom(options.locale, undefined, io.env);
  const explained = explainRule(id, locale);
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(explained)}\n`);
    return 0;
  }
  if (locale === 'es') {
    const yesNo = (value: boolean) => (value ? 'sí' : 'no');
    const sayings = ruleSayings(id, locale).map((message) => `  - ${message}`);
    io.stdout(
      `${say(locale, 'explainHeading', { id, severity: explained.recommended, fixable: yesNo(explained.fixable), suggestions: yesNo(explained.hasSuggestions) })}\n\n${say(locale, 'explainMessages')}\n${sayings.join('\n')}\n\n${say(locale, 'explainDocs')}\n\n`,
    );
  }
  io.stdout(`${explained.docs.trimEnd()}\n\n${explained.url}\n`);
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
