// @ts-check
// What the docs and the config schema say that comes from data: the rule, format and locale
// registries, the phrase lists, the template library. `pnpm docs:generate` writes it
// (scripts/docs.js); test/registry.test.ts fails when a file no longer says it.
import { LOCALES, placeholderRoleTable, rules, stockTextTable } from '@invite-lint/core/internal';
import { SCENARIOS, scenarioSamples } from '@invite-lint/templates';

/** Plain text as Markdown shows it in a table cell: `<Company>` is no tag, `__proto__` no emphasis. @param {string} text */
const markdownText = (text) => text.replace(/[|_*\\]/g, '\\$&').replaceAll('<', '&lt;');

/** The README's rule table: every rule, its severity in `recommended`, what it checks. */
function ruleTable() {
  const rows = rules.map(
    (rule) => `| [\`${rule.meta.id}\`](packages/core/src/rules/${rule.meta.id}/README.md) | ${rule.meta.docs.recommended ?? 'off'} | ${markdownText(rule.meta.description)} |`,
  );
  return ['| rule | in `recommended` | what it checks |', '|---|---|---|', ...rows].join('\n');
}

/**
 * Each generated part of a Markdown file, between `<!-- marker:start -->` and `<!-- marker:end -->`.
 * @returns {{ path: string, marker: string, content: string }[]}
 */
export function generatedSections() {
  return [
    { path: 'README.md', marker: 'rules', content: ruleTable() },
    { path: 'packages/core/src/rules/no-default-text/README.md', marker: 'stock-texts', content: stockTextTable() },
    { path: 'packages/core/src/languages/README.md', marker: 'placeholder-roles', content: placeholderRoleTable() },
    ...SCENARIOS.map((scenario) => ({ path: `packages/templates/docs/${scenario}.md`, marker: 'samples', content: scenarioSamples(scenario) })),
  ];
}

export const SCHEMA_PATH = 'packages/config/schema.json';

/**
 * The config schema with the registries' rule ids and locales, keeping the file's layout (one
 * line a rule) so that the generated part reads like the rest.
 * @param {string} text
 */
export function schemaWithRegistry(text) {
  const ruleLines = rules.map((rule) => `            ${JSON.stringify(rule.meta.id)}: { "$ref": "#/definitions/setting" }`).join(',\n');
  const withRules = text.replace(/("rules": \{\n[^\n]*\n[^\n]*\n[^\n]*"properties": \{\n)[\s\S]*?(\n {10}\})/, (_, start, end) => `${start}${ruleLines}${end}`);
  return withRules.replace(/("locale": \{ "enum": )\[[^\]]*\]/, (_, start) => `${start}${JSON.stringify(LOCALES).replaceAll(',', ', ')}`);
}
