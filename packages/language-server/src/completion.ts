import { LINKEDIN_FIELDS, type LintData } from '@invite-lint/core/internal';
import { helperSpecs } from '@invite-lint/templates/specs';
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';

/** Inside `{{ … }}` of a template: its declared variables, LinkedIn's fields and the helpers. */
export function completions(data: LintData | undefined, lineBefore: string): CompletionItem[] {
  if (!/\{\{[#^/]?[\w\s"-]*$/.test(lineBefore)) return [];
  const declared = Object.entries(data?.settings?.variables ?? {});
  const variables: CompletionItem[] = declared.map(([name, spec]) => ({ label: name, kind: CompletionItemKind.Variable, ...(spec.description ? { detail: spec.description } : {}) }));
  for (const field of Object.keys(LINKEDIN_FIELDS)) {
    if (!declared.some(([name]) => name === field)) variables.push({ label: field, kind: CompletionItemKind.Field, detail: "LinkedIn's export" });
  }
  const helpers: CompletionItem[] = helperSpecs.map((helper) => ({ label: helper.name, kind: CompletionItemKind.Function, detail: helper.role === 'fallback' ? 'value or fallback' : 'helper' }));
  return [...variables, ...helpers];
}
