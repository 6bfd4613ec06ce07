import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { recommended, ruleById, severityOf, type Locale, type Rule } from '@invite-lint/core/internal';
import { closest } from 'fastest-levenshtein';
import type { Io } from './io.js';
import { localeFrom, say } from './messages.js';
import { configHere, type ConfigChoice } from './rules-command.js';
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

/** The plugin rules a run may explain, and the config that loads them. */
export interface PluginRules {
  rules: ReadonlyMap<string, Rule>;
  config?: string | undefined;
  /** The severity that config gives each. */
  severities: Record<string, unknown>;
}

const NO_PLUGINS: PluginRules = { rules: new Map(), severities: {} };

/**
 * A rule's documentation and settings; a UsageError naming the closest rule when there is no
 * such rule, then `listed`: where to find them all. A plugin rule has no README here: its
 * documentation is its description, what it says, and its link.
 */
export function explainRule(id: string, locale: Locale, listed = say(locale, 'rulesListed'), plugins: PluginRules = NO_PLUGINS): RuleExplanation {
  const plugin = plugins.rules.get(id);
  const rule = plugin ?? ruleById.get(id);
  if (!rule) throw new UsageError(say(locale, 'unknownRule', { id, near: closest(id, [...ruleById.keys(), ...plugins.rules.keys()]), listed }));
  const { meta } = rule;
  return {
    id,
    description: meta.description,
    recommended: SEVERITY_NAMES[severityOf(plugin ? (plugins.severities[id] as 'off') : recommended[id])],
    fixable: meta.fixable,
    hasSuggestions: meta.hasSuggestions,
    options: meta.schema.properties,
    defaultOptions: meta.defaultOptions,
    url: meta.docs.url,
    docs: plugin ? pluginRuleDocs(plugin, locale, plugins.config ?? '') : readFileSync(ruleDocsPath(id), 'utf8'),
  };
}

/** A plugin rule's documentation, from its meta: a heading, what it checks, what it says. */
function pluginRuleDocs(rule: Rule, locale: Locale, config: string): string {
  const { id, description } = rule.meta;
  const sayings = sayingsOf(rule, locale).map((message) => `- ${message}`);
  return `# ${id}\n\n${say(locale, 'explainPlugin', { prefix: id.slice(0, id.indexOf('/')), config })}\n\n${description}\n\n${say(locale, 'explainMessages')}\n\n${sayings.join('\n')}\n`;
}

/** What a rule says when it fires, in `locale`, its `{slots}` shown as "…". */
export function ruleSayings(id: string, locale: Locale, plugins: PluginRules = NO_PLUGINS): string[] {
  const rule = plugins.rules.get(id) ?? ruleById.get(id);
  return rule ? sayingsOf(rule, locale) : [];
}

function sayingsOf(rule: Rule, locale: Locale): string[] {
  const messages = { ...rule.meta.messages.en, ...rule.meta.messages[locale] };
  return Object.values<string>(messages)
    .filter((message) => message.length >= SAYING)
    .map((message) => message.replace(/\{\w+\}/g, '…'));
}

/**
 * `invite-lint explain <rule>`: the rule's documentation (what, why, examples, options). In
 * Spanish, what the rule says comes first in Spanish (its messages), then the documentation,
 * which is written in English.
 */
export async function explainCommand(id: string, options: { format: string; locale?: string }, io: Io): Promise<number> {
  const locale = localeFrom(options.locale, undefined, io.env);
  // Only a rule that is not built in sends us to the config (a broken one must not stop `explain max-length`).
  const plugins = ruleById.has(id) ? NO_PLUGINS : await pluginRulesHere({ ignorePatterns: [] }, io);
  const explained = explainRule(id, locale, undefined, plugins);
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(explained)}\n`);
    return 0;
  }
  // A plugin rule's documentation is already in the run's language (see pluginRuleDocs).
  if (locale === 'es' && !plugins.rules.has(id)) {
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
 * with no node_modules around it), else the one core's package exports.
 */
function ruleDocsPath(id: string): string {
  const beside = fileURLToPath(new URL(`rules/${id}/README.md`, import.meta.url));
  if (existsSync(beside)) return beside;
  return createRequire(import.meta.url).resolve(`@invite-lint/core/rules/${id}/README.md`);
}

/** The plugin rules of the config where the run started (for a rule that is not built in). */
export async function pluginRulesHere(choice: ConfigChoice, io: Pick<Io, 'cwd'>): Promise<PluginRules> {
  const config = await configHere(choice, io);
  return { rules: config.extraRules, config: config.configFile, severities: config.rules };
}
