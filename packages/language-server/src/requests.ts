import { measuredLength, rules, type LintedNote, type Rule } from '@invite-lint/core/internal';
import { loadLibrary } from '@invite-lint/templates';
import type { LengthReply, RuleEntry, TemplateEntry } from './protocol.js';

export function lengthReply(note: LintedNote | undefined): LengthReply | null {
  return measuredLength(note) ?? null;
}

export function rulesReply(pluginRules: ReadonlyMap<string, Rule> = new Map()): RuleEntry[] {
  return [...rules, ...pluginRules.values()].map((rule) => ({ id: rule.meta.id, description: rule.meta.description, url: rule.meta.docs.url }));
}

export function templatesReply(): TemplateEntry[] {
  return loadLibrary().map((template) => ({
    id: template.id,
    scenario: template.scenario,
    lang: template.lang,
    degree: template.degree ?? null,
    account: template.account,
    source: template.source,
  }));
}
