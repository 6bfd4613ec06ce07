import { measuredLength, rules, type LintedNote, type MeasuredNote, type Rule } from '@invite-lint/core/internal';
import { loadLibrary } from '@invite-lint/templates';

/**
 * Requests beyond LSP, for clients that show more than diagnostics (the VS Code extension's
 * status bar and commands). Each takes plain JSON and answers plain JSON.
 */
export const REQUESTS = {
  /** `{uri, position?}` → the note's length against its limit (`worst` for templates), or null; in a playbook, the note at `position`. */
  length: 'invite-lint/length',
  /** `{uri?}` → every rule: id, description, docs url; with `uri`, the plugin rules of its config too. */
  rules: 'invite-lint/rules',
  /** → the template library: id, scenario, language, degree, account, source. */
  templates: 'invite-lint/templates',
} as const;

export type LengthReply = MeasuredNote;

export function lengthReply(note: LintedNote | undefined): LengthReply | null {
  return measuredLength(note) ?? null;
}

export function rulesReply(pluginRules: ReadonlyMap<string, Rule> = new Map()): { id: string; description: string; url: string }[] {
  return [...rules, ...pluginRules.values()].map((rule) => ({ id: rule.meta.id, description: rule.meta.description, url: rule.meta.docs.url }));
}

export function templatesReply(): { id: string; scenario: string; lang: string; degree: number | null; account: string; source: string }[] {
  return loadLibrary().map((template) => ({
    id: template.id,
    scenario: template.scenario,
    lang: template.lang,
    degree: template.degree ?? null,
    account: template.account,
    source: template.source,
  }));
}
