import type { Fix, LintMessage, Suggestion } from '@invite-lint/core/internal';
import type { VFile } from 'vfile';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';

/** What a diagnostic carries for code actions: the message's fix and suggestions. */
export interface DiagnosticData {
  fix?: Fix;
  suggestions?: Suggestion[];
}

/**
 * invite-lint's messages as LSP diagnostics: 0-based lines and characters (UTF-16, like the
 * engine's columns), the rule id as code with its docs, the fix and suggestions as data, and
 * what a judgement rests on (the unnamed event, the stock phrase) as related information in
 * the document at `uri`, which editors list under the diagnostic and can jump to.
 */
export function toDiagnostics(file: VFile, uri: string): Diagnostic[] {
  return file.messages.map((raw) => {
    const message = raw as LintMessage;
    const place = message.place && 'start' in message.place ? message.place : undefined;
    const start = { line: (message.line ?? 1) - 1, character: (message.column ?? 1) - 1 };
    const end = place ? { line: place.end.line - 1, character: place.end.column - 1 } : start;
    const data: DiagnosticData = {};
    if (message.fix) data.fix = message.fix;
    if (message.suggestions) data.suggestions = message.suggestions;
    return {
      range: { start, end },
      severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: 'invite-lint',
      message: message.reason,
      ...(message.ruleId ? { code: message.ruleId } : {}),
      ...(message.url ? { codeDescription: { href: message.url } } : {}),
      ...(message.evidence
        ? {
          relatedInformation: message.evidence.map((evidence) => ({
            location: { uri, range: { start: { line: evidence.line - 1, character: evidence.column - 1 }, end: { line: evidence.endLine - 1, character: evidence.endColumn - 1 } } },
            message: `"${evidence.text}"`,
          })),
        }
        : {}),
      data,
    };
  });
}
