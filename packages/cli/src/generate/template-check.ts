import { lint, toLintResult, type LintResult, type Locale, type NoteSettings, type ResolvedSettings, type Rule, type RulesConfig } from '@invite-lint/core/internal';
import { compileTemplate, helperSpecs, type CompiledTemplate } from '@invite-lint/templates';

/** A template checked once with every rule, and compiled when it can be rendered. */
export type CheckedTemplate =
  /** `rules`: what ran on the template, its front matter's `disable` applied: what its rows are checked with too. */
  | { renderable: true; result: LintResult; settings: ResolvedSettings; compiled: CompiledTemplate; rules: Readonly<RulesConfig> }
  /** `unsafe`: outside the safe subset (Handlebars would refuse it or some rows); `unparsed`: no note worth writing (a syntax error, nothing but front matter). */
  | { renderable: false; result: LintResult; why: 'unparsed' | 'unsafe' };

export interface TemplateCheckOptions {
  /** What the template's front matter may override (`--lang`, `--degree`). */
  defaults: NoteSettings;
  /** What wins over it (`--account`: the sender's account). */
  overrides: NoteSettings;
  locale: Locale;
  /** The names its values will come under (CSV columns, `--set` names, an MCP call's `values`). */
  columns: readonly string[];
  /** The project config's rules and plugin rules; `recommended` when absent. */
  rules?: RulesConfig | undefined;
  extraRules?: ReadonlyMap<string, Rule> | undefined;
}

/**
 * Check a template as generate and the MCP server's render_template use it: linted once with
 * every rule against the names its values will come under, then compiled from what lint parsed.
 * `filePath` picks the format, as in lint: a template is a `.hbs` file.
 */
export function checkTemplate(source: string, filePath: string, options: TemplateCheckOptions): CheckedTemplate {
  const file = lint(source, {
    filePath,
    settings: options.defaults,
    overrides: options.overrides,
    rules: options.rules,
    extraRules: options.extraRules,
    locale: options.locale,
    templates: { helpers: helperSpecs, columns: [...options.columns] },
    reportBlank: true,
  });
  const result = toLintResult(file, filePath);
  const linted = file.data.inviteLint;
  const settings = linted?.settings;
  if (!linted || linted.unparsed || !settings || !linted.template || linted.document.isBlank) return { renderable: false, result, why: 'unparsed' };
  if (result.messages.some((message) => message.ruleId === 'no-unsafe-template' && message.severity === 2)) return { renderable: false, result, why: 'unsafe' };
  const compiled = compileTemplate(source, settings.language ?? 'en', { document: linted.document, model: linted.template });
  return { renderable: true, result, settings, compiled, rules: linted.rules };
}
