// `@invite-lint/core`: the small, stable API (a test pins these names). Rules and plugins need
// no more; the workspace's own packages use `@invite-lint/core/internal`, and rule tests
// `@invite-lint/core/testing`.
export { lint, type LintData, type LintedNote, type LintOptions, type PlacedNote } from './engine/lint.js';
export { lintAndFix, type FixResult } from './engine/fix.js';
export { defineRule, type Evidence, type Fix, type OptionsSchema, type Report, type Rule, type RuleContext, type RuleMeta, type Suggestion, type TemplateScope } from './engine/rule.js';
export type { PluginRule } from './engine/plugin-rule.js';
export type { RuleSetting, RulesConfig, SeverityName } from './engine/rules-config.js';
export type { LintMessage, PlacedEvidence } from './engine/messages.js';
export type { LintResult, ResultMessage } from './engine/result.js';
export type { ResolvedSettings } from './engine/settings.js';
export type { Account, Degree, Language, Locale, NoteSettings, TemplateHelper, VariableSpec } from './settings.js';
export { presets, recommended } from './presets.js';
