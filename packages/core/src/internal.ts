// `@invite-lint/core/internal`: what the workspace's own packages (CLI, language server, config,
// templates, playground) use. No promise of stability: plugins and other tools use the main entry.
export { lint, noteAt, optionsWithDefaults, type LintData, type LintedNote, type LintOptions, type PlacedNote } from './engine/lint.js';
export { loadMarkdownParser, type MarkdownParser } from './playbook/markdown-parser.js';
export { isPlaybook } from './playbook/playbook.js';
export { fileResult, toLintResult, unreadableResult, type LintResult, type ResultMessage } from './engine/result.js';
export { fillSlots, type LintMessage, type PlacedEvidence } from './engine/messages.js';
export { defineRule, ruleDocsUrl, type Evidence, type Fix, type Rule, type RuleContext, type RuleMeta, type Suggestion, type TemplateScope } from './engine/rule.js';
export { ruleFromPlugin, type PluginRule } from './engine/plugin-rule.js';
export { severityOf, optionsOf, type RuleSetting, type SeverityLevel, type RulesConfig, type SeverityName } from './engine/rules-config.js';
export type { ResolvedSettings } from './engine/settings.js';
export { rules, ruleById } from './rules/index.js';
export { recommended, presets } from './presets.js';
export { NoteDocument, formatOf, type NoteFormat } from './document/note-document.js';
export { countCharacters, countSpans } from './document/length.js';
export { findPlaceholders, type Placeholder, type PlaceholderSyntax } from './document/placeholders.js';
export type { PlaceholderNode } from './document/prose.js';
export { detectLanguage } from './language.js';
export * from './settings.js';
export { stockTextTable } from './rules/no-default-text/table.js';
export { placeholderRoleTable } from './languages/table.js';
export { PLACEHOLDER_ROLES, type PlaceholderRole } from './languages/index.js';
export { isSyntaxError, measure, parseTemplate, worstCaseVariables, type TemplateModel, type TemplateSyntaxError } from './document/template.js';
export { noteSignals, type NoteSignals } from './analysis/signals.js';
export { readNeedsAtOnce } from './analysis/phrase-scan.js';
export { phraseWordsRead, usePhraseWords, writePhraseWords, type PhraseWordsTable } from './analysis/phrase-words.js';
export { lintAndFix, type FixResult } from './engine/fix.js';
export { measuredLength, type MeasuredNote } from './engine/measured-length.js';
export { coreMessage, type CoreMessage, type CoreMessageId } from './engine/core-messages.js';
